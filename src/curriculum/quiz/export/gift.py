"""Moodle GIFT, a plain-text format (Question bank > Import > GIFT format)."""

from __future__ import annotations

from curriculum.quiz.export import Export
from curriculum.quiz.export.common import converted, fraction, pairs_of

# Characters with a meaning in GIFT; a backslash makes them plain text.
SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    escaped = "".join(f"\\{c}" if c in SPECIAL else c for c in text)
    return escaped.replace("\n", "\\n")


def export(bank) -> Export:
    result = Export()
    blocks = [f"// {escape(bank.title)}\n$CATEGORY: $course$/{escape(bank.title)}"]
    for question in bank.questions:
        body = _ANSWERS[question.type](question, result)
        general = f"\n  ####{escape(question.explanation)}"
        blocks.append(
            f"::{escape(question.id)}::[markdown]{escape(question.prompt)} {{{body}{general}\n}}"
        )
    result.files[f"{bank.name or 'quiz'}.gift.txt"] = "\n\n".join(blocks) + "\n"
    return result


def _feedback(text: str) -> str:
    return f"#{escape(text)}" if text else ""


def _single(question, result) -> str:
    lines = []
    for key, text in question.options.items():
        mark = "=" if key == question.answer else "~"
        lines.append(f"\n  {mark}{escape(text)}{_feedback(question.feedback.get(key, ''))}")
    return "".join(lines)


def _multiple(question, result) -> str:
    right = set(question.answer)
    lines = []
    for key, text in question.options.items():
        share = 1 / len(right) if key in right else -1 / len(right)
        lines.append(
            f"\n  ~%{fraction(share)}%{escape(text)}{_feedback(question.feedback.get(key, ''))}"
        )
    return "".join(lines)


def _true_false(question, result) -> str:
    # GIFT: {TRUE#shown if answered wrongly#shown if answered rightly}
    wrong = question.feedback.get(not question.answer, "")
    right = question.feedback.get(question.answer, "")
    feedback = f"#{escape(wrong)}#{escape(right)}" if right else _feedback(wrong)
    return f"{'TRUE' if question.answer else 'FALSE'}{feedback}"


def _numeric(question, result) -> str:
    return f"#{question.answer:g}:{question.tolerance:g}"


def _short_text(question, result) -> str:
    if question.fuzzy:
        result.warnings.append(
            converted(
                question, "GIFT", "typos are not forgiven; list common misspellings in 'accept'"
            )
        )
    return "".join(f"\n  ={escape(a)}" for a in question.accept)


def _matching(question, result) -> str:
    if question.type == "ordering":
        result.warnings.append(
            converted(question, "GIFT", "exported as matching: each position to its item")
        )
    return "".join(
        f"\n  ={escape(term)} -> {escape(match)}" for term, match in pairs_of(question).items()
    )


_ANSWERS = {
    "single": _single,
    "multiple": _multiple,
    "true_false": _true_false,
    "numeric": _numeric,
    "short_text": _short_text,
    "ordering": _matching,
    "matching": _matching,
}
