"""Lesson 3, figure 2: the years between a first step and the first approval, for three kinds
of therapy. Every year is looked up in the course datasets, not typed in."""

import matplotlib.pyplot as plt

from curriculum import datasets
from curriculum.plotting import PALETTE, course_style
from curriculum.plotting.style import add_data_note

# Labels are kept here as strings so that they can be translated.
LABELS = {
    "gene": "Gene therapy",
    "cart": "CAR-T",
    "crispr": "CRISPR",
    "start": "First step",
    "end": "First approval",
    "years": "{n} years",
    "title": "From first step to first approval",
    "xlabel": "Year",
    "source": "course datasets (milestones, approvals)",
}

milestones = datasets.load("milestones")
approvals = datasets.load("approvals")


def milestone_year(words):
    """The year of the milestone whose title contains these words."""
    return int(milestones.loc[milestones["title"].str.contains(words), "year"].min())


def first_approval_year(column, value):
    """The year of the earliest approval anywhere where `column` equals `value`."""
    return int(approvals.loc[approvals[column] == value, "year"].min())


# (label, year of the first step, year of the first approval)
rows = [
    # First approved gene therapy trial (1990) -> first gene therapy licensed for sale.
    (
        LABELS["gene"],
        milestone_year("Ashanti DeSilva"),
        first_approval_year("product", "Gendicine"),
    ),
    # First child given CAR-T cells -> first CAR-T approval.
    (
        LABELS["cart"],
        milestone_year("Emily Whitehead"),
        first_approval_year("therapy_type", "CAR-T"),
    ),
    # CRISPR-Cas9 shown to cut chosen DNA -> first CRISPR medicine.
    (
        LABELS["crispr"],
        milestone_year("CRISPR-Cas9 shown"),
        first_approval_year("vector_or_tool", "CRISPR-Cas9"),
    ),
]

with course_style():
    fig, ax = plt.subplots(figsize=(9, 3.8))
    for row, (_label, start, end) in enumerate(rows):
        ax.plot([start, end], [row, row], color=PALETTE[0], linewidth=4, zorder=2)
        ax.scatter(
            [start],
            [row],
            color=PALETTE[1],
            marker="o",
            s=120,
            zorder=3,
            label=LABELS["start"] if row == 0 else None,
        )
        ax.scatter(
            [end],
            [row],
            color=PALETTE[2],
            marker="^",
            s=140,
            zorder=3,
            label=LABELS["end"] if row == 0 else None,
        )
        ax.text(end + 0.6, row, LABELS["years"].format(n=end - start), va="center", fontsize=12)
    ax.set_yticks(range(len(rows)), [label for label, _, _ in rows])
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.set_xlim(1987, 2029)
    ax.invert_yaxis()
    ax.set_xlabel(LABELS["xlabel"])
    ax.set_title(LABELS["title"])
    ax.grid(axis="x", color="#dddddd")
    ax.legend(loc="lower left", fontsize=11)
    add_data_note(ax, milestones.attrs["as_of"], LABELS["source"])
