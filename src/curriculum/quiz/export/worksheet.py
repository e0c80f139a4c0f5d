"""A printable worksheet (HTML with print styles) and a separate answer key.

Ordering items and matching choices are lettered in the same fixed shuffled order as in the
widget, so the letters students write are the letters `curriculum quiz grade` reads.
"""

from __future__ import annotations

import html

from curriculum.quiz import markdown
from curriculum.quiz.export import Export
from curriculum.quiz.export.common import letter
from curriculum.quiz.render import display_order
from curriculum.quiz.strings import strings_for

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.45;
  max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 18pt; } .meta { display: flex; gap: 2rem; margin-bottom: 1.5rem; }
.question { break-inside: avoid; margin: 1.25rem 0; } .number { font-weight: bold; }
.blank { display: inline-block; min-width: 12rem; border-bottom: 1px solid #111; }
ol.choices { list-style: upper-alpha; } table { border-collapse: collapse; }
td { padding: 0.2rem 1rem 0.2rem 0; vertical-align: top; }
@page { margin: 2cm; } @media print { body { margin: 0; max-width: none; } }
"""


def export(bank) -> Export:
    words = strings_for(bank.language)
    name = bank.name or "quiz"
    result = Export()
    result.files[f"{name}.worksheet.html"] = _page(bank.title, _questions(bank, words), words, True)
    key_title = f"{bank.title}: {words['answer_key']}"
    result.files[f"{name}.answer-key.html"] = _page(key_title, _answers(bank, words), words, False)
    return result


def _page(title: str, body: str, words: dict, with_name: bool) -> str:
    meta = (
        f'<p class="meta"><span>{html.escape(words["name"])}: <span class="blank"></span></span>'
        f'<span>{html.escape(words["date"])}: <span class="blank"></span></span></p>'
        if with_name
        else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n{meta}\n{body}\n</body>\n</html>\n"
    )


def _questions(bank, words) -> str:
    parts = []
    for number, question in enumerate(bank.questions, start=1):
        prompt = markdown.block(question.prompt)
        space = _space(bank, question, words)
        parts.append(
            f'<section class="question"><p class="number">{number}.</p>{prompt}{space}</section>'
        )
    return "\n".join(parts)


def _space(bank, question, words) -> str:
    if question.type in ("single", "multiple"):
        items = "".join(f"<li>{markdown.inline(t)}</li>" for t in question.options.values())
        return f'<ol class="choices">{items}</ol>'
    if question.type == "true_false":
        return f"<p>{html.escape(words['true'])} / {html.escape(words['false'])}</p>"
    if question.type in ("numeric", "short_text"):
        unit = (
            f" {html.escape(question.unit)}" if question.type == "numeric" and question.unit else ""
        )
        return f'<p><span class="blank"></span>{unit}</p>'
    if question.type == "ordering":
        items = display_order(bank, question.id, question.items)
        rows = "".join(f"<li>{markdown.inline(i)}</li>" for i in items)
        blanks = " ".join("___" for _ in items)
        return f'<ol class="choices">{rows}</ol><p>{blanks}</p>'
    matches = display_order(bank, question.id, list(question.pairs.values()))
    rows = "".join(
        f"<tr><td>{n}. {markdown.inline(term)}</td><td>___</td>"
        f"<td>{letter(n - 1)}. {html.escape(matches[n - 1])}</td></tr>"
        for n, term in enumerate(question.pairs, start=1)
    )
    return f"<table>{rows}</table>"


def _answers(bank, words) -> str:
    parts = []
    for number, question in enumerate(bank.questions, start=1):
        answer = html.escape(_answer(bank, question, words))
        explanation = markdown.block(question.explanation)
        parts.append(
            f'<section class="question"><p><span class="number">{number}.</span> {answer}</p>'
            f"{explanation}</section>"
        )
    return "\n".join(parts)


def _answer(bank, question, words) -> str:
    if question.type in ("single", "multiple"):
        keys = list(question.options)
        right = [question.answer] if question.type == "single" else question.answer
        return ", ".join(f"{letter(keys.index(k))} ({question.options[k]})" for k in right)
    if question.type == "true_false":
        return words["true"] if question.answer else words["false"]
    if question.type == "numeric":
        tolerance = f" (± {question.tolerance:g})" if question.tolerance else ""
        return f"{question.answer:g} {question.unit}".strip() + tolerance
    if question.type == "short_text":
        return " / ".join(question.accept)
    if question.type == "ordering":
        shown = display_order(bank, question.id, question.items)
        return " ".join(letter(shown.index(item)) for item in question.items)
    matches = display_order(bank, question.id, list(question.pairs.values()))
    return "; ".join(
        f"{n}-{letter(matches.index(m))}" for n, m in enumerate(question.pairs.values(), start=1)
    )
