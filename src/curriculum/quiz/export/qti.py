"""An IMS QTI 1.2 package (a .zip with imsmanifest.xml) that Canvas imports
(Settings > Import course content > QTI .zip file)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from curriculum.quiz import markdown
from curriculum.quiz.export import Export
from curriculum.quiz.export.common import converted, pairs_of

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CANVAS_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "true_false": "true_false_question",
    "numeric": "numerical_question",
    "short_text": "short_answer_question",
    "ordering": "matching_question",
    "matching": "matching_question",
}


def export(bank) -> Export:
    result = Export()
    name = bank.name or "quiz"
    assessment_xml = _assessment(bank, result)
    manifest_xml = _manifest(name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest_xml)
        archive.writestr(f"{name}/{name}.xml", assessment_xml)
    result.files[f"{name}.qti.zip"] = buffer.getvalue()
    return result


def _assessment(bank, result: Export) -> str:
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = ET.SubElement(root, "assessment", ident=bank.name or "quiz", title=bank.title)
    section = ET.SubElement(assessment, "section", ident="root_section")
    for question in bank.questions:
        section.append(_item(question, result))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _item(question, result: Export) -> ET.Element:
    item = ET.Element("item", ident=question.id, title=question.id)
    fields = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", CANVAS_TYPES[question.type]), ("points_possible", "1")):
        field = ET.SubElement(fields, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, markdown.block(question.prompt))
    processing = ET.SubElement(item, "resprocessing")
    outcomes = ET.SubElement(processing, "outcomes")
    ET.SubElement(
        outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal"
    )
    _BODY[question.type](question, presentation, processing, result)
    feedback = ET.SubElement(item, "itemfeedback", ident="general_fb")
    _material(ET.SubElement(feedback, "flow_mat"), markdown.block(question.explanation))
    return item


def _material(parent: ET.Element, html: str) -> None:
    ET.SubElement(ET.SubElement(parent, "material"), "mattext", texttype="text/html").text = html


def _choices(question, presentation, processing, result, options=None, right=None) -> None:
    options = options or question.options
    right = (
        right
        if right is not None
        else ({question.answer} if question.type == "single" else set(question.answer))
    )
    cardinality = "Multiple" if question.type == "multiple" else "Single"
    response = ET.SubElement(
        presentation, "response_lid", ident="response1", rcardinality=cardinality
    )
    render = ET.SubElement(response, "render_choice")
    for key, text in options.items():
        label = ET.SubElement(render, "response_label", ident=key)
        _material(label, markdown.inline(text))
    condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
    test = ET.SubElement(condition, "conditionvar")
    if cardinality == "Single":
        ET.SubElement(test, "varequal", respident="response1").text = next(iter(right))
    else:
        both = ET.SubElement(test, "and")
        for key in options:
            if key in right:
                ET.SubElement(both, "varequal", respident="response1").text = key
            else:
                ET.SubElement(
                    ET.SubElement(both, "not"), "varequal", respident="response1"
                ).text = key
    ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"


def _true_false(question, presentation, processing, result) -> None:
    _choices(
        question,
        presentation,
        processing,
        result,
        options={"true": "True", "false": "False"},
        right={"true" if question.answer else "false"},
    )


def _numeric(question, presentation, processing, result) -> None:
    response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
    ET.SubElement(response, "render_fib", fibtype="Decimal")
    condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
    test = ET.SubElement(condition, "conditionvar")
    low, high = question.answer - question.tolerance, question.answer + question.tolerance
    ET.SubElement(test, "vargte", respident="response1").text = f"{low:g}"
    ET.SubElement(test, "varlte", respident="response1").text = f"{high:g}"
    ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"


def _short_text(question, presentation, processing, result) -> None:
    response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
    ET.SubElement(response, "render_fib", fibtype="String")
    condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
    test = ET.SubElement(condition, "conditionvar")
    for accepted in question.accept:
        ET.SubElement(test, "varequal", respident="response1").text = accepted
    ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"
    if question.fuzzy:
        result.warnings.append(
            converted(
                question, "QTI", "typos are not forgiven; list common misspellings in 'accept'"
            )
        )


def _matching(question, presentation, processing, result) -> None:
    if question.type == "ordering":
        result.warnings.append(
            converted(question, "QTI", "exported as matching: each position to its item")
        )
    pairs = pairs_of(question)
    matches = list(dict.fromkeys(pairs.values()))
    share = 100 / len(pairs)
    for index, (term, match) in enumerate(pairs.items(), start=1):
        response = ET.SubElement(presentation, "response_lid", ident=f"response_{index}")
        _material(response, markdown.inline(term))
        render = ET.SubElement(response, "render_choice")
        for number, choice in enumerate(matches, start=1):
            label = ET.SubElement(render, "response_label", ident=f"m{number}")
            _material(label, choice)
        condition = ET.SubElement(processing, "respcondition")
        test = ET.SubElement(condition, "conditionvar")
        ET.SubElement(
            test, "varequal", respident=f"response_{index}"
        ).text = f"m{matches.index(match) + 1}"
        ET.SubElement(condition, "setvar", action="Add", varname="SCORE").text = f"{share:.2f}"


def _manifest(name: str) -> str:
    root = ET.Element("manifest", identifier=f"{name}-manifest", xmlns=CP_NS)
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    resource = ET.SubElement(
        resources, "resource", identifier=name, type="imsqti_xmlv1p2", href=f"{name}/{name}.xml"
    )
    ET.SubElement(resource, "file", href=f"{name}/{name}.xml")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


_BODY = {
    "single": _choices,
    "multiple": _choices,
    "true_false": _true_false,
    "numeric": _numeric,
    "short_text": _short_text,
    "ordering": _matching,
    "matching": _matching,
}
