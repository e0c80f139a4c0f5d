"""The chart helpers: rendered images against baselines, and their labels, notes and alt text.

Baselines live in tests/plotting/baseline. To regenerate them on purpose after a deliberate
change of style: CURRICULUM_UPDATE_BASELINES=1 pytest tests/plotting (then look at them).
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.testing.compare import compare_images

from curriculum import plotting

BASELINES = Path(__file__).with_name("baseline")
TOLERANCE = 2.0  # RMS difference allowed, for font rendering differences between machines
AS_OF, SOURCE = "2026-11-01", "Test data"


def frame(data: dict, **categories) -> pd.DataFrame:
    result = pd.DataFrame(data)
    for column, allowed in categories.items():
        result[column] = pd.Categorical(result[column], categories=allowed)
    result.attrs.update(as_of=AS_OF, source=SOURCE)
    return result


@pytest.fixture
def approvals():
    return frame(
        {
            "product": ["A", "B", "C", "D", "E", "F"],
            "agency": ["FDA", "EMA", "FDA", "NMPA", "FDA", "EMA"],
            "therapy_type": [
                "CAR-T",
                "CAR-T",
                "AAV gene therapy",
                "CAR-T",
                "gene editing",
                "AAV gene therapy",
            ],
            "decision_date": pd.to_datetime(
                ["2017-08-30", "2018-08-23", "2017-12-19", "2021-06-22", "2023-12-08", "2018-11-22"]
            ),
        },
        agency=["FDA", "EMA", "NMPA", "MHRA", "PMDA"],
    )


@pytest.fixture
def milestones():
    return frame(
        {
            "year": [1990, 1999, 2012, 2012, 2017],
            "title": ["First trial", "A setback", "A prize", "A paper", "An approval"],
            "category": ["clinical", "setback", "award", "science", "regulatory"],
        },
        category=["science", "clinical", "regulatory", "setback", "award", "ethics"],
    )


@pytest.fixture
def prices():
    return frame(
        {
            "product": ["A", "B", "C", "D"],
            "market": ["United States"] * 3 + ["China"],
            "currency": ["USD", "USD", "USD", "CNY"],
            "amount": [475000.0, 850000.0, 2125000.0, 1200000.0],
            "year": [2017, 2018, 2019, 2021],
        }
    )


@pytest.fixture
def careers():
    return frame(
        {
            "role": list("abcde"),
            "stage": ["research", "quality", "research", "clinical", "manufacturing"],
        }
    )


def matches_baseline(ax, name: str, tmp_path) -> None:
    actual = tmp_path / f"{name}.png"
    ax.figure.savefig(actual, dpi=60)
    plt.close(ax.figure)
    expected = BASELINES / f"{name}.png"
    if os.environ.get("CURRICULUM_UPDATE_BASELINES") == "1" or not expected.exists():
        expected.write_bytes(actual.read_bytes())
        pytest.fail(f"Baseline {expected.name} written; look at it, then run the tests again.")
    difference = compare_images(str(expected), str(actual), tol=TOLERANCE)
    assert difference is None, difference


def notes(ax) -> list[str]:
    return [text.get_text() for text in ax.texts]


def test_timeline_matches_baseline(milestones, tmp_path):
    """The milestone timeline looks as approved."""
    matches_baseline(plotting.milestone_timeline(milestones), "milestone_timeline", tmp_path)


def test_timeline_labels_categories_and_states_provenance(milestones):
    """One labelled row per category present, and the as-of note under the plot."""
    ax = plotting.milestone_timeline(milestones)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Science", "Clinical", "Regulatory", "Setback", "Award"]
    assert notes(ax) == [f"Data as of {AS_OF}. Source: {SOURCE}."]


def test_timeline_keeps_a_category_colour_when_others_are_absent(milestones):
    """'Award' has the same colour whether or not other categories are plotted."""
    full = plotting.milestone_timeline(milestones)
    only = plotting.milestone_timeline(milestones[milestones["category"] == "award"])
    assert (full.collections[-1].get_facecolor() == only.collections[0].get_facecolor()).all()


def test_timeline_alt_text_summarises_the_data(milestones):
    """The alt text gives the count, the span, the categories and the as-of date."""
    text = plotting.alt_text(plotting.milestone_timeline(milestones))
    assert text.startswith("Timeline of 5 events in cell and gene therapy from 1990 to 2017")
    assert "setback (1)" in text and AS_OF in text


def test_approvals_per_year_matches_baseline(approvals, tmp_path):
    """Stacked bars per year look as approved."""
    matches_baseline(plotting.approvals_per_year(approvals), "approvals_per_year", tmp_path)


def test_approvals_per_year_fills_empty_years_and_counts(approvals):
    """Years without approvals appear as gaps, and the stacks add up."""
    ax = plotting.approvals_per_year(approvals, by="agency")
    heights = [p.get_height() for p in ax.patches]
    assert sum(heights) == 6
    assert len(ax.patches) == 3 * 7  # three agencies x years 2017-2023
    assert ax.get_title(loc="left") == "Approvals per year, by agency"
    assert "The busiest year was 2017 with 2" in plotting.alt_text(ax)


def test_approvals_by_therapy_type_uses_that_column(approvals):
    """`by=` chooses the grouping column, named in title and legend."""
    ax = plotting.approvals_per_year(approvals, by="therapy_type")
    assert ax.get_title(loc="left") == "Approvals per year, by therapy type"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "CAR-T",
        "AAV gene therapy",
        "gene editing",
    ]


def test_cumulative_approvals_matches_baseline(approvals, tmp_path):
    """Running totals by agency look as approved."""
    matches_baseline(plotting.cumulative_approvals(approvals), "cumulative_approvals", tmp_path)


def test_cumulative_approvals_end_at_each_total(approvals):
    """Each agency's line ends at its number of approvals, and never goes down."""
    ax = plotting.cumulative_approvals(approvals)
    fda = ax.get_lines()[0].get_ydata()
    assert list(fda) == [2, 2, 2, 2, 2, 2, 3]  # two in 2017, one in 2023
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["FDA (3)", "EMA (2)", "NMPA (1)"]
    assert "FDA 3, EMA 2, NMPA 1" in plotting.alt_text(ax)


