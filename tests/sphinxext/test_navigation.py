"""A renamed page shows its new title in every page's navigation after a rebuild."""

import pytest

from curriculum.build import build_site

pytestmark = pytest.mark.slow


def _build(course):
    result = build_site(course, edition="student", progress=lambda message: None)
    assert result.ok, [issue.format() for issue in result.issues]


def _lesson(course):
    return course.lessons_dir / "01-cells.md"


def test_renaming_a_lesson_updates_the_navigation_of_other_pages(course):
    _build(course)
    lesson = _lesson(course)
    lesson.write_text(lesson.read_text().replace("# Cells and genes", "# Cells, genes and DNA"))
    _build(course)
    other_page = (course.html_dir / "parts" / "maths.html").read_text()
    assert "Cells, genes and DNA" in other_page


def test_an_edit_that_keeps_the_title_writes_only_the_pages_sphinx_would(course):
    _build(course)
    other_page = course.html_dir / "parts" / "maths.html"
    before = other_page.stat().st_mtime_ns
    lesson = _lesson(course)
    lesson.write_text(lesson.read_text() + "\nCells divide by mitosis.\n")
    _build(course)
    assert "mitosis" in (course.html_dir / "lessons" / "01-cells.html").read_text()
    assert other_page.stat().st_mtime_ns == before
