"""Export a quiz bank for learning-management systems and for paper.

Each exporter returns the file's content and a list of warnings: one per question that the
format cannot express exactly and that was converted (or, if there is no sensible conversion,
left out), naming the question.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FORMATS = ("moodle", "gift", "qti", "worksheet")


@dataclass
class Export:
    """What an exporter made: files by name (text or bytes), and warnings."""

    files: dict[str, str | bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def export(bank, fmt: str) -> Export:
    from curriculum.quiz.export import gift, moodle, qti, worksheet

    exporters = {
        "moodle": moodle.export,
        "gift": gift.export,
        "qti": qti.export,
        "worksheet": worksheet.export,
    }
    if fmt not in exporters:
        raise ValueError(f"unknown format '{fmt}'; use one of: {', '.join(FORMATS)}")
    return exporters[fmt](bank)
