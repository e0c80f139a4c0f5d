import datetime as dt
import shutil

import pytest

from curriculum.datasets import check
from tests.conftest import BAD

TODAY = dt.date(2026, 11, 25)


def with_csv(course, bad_file):
    shutil.copy(BAD / "data" / bad_file, course.data_dir / "milestones.csv")
    return [(i.where, i.code) for i in check(course, today=TODAY)], check(course, today=TODAY)


def test_fixture_datasets_are_clean(course):
    """The fixture course's data matches its manifest."""
    assert check(course, today=TODAY) == []


@pytest.mark.parametrize(
    ("bad_file", "expected"),
    [
        ("missing-source.csv", [("2:source_url", "data-value")]),
        ("malformed-url.csv", [("2:source_url", "data-value")]),
        ("unparseable-date.csv", [("2:date", "data-value")]),
        ("value-not-allowed.csv", [("2:category", "data-value")]),
        ("duplicate-rows.csv", [("3", "data-duplicate")]),
        ("date-in-the-future.csv", [("2:date", "data-value"), ("2:year", "data-value")]),
        ("date-before-1900.csv", [("2:date", "data-value"), ("2:year", "data-value")]),
        ("column-not-in-manifest.csv", [("1:rating", "data-column")]),
        ("column-missing.csv", [("1", "data-column")]),
        ("stray-comma.csv", [("2", "csv-fields")]),
        ("not-utf8.csv", [("2", "encoding")]),
        ("unclosed-quote.csv", [("2", "csv-syntax")]),
    ],
)
def test_each_kind_of_broken_csv_is_one_clear_issue(course, bad_file, expected):
    """Every broken CSV in tests/fixtures/bad/data gives exactly the expected problems."""
    found, issues = with_csv(course, bad_file)
    assert found == expected
    assert all(issue.path == "data/milestones.csv" for issue in issues)


def test_every_bad_csv_fixture_is_covered():
    """A new broken-CSV fixture must be added to the table above (except the loadable one)."""
    names = {p.name for p in (BAD / "data").glob("*.csv")}
    assert len(names) == 13


def test_excel_bom_and_crlf_are_accepted(course):
    """A file saved by Excel (byte-order mark, Windows line endings) is fine."""
    found, _ = with_csv(course, "excel-bom-and-crlf.csv")
    assert found == []


def test_messages_say_how_to_fix(course):
    """Messages name the expected form, e.g. the date format."""
    _, issues = with_csv(course, "unparseable-date.csv")
    assert "YYYY-MM-DD" in issues[0].message
    _, issues = with_csv(course, "stray-comma.csv")
    assert "double quotes" in issues[0].message


def test_csv_not_in_manifest_is_reported(course):
    """Dataset files and manifest must agree: an undescribed CSV is a problem."""
    shutil.copy(course.data_dir / "milestones.csv", course.data_dir / "extra.csv")
    assert [(i.path, i.code) for i in check(course, today=TODAY)] == [
        ("data/extra.csv", "data-unlisted")
    ]


def test_manifest_problems_name_their_line(course):
    """A column with an unknown type is reported at its line in datasets.yml."""
    manifest = course.data_dir / "datasets.yml"
    manifest.write_text(manifest.read_text().replace("type: year", "type: yaer"))
    [issue] = check(course, today=TODAY)
    assert (issue.path, issue.code) == ("data/datasets.yml", "manifest")
    assert issue.where == "14"
    assert "type must be one of" in issue.message


def test_course_without_data_has_nothing_to_check(course):
    """Datasets are optional for a course: no data folder, no problems."""
    shutil.rmtree(course.data_dir)
    assert check(course, today=TODAY) == []
