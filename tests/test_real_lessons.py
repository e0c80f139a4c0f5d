"""The real course's lessons meet the bar of a complete lesson (the same check as
`curriculum report --check`), and their sources and glossary are in order."""

import functools
import re

import pytest

from curriculum.lessons.bibliography import bibtex_keys
from curriculum.lessons.check import read_lessons
from curriculum.lessons.page import CITE_ROLE
from curriculum.project import Project
from curriculum.report import build_report, shortfalls
from tests.conftest import REPO

pytestmark = pytest.mark.content

COURSE = Project.at(REPO)
LESSON_IDS = [path.stem for path in COURSE.lesson_pages()]
# The course outline (CONTENT.md): eleven lessons, notebooks for lessons 1, 3, 4, 5, 7 and 10.
OUTLINE = {
    "01-cells-genes-immune-system": "notebook",
    "02-what-are-cell-and-gene-therapies": "unplugged",
    "03-history-in-milestones": "notebook",
    "04-car-t": "notebook",
    "05-gene-therapy-and-editing": "notebook",
    "06-stem-cells-regenerative-medicine": "unplugged",
    "07-trends": "notebook",
    "08-from-lab-to-patient": "unplugged",
    "09-ethics-safety-access": "unplugged",
    "10-careers": "notebook",
    "11-visiting-a-cell-therapy-company": "unplugged",
}


@functools.cache
def report():
    return build_report(COURSE)


def test_every_lesson_of_the_outline_exists_with_its_activity():
    activities = {lesson.id: lesson.activity.split(" ")[0] for lesson in report().lessons}
    assert activities == OUTLINE


def test_unplugged_lessons_link_a_printable_sheet():
    """An unplugged activity still needs something to hand out."""
    missing = [
        page.label
        for page in read_lessons(COURSE)
        if page.activity == "unplugged" and "{doc}`handouts/" not in page.text
    ]
    assert missing == []


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_lesson_is_complete(lesson_id):
    """Objectives, a quiz of 8+ questions of 3+ types, citations, reading grade <= 10 ..."""
    problems = [
        issue.format() for issue in shortfalls(report()) if issue.path.endswith(f"/{lesson_id}.md")
    ]
    assert problems == []


def test_every_bibtex_entry_is_cited_and_has_an_address():
    """No dead entries, and each source can be found again (a URL, a DOI or a dataset file)."""
    cited = {
        key.strip()
        for path in COURSE.content_files()
        if path.suffix == ".md"
        for keys in CITE_ROLE.findall(path.read_text(encoding="utf-8"))
        for key in keys.split(",")
    }
    text = COURSE.bibliography_path.read_text(encoding="utf-8")
    entries = re.split(r"(?m)^@", text)[1:]
    problems = []
    for key, line in bibtex_keys(COURSE.bibliography_path).items():
        entry = next(e for e in entries if re.match(rf"\w+\{{\s*{re.escape(key)}\s*,", e))
        # The course's own datasets are cited by their file, whose rows carry the sources.
        findable = re.search(r"(?im)^\s*(url|doi)\s*=", entry) or re.search(r"data/\w+\.csv", entry)
        if not findable:
            problems.append(f"references.bib:{line}: {key} has no url, doi or dataset file")
        if key not in cited:
            problems.append(f"references.bib:{line}: {key} is cited by no page")
    assert problems == []


def test_every_key_term_of_every_lesson_is_in_the_glossary_and_linked():
    """Checked by `curriculum check` and the report; this states the rule for the course."""
    assert all(lesson.key_terms for lesson in report().lessons)
    assert [
        (lesson.id, lesson.unlinked_terms) for lesson in report().lessons if lesson.unlinked_terms
    ] == []
