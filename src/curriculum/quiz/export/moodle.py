"""Moodle XML (Question bank > Import > Moodle XML format)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from curriculum.quiz import markdown
from curriculum.quiz.export import Export
from curriculum.quiz.export.common import converted, fraction, pairs_of


def export(bank) -> Export:
    result = Export()
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", type="category")
    _text(ET.SubElement(category, "category"), f"$course$/{bank.title}")
    for question in bank.questions:
        root.append(_question(question, result))
    ET.indent(root)
    xml = ET.tostring(root, encoding="unicode", xml_declaration=False)
    result.files[f"{bank.name or 'quiz'}.moodle.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n"
    )
    return result


def _question(question, result: Export) -> ET.Element:
    kinds = {
        "single": "multichoice",
        "multiple": "multichoice",
        "true_false": "truefalse",
        "numeric": "numerical",
        "short_text": "shortanswer",
        "ordering": "matching",
        "matching": "matching",
    }
    element = ET.Element("question", type=kinds[question.type])
    _text(ET.SubElement(element, "name"), question.id)
    _text(ET.SubElement(element, "questiontext", format="html"), markdown.block(question.prompt))
    _text(
        ET.SubElement(element, "generalfeedback", format="html"),
        markdown.block(question.explanation),
    )
    ET.SubElement(element, "defaultgrade").text = "1"
    _BODY[question.type](element, question, result)
    return element


def _choices(element, question, result) -> None:
    single = question.type == "single"
    ET.SubElement(element, "single").text = "true" if single else "false"
    ET.SubElement(element, "shuffleanswers").text = "true"
    ET.SubElement(element, "answernumbering").text = "abc"
    right = {question.answer} if single else set(question.answer)
    wrong_count = len(question.options) - len(right)
    for key, text in question.options.items():
        if key in right:
            share = 1 / len(right)
        else:
            share = 0 if single else -1 / len(right) if wrong_count else 0
        answer = ET.SubElement(element, "answer", fraction=fraction(share), format="html")
        _text(answer, markdown.inline(text))
        _text(
            ET.SubElement(answer, "feedback", format="html"),
            markdown.inline(question.feedback.get(key, "")),
        )


def _true_false(element, question, result) -> None:
    for value in (True, False):
        answer = ET.SubElement(
            element, "answer", fraction="100" if value == question.answer else "0"
        )
        _text(answer, "true" if value else "false")
        _text(
            ET.SubElement(answer, "feedback", format="html"),
            markdown.inline(question.feedback.get(value, "")),
        )


def _numeric(element, question, result) -> None:
    answer = ET.SubElement(element, "answer", fraction="100")
    _text(answer, f"{question.answer:g}")
    ET.SubElement(answer, "tolerance").text = f"{question.tolerance:g}"
    if question.unit:
        units = ET.SubElement(element, "units")
        unit = ET.SubElement(units, "unit")
        ET.SubElement(unit, "multiplier").text = "1"
        ET.SubElement(unit, "unit_name").text = question.unit
        ET.SubElement(element, "unitgradingtype").text = "0"
        ET.SubElement(element, "showunits").text = "2"  # units shown next to the answer box


def _short_text(element, question, result) -> None:
    ET.SubElement(element, "usecase").text = "0"
    for accepted in question.accept:
        _text(ET.SubElement(element, "answer", fraction="100"), accepted)
    if question.fuzzy:
        result.warnings.append(
            converted(
                question, "Moodle", "typos are not forgiven; list common misspellings in 'accept'"
            )
        )


def _matching(element, question, result) -> None:
    ET.SubElement(element, "shuffleanswers").text = "true"
    if question.type == "ordering":
        result.warnings.append(
            converted(question, "Moodle", "exported as matching: each position to its item")
        )
    for term, match in pairs_of(question).items():
        sub = ET.SubElement(element, "subquestion", format="html")
        _text(sub, markdown.inline(term))
        _text(ET.SubElement(sub, "answer"), match)


def _text(parent: ET.Element, value: str) -> None:
    ET.SubElement(parent, "text").text = value


_BODY = {
    "single": _choices,
    "multiple": _choices,
    "true_false": _true_false,
    "numeric": _numeric,
    "short_text": _short_text,
    "ordering": _matching,
    "matching": _matching,
}
