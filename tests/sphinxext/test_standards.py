import re

import pytest

pytestmark = pytest.mark.slow


def test_standards_table_lists_each_standard_with_the_lessons_that_cover_it(built_course):
    page = (built_course.build_dir / "teacher" / "html" / "index.html").read_text()
    rows = {
        re.sub(r"<[^>]+>", "", row.split("</td>")[0]).strip(): row
        for row in re.findall(r"<tr[^>]*>\s*<td(.*?)</tr>", page, re.S)
    }
    covered = next(row for key, row in rows.items() if key.endswith("HS-LS1-1"))
    uncovered = next(row for key, row in rows.items() if key.endswith("HS-LS3-1"))
    assert 'href="lessons/01-cells.html"' in covered
    assert "not yet covered" in uncovered


def build(course):
    from curriculum.build import build_site

    result = build_site(course, edition="teacher", progress=lambda message: None)
    assert result.ok, [issue.format() for issue in result.issues]
    return (course.build_dir / "teacher" / "html" / "index.html").read_text()


def test_changing_a_lessons_standards_updates_the_table(course):
    build(course)
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text().replace('["HS-LS1-1"]', '["HS-LS3-1"]'))
    page = build(course)
    row = page[page.index(">HS-LS3-1<") :].split("</tr>")[0]
    assert 'href="lessons/01-cells.html"' in row


def test_editing_a_lessons_text_does_not_rebuild_the_table_page(course):
    build(course)
    doctree = course.build_dir / ".stage-teacher" / ".doctrees" / "index.doctree"
    before = doctree.stat().st_mtime_ns
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + "\nOne more sentence.\n")
    build(course)
    assert doctree.stat().st_mtime_ns == before
