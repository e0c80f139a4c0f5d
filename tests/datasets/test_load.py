import shutil

import pandas as pd
import pytest

from curriculum.datasets import DatasetError, catalog, load
from tests.conftest import BAD


def test_load_returns_typed_columns(course):
    """Dates are datetimes, years integers, categories categoricals with the allowed values."""
    frame = load("milestones", course)
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert str(frame["year"].dtype) == "Int64"
    assert list(frame["category"].cat.categories)[:3] == ["science", "clinical", "regulatory"]
    assert frame.loc[1, "date"] == pd.Timestamp("2017-08-30")
    assert pd.isna(frame.loc[0, "date"])


def test_load_records_the_as_of_date(course):
    """Each frame carries its dataset's as-of date, for figure notes."""
    assert str(load("milestones", course).attrs["as_of"]) == "2026-11-01"


def test_loading_a_broken_file_raises_with_every_problem(course):
    """No pandas traceback: a DatasetError that lists the problems."""
    shutil.copy(BAD / "data" / "stray-comma.csv", course.data_dir / "milestones.csv")
    with pytest.raises(DatasetError, match=r"data/milestones\.csv:2: 8 fields"):
        load("milestones", course)


def test_loading_an_unknown_dataset_names_the_known_ones(course):
    """A typo in a dataset name gets the list of names."""
    with pytest.raises(DatasetError, match="Known datasets: milestones"):
        load("milestone", course)


def test_excel_saved_file_loads(course):
    """BOM and CRLF do not leak into column names or values."""
    shutil.copy(BAD / "data" / "excel-bom-and-crlf.csv", course.data_dir / "milestones.csv")
    frame = load("milestones", course)
    assert frame.columns[0] == "year"
    assert frame.loc[0, "source_url"] == "https://www.fda.gov/"


def test_catalog_lists_rows_and_as_of(course):
    """The catalog shows each dataset with its size and date."""
    [entry] = catalog(course)
    assert (entry.name, entry.rows, str(entry.as_of)) == ("milestones", 2, "2026-11-01")
