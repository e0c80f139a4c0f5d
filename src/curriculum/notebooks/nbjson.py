"""Read and write notebooks as plain JSON, for commands that must start fast.

`import nbformat` loads its JSON-schema validator, which costs more than turning twenty
notebooks into student versions. Notebooks are JSON, so the student command reads and writes
them directly, producing the same bytes nbformat writes (keys sorted, one-space indent,
multi-line strings stored as lists of lines).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# Fields nbformat stores as lists of lines (nbformat.v4.rwbase.split_lines).
_MULTILINE = ("source", "text")
_MULTILINE_DATA = ("text/", "application/javascript", "image/svg+xml")


class Node(dict):
    """A dict whose keys are also attributes (cell.source), like nbformat's NotebookNode."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def _node(value: Any) -> Any:
    if isinstance(value, dict):
        return Node({k: _node(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_node(v) for v in value]
    return value


def reads(text: str) -> Node:
    notebook = _node(json.loads(text))
    for cell in notebook.get("cells", []):
        for key in _MULTILINE:
            if isinstance(cell.get(key), list):
                cell[key] = "".join(cell[key])
        for output in cell.get("outputs", []):
            if isinstance(output.get("text"), list):
                output["text"] = "".join(output["text"])
            for mime, data in output.get("data", {}).items():
                if isinstance(data, list):
                    output["data"][mime] = "".join(data)
    return notebook


def read(path: Path) -> Node:
    return reads(path.read_text(encoding="utf-8"))


def writes(notebook: dict) -> str:
    data = json.loads(json.dumps(notebook))  # a deep, plain copy
    for cell in data.get("cells", []):
        if isinstance(cell.get("source"), str):
            cell["source"] = _split(cell["source"])
        for output in cell.get("outputs", []):
            if isinstance(output.get("text"), str):
                output["text"] = _split(output["text"])
            for mime, value in output.get("data", {}).items():
                if isinstance(value, str) and mime.startswith(_MULTILINE_DATA):
                    output["data"][mime] = _split(value)
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def _split(text: str) -> list[str]:
    return text.splitlines(keepends=True)
