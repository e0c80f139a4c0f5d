import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from curriculum.notebooks.verify import student_stops_at_first_stub
from curriculum.project import Project
from tests.conftest import FIXTURE_COURSE, REPO

SOLUTION = {"tags": ["solution"]}


def write(tmp_path, *cells):
    notebook = new_notebook(cells=list(cells))
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = tmp_path / "n.ipynb"
    nbformat.write(notebook, path)
    return path


@pytest.mark.slow
def test_fixture_student_notebook_stops_at_its_first_exercise():
    """The fixture activity runs until the first stub and fails only there."""
    assert student_stops_at_first_stub(FIXTURE_COURSE / "notebooks" / "01-growth.ipynb") is None


@pytest.mark.slow
def test_a_notebook_that_breaks_before_its_exercise_is_reported(tmp_path):
    """A student version that fails earlier than its first exercise is a problem."""
    path = write(tmp_path, new_code_cell("1 / 0"), new_code_cell("x = 1", metadata=SOLUTION))
    assert (
        student_stops_at_first_stub(path)
        == "cell 1 fails with ZeroDivisionError before the first exercise"
    )


@pytest.mark.slow
def test_a_later_cell_that_needs_the_answer_is_fine(tmp_path):
    """Cells after the first stub are not run, so their dependence on answers is expected."""
    path = write(tmp_path, new_code_cell("x = 1", metadata=SOLUTION), new_code_cell("print(x)"))
    assert student_stops_at_first_stub(path) is None


REAL_NOTEBOOKS = sorted(Project.at(REPO).notebooks_dir.glob("*.ipynb"))


@pytest.mark.content
@pytest.mark.slow
@pytest.mark.parametrize("path", REAL_NOTEBOOKS, ids=[p.name for p in REAL_NOTEBOOKS])
def test_real_student_notebooks_stop_only_at_their_first_exercise(path):
    """Every course notebook's student version fails only at its first stub."""
    assert student_stops_at_first_stub(path) is None