def test_launch_prices_matches_baseline(prices, tmp_path):
    """Price bars on a log scale look as approved."""
    matches_baseline(plotting.launch_prices(prices), "launch_prices", tmp_path)


def test_launch_prices_state_currency_and_use_a_log_scale(prices):
    """One currency per figure, named in the title and axis; log scale."""
    ax = plotting.launch_prices(prices)
    assert ax.get_xscale() == "log"
    assert "(USD)" in ax.get_title(loc="left") and "USD" in ax.get_xlabel()
    [dots] = ax.lines
    assert list(dots.get_xdata()) == [475000, 850000, 2125000]  # only the USD prices
    assert "from A at 475,000 to C at 2,125,000 USD" in plotting.alt_text(ax)


def test_launch_prices_are_dots_not_bars(prices):
    """On a log axis a bar's length depends on where the axis starts: dots do not mislead."""
    ax = plotting.launch_prices(prices)
    assert len(ax.patches) == 0
    assert plotting.alt_text(ax).startswith("Dot chart")


def test_a_long_data_note_is_wrapped_to_the_figure(prices):
    """A long source must not run off the figure's edge."""
    ax = plotting.launch_prices(prices, source="a very long list of sources " * 10)
    [note] = [t for t in ax.texts if t.get_text().startswith("Data as of")]
    lines = note.get_text().splitlines()
    assert len(lines) > 1 and all(len(line) <= 12 * ax.figure.get_figwidth() for line in lines)


def test_launch_prices_in_an_absent_currency_say_which_exist(prices):
    """Asking for a currency with no prices names the ones there are."""
    with pytest.raises(ValueError, match=r"No prices in EUR; the data has \['CNY', 'USD'\]"):
        plotting.launch_prices(prices, currency="EUR")


def test_careers_by_stage_matches_baseline(careers, tmp_path):
    """The careers overview looks as approved."""
    matches_baseline(plotting.careers_by_stage(careers), "careers_by_stage", tmp_path)


def test_careers_follow_the_value_chain_order(careers):
    """Stages run from research to the clinic, top to bottom."""
    ax = plotting.careers_by_stage(careers)
    labels = [t.get_text() for t in ax.get_yticklabels()][::-1]
    assert labels == ["research", "manufacturing", "quality", "clinical"]


def test_figure_without_provenance_is_refused():
    """A data figure must carry an as-of date and a source."""
    bare = pd.DataFrame({"year": [2000], "title": ["x"], "category": ["science"]})
    with pytest.raises(ValueError, match="must say where its data comes from"):
        plotting.milestone_timeline(bare)


def test_helpers_draw_on_a_given_axes(milestones):
    """With ax=, the helper draws there and returns that Axes."""
    _, ax = plt.subplots()
    assert plotting.milestone_timeline(milestones, ax=ax) is ax


def test_helpers_never_show_or_save(milestones, monkeypatch, tmp_path):
    """No helper calls plt.show() or writes a file."""
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show() was called"))
    monkeypatch.chdir(tmp_path)
    plotting.milestone_timeline(milestones)
    assert list(tmp_path.iterdir()) == []


def test_alt_text_of_a_foreign_figure_is_an_error():
    """Only our figures have descriptions; others get a clear error."""
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match="no description"):
        plotting.alt_text(ax)
