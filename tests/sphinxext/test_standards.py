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
