import io
import xml.etree.ElementTree as ET
import zipfile

import pytest

from curriculum import quiz
from curriculum.quiz.export import export
from curriculum.quiz.export.gift import escape
from tests.conftest import FIXTURE_COURSE

BANK = quiz.load(FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml")
QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def moodle_root():
    return ET.fromstring(export(BANK, "moodle").files["01-cells.moodle.xml"])


def test_moodle_xml_has_one_question_per_bank_question_plus_category():
    """Well-formed Moodle XML: a category, then one <question> of the right type each."""
    types = [q.get("type") for q in moodle_root().findall("question")]
    assert types == [
        "category",
        "multichoice",
        "multichoice",
        "truefalse",
        "numerical",
        "shortanswer",
        "matching",
        "matching",
    ]


def test_moodle_multiple_choice_fractions_add_to_100():
    """Right options share 100%; wrong ones take a share away."""
    question = moodle_root().findall("question")[2]
    fractions = [float(a.get("fraction")) for a in question.findall("answer")]
    assert fractions == [50.0, 50.0, -50.0]
    assert question.findtext("single") == "false"


def test_moodle_numeric_keeps_tolerance_and_unit():
    """The numeric answer, its tolerance and its unit are exported."""
    question = moodle_root().findall("question")[4]
    assert question.findtext("answer/text") == "8000"
    assert question.findtext("answer/tolerance") == "0"
    assert question.findtext("units/unit/unit_name") == "cells"


def test_conversions_are_warned_about_by_question():
    """An ordering exported as matching, and fuzzy matching dropped, each name the question."""
    warnings = export(BANK, "moodle").warnings
    assert any("'dna-to-protein' (ordering)" in w for w in warnings)
    assert any("'codon-length' (short_text)" in w for w in warnings)


@pytest.mark.parametrize("character", list("~=#{}:\\"))
def test_gift_escapes_every_special_character(character):
    """GIFT's control characters in text are backslash-escaped."""
    assert escape(f"a{character}b") == f"a\\{character}b"


def test_gift_has_every_question_with_its_answer_syntax():
    """Each question appears with GIFT's syntax for its type."""
    text = export(BANK, "gift").files["01-cells.gift.txt"]
    assert "::what-is-a-lymphocyte::" in text and "=A white blood cell" in text
    assert "~%50%A nucleus" in text and "~%-50%A lung" in text
    assert "{TRUE" in text and "{#8000:0" in text
    assert "=T cell -> Finds and kills infected cells" in text
    assert text.count("::") == 2 * len(BANK.questions)


def test_qti_package_has_manifest_and_parsable_items():
    """The QTI zip holds imsmanifest.xml pointing at an assessment with one item each."""
    archive = zipfile.ZipFile(io.BytesIO(export(BANK, "qti").files["01-cells.qti.zip"]))
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    href = manifest.find(".//{http://www.imsglobal.org/xsd/imscp_v1p1}resource").get("href")
    assessment = ET.fromstring(archive.read(href))
    items = assessment.findall(f".//{QTI}item")
    assert [i.get("ident") for i in items] == [q.id for q in BANK.questions]
    kinds = [i.find(f".//{QTI}fieldentry").text for i in items]
    assert kinds[:3] == [
        "multiple_choice_question",
        "multiple_answers_question",
        "true_false_question",
    ]


def test_worksheet_and_answer_key_are_separate_files():
    """Students get questions without answers; the key has every answer and explanation."""
    files = export(BANK, "worksheet").files
    sheet, key = files["01-cells.worksheet.html"], files["01-cells.answer-key.html"]
    assert "Lymphocytes are white blood cells" not in sheet
    assert "Lymphocytes are white blood cells" in key
    assert "@media print" in sheet
    assert key.count('class="question"') == len(BANK.questions)


def test_answer_key_letters_grade_as_correct():
    """Letters in the answer key are exactly what `quiz grade` accepts as right."""
    from curriculum.quiz.responses import parse_answer

    key = export(BANK, "worksheet").files["01-cells.answer-key.html"]
    ordering = BANK.question("dna-to-protein")
    letters = key.split("6.</span> ")[1].split("<")[0]
    answer = parse_answer(BANK, ordering, letters.replace(" ", ";"))
    assert quiz.check(BANK, "dna-to-protein", answer).correct
