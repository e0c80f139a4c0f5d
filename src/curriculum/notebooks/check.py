"""Check activity notebooks: solution markers, metadata, outputs, paths and dataset names."""

from __future__ import annotations

import json
import re
from pathlib import Path

from curriculum.errors import Issue, sorted_issues
from curriculum.notebooks.markers import SOLUTION_TAG, has_tag, marker_lines, marker_problems

METADATA_KEY = "curriculum"
REQUIRED_METADATA = ("lesson", "title", "minutes", "objectives")
# A path that only works on the author's computer.
_ABSOLUTE_PATH = re.compile(r"""["'](/(home|Users|root|tmp|mnt|var|opt)/|[A-Za-z]:[\\/])""")
_DATASET_LOAD = re.compile(r"""datasets\.load\(\s*["']([^"']+)["']""")


def check_notebooks(paths: list[Path], label, known_datasets: set[str] | None) -> list[Issue]:
    issues = []
    for path in paths:
        issues += check_notebook(path, label(path), known_datasets)
    return sorted_issues(issues)


def check_notebook(path: Path, label: str, known_datasets: set[str] | None = None) -> list[Issue]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        return [Issue(label, "", "encoding", "not UTF-8 text")]
    except json.JSONDecodeError as error:
        return [
            Issue(label, str(error.lineno), "notebook-json", f"not a valid notebook: {error.msg}")
        ]
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return [Issue(label, "", "notebook-json", "not a notebook: it has no list of cells")]
    issues = _metadata_issues(label, data.get("metadata") or {})
    for number, cell in enumerate(data["cells"], start=1):
        issues += _cell_issues(label, number, cell, known_datasets)
    return issues


def _metadata_issues(label: str, metadata: dict) -> list[Issue]:
    issues = []
    if not (metadata.get("kernelspec") or {}).get("name"):
        issues.append(
            Issue(
                label,
                "",
                "notebook-kernel",
                "no kernelspec: open it in JupyterLab, choose the Python 3 kernel and save",
            )
        )
    course = metadata.get(METADATA_KEY)
    missing = [k for k in REQUIRED_METADATA if not (course or {}).get(k)]
    if missing:
        issues.append(
            Issue(
                label,
                "",
                "notebook-metadata",
                f"notebook metadata '{METADATA_KEY}' lacks "
                f"{', '.join(missing)}; add them (Property Inspector > Notebook metadata in "
                "JupyterLab)",
            )
        )
    return issues


def _cell_issues(label: str, number: int, cell: dict, known_datasets) -> list[Issue]:
    where = f"cell {number}"
    source = (
        "".join(cell.get("source", []))
        if isinstance(cell.get("source"), list)
        else cell.get("source", "")
    )
    issues = []
    markers = marker_lines(source)
    if markers and cell.get("cell_type") != "code":
        issues.append(
            Issue(
                label,
                where,
                "marker-markdown",
                "solution markers work only in code cells; tag the whole cell 'solution' instead",
            )
        )
    elif markers and not has_tag(cell, SOLUTION_TAG):
        issues.append(
            Issue(
                label,
                where,
                "marker-untagged",
                "solution markers in a cell not tagged 'solution'; add the tag, or students "
                "will see the answer",
            )
        )
    issues += [
        Issue(label, f"{where}:line {line}", "marker-unbalanced", message)
        for line, message in marker_problems(source)
    ]
    if cell.get("cell_type") == "code" and (cell.get("outputs") or cell.get("execution_count")):
        issues.append(
            Issue(
                label,
                where,
                "notebook-outputs",
                "has saved outputs; run 'curriculum nb clean' before committing",
            )
        )
    if _ABSOLUTE_PATH.search(source):
        issues.append(
            Issue(
                label,
                where,
                "absolute-path",
                "uses a path that exists only on one computer; use a path relative to the "
                "notebook, or datasets.load()",
            )
        )
    if known_datasets is not None:
        for name in _DATASET_LOAD.findall(source):
            if name not in known_datasets:
                known = ", ".join(sorted(known_datasets)) or "none"
                issues.append(
                    Issue(
                        label,
                        where,
                        "unknown-dataset",
                        f"datasets.load('{name}'): no such dataset (known: {known})",
                    )
                )
    return issues
