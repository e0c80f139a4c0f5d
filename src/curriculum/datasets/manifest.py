"""The dataset manifest (`data/datasets.yml`): what each dataset is and what its columns hold.

The manifest is the single definition of every dataset's columns, types and allowed values;
the checks, the typed loader and the appendix pages all read it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from curriculum.errors import Issue
from curriculum.project import DATA_DIR, Project
from curriculum.yamlfile import YamlDocument, read_yaml

MANIFEST_FILE = "datasets.yml"
COLUMN_TYPES = ("string", "text", "category", "date", "year", "number", "boolean", "url", "list")
DATASET_KEYS = frozenset(
    {"file", "title", "description", "as_of", "licence", "sources", "key", "columns"}
)
COLUMN_KEYS = frozenset({"type", "required", "allowed", "description", "unit"})
LIST_SEPARATOR = ";"
TRUE_WORDS, FALSE_WORDS = ("yes",), ("no",)


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: str
    description: str = ""
    required: bool = False
    allowed: tuple[str, ...] = ()
    unit: str = ""


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    file: str  # relative to the course root, e.g. data/approvals.csv
    title: str
    description: str
    as_of: dt.date
    licence: str
    sources: tuple[dict, ...]
    columns: tuple[ColumnSpec, ...]
    key: tuple[str, ...] = ()  # columns that identify a row; used to find duplicates

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def column(self, name: str) -> ColumnSpec:
        return next(column for column in self.columns if column.name == name)


@dataclass
class Manifest:
    path: str
    datasets: dict[str, DatasetSpec] = field(default_factory=dict)


def manifest_label() -> str:
    return f"{DATA_DIR}/{MANIFEST_FILE}"


def read_manifest(project: Project) -> tuple[Manifest, list[Issue]]:
    """The manifest and every problem in it; datasets with problems are left out."""
    label = manifest_label()
    document, issues = read_yaml(project.data_dir / MANIFEST_FILE, label)
    manifest = Manifest(label)
    if document is None:
        return manifest, issues
    datasets = document.data.get("datasets") if isinstance(document.data, dict) else None
    if not isinstance(datasets, dict) or not datasets:
        return manifest, [
            *issues,
            Issue(label, "1", "manifest", "must have a 'datasets:' mapping, one entry a dataset"),
        ]
    for name, entry in datasets.items():
        spec, problems = _dataset(document, str(name), entry)
        issues += problems
        if spec is not None and not problems:
            manifest.datasets[spec.name] = spec
    return manifest, issues


def _dataset(document: YamlDocument, name: str, entry: Any):
    label = manifest_label()
    here = ("datasets", name)

    def problem(key_path: tuple, message: str) -> Issue:
        return Issue(label, str(document.line(*here, *key_path)), "manifest", message)

    if not isinstance(entry, dict):
        return None, [problem((), f"dataset '{name}' must be a mapping")]
    issues = [
        problem((key,), f"unknown key '{key}' in dataset '{name}'")
        for key in entry
        if key not in DATASET_KEYS
    ]
    for key in ("file", "title", "description", "as_of", "licence", "sources", "columns"):
        if not entry.get(key):
            issues.append(problem((), f"dataset '{name}' needs '{key}'"))
    as_of = entry.get("as_of")
    if as_of and not isinstance(as_of, dt.date):
        issues.append(problem(("as_of",), "'as_of' must be a date written YYYY-MM-DD"))
    sources = entry.get("sources") or []
    if not isinstance(sources, list) or not all(
        isinstance(s, dict) and s.get("title") and s.get("url") for s in sources
    ):
        issues.append(problem(("sources",), "'sources' must be a list of {title, url}"))
    columns, column_issues = _columns(document, name, entry.get("columns"))
    issues += column_issues
    key = tuple(entry.get("key") or ())
    raw_columns = entry.get("columns")
    names = {str(n) for n in raw_columns} if isinstance(raw_columns, dict) else set()
    issues += [
        problem(("key",), f"key column '{k}' is not a column") for k in key if k not in names
    ]
    if issues:
        return None, issues
    spec = DatasetSpec(
        name=name,
        file=f"{DATA_DIR}/{entry['file']}",
        title=str(entry["title"]),
        description=str(entry["description"]).strip(),
        as_of=as_of,
        licence=str(entry["licence"]),
        sources=tuple(sources),
        columns=tuple(columns),
        key=key,
    )
    return spec, []


def _columns(document: YamlDocument, dataset: str, columns: Any):
    label = manifest_label()
    if not isinstance(columns, dict):
        return [], []  # reported as missing 'columns' by the caller
    specs, issues = [], []
    for name, column in columns.items():
        here = ("datasets", dataset, "columns", name)

        def problem(key: str, message: str, here=here) -> Issue:
            return Issue(label, str(document.line(*here, key)), "manifest", message)

        if not isinstance(column, dict):
            issues.append(problem("type", f"column '{name}' must be a mapping with a 'type'"))
            continue
        issues += [
            problem(key, f"unknown key '{key}' in column '{name}'")
            for key in column
            if key not in COLUMN_KEYS
        ]
        kind = column.get("type")
        if kind not in COLUMN_TYPES:
            issues.append(
                problem("type", f"column '{name}': type must be one of {', '.join(COLUMN_TYPES)}")
            )
            continue
        allowed = column.get("allowed") or []
        if kind == "category" and not allowed:
            issues.append(problem("allowed", f"category column '{name}' needs 'allowed' values"))
        specs.append(
            ColumnSpec(
                name=str(name),
                type=kind,
                description=str(column.get("description", "")).strip(),
                required=bool(column.get("required", False)),
                allowed=tuple(str(a) for a in allowed),
                unit=str(column.get("unit", "")),
            )
        )
    return specs, issues
