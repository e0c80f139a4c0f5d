"""Lesson 09 figure: who is affected by somatic editing and by germline editing.

A diagram (no data). On the left, a somatic edit changes some body cells of one person, and
their children do not inherit it. On the right, a germline edit (in an egg, sperm or early
embryo) is in every cell of the person who grows from it and can be passed to children and
grandchildren. Labels are kept in the lists below so that they can be translated.
"""

import itertools

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

EDITED = PALETTE[0]
NOT_EDITED = "#BBBBBB"

PANELS = [
    {
        "title": "Somatic editing",
        "where": "Edit made in some body cells,\nfor example blood stem cells",
        "rows": [("Treated person", True), ("Their children", False), ("Grandchildren", False)],
        "note": "Only the treated person has the edit",
    },
    {
        "title": "Germline editing",
        "where": "Edit made in an egg, a sperm\nor an early embryo",
        "rows": [
            ("Person who grows\nfrom the embryo", True),
            ("Their children", True),
            ("Grandchildren", True),
        ],
        "note": "The edit can pass down the generations",
    },
]
LEGEND_EDITED = "has the edit"
LEGEND_NOT = "does not have the edit"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 6.4))
    ax.set_xlim(0, 11)
    ax.set_ylim(-0.45, 6.4)

    box_w, box_h = 3.2, 0.85
    for panel, x_centre in zip(PANELS, (2.75, 8.25), strict=False):
        ax.text(
            x_centre,
            6.05,
            panel["title"],
            ha="center",
            va="center",
            fontsize=16,
            fontweight="bold",
            color=EDITED,
        )
        ax.text(x_centre, 5.35, panel["where"], ha="center", va="center", fontsize=12)
        ys = [4.0, 2.6, 1.2]
        for (label, edited), y in zip(panel["rows"], ys, strict=False):
            colour = EDITED if edited else NOT_EDITED
            ax.add_patch(
                FancyBboxPatch(
                    (x_centre - box_w / 2, y - box_h / 2),
                    box_w,
                    box_h,
                    boxstyle="round,pad=0.05",
                    facecolor=colour if edited else "white",
                    edgecolor=colour,
                    linewidth=2.5,
                )
            )
            ax.text(
                x_centre,
                y,
                label,
                ha="center",
                va="center",
                fontsize=12,
                color="white" if edited else "#555555",
                fontweight="bold" if edited else "normal",
            )
        for y_top, y_bottom in itertools.pairwise(ys):
            ax.annotate(
                "",
                xy=(x_centre, y_bottom + box_h / 2 + 0.08),
                xytext=(x_centre, y_top - box_h / 2 - 0.08),
                arrowprops=dict(arrowstyle="-|>", color="#444444", lw=2),
            )
        ax.text(
            x_centre,
            0.35,
            panel["note"],
            ha="center",
            va="center",
            fontsize=12,
            style="italic",
            color="#333333",
        )

    # Divider between the two panels.
    ax.plot([5.5, 5.5], [0.6, 6.3], color="#DDDDDD", lw=1.5)

    # Legend.
    ax.add_patch(plt.Rectangle((2.9, -0.36), 0.35, 0.24, facecolor=EDITED, edgecolor=EDITED))
    ax.text(3.35, -0.24, LEGEND_EDITED, va="center", fontsize=11)
    ax.add_patch(
        plt.Rectangle(
            (5.6, -0.36), 0.35, 0.24, facecolor="white", edgecolor=NOT_EDITED, linewidth=2
        )
    )
    ax.text(6.05, -0.24, LEGEND_NOT, va="center", fontsize=11)
    ax.set_axis_off()
