"""Make student versions of teacher notebooks: a pipeline of small transforms.

Each transform takes a notebook and returns it changed; the pipeline is data, so its order is
visible in one place. Order matters:
- teacher-only cells go first, so nothing later spends effort on cells that will disappear;
- solution regions are replaced before whole solution cells, because a solution cell with
  markers keeps its other lines (only the region is hidden);
- outputs are cleared after both, so every changed cell loses the outputs of the solution;
- metadata is cleaned last, once the final set of cells is known.
"""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from curriculum.notebooks import nbjson
from curriculum.notebooks.markers import (
    CODE_STUB,
    SOLUTION_TAG,
    TEACHER_ONLY_TAG,
    TEXT_STUB,
    has_tag,
    marker_lines,
    replace_regions,
)

Transform = Callable[[dict], dict]  # an nbformat NotebookNode, or an nbjson.Node
_CHANGED = "_curriculum_changed"


def remove_teacher_only(notebook):
    notebook.cells = [c for c in notebook.cells if not has_tag(c, TEACHER_ONLY_TAG)]
    return notebook


def replace_solution_regions(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "code" and has_tag(cell, SOLUTION_TAG) and marker_lines(cell.source):
            cell.source = replace_regions(cell.source)
            cell.metadata[_CHANGED] = True
    return notebook


def replace_solution_cells(notebook):
    for cell in notebook.cells:
        if has_tag(cell, SOLUTION_TAG) and not cell.metadata.get(_CHANGED):
            cell.source = CODE_STUB if cell.cell_type == "code" else TEXT_STUB
            cell.metadata[_CHANGED] = True
    return notebook


def clear_changed_outputs(notebook):
    for cell in notebook.cells:
        if cell.cell_type == "code" and cell.metadata.get(_CHANGED):
            cell.outputs = []
            cell.execution_count = None
    return notebook


def clean_metadata(notebook):
    for cell in notebook.cells:
        cell.metadata.pop(_CHANGED, None)
        # Students need no hint of where solutions were; other tags (e.g. hide-input) stay.
        kept = [
            t for t in cell.metadata.get("tags", []) if t not in (SOLUTION_TAG, TEACHER_ONLY_TAG)
        ]
        if kept:
            cell.metadata["tags"] = kept
        else:
            cell.metadata.pop("tags", None)
    notebook.metadata.pop("widgets", None)
    return notebook


STUDENT_PIPELINE: tuple[Transform, ...] = (
    remove_teacher_only,
    replace_solution_regions,
    replace_solution_cells,
    clear_changed_outputs,
    clean_metadata,
)


def make_student_version(notebook):
    """A student copy of `notebook`; the original is not changed."""
    result = copy.deepcopy(notebook)
    for transform in STUDENT_PIPELINE:
        result = transform(result)
    return result


def write_student_versions(paths: list[Path], out_dir: Path, protected: Path) -> list[Path]:
    """Write a student version of each notebook into `out_dir`, atomically.

    Refuses to write inside `protected` (the course's notebooks/ folder), so teacher
    notebooks can never be overwritten.
    """
    out_dir = out_dir.resolve()
    protected = protected.resolve()
    if out_dir == protected or protected in out_dir.parents:
        raise ValueError(
            f"refusing to write student notebooks into {protected}: that would overwrite the "
            "teacher notebooks; choose another folder (the default is _build/student)"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in paths:
        student = make_student_version(nbjson.read(path))
        target = out_dir / path.name
        write_text_atomically(nbjson.writes(student), target)
        written.append(target)
    return written


def write_text_atomically(text: str, target: Path) -> None:
    """Write to a temporary file beside `target`, then rename: never a half-written file."""
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
