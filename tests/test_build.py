"""`curriculum build` end to end on the fixture course."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from curriculum.build import build_site
from tests.conftest import BAD

pytestmark = pytest.mark.slow


def build(project):
    messages = []
    result = build_site(project, progress=messages.append)
    return result, messages


def test_build_publishes_every_toc_page(built_course):
    """A successful build writes one HTML page per TOC entry into _build/html."""
    html = built_course.html_dir
    for page in (
        "index",
        "lessons/01-cells",
        "notebooks/01-growth",
        "notebooks/02-codons",
        "parts/maths",
    ):
        assert (html / f"{page}.html").is_file(), page


def test_notebook_outputs_are_in_the_site(built_course):
    """Executed outputs (here a printed list) appear on the notebook's page."""
    page = (built_course.html_dir / "notebooks" / "02-codons.html").read_text()
    assert "['ATG', 'GCC', 'TAA']" in page


def test_second_build_with_nothing_changed_stops_early(course):
    """Nothing changed: the build says so and does not run Sphinx again."""
    build(course)
    result, messages = build(course)
    assert result.up_to_date
    assert messages == ["Nothing changed since the last build: _build/html"]


def test_edited_page_is_rebuilt_without_executing_notebooks(course):
    """Changing a lesson page rebuilds the site but uses cached notebook outputs."""
    build(course)
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + "\nA new sentence about mitochondria.\n")
    result, _ = build(course)
    assert result.ok and not result.up_to_date
    assert (result.executed, result.cached) == (0, 2)
    assert "mitochondria" in (course.html_dir / "lessons" / "01-cells.html").read_text()


def test_broken_config_stops_before_any_slow_work(course):
    """Content problems are reported first; nothing is executed or written."""
    shutil.copy(BAD / "toc-missing-file.yml", course.toc_path)
    result, messages = build(course)
    assert [i.code for i in result.issues] == ["toc-missing-file"]
    assert messages == []
    assert not course.build_dir.exists()


def test_failing_notebook_keeps_the_previous_site(course):
    """A notebook error names notebook and cell; _build/html stays as it was."""
    build(course)
    before = (course.html_dir / "index.html").read_text()
    shutil.copy(BAD / "notebook-raises-error.ipynb", course.notebooks_dir / "02-codons.ipynb")
    result, messages = build(course)
    assert [(i.path, i.where, i.code) for i in result.issues] == [
        ("notebooks/02-codons.ipynb", "cell 3", "notebook-error"),
        ("_build/html", "", "build-failed"),
    ]
    assert any("NameError" in m for m in messages)
    assert (course.html_dir / "index.html").read_text() == before


def test_sphinx_warning_fails_the_build_and_keeps_the_previous_site(course):
    """Strict build: a broken cross-reference is an error, and the old site survives."""
    build(course)
    before = (course.html_dir / "lessons" / "01-cells.html").read_text()
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + "\nSee {doc}`no-such-page`.\n")
    result, _ = build(course)
    assert [(i.path, i.code) for i in result.issues] == [
        ("lessons/01-cells.md", "book-warning"),
        ("_build/html", "build-failed"),
    ]
    assert "unknown document: 'no-such-page'" in result.issues[0].message
    assert result.issues[0].where.isdigit()
    assert (course.html_dir / "lessons" / "01-cells.html").read_text() == before


