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


def test_navigation_kept_from_an_earlier_build_is_what_the_theme_makes(course):
    _build(course)
    lesson = _lesson(course)
    lesson.write_text(lesson.read_text() + "\nCells divide by mitosis.\n")
    _build(course)  # writes the lesson and the home page with the kept navigation
    pages = [course.html_dir / "lessons" / "01-cells.html", course.html_dir / "index.html"]
    kept = [page.read_text() for page in pages]
    (course.stage_dir / ".doctrees" / "curriculum-navigation.json").unlink()
    result = build_site(course, edition="student", force=True, progress=lambda message: None)
    assert result.ok
    assert [page.read_text() for page in pages] == kept


def test_a_page_edit_reuses_the_navigation_instead_of_remaking_it(course, monkeypatch):
    """The theme makes its navigation with CSS selectors; a one-page rebuild should use none."""
    import bs4.element

    from curriculum.book import sphinx_build
    from curriculum.book.sphinx_build import BookRequest, run_build

    request = BookRequest(
        source=course.root,
        outdir=course.build_dir / ".stage-test" / "html",
        cache_dir=course.cache_dir,
        execute=False,
    )
    try:
        assert run_build(request) is None
        selections = []
        select = bs4.element.Tag.select
        monkeypatch.setattr(
            bs4.element.Tag, "select", lambda *a, **k: selections.append(a) or select(*a, **k)
        )
        lesson = _lesson(course)
        lesson.write_text(lesson.read_text() + "\nCells divide by mitosis.\n")
        assert run_build(request) is None  # a new Sphinx application, as in a new command
        assert "mitosis" in (request.outdir / "lessons" / "01-cells.html").read_text()
        assert selections == []
    finally:
        sphinx_build._drop_live_apps()


def test_kept_navigation_prints_as_html_with_the_original_length_and_truth():
    from curriculum.sphinxext.navigation import RenderedHTML

    rendered = RenderedHTML("<ul></ul>", 0, True)
    assert f"{rendered}" == "<ul></ul>"
    assert len(rendered) == 0
    assert rendered
    assert not RenderedHTML("", 0, False)


def test_a_damaged_navigation_file_is_ignored(course):
    _build(course)
    (course.stage_dir / ".doctrees" / "curriculum-navigation.json").write_text("{not json")
    lesson = _lesson(course)
    lesson.write_text(lesson.read_text() + "\nCells divide by mitosis.\n")
    _build(course)
    assert "mitosis" in (course.html_dir / "lessons" / "01-cells.html").read_text()
