import shutil

import pytest

from curriculum.check import notebook_issues
from curriculum.notebooks.clean import clean_files
from tests.conftest import BAD


def found(course, name):
    target = course.notebooks_dir / f"{name}.ipynb"
    shutil.copy(BAD / "notebooks" / f"{name}.ipynb", target)
    return [(i.where, i.code) for i in notebook_issues(course, [target])]


def test_fixture_notebooks_are_clean(course):
    """The fixture course's notebooks pass every check."""
    assert notebook_issues(course, sorted(course.notebooks_dir.glob("*.ipynb"))) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("unbalanced-markers", [("cell 2:line 2", "marker-unbalanced")]),
        (
            "nested-markers",
            [("cell 1:line 2", "marker-unbalanced"), ("cell 1:line 5", "marker-unbalanced")],
        ),
        ("marker-in-untagged-cell", [("cell 1", "marker-untagged")]),
        ("missing-metadata", [("", "notebook-kernel"), ("", "notebook-metadata")]),
        ("committed-outputs", [("cell 1", "notebook-outputs")]),
        ("absolute-path", [("cell 1", "absolute-path")]),
        ("unknown-dataset", [("cell 1", "unknown-dataset")]),
    ],
)
def test_each_broken_notebook_is_reported_by_cell(course, name, expected):
    """Each broken notebook in tests/fixtures/bad/notebooks gives the expected problems."""
    assert found(course, name) == expected


def test_every_bad_notebook_fixture_is_covered():
    """A new broken-notebook fixture must be added to the table above."""
    assert len(list((BAD / "notebooks").glob("*.ipynb"))) == 7


def test_unknown_dataset_message_lists_the_known_ones(course):
    """A misspelt dataset name gets the list of names."""
    target = course.notebooks_dir / "x.ipynb"
    shutil.copy(BAD / "notebooks" / "unknown-dataset.ipynb", target)
    [issue] = notebook_issues(course, [target])
    assert "known: milestones" in issue.message


def test_clean_strips_outputs_and_then_passes_the_check(course):
    """`nb clean` removes saved outputs; cleaning again changes nothing."""
    target = course.notebooks_dir / "x.ipynb"
    shutil.copy(BAD / "notebooks" / "committed-outputs.ipynb", target)
    assert clean_files([target]) == [target]
    assert notebook_issues(course, [target]) == []
    assert clean_files([target]) == []
