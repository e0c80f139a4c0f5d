"""The curriculum standards lessons can be aligned with (lessons/standards.yml)."""

from __future__ import annotations

from curriculum.errors import Issue
from curriculum.project import Project
from curriculum.yamlfile import read_yaml


def read_standards(project: Project) -> tuple[dict[str, str], list[Issue]]:
    """Standard code -> short description, and any problem with the file."""
    path = project.standards_path
    if not path.is_file():
        return {}, []
    label = project.relative(path)
    document, issues = read_yaml(path, label)
    if document is None:
        return {}, issues
    table = (document.data or {}).get("standards") if isinstance(document.data, dict) else None
    if not isinstance(table, dict):
        line = str(document.line("standards"))
        return {}, [
            *issues,
            Issue(label, line, "standards", "needs a 'standards:' table of code: text"),
        ]
    return {str(code): str(text) for code, text in table.items()}, issues
