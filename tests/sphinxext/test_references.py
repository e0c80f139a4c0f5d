import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("edition", ["html", "teacher/html"])
def test_a_lessons_reference_list_uses_list_item_roles(built_course, edition):
    """Entries of a reference list are list items to screen readers (axe: no
    aria-required-children violation), and the citation links to its entry."""
    page = (built_course.build_dir / edition / "lessons" / "01-cells.html").read_text()
    assert 'role="doc-biblioentry"' not in page
    assert page.count('role="listitem"') == 1
    assert "National Human Genome Research Institute" in page
