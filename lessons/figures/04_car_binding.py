"""A CAR on a T cell grabbing CD19 on a cancer B cell.

A simplified diagram (not to scale). Labels are kept in LABELS so they can be translated.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Rectangle

from curriculum.plotting import PALETTE, course_style

LABELS = {
    "t_cell": "CAR-T cell",
    "cancer": "Cancer B cell",
    "car": "CAR",
    "cd19": "CD19",
    "outside": "Outside part:\ngrabs the target",
    "inside": "Inside part:\nswitches the\nT cell on",
    "title": "A CAR lets a T cell find its target",
}

with course_style():
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 5)
    ax.set_aspect("equal")

    # The two cells: big circles that almost touch.
    t_cell = Circle((2.3, 2.4), 1.9, facecolor="#dbe9f6", edgecolor=PALETTE[0], lw=3)
    cancer = Circle((7.9, 2.4), 1.9, facecolor="#fbe3d1", edgecolor=PALETTE[3], lw=3)
    ax.add_patch(t_cell)
    ax.add_patch(cancer)
    ax.text(
        1.9,
        2.4,
        LABELS["t_cell"],
        ha="center",
        va="center",
        fontsize=14,
        fontweight="bold",
        color=PALETTE[0],
    )
    ax.text(
        8.4,
        2.4,
        LABELS["cancer"],
        ha="center",
        va="center",
        fontsize=14,
        fontweight="bold",
        color=PALETTE[3],
    )

    membrane_t = 2.3 + 1.9  # right edge of the T cell
    membrane_c = 7.9 - 1.9  # left edge of the cancer cell
    y = 2.4

    # The CAR: a stalk through the T cell's membrane with a two-armed head outside.
    ax.add_patch(Rectangle((membrane_t - 0.55, y - 0.09), 0.55, 0.18, color=PALETTE[2]))  # inside
    ax.plot([membrane_t, membrane_t + 0.55], [y, y], color=PALETTE[2], lw=5)  # stalk
    ax.plot([membrane_t + 0.55, membrane_t + 0.95], [y, y + 0.35], color=PALETTE[2], lw=5)
    ax.plot([membrane_t + 0.55, membrane_t + 0.95], [y, y - 0.35], color=PALETTE[2], lw=5)

    # CD19: a knob sticking out of the cancer cell, held between the CAR's arms.
    ax.plot([membrane_c, membrane_c - 0.45], [y, y], color=PALETTE[1], lw=5)
    ax.add_patch(Circle((membrane_c - 0.6, y), 0.2, color=PALETTE[1]))

    # Labels with pointer lines.
    ax.annotate(
        LABELS["car"],
        xy=(membrane_t + 0.7, y + 0.2),
        xytext=(4.6, 4.55),
        ha="center",
        fontsize=13,
        fontweight="bold",
        color=PALETTE[2],
        arrowprops=dict(arrowstyle="-", color=PALETTE[2], lw=1.5),
    )
    ax.annotate(
        LABELS["cd19"],
        xy=(membrane_c - 0.6, y - 0.15),
        xytext=(5.6, 0.35),
        ha="center",
        fontsize=13,
        fontweight="bold",
        color="#8a5a00",
        arrowprops=dict(arrowstyle="-", color=PALETTE[1], lw=1.5),
    )
    ax.annotate(
        LABELS["outside"],
        xy=(membrane_t + 0.8, y - 0.3),
        xytext=(4.75, 0.35),
        ha="right",
        fontsize=11,
        color="#333333",
        arrowprops=dict(arrowstyle="-", color="#777777", lw=1),
    )
    ax.annotate(
        LABELS["inside"],
        xy=(membrane_t - 0.4, y + 0.1),
        xytext=(2.6, 3.55),
        ha="center",
        fontsize=11,
        color="#333333",
        arrowprops=dict(arrowstyle="-", color="#777777", lw=1),
    )

    ax.set_title(LABELS["title"])
    ax.set_axis_off()
