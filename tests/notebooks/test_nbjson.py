import nbformat
import pytest

from curriculum.notebooks import nbjson
from tests.conftest import BAD, FIXTURE_COURSE

NOTEBOOKS = [
    *sorted((FIXTURE_COURSE / "notebooks").glob("*.ipynb")),
    *sorted((BAD / "notebooks").glob("*.ipynb")),
]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_plain_json_round_trip_writes_what_nbformat_writes(path):
    """The fast reader/writer produces byte-for-byte what nbformat would write."""
    expected = nbformat.writes(nbformat.read(path, as_version=4)) + "\n"
    assert nbjson.writes(nbjson.read(path)) == expected


def test_nodes_allow_attribute_access():
    """Transforms written for nbformat's NotebookNode work on these nodes."""
    notebook = nbjson.reads('{"cells": [{"cell_type": "code", "source": ["a\\n", "b"]}]}')
    assert notebook.cells[0].source == "a\nb"
    notebook.cells[0].source = "c"
    assert notebook["cells"][0]["source"] == "c"
