"""Classroom-ready figures from the course's datasets.

Every helper takes a DataFrame (and optionally `ax`), draws with the course style, and returns
the Axes. It never calls `plt.show()` and never writes files. Every data figure states its
as-of date and source, and carries a text description for use as alt text:

    ax = plotting.approvals_per_year(datasets.load("approvals"), by="agency")
    plotting.alt_text(ax)   # "Stacked bar chart of ... approvals per year ..."
"""

from curriculum.plotting.charts import (
    approvals_per_year,
    careers_by_stage,
    cumulative_approvals,
    launch_prices,
    milestone_timeline,
)
from curriculum.plotting.style import PALETTE, alt_text, course_style

__all__ = [
    "PALETTE",
    "alt_text",
    "approvals_per_year",
    "careers_by_stage",
    "course_style",
    "cumulative_approvals",
    "launch_prices",
    "milestone_timeline",
]
