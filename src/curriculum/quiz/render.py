"""Render a bank as the interactive quiz widget: for the site, for notebooks, or as one page.

The markup is complete HTML that works without a script (the questions show, with their inputs);
the small script in static/cgt-quiz.js adds checking, feedback, the score, retry and saving to
the browser's localStorage. Everything the script needs travels in a JSON block inside the
widget: no request to any server, so it works offline and from file://.
"""

from __future__ import annotations

import html
import json
import random
import uuid
from importlib import resources

from curriculum.quiz import markdown
from curriculum.quiz.model import Bank
from curriculum.quiz.strings import strings_for

ASSET_NAMES = ("cgt-quiz.js", "cgt-quiz.css")


def asset_text(name: str) -> str:
    return resources.files("curriculum.quiz").joinpath("static", name).read_text("utf-8")


def asset_dir():
    """The folder holding cgt-quiz.js and cgt-quiz.css (for the site's static files)."""
    return resources.files("curriculum.quiz").joinpath("static")


def display_order(bank: Bank, question_id: str, items: list[str]) -> list[str]:
    """A fixed shuffled order for items shown to students (ordering items, matching choices).

    The same bank always gives the same order, so worksheets, LMS exports and graded answer
    letters agree; it is never the correct order when there is another one.
    """
    shuffled = list(items)
    random.Random(f"{bank.name}:{question_id}").shuffle(shuffled)  # noqa: S311 - not security
    if shuffled == list(items) and len(items) > 1:
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled


def widget(bank: Bank, element_id: str | None = None) -> str:
    """The quiz's HTML: questions, inputs, buttons, live regions and its data block."""
    words = strings_for(bank.language)
    element_id = element_id or f"cgt-quiz-{bank.name or 'quiz'}-{uuid.uuid4().hex[:8]}"
    total = len(bank.questions)
    parts = [
        f'<section class="cgt-quiz" id="{_attr(element_id)}" data-quiz="{_attr(bank.name)}" '
        f'aria-labelledby="{_attr(element_id)}-title">',
        f'<p class="cgt-quiz-title" id="{_attr(element_id)}-title"><strong>'
        f"{html.escape(bank.title)}</strong></p>",
    ]
    for number, question in enumerate(bank.questions, start=1):
        parts.append(_question(bank, question, number, total, element_id, words))
    parts += [
        '<div class="cgt-quiz-footer">',
        f'<p class="cgt-score" aria-live="polite">{html.escape(words["score"])}: '
        f'<span class="cgt-score-value">0</span> / {total}</p>',
        f'<button type="button" class="cgt-retry">{html.escape(words["try_again"])}</button>',
        f'<p class="cgt-saved">{html.escape(words["saved"])}</p>',
        "</div>",
        '<script type="application/json" class="cgt-quiz-data">'
        f"{_json_for_script(_data(bank, words))}</script>",
        "</section>",
    ]
    return "\n".join(parts)


def notebook_html(bank: Bank) -> str:
    """The widget with its style and script inline, for a notebook output cell."""
    element_id = f"cgt-quiz-{uuid.uuid4().hex[:12]}"
    return (
        f"<style>{asset_text('cgt-quiz.css')}</style>\n{widget(bank, element_id)}\n"
        f"<script>{asset_text('cgt-quiz.js')}\n"
        f"window.cgtQuiz.init(document.getElementById({json.dumps(element_id)}));</script>"
    )


def standalone_page(bank: Bank) -> str:
    """One self-contained HTML page holding the interactive quiz."""
    lang = "zh-Hans" if bank.language == "zh-Hans" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(bank.title)}</title>\n<style>{asset_text('cgt-quiz.css')}</style>\n"
        f"</head>\n<body>\n<main>\n<h1>{html.escape(bank.title)}</h1>\n{widget(bank)}\n</main>\n"
        f"<script>{asset_text('cgt-quiz.js')}</script>\n</body>\n</html>\n"
    )


def _question(bank, question, number, total, quiz_id, words) -> str:
    qid = f"{quiz_id}-{question.id}"
    legend = (
        f'<legend><span class="cgt-q-number">'
        f"{html.escape(words['question_of'].format(n=number, total=total))}</span>"
        f'<span class="cgt-q-prompt">{markdown.block(question.prompt)}</span></legend>'
    )
    body = _INPUTS[question.type](bank, question, qid, words)
    return (
        f'<fieldset class="cgt-q" data-question="{_attr(question.id)}" '
        f'data-type="{question.type}">{legend}{body}'
        f'<div class="cgt-actions"><button type="button" class="cgt-check">'
        f"{html.escape(words['check'])}</button></div>"
        '<div class="cgt-feedback" role="status" aria-live="polite"></div></fieldset>'
    )


