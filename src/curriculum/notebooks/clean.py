"""`curriculum nb clean`: strip outputs and normalise metadata, so notebooks diff cleanly."""

from __future__ import annotations

from pathlib import Path

import nbformat

from curriculum.notebooks.student import write_text_atomically

# Cell metadata that editors add and that means nothing to the course.
_EDITOR_CELL_KEYS = ("collapsed", "scrolled", "ExecuteTime", "execution", "jupyter", "vscode")
_KEPT_NOTEBOOK_KEYS = ("kernelspec", "language_info", "curriculum")


def clean_notebook(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        for key in _EDITOR_CELL_KEYS:
            cell.metadata.pop(key, None)
    for key in list(notebook.metadata):
        if key not in _KEPT_NOTEBOOK_KEYS:
            del notebook.metadata[key]
    if "language_info" in notebook.metadata:
        notebook.metadata["language_info"] = {
            "name": notebook.metadata["language_info"].get("name", "python")
        }
    return notebook


def clean_files(paths: list[Path]) -> list[Path]:
    """Clean each notebook in place (atomically); returns those that changed."""
    changed = []
    for path in paths:
        before = path.read_text(encoding="utf-8")
        notebook = clean_notebook(nbformat.reads(before, as_version=4))
        after = nbformat.writes(notebook) + "\n"
        if after != before:
            write_text_atomically(after, path)
            changed.append(path)
    return changed