def test_plain_jupyter_book_build_works_and_shares_the_cache(course):
    """Teachers can run `jupyter-book build .` themselves; it reuses our executed notebooks."""
    build(course)
    output = subprocess.run(
        [
            str(Path(sys.executable).with_name("jupyter-book")),
            "build",
            str(course.root),
            "-W",
            "-n",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert output.returncode == 0, output.stdout + output.stderr
    assert output.stdout.count("Using cached notebook") == 2


def test_force_rebuilds_even_when_nothing_changed(course):
    """`--force` runs the whole build again instead of stopping early."""
    build(course)
    result = build_site(course, force=True, progress=lambda message: None)
    assert result.ok and not result.up_to_date


def test_edited_notebook_is_executed_again(course):
    """Changing a notebook's code executes that notebook only."""
    build(course)
    notebook = course.notebooks_dir / "02-codons.ipynb"
    notebook.write_text(notebook.read_text().replace("ATGGCCTAA", "ATGTTTTAA"))
    result, _ = build(course)
    assert (result.executed, result.cached) == (1, 1)
    assert "TTT" in (course.html_dir / "notebooks" / "02-codons.html").read_text()


def test_malformed_notebook_stops_the_build_with_one_line(course):
    """A notebook that is not valid JSON is a check problem, found before execution."""
    shutil.copy(BAD / "notebook-invalid-json.ipynb", course.notebooks_dir / "02-codons.ipynb")
    result, messages = build(course)
    assert [(i.path, i.code) for i in result.issues] == [
        ("notebooks/02-codons.ipynb", "notebook-json")
    ]
    assert messages == []


def test_adding_a_page_to_the_toc_updates_every_page_navigation(course):
    """Pages that did not change still show a page newly added to the table of contents."""
    build(course)
    (course.root / "parts" / "glossary.md").write_text("# Glossary\n\nWords.\n")
    course.toc_path.write_text(course.toc_path.read_text() + "      - file: parts/glossary\n")
    result, _ = build(course)
    assert result.ok
    assert "glossary.html" in (course.html_dir / "lessons" / "01-cells.html").read_text()


def test_editing_a_page_does_not_rederive_student_notebooks(course):
    """Only changed notebooks are turned into student versions again (that needs the cache)."""
    build(course)
    student = course.build_dir / ".student-src" / "notebooks" / "01-growth.ipynb"
    before = student.stat().st_mtime_ns
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + "\nMore.\n")
    result, _ = build(course)
    assert result.ok
    assert student.stat().st_mtime_ns == before


def test_editing_one_page_does_not_reread_a_page_with_a_figure(course):
    """Figures drawn into the student edition's source survive between builds, so a page that
    shows one is not read again when another page changes."""
    build(course)
    doctree = course.build_dir / ".stage" / ".doctrees" / "lessons" / "01-cells.doctree"
    before = doctree.stat().st_mtime_ns
    other = course.root / "parts" / "maths.md"
    other.write_text(other.read_text() + "\nMore.\n")
    result, _ = build(course)
    assert result.ok
    assert doctree.stat().st_mtime_ns == before


def test_a_failing_figure_script_is_reported_at_its_page_and_line(course):
    (course.root / "lessons" / "figures" / "01_doubling.py").write_text("1 / 0\n")
    result, _ = build(course)
    assert not result.ok
    [issue] = [i for i in result.issues if "figure script" in i.message]
    assert (issue.path, issue.where) == ("lessons/01-cells.md", "35")
    assert "lessons/figures/01_doubling.py failed: ZeroDivisionError" in issue.message


def test_a_page_with_a_problem_fails_again_until_it_is_fixed(course):
    """Sphinx reports a page's warnings only when it reads the page, so the build remembers
    which pages had problems and reads them again: an unchanged broken page keeps failing."""
    build(course)
    lesson = course.lessons_dir / "01-cells.md"
    text = lesson.read_text()
    lesson.write_text(text + "\n```{no-such-directive}\n```\n")
    for _ in range(2):
        result, _ = build(course)
        assert [i.path for i in result.issues if "no-such-directive" in i.message] == [
            "lessons/01-cells.md"
        ]
    lesson.write_text(text + "\nFixed.\n")
    result, _ = build(course)
    assert result.ok
    assert "Fixed." in (course.html_dir / "lessons" / "01-cells.html").read_text()


def test_the_build_after_a_fixed_problem_reads_only_the_changed_page(course):
    """A failed build of one page does not make the next build start from scratch."""
    build(course)
    other = course.build_dir / ".stage" / ".doctrees" / "parts" / "maths.doctree"
    before = other.stat().st_mtime_ns
    lesson = course.lessons_dir / "01-cells.md"
    text = lesson.read_text()
    lesson.write_text(text + "\nSee {ref}`no-such-label`.\n")
    assert not build(course)[0].ok
    lesson.write_text(text + "\nFixed.\n")
    assert build(course)[0].ok
    assert other.stat().st_mtime_ns == before


def test_builds_sharing_a_builder_publish_each_edit(course):
    """`--watch` passes one builder to every build; each edit still reaches the site."""
    from curriculum.book.sphinx_build import BookBuilder

    lesson = course.lessons_dir / "01-cells.md"
    with BookBuilder(course.config_path) as builder:
        assert build_site(course, progress=lambda m: None, builder=builder).ok
        for word in ("ribosome", "lysosome"):
            lesson.write_text(lesson.read_text() + f"\nA sentence about the {word}.\n")
            assert build_site(course, progress=lambda m: None, builder=builder).ok
            assert word in (course.html_dir / "lessons" / "01-cells.html").read_text()
