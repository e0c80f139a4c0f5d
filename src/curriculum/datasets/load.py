"""Load a dataset as a typed pandas DataFrame, after checking it against the manifest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from curriculum.csvfile import read_csv
from curriculum.datasets.manifest import LIST_SEPARATOR, TRUE_WORDS, DatasetSpec, read_manifest
from curriculum.datasets.validate import check_table
from curriculum.errors import CurriculumError, Issue
from curriculum.project import Project


class DatasetError(CurriculumError):
    """A dataset cannot be loaded; `issues` says where and why."""

    def __init__(self, message: str, issues: list[Issue] | None = None) -> None:
        self.issues = issues or []
        details = "".join(f"\n  {issue.format()}" for issue in self.issues[:20])
        more = len(self.issues) - 20
        if more > 0:
            details += f"\n  ... and {more} more (run 'curriculum data check')"
        super().__init__(message + details)


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    title: str
    file: str
    as_of: dt.date
    rows: int
    licence: str


def spec(name: str, project: Project | None = None) -> DatasetSpec:
    project = project or Project.find()
    manifest, issues = read_manifest(project)
    if name not in manifest.datasets:
        if issues:
            raise DatasetError("The dataset manifest has problems:", issues)
        known = ", ".join(sorted(manifest.datasets)) or "none"
        raise DatasetError(f"No dataset named '{name}'. Known datasets: {known}.")
    return manifest.datasets[name]


def load(name: str, project: Project | None = None):
    """The dataset `name` as a DataFrame with dates parsed and categories as categoricals.

    Raises DatasetError listing every problem if the file does not match the manifest.
    """
    import pandas as pd

    project = project or Project.find()
    dataset = spec(name, project)
    table, issues = read_csv(project.root / dataset.file, dataset.file)
    if table is not None:
        issues += check_table(dataset, table, dt.date.today())
    if issues or table is None:
        raise DatasetError(f"{dataset.file} cannot be loaded:", issues)
    frame = pd.DataFrame(table.rows, columns=dataset.column_names)
    for column in dataset.columns:
        frame[column.name] = _convert(frame[column.name], column)
    frame.attrs.update(
        {
            "dataset": name,
            "title": dataset.title,
            "as_of": dataset.as_of,
            "licence": dataset.licence,
            # For figure notes. Every row cites its own page, so a chart names the dataset
            # rather than a few of its sources (which would misattribute the other rows).
            "source": f"course dataset {dataset.file} (a cited source for every row)",
        }
    )
    return frame


def _convert(values, column):
    import pandas as pd

    blank = values == ""
    if column.type == "date":
        return pd.to_datetime(values.mask(blank), format="%Y-%m-%d")
    if column.type == "year":
        return pd.to_numeric(values.mask(blank)).astype("Int64")
    if column.type == "number":
        return pd.to_numeric(values.mask(blank))
    if column.type == "boolean":
        return (
            values.mask(blank).map(lambda v: v in TRUE_WORDS, na_action="ignore").astype("boolean")
        )
    if column.type == "category":
        return pd.Categorical(values.mask(blank), categories=list(column.allowed))
    if column.type == "list":
        return values.map(lambda v: [item.strip() for item in v.split(LIST_SEPARATOR)] if v else [])
    return values.mask(blank).astype("string")


def catalog(project: Project | None = None) -> list[CatalogEntry]:
    """Every dataset the manifest lists, with its as-of date and number of rows."""
    project = project or Project.find()
    manifest, issues = read_manifest(project)
    if issues:
        raise DatasetError("The dataset manifest has problems:", issues)
    entries = []
    for dataset in manifest.datasets.values():
        table, _ = read_csv(project.root / dataset.file, dataset.file)
        rows = len(table.rows) if table else 0
        entries.append(
            CatalogEntry(
                dataset.name, dataset.title, dataset.file, dataset.as_of, rows, dataset.licence
            )
        )
    return entries
