"""Check that every page the TOC lists can be read, before the build tries to."""

from __future__ import annotations

import json

from curriculum.book.config_check import pages_in_toc
from curriculum.errors import Issue
from curriculum.project import Project


def check_pages(project: Project) -> list[Issue]:
    issues = []
    for page in pages_in_toc(project):
        label = project.relative(page)
        try:
            text = page.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            issues.append(
                Issue(label, "", "encoding", f"not UTF-8 text (byte {error.start}); save as UTF-8")
            )
            continue
        # Notebooks in notebooks/ get the fuller notebook checks; these cover the others.
        if page.suffix == ".ipynb" and project.notebooks_dir.resolve() not in page.parents:
            issues += _notebook_problems(label, text)
    return issues


def _notebook_problems(label: str, text: str) -> list[Issue]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [
            Issue(label, str(error.lineno), "notebook-json", f"not a valid notebook: {error.msg}")
        ]
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return [Issue(label, "", "notebook-json", "not a notebook: it has no list of cells")]
    if data.get("nbformat") != 4:
        return [
            Issue(
                label,
                "",
                "notebook-version",
                f"notebook format {data.get('nbformat')} is not supported; "
                "open and save it in JupyterLab to convert it to format 4",
            )
        ]
    kernel = (data.get("metadata") or {}).get("kernelspec") or {}
    if not kernel.get("name"):
        return [
            Issue(
                label,
                "",
                "notebook-kernel",
                "no kernel named in the notebook's metadata; "
                "open it in JupyterLab, choose the Python 3 kernel and save",
            )
        ]
    return []
