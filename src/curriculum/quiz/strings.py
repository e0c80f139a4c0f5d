"""Every word the quiz widget and worksheets show, one table per language.

Only English is filled in now; a Simplified Chinese table ("zh-Hans") is added later with the
same keys. A bank chooses its language with `language:`.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "check": "Check",
        "correct": "Correct!",
        "partly": "Partly right.",
        "incorrect": "Not quite.",
        "try_again": "Try again",
        "score": "Score",
        "question_of": "Question {n} of {total}",
        "true": "True",
        "false": "False",
        "your_answer": "Your answer",
        "choose": "Choose…",
        "move_up": "Move up",
        "move_down": "Move down",
        "explanation": "Why",
        "no_answer": "Choose or type an answer first.",
        "answer_key": "Answer key",
        "name": "Name",
        "date": "Date",
        "order_hint": "Use the buttons to put the items in order.",
        "score_line": "{score} out of {total}",
        "saved": "Your answers are kept on this device only.",
    },
}


def strings_for(language: str) -> dict[str, str]:
    """The table for `language`, falling back to English for any missing word."""
    table = dict(STRINGS["en"])
    table.update(STRINGS.get(language, {}))
    return table
