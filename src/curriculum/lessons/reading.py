"""Reading level of lesson prose (Flesch-Kincaid grade), measured with textstat.

textstat is pinned to 0.7.8: newer versions download NLTK data at run time, which fails on
the offline machines many schools use.
"""

from __future__ import annotations

from curriculum.lessons.prose import lesson_prose

MAX_GRADE = 10.0


def reading_grade(markdown: str) -> float | None:
    """Flesch-Kincaid grade of a lesson page's prose, or None when it has too little prose."""
    import textstat  # imported here: only the report needs it, and it loads a dictionary

    prose = lesson_prose(markdown)
    if textstat.lexicon_count(prose) < 30:
        return None
    return round(float(textstat.flesch_kincaid_grade(prose)), 1)
