"""Run notebooks to prove they work: teacher versions to the end, student versions up to their
first exercise, where they must stop with NotImplementedError (the stub) and nowhere else."""

from __future__ import annotations

from pathlib import Path

import nbformat

from curriculum.notebooks.markers import CODE_STUB
from curriculum.notebooks.student import make_student_version

STUB_LINE = CODE_STUB.splitlines()[-1]


def student_stops_at_first_stub(path: Path, timeout: int = 120) -> str | None:
    """None if the student version runs until its first stub and fails there with
    NotImplementedError; otherwise what went wrong, in one sentence."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    student = make_student_version(nbformat.read(path, as_version=4))
    stubs = [
        i for i, c in enumerate(student.cells) if c.cell_type == "code" and STUB_LINE in c.source
    ]
    client = NotebookClient(
        student, timeout=timeout, resources={"metadata": {"path": str(path.parent)}}
    )
    try:
        client.execute()
    except CellExecutionError as error:
        failed = next(
            (
                number
                for number, cell in enumerate(student.cells, start=1)
                if any(o.get("output_type") == "error" for o in cell.get("outputs", []))
            ),
            "?",
        )
        if error.ename != "NotImplementedError":
            return f"cell {failed} fails with {error.ename} before the first exercise"
        first = stubs[0] + 1 if stubs else None
        if failed != first:
            return f"stops at cell {failed}, not at the first exercise (cell {first})"
        return None
    if stubs:
        return f"runs to the end although cell {stubs[0] + 1} is an exercise stub"
    return None
