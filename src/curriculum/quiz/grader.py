"""Check one answer, or grade a class's answers. Pure functions: no files, no printing.

Answers are Python values of the natural kind for each question type:

    single      the option key, e.g. "b"
    multiple    a collection of option keys, e.g. {"a", "c"}
    true_false  True or False
    numeric     a number (or a string that holds one)
    short_text  the text typed
    ordering    the items, in the order the student put them
    matching    a mapping of each term to the match the student chose
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from curriculum.quiz.model import (
    Bank,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    ShortText,
    SingleChoice,
    TrueFalse,
)


@dataclass(frozen=True)
class Verdict:
    correct: bool
    score: float  # 0 to 1; partly right answers to multi-part questions score in between
    feedback: str = ""  # about the answer given, where the bank has some
    explanation: str = ""  # the question's explanation, always


@dataclass(frozen=True)
class Response:
    student: str
    question_id: str
    answer: Any


@dataclass
class GradeReport:
    scores: dict[str, float] = field(default_factory=dict)  # student -> total score
    per_question: dict[str, float] = field(default_factory=dict)  # question -> mean score
    verdicts: dict[tuple[str, str], Verdict] = field(default_factory=dict)
    out_of: int = 0


def check(bank: Bank, question_id: str, answer: Any) -> Verdict:
    """The verdict on one answer to one question of `bank`."""
    question = bank.question(question_id)
    score, feedback = _SCORERS[type(question)](question, answer)
    return Verdict(score == 1.0, score, feedback, question.explanation)


def grade(bank: Bank, responses: Iterable[Response]) -> GradeReport:
    """Scores per student (a missing answer scores 0) and the mean score per question."""
    report = GradeReport(out_of=len(bank.questions))
    answers: dict[str, dict[str, Any]] = {}
    for response in responses:
        answers.setdefault(response.student, {})[response.question_id] = response.answer
    for student, given in answers.items():
        total = 0.0
        for question in bank.questions:
            if question.id in given:
                verdict = check(bank, question.id, given[question.id])
            else:
                verdict = Verdict(False, 0.0, "no answer", question.explanation)
            report.verdicts[(student, question.id)] = verdict
            total += verdict.score
        report.scores[student] = total
    for question in bank.questions:
        scores = [report.verdicts[(s, question.id)].score for s in answers]
        report.per_question[question.id] = sum(scores) / len(scores) if scores else 0.0
    return report


def normalise(text: str) -> str:
    """Text as compared for short answers: case, accents' forms, spaces and end punctuation
    do not matter ("T-cell " and "t-cell" agree)."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    text = re.sub(r"\s+", " ", text)
    # Spaces and end punctuation are stripped together, so normalising twice changes nothing.
    return text.strip(" .!?;:,'\"")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: how many letters to add, remove or change to turn a into b."""
    previous = list(range(len(b) + 1))
    for i, letter_a in enumerate(a, start=1):
        current = [i]
        for j, letter_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter_a != letter_b))
            )
        previous = current
    return previous[-1]


def typo_allowance(text: str) -> int:
    """Typos forgiven by fuzzy matching: none for short words, 1 up to 8 letters, then 2."""
    return 0 if len(text) <= 3 else 1 if len(text) <= 8 else 2


def _single(question: SingleChoice, answer: Any) -> tuple[float, str]:
    key = str(answer)
    return (1.0 if key == question.answer else 0.0), question.feedback.get(key, "")


def _multiple(question: MultipleChoice, answer: Any) -> tuple[float, str]:
    chosen = {answer} if isinstance(answer, str) else {str(a) for a in answer}
    right = set(question.answer)
    # One point shared over the right options; each wrong pick takes a share away.
    score = max(0.0, (len(chosen & right) - len(chosen - right)) / len(right))
    feedback = " ".join(question.feedback[k] for k in sorted(chosen) if k in question.feedback)
    return round(score, 6), feedback


def _true_false(question: TrueFalse, answer: Any) -> tuple[float, str]:
    value = _as_bool(answer)
    if value is None:
        return 0.0, "Answer true or false."
    return (1.0 if value == question.answer else 0.0), question.feedback.get(value, "")


def _numeric(question: Numeric, answer: Any) -> tuple[float, str]:
    value = _as_number(answer, question.unit)
    if value is None:
        return 0.0, "That is not a number."
    return (1.0 if abs(value - question.answer) <= question.tolerance + 1e-9 else 0.0), ""


def _short_text(question: ShortText, answer: Any) -> tuple[float, str]:
    given = normalise(answer)
    for accepted in question.accept:
        target = normalise(accepted)
        if given == target:
            return 1.0, ""
        if question.fuzzy and edit_distance(given, target) <= typo_allowance(target):
            return 1.0, f"Accepted: the expected spelling is '{accepted}'."
    return 0.0, ""


def _ordering(question: Ordering, answer: Any) -> tuple[float, str]:
    given = [str(item) for item in answer]
    if sorted(given) != sorted(question.items):
        return 0.0, "Use each item exactly once."
    in_place = sum(g == r for g, r in zip(given, question.items, strict=True))
    return round(in_place / len(question.items), 6), ""


def _matching(question: Matching, answer: Any) -> tuple[float, str]:
    given = dict(answer)
    right = sum(given.get(term) == match for term, match in question.pairs.items())
    return round(right / len(question.pairs), 6), ""


def _as_bool(answer: Any) -> bool | None:
    if isinstance(answer, bool):
        return answer
    word = normalise(answer)
    if word in ("true", "t", "yes", "y", "1"):
        return True
    if word in ("false", "f", "no", "n", "0"):
        return False
    return None


def _as_number(answer: Any, unit: str) -> float | None:
    if isinstance(answer, int | float) and not isinstance(answer, bool):
        return float(answer)
    text = normalise(answer).replace(",", "")
    if unit and text.endswith(normalise(unit)):
        text = text[: -len(normalise(unit))].strip()
    try:
        return float(text)
    except ValueError:
        return None


_SCORERS = {
    SingleChoice: _single,
    MultipleChoice: _multiple,
    TrueFalse: _true_false,
    Numeric: _numeric,
    ShortText: _short_text,
    Ordering: _ordering,
    Matching: _matching,
}
