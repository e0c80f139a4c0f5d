"""Running Sphinx: kept applications, settings of one application, problems."""

import pytest

from curriculum.book import sphinx_build
from curriculum.book.sphinx_build import BookRequest, parse_problems, run_build

pytestmark = pytest.mark.slow


@pytest.fixture
def request_for(course):
    """A request to build the fixture course (teacher edition, notebooks not run)."""

    def make(**options):
        return BookRequest(
            source=course.root,
            outdir=course.build_dir / ".stage-test" / "html",
            cache_dir=course.cache_dir,
            execute=False,
            **options,
        )

    yield make
    sphinx_build._drop_live_apps()  # the test process keeps no Sphinx registrations


def _edit(course, text):
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + f"\n{text}\n")


def _page(request, name="lessons/01-cells"):
    return (request.outdir / f"{name}.html").read_text()


def test_a_page_edit_reuses_the_application(course, request_for):
    request = request_for(reuse=True)
    assert run_build(request) is None
    kept = sphinx_build._live_apps[request.outdir].app
    _edit(course, "Cells divide by mitosis.")
    assert run_build(request) is None
    assert sphinx_build._live_apps[request.outdir].app is kept
    assert "mitosis" in _page(request)


def test_other_changes_set_sphinx_up_again(course, request_for):
    assert run_build(request_for(reuse=True)) is None
    first = sphinx_build._live_apps[request_for().outdir].app
    _edit(course, "Cells divide by meiosis.")
    request = request_for(reuse=False)
    assert run_build(request) is None
    assert sphinx_build._live_apps[request.outdir].app is not first
    assert "meiosis" in _page(request)


def test_a_second_application_rewrites_only_the_changed_page(course, request_for):
    """Extensions append to settings in place; if the second application inherited the first
    one's additions, Sphinx would see new settings and rewrite every page."""
    request = request_for(reuse=False)
    assert run_build(request) is None
    other = request.outdir / "parts" / "maths.html"
    before = other.stat().st_mtime_ns
    _edit(course, "One more sentence.")
    assert run_build(request) is None
    assert other.stat().st_mtime_ns == before


def test_a_prepared_application_builds_the_change_made_after_it(course, request_for):
    request = request_for(reuse=True)
    assert run_build(request) is None
    sphinx_build._drop_live_apps()
    sphinx_build._prepare(request)
    _edit(course, "Written after Sphinx was set up.")
    assert run_build(request) is None
    assert "Written after Sphinx was set up." in _page(request)


def test_a_failed_build_lists_its_pages_for_the_next_build(course, request_for):
    request = request_for(reuse=True)
    _edit(course, "```{no-such-directive}\n```")
    problems = run_build(request)
    assert any("no-such-directive" in problem.message for problem in problems)
    problem_pages = request.outdir.parent / sphinx_build.PROBLEM_PAGES_FILE
    assert problem_pages.read_text() == '["lessons/01-cells"]'
    assert request.outdir not in sphinx_build._live_apps


@pytest.mark.parametrize("numbered", [False, True])
def test_numbered_parts_are_numbered_as_jupyter_book_numbers_them(course, numbered):
    from sphinx_external_toc.parsing import parse_toc_yaml

    if numbered:
        toc = course.toc_path.read_text()
        course.toc_path.write_text(toc.replace("Lessons\n", "Lessons\n    numbered: true\n"))

    class App:
        def __init__(self):
            self.config = Config()
            self.extensions = []

        def setup_extension(self, name):
            self.extensions.append(name)

    class Config(dict):
        external_site_map = parse_toc_yaml(course.toc_path)

    app = App()
    app.config["use_multitoc_numbering"] = True
    sphinx_build._number_chapters_like_jupyter_book(app)
    assert app.extensions == (["sphinx_multitoc_numbering"] if numbered else [])


def test_problems_name_file_line_and_message():
    text = (
        "/course/lessons/01-cells.md:12: WARNING: undefined label: 'x' [ref.ref]\n"
        "/course/_config.yml: ERROR: bad value\n  continued here\n"
    )
    assert [(p.path, p.line, p.message) for p in parse_problems(text)] == [
        ("/course/lessons/01-cells.md", "12", "undefined label: 'x' [ref.ref]"),
        ("/course/_config.yml", "", "bad value continued here"),
    ]
