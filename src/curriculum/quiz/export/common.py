"""What the exporters share: letters, positions, and the ordering-as-matching conversion."""

from __future__ import annotations

import string

from curriculum.quiz.model import Matching, Ordering


def letter(index: int) -> str:
    return string.ascii_uppercase[index]


def ordering_as_pairs(question: Ordering) -> dict[str, str]:
    """An ordering question as matching pairs 'Position 1' -> first item, for formats
    that have no ordering type."""
    return {f"Position {n}": item for n, item in enumerate(question.items, start=1)}


def pairs_of(question: Ordering | Matching) -> dict[str, str]:
    return ordering_as_pairs(question) if isinstance(question, Ordering) else question.pairs


def converted(question, fmt: str, how: str) -> str:
    return f"question '{question.id}' ({question.type}): {how} ({fmt} has no exact equivalent)"


def fraction(share: float) -> str:
    """A percentage as LMSs write them: 100, 50, 33.33333."""
    value = round(share * 100, 5)
    return str(int(value)) if value == int(value) else f"{value:.5f}".rstrip("0")
