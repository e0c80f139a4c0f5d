"""The chart helpers. Each draws one kind of figure from one dataset's DataFrame."""

from __future__ import annotations

import pandas as pd
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from curriculum.plotting.style import (
    add_data_note,
    colour_for,
    course_style,
    marker_for,
    new_axes,
    provenance,
    set_alt_text,
)

# The order of the value chain, from the lab to the patient, for the careers figure.
VALUE_CHAIN = (
    "research",
    "development",
    "manufacturing",
    "quality",
    "supply chain",
    "clinical",
    "regulatory",
    "safety",
    "data",
    "medical",
    "commercial",
    "ethics and society",
)


def milestone_timeline(frame: pd.DataFrame, ax=None, *, as_of=None, source=None):
    """Events on a time line, one row per category, told apart by colour and marker."""
    as_of, source = provenance(frame, as_of, source)
    categories = _present_categories(frame["category"])
    with course_style():
        ax = new_axes(ax)
        for row, category in enumerate(categories):
            years = frame.loc[frame["category"] == category, "year"].astype(int)
            # Stack events of the same year a little apart so none hides another.
            offsets = years.groupby(years).cumcount() * 0.12
            # A category keeps its colour and marker whichever others are present.
            style = _style_index(frame["category"], category, row)
            ax.scatter(
                years,
                [row + o for o in offsets],
                color=colour_for(style),
                marker=marker_for(style),
                s=80,
                label=f"{category} ({len(years)})",
                zorder=3,
            )
        ax.set_yticks(range(len(categories)), [c.capitalize() for c in categories])
        ax.set_ylim(-0.6, len(categories) - 0.2)
        ax.set_xlabel("Year")
        # Whole years only: a short span would otherwise get ticks such as 1992.5.
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title("Milestones in cell and gene therapy")
        ax.grid(axis="x", color="#dddddd")
        add_data_note(ax, as_of, source)
    years = frame["year"].astype(int)
    first = frame.loc[years.idxmin()]
    last = frame.loc[years.idxmax()]
    counts = ", ".join(f"{c} ({int((frame['category'] == c).sum())})" for c in categories)
    set_alt_text(
        ax,
        f"Timeline of {len(frame)} events in cell and gene therapy from {years.min()} to "
        f"{years.max()}, one row per kind of event: {counts}. The earliest is "
        f"'{first['title']}' ({first['year']}); the latest is '{last['title']}' "
        f"({last['year']}). Data as of {as_of}.",
    )
    return ax


def approvals_per_year(
    frame: pd.DataFrame, by: str = "agency", ax=None, *, as_of=None, source=None
):
    """Approval decisions per year as stacked bars, one colour per agency or therapy type."""
    as_of, source = provenance(frame, as_of, source)
    counts = _counts_by_year(frame, by)
    with course_style():
        ax = new_axes(ax)
        bottom = pd.Series(0, index=counts.index)
        for index, group in enumerate(counts.columns):
            ax.bar(
                counts.index,
                counts[group],
                bottom=bottom,
                color=colour_for(index),
                label=str(group),
                edgecolor="white",
                linewidth=0.6,
            )
            bottom += counts[group]
        ax.set_xlabel("Year of decision")
        ax.set_ylabel("Approvals")
        ax.set_title(f"Approvals per year, by {_words(by)}")
        # Outside the plot, so it never covers a bar.
        ax.legend(title=_words(by).capitalize(), loc="upper left", bbox_to_anchor=(1.01, 1))
        ax.yaxis.get_major_locator().set_params(integer=True)
        add_data_note(ax, as_of, source)
    totals = counts.sum(axis=1)
    busiest = int(totals.idxmax())
    per_group = ", ".join(f"{g} {int(counts[g].sum())}" for g in counts.columns)
    set_alt_text(
        ax,
        f"Stacked bar chart of {int(totals.sum())} approval decisions per year from "
        f"{counts.index.min()} to {counts.index.max()}, coloured by {_words(by)}. The busiest "
        f"year was {busiest} with {int(totals[busiest])}. Totals: {per_group}. "
        f"Data as of {as_of}.",
    )
    return ax


def cumulative_approvals(
    frame: pd.DataFrame, by: str = "agency", ax=None, *, as_of=None, source=None
):
    """The running total of approvals at the end of each year, one line per agency (or
    other column). Years, not days: some decisions are only known to the year."""
    as_of, source = provenance(frame, as_of, source)
    totals = _counts_by_year(frame, by).cumsum()
    with course_style():
        ax = new_axes(ax)
        for index, group in enumerate(totals.columns):
            ax.plot(
                totals.index,
                totals[group],
                color=colour_for(index),
                marker=marker_for(index),
                label=f"{group} ({int(totals[group].iloc[-1])})",
            )
        ax.set_xlabel("Year")
        ax.set_ylabel("Approvals so far")
        ax.set_title(f"Approvals over time, by {_words(by)}")
        ax.set_ylim(bottom=0)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
        add_data_note(ax, as_of, source)
    final = ", ".join(f"{g} {int(totals[g].iloc[-1])}" for g in totals.columns)
    set_alt_text(
        ax,
        f"Line chart of the running total of approvals from {totals.index.min()} to "
        f"{totals.index.max()}, one line per {_words(by)}. Totals as of {as_of}: {final}.",
    )
    return ax