def _choices(kind: str, options: dict[str, str], qid: str) -> str:
    rows = [
        f'<label class="cgt-option"><input type="{kind}" name="{_attr(qid)}" value="{_attr(k)}"> '
        f"<span>{markdown.inline(text)}</span></label>"
        for k, text in options.items()
    ]
    return f'<div class="cgt-options">{"".join(rows)}</div>'


def _single(bank, question, qid, words) -> str:
    return _choices("radio", question.options, qid)


def _multiple(bank, question, qid, words) -> str:
    return _choices("checkbox", question.options, qid)


def _true_false(bank, question, qid, words) -> str:
    return _choices("radio", {"true": words["true"], "false": words["false"]}, qid)


def _text_input(qid: str, words: dict, unit: str = "", numeric: bool = False) -> str:
    mode = ' inputmode="decimal"' if numeric else ""
    suffix = f' <span class="cgt-unit">{html.escape(unit)}</span>' if unit else ""
    return (
        f'<label class="cgt-text">{html.escape(words["your_answer"])} '
        f'<input type="text" name="{_attr(qid)}" autocomplete="off"{mode}>{suffix}</label>'
    )


def _numeric(bank, question, qid, words) -> str:
    return _text_input(qid, words, question.unit, numeric=True)


def _short_text(bank, question, qid, words) -> str:
    return _text_input(qid, words)


def _ordering(bank, question, qid, words) -> str:
    rows = []
    for item in display_order(bank, question.id, question.items):
        label = html.escape(item)
        rows.append(
            f'<li class="cgt-item" data-item="{_attr(item)}"><span class="cgt-item-text">'
            f"{markdown.inline(item)}</span>"
            f'<button type="button" class="cgt-up" aria-label="{_attr(words["move_up"])}: {label}">'
            "↑</button>"
            f'<button type="button" class="cgt-down" aria-label="{_attr(words["move_down"])}: '
            f'{label}">↓</button></li>'
        )
    return (
        f'<p class="cgt-hint">{html.escape(words["order_hint"])}</p>'
        f'<ol class="cgt-order">{"".join(rows)}</ol>'
    )


def _matching(bank, question, qid, words) -> str:
    choices = display_order(bank, question.id, list(question.pairs.values()))
    options = f'<option value="">{html.escape(words["choose"])}</option>' + "".join(
        f'<option value="{_attr(c)}">{html.escape(c)}</option>' for c in choices
    )
    rows = [
        f'<label class="cgt-match"><span class="cgt-term">{markdown.inline(term)}</span>'
        f'<select data-term="{_attr(term)}">{options}</select></label>'
        for term in question.pairs
    ]
    return f'<div class="cgt-matches">{"".join(rows)}</div>'


_INPUTS = {
    "single": _single,
    "multiple": _multiple,
    "true_false": _true_false,
    "numeric": _numeric,
    "short_text": _short_text,
    "ordering": _ordering,
    "matching": _matching,
}


def _data(bank: Bank, words: dict) -> dict:
    questions = []
    for question in bank.questions:
        entry = {
            "id": question.id,
            "type": question.type,
            "explanation": markdown.block(question.explanation),
        }
        if question.type in ("single", "multiple"):
            entry["answer"] = question.answer
            entry["feedback"] = {k: markdown.inline(v) for k, v in question.feedback.items()}
        elif question.type == "true_false":
            entry["answer"] = "true" if question.answer else "false"
            entry["feedback"] = {
                ("true" if k else "false"): markdown.inline(v) for k, v in question.feedback.items()
            }
        elif question.type == "numeric":
            entry.update(answer=question.answer, tolerance=question.tolerance, unit=question.unit)
        elif question.type == "short_text":
            entry.update(accept=question.accept, fuzzy=question.fuzzy)
        elif question.type == "ordering":
            entry["answer"] = question.items
        elif question.type == "matching":
            entry["answer"] = question.pairs
        questions.append(entry)
    return {"name": bank.name, "shuffle": bank.shuffle, "strings": words, "questions": questions}


def _attr(value: str) -> str:
    return html.escape(str(value), quote=True)


def _json_for_script(data: dict) -> str:
    # Inside <script>, "</" could end the element early; escaping "<" keeps the JSON inert.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
