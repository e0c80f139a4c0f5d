import shutil

import pytest

from curriculum.book.execute import execute_notebooks
from tests.conftest import BAD

pytestmark = pytest.mark.slow


def test_notebooks_are_executed_then_cached(course):
    """The first run executes every notebook; a second run finds them all in the cache."""
    notebooks = sorted(course.notebooks_dir.glob("*.ipynb"))
    first = execute_notebooks(notebooks, course.cache_dir, workers=2)
    assert (sorted(first.executed), first.cached, first.failures) == (notebooks, [], [])
    second = execute_notebooks(notebooks, course.cache_dir, workers=2)
    assert (second.executed, sorted(second.cached)) == ([], notebooks)


def test_changed_code_is_executed_again(course):
    """Editing a code cell invalidates that notebook's cache entry only."""
    notebooks = sorted(course.notebooks_dir.glob("*.ipynb"))
    execute_notebooks(notebooks, course.cache_dir, workers=2)
    changed = course.notebooks_dir / "02-codons.ipynb"
    changed.write_text(changed.read_text().replace("ATGGCCTAA", "ATGTTTTAA"))
    report = execute_notebooks(notebooks, course.cache_dir, workers=2)
    assert (report.executed, report.cached) == ([changed], [notebooks[0]])


def test_failure_names_the_cell_and_error(course):
    """A failing notebook reports its 1-based cell number, the error and the traceback."""
    broken = course.notebooks_dir / "03-broken.ipynb"
    shutil.copy(BAD / "notebook-raises-error.ipynb", broken)
    report = execute_notebooks([broken], course.cache_dir, workers=1)
    [failure] = report.failures
    assert (failure.path, failure.cell) == (broken, 3)
    assert failure.error == "NameError: name 'undefined_name' is not defined"
    assert "print(undefined_name)" in failure.traceback
    assert "\x1b[" not in failure.traceback


def test_progress_names_each_notebook_and_what_is_left(course):
    """Long work shows which notebook finished and how many remain."""
    messages = []
    notebooks = sorted(course.notebooks_dir.glob("*.ipynb"))
    execute_notebooks(
        notebooks, course.cache_dir, workers=2, progress=messages.append, label=course.relative
    )
    assert messages[0] == "Executing 2 notebook(s) on 2 worker(s)"
    assert any("notebooks/01-growth.ipynb" in m and "left" in m for m in messages[1:])
    assert messages[-1].endswith("0 left")
