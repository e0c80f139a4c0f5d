"""Check every dataset against the manifest and report every problem at once.

Each problem names the file, the row (the line number a spreadsheet shows) and the column:
`data/approvals.csv:12:decision_date: ...`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from urllib.parse import urlparse

from curriculum.csvfile import CsvTable, read_csv
from curriculum.datasets.manifest import (
    FALSE_WORDS,
    LIST_SEPARATOR,
    MANIFEST_FILE,
    TRUE_WORDS,
    ColumnSpec,
    DatasetSpec,
    read_manifest,
)
from curriculum.errors import Issue, sorted_issues
from curriculum.project import Project

EARLIEST = dt.date(1900, 1, 1)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def check(project: Project | None = None, today: dt.date | None = None) -> list[Issue]:
    """Every problem in the manifest and the datasets it lists, sorted by file and row."""
    project = project or Project.find()
    today = today or dt.date.today()
    manifest_path = project.data_dir / MANIFEST_FILE
    if not manifest_path.is_file() and not any(project.data_dir.glob("*.csv")):
        return []  # a course without datasets
    manifest, issues = read_manifest(project)
    listed = {spec.file for spec in manifest.datasets.values()}
    for csv_file in sorted(project.data_dir.glob("*.csv")):
        label = project.relative(csv_file)
        if label not in listed and manifest_path.is_file() and not issues:
            issues.append(
                Issue(label, "", "data-unlisted", "not described in data/datasets.yml; add it")
            )
    for spec in manifest.datasets.values():
        table, problems = read_csv(project.root / spec.file, spec.file)
        issues += problems
        if table is not None:
            issues += check_table(spec, table, today)
    return sorted_issues(issues)


def check_table(spec: DatasetSpec, table: CsvTable, today: dt.date) -> list[Issue]:
    issues = _header_issues(spec, table)
    known = [c for c in spec.columns if c.name in table.header]
    seen: dict[tuple, int] = {}
    key = spec.key or tuple(spec.column_names)
    for row, line in zip(table.rows, table.lines, strict=True):
        for column in known:
            message = check_value(column, row[column.name], today)
            if message:
                issues.append(Issue(spec.file, f"{line}:{column.name}", "data-value", message))
        identity = tuple(row.get(name, "").casefold() for name in key)
        if identity in seen:
            issues.append(
                Issue(
                    spec.file,
                    str(line),
                    "data-duplicate",
                    f"duplicate of the row on line {seen[identity]} "
                    f"(same {', '.join(key) if spec.key else 'values'})",
                )
            )
        else:
            seen[identity] = line
    return issues


def _header_issues(spec: DatasetSpec, table: CsvTable) -> list[Issue]:
    issues = []
    for name in table.header:
        if name not in spec.column_names:
            issues.append(
                Issue(
                    spec.file,
                    f"1:{name}",
                    "data-column",
                    f"column '{name}' is not in the manifest; add it to data/datasets.yml "
                    "or remove it",
                )
            )
    for name in spec.column_names:
        if name not in table.header:
            issues.append(
                Issue(spec.file, "1", "data-column", f"column '{name}' is missing from the header")
            )
    duplicates = {name for name in table.header if table.header.count(name) > 1}
    issues += [
        Issue(spec.file, f"1:{name}", "data-column", f"column '{name}' appears twice")
        for name in sorted(duplicates)
    ]
    return issues


def check_value(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    """What is wrong with one cell, or None."""
    if not value:
        if column.required:
            return "empty, but this column is required" + (
                " (every row needs its source)" if column.type == "url" else ""
            )
        return None
    return _CHECKS[column.type](column, value, today)


def _date(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return f"'{value}' is not a date written YYYY-MM-DD"
    if len(value) != 10:
        return f"'{value}' is not a date written YYYY-MM-DD"
    if date > today:
        return f"{value} is in the future"
    if date < EARLIEST:
        return f"{value} is before 1900"
    return None


def _year(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    if not value.isdigit() or len(value) != 4:
        return f"'{value}' is not a year such as 2017"
    if not EARLIEST.year <= int(value) <= today.year:
        return f"{value} is outside 1900-{today.year}"
    return None


def _number(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    if not _NUMBER.match(value):
        return f"'{value}' is not a plain number (write 475000, without separators or units)"
    return None


def _url(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or "." not in parsed.netloc or " " in value:
        return f"'{value}' is not a web address starting with https://"
    return None


def _category(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    if value not in column.allowed:
        return f"'{value}' is not allowed here; use one of: {', '.join(column.allowed)}"
    return None


def _boolean(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    if value not in TRUE_WORDS + FALSE_WORDS:
        return f"'{value}' must be 'yes' or 'no'"
    return None


def _list(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    items = [item.strip() for item in value.split(LIST_SEPARATOR)]
    if any(not item for item in items):
        return f"empty item in the list (items are separated by '{LIST_SEPARATOR}')"
    if column.allowed:
        wrong = [item for item in items if item not in column.allowed]
        if wrong:
            return f"not allowed: {', '.join(wrong)}; use: {', '.join(column.allowed)}"
    return None


def _text(column: ColumnSpec, value: str, today: dt.date) -> str | None:
    return None


_CHECKS: dict[str, Callable[[ColumnSpec, str, dt.date], str | None]] = {
    "string": _text,
    "text": _text,
    "category": _category,
    "date": _date,
    "year": _year,
    "number": _number,
    "boolean": _boolean,
    "url": _url,
    "list": _list,
}
