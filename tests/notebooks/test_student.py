import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from curriculum.notebooks import STUDENT_PIPELINE, make_student_version, write_student_versions
from curriculum.notebooks.markers import CODE_STUB, TEXT_STUB

SOLUTION = {"tags": ["solution"]}


def notebook(*cells):
    return new_notebook(cells=list(cells))


def test_solution_region_becomes_a_stub_and_other_lines_stay():
    """Only the marked region is hidden; code around it is kept, indentation included."""
    cell = new_code_cell(
        "def area(r):\n    ### BEGIN SOLUTION\n    return 3.14 * r * r\n    ### END SOLUTION\n",
        metadata=SOLUTION,
    )
    [student] = make_student_version(notebook(cell)).cells
    assert student.source == ("def area(r):\n    # YOUR CODE HERE\n    raise NotImplementedError()")


def test_whole_solution_cells_are_replaced_by_prompts():
    """A tagged code cell becomes the code stub; a tagged text cell, the answer prompt."""
    cells = make_student_version(
        notebook(
            new_code_cell("x = 42", metadata=SOLUTION),
            new_markdown_cell("Because.", metadata=SOLUTION),
        )
    ).cells
    assert [c.source for c in cells] == [CODE_STUB, TEXT_STUB]


def test_teacher_only_cells_are_removed():
    """Cells tagged teacher-only are not in the student version at all."""
    cells = make_student_version(
        notebook(
            new_markdown_cell("Hi"),
            new_markdown_cell("Answer key", metadata={"tags": ["teacher-only"]}),
        )
    ).cells
    assert [c.source for c in cells] == ["Hi"]


def test_outputs_of_changed_cells_are_cleared_and_others_kept():
    """Solution outputs would give the answer away; unchanged cells keep theirs."""
    shown = new_code_cell("print(1)", execution_count=1, outputs=[new_output("stream", text="1")])
    hidden = new_code_cell(
        "print(42)", metadata=SOLUTION, execution_count=2, outputs=[new_output("stream", text="42")]
    )
    kept, cleared = make_student_version(notebook(shown, hidden)).cells
    assert kept.outputs and kept.execution_count == 1
    assert cleared.outputs == [] and cleared.execution_count is None


def test_solution_tags_are_removed_and_other_tags_kept():
    """Students see no trace of where solutions were; tags such as hide-input stay."""
    cell = new_code_cell("x = 1", metadata={"tags": ["solution", "hide-input"]})
    [student] = make_student_version(notebook(cell)).cells
    assert student.metadata == {"tags": ["hide-input"]}


def test_the_teacher_notebook_is_not_changed():
    """Making a student version leaves the original untouched."""
    original = notebook(new_code_cell("x = 42", metadata=SOLUTION))
    make_student_version(original)
    assert original.cells[0].source == "x = 42"


def test_pipeline_order_is_declared_once():
    """The steps and their order are data in one place."""
    assert [t.__name__ for t in STUDENT_PIPELINE] == [
        "remove_teacher_only",
        "replace_solution_regions",
        "replace_solution_cells",
        "clear_changed_outputs",
        "clean_metadata",
    ]


def test_writing_into_the_notebooks_folder_is_refused(course):
    """Student versions can never overwrite teacher notebooks."""
    paths = sorted(course.notebooks_dir.glob("*.ipynb"))
    with pytest.raises(ValueError, match="refusing to write student notebooks"):
        write_student_versions(paths, course.notebooks_dir / "student", course.notebooks_dir)


def test_student_versions_are_written_and_valid(course, tmp_path):
    """Each notebook gets a valid student version; no partial files remain."""
    paths = sorted(course.notebooks_dir.glob("*.ipynb"))
    out = tmp_path / "student"
    written = write_student_versions(paths, out, course.notebooks_dir)
    assert [p.name for p in written] == [p.name for p in paths]
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in paths]
    for path in written:
        nbformat.validate(nbformat.read(path, as_version=4))