def launch_prices(
    frame: pd.DataFrame, currency: str | None = None, ax=None, *, as_of=None, source=None
):
    """Launch prices in one currency as dots on a logarithmic scale.

    Dots, not bars: on a logarithmic axis a bar's length depends on where the axis starts, so
    bars would exaggerate the differences between prices.
    """
    as_of, source = provenance(frame, as_of, source)
    currency = currency or frame["currency"].mode().iloc[0]
    prices = frame[frame["currency"] == currency].sort_values("amount")
    if prices.empty:
        raise ValueError(
            f"No prices in {currency}; the data has {sorted(frame['currency'].unique())}"
        )
    labels = [
        f"{p} ({m}, {y})"
        for p, m, y in zip(prices["product"], prices["market"], prices["year"], strict=True)
    ]
    with course_style():
        ax = new_axes(ax)
        ax.plot(prices["amount"], labels, "o", markersize=10, color=colour_for(0), zorder=3)
        ax.set_xscale("log")
        # Plain numbers (500,000), not powers of ten, at 1-2-5 steps.
        ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel(f"Launch price in {currency} (logarithmic scale)")
        ax.set_title(f"Launch prices of cell and gene therapies ({currency})")
        ax.grid(axis="x", color="#cccccc")
        ax.grid(axis="y", color="#eeeeee")
        ax.figure.set_figheight(max(4.0, 0.45 * len(prices) + 1.8))
        ax.figure.set_figwidth(12)
        add_data_note(ax, as_of, source)
    cheapest, dearest = prices.iloc[0], prices.iloc[-1]
    set_alt_text(
        ax,
        f"Dot chart of the launch prices of {len(prices)} therapies in {currency}, on a "
        f"logarithmic scale, from {cheapest['product']} at {cheapest['amount']:,.0f} to "
        f"{dearest['product']} at {dearest['amount']:,.0f} {currency}. Data as of {as_of}.",
    )
    return ax


def careers_by_stage(frame: pd.DataFrame, ax=None, *, as_of=None, source=None):
    """How many roles the careers dataset lists at each stage, in value-chain order."""
    as_of, source = provenance(frame, as_of, source)
    counts = frame["stage"].astype(str).value_counts()
    stages = [s for s in VALUE_CHAIN if s in counts] + sorted(set(counts.index) - set(VALUE_CHAIN))
    values = [int(counts[s]) for s in stages]
    with course_style():
        ax = new_axes(ax)
        ax.barh(stages[::-1], values[::-1], color=colour_for(2))
        ax.set_xlabel("Number of roles")
        ax.set_title("Careers along the path from lab to patient")
        ax.grid(axis="x", color="#cccccc")
        ax.grid(axis="y", visible=False)
        ax.xaxis.get_major_locator().set_params(integer=True)
        add_data_note(ax, as_of, source)
    listing = ", ".join(f"{s} {v}" for s, v in zip(stages, values, strict=True))
    set_alt_text(
        ax,
        f"Bar chart of {len(frame)} careers by stage of the path from research to patient, "
        f"in order: {listing}. Data as of {as_of}.",
    )
    return ax


def _counts_by_year(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Approvals per year (rows, every year in the span) and group (columns)."""
    years = _years(frame)
    groups = _present_categories(frame[by])
    counts = pd.crosstab(years, frame[by].astype(str)).reindex(columns=[str(g) for g in groups])
    full = range(int(years.min()), int(years.max()) + 1)
    return counts.reindex(full, fill_value=0).fillna(0).astype(int)


def _years(frame: pd.DataFrame) -> pd.Series:
    """The year of each decision: the `year` column, or the year of `decision_date`."""
    if "year" in frame:
        return frame["year"].astype(int).rename("year")
    return frame["decision_date"].dt.year.astype(int).rename("year")


def _present_categories(values: pd.Series) -> list:
    """Values present, in their defined order (categoricals) or by first appearance."""
    present = set(values.dropna().astype(str))
    if isinstance(values.dtype, pd.CategoricalDtype):
        return [c for c in values.cat.categories if str(c) in present]
    return list(dict.fromkeys(v for v in values.dropna().astype(str)))


def _style_index(values: pd.Series, value, fallback: int) -> int:
    if isinstance(values.dtype, pd.CategoricalDtype):
        return list(values.cat.categories).index(value)
    return fallback


def _words(column: str) -> str:
    return column.replace("_", " ")
