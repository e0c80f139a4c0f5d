"""Lesson 1 figure: how T cells and B cells recognise antigens (a simplified drawing)."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyBboxPatch, Polygon

from curriculum.plotting import PALETTE, course_style

LABELS = {
    "t_title": "T cell: checks other cells",
    "t_cell": "T cell",
    "receptor": "T cell receptor",
    "antigen_piece": "piece of antigen",
    "infected": "infected cell",
    "b_title": "B cell: makes antibodies",
    "b_cell": "B cell",
    "antibody": "antibody",
    "antigen": "antigen",
    "germ": "germ",
}


def y_shape(ax, x, y, angle_up=True, size=0.35, colour="#333333"):
    """A small Y, the usual symbol for a receptor or an antibody."""
    sign = 1 if angle_up else -1
    ax.plot([x, x], [y, y + sign * size], color=colour, linewidth=2.5)
    ax.plot(
        [x, x - size * 0.6], [y + sign * size, y + sign * size * 1.7], color=colour, linewidth=2.5
    )
    ax.plot(
        [x, x + size * 0.6], [y + sign * size, y + sign * size * 1.7], color=colour, linewidth=2.5
    )


def sideways_y(ax, x, y, size=0.3, colour="#333333"):
    """A Y lying on its side, arms pointing right (an antibody gripping an antigen)."""
    ax.plot([x, x + size], [y, y], color=colour, linewidth=2.5)
    ax.plot([x + size, x + size * 1.7], [y, y + size * 0.6], color=colour, linewidth=2.5)
    ax.plot([x + size, x + size * 1.7], [y, y - size * 0.6], color=colour, linewidth=2.5)


def triangle(ax, x, y, size=0.22, colour=PALETTE[3]):
    ax.add_patch(
        Polygon(
            [(x - size, y), (x + size, y), (x, y + size * 1.5)],
            closed=True,
            facecolor=colour,
            edgecolor="#333333",
        )
    )


with course_style():
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.8))
    for ax in (left, right):
        ax.set_xlim(0, 6)
        ax.set_ylim(0, 6)
        ax.set_aspect("equal")
        ax.set_axis_off()

    # Left: a T cell receptor meets a piece of antigen shown on an infected cell.
    left.set_title(LABELS["t_title"], fontsize=13)
    left.add_patch(Circle((3, 4.4), 1.1, facecolor=PALETTE[5], edgecolor="#333333", alpha=0.8))
    left.text(3, 4.55, LABELS["t_cell"], fontsize=12, ha="center", va="center")
    y_shape(left, 3, 3.3, angle_up=False, size=0.35, colour=PALETTE[0])
    left.add_patch(Circle((3, 0.9), 1.1, facecolor="#e6e6e6", edgecolor="#333333"))
    left.text(3, 0.7, LABELS["infected"], fontsize=11, ha="center", va="center")
    left.add_patch(
        FancyBboxPatch(
            (2.7, 1.95),
            0.6,
            0.2,
            boxstyle="round,pad=0.02",
            facecolor="#999999",
            edgecolor="#333333",
        )
    )
    triangle(left, 3, 2.15, size=0.18)
    left.annotate(
        LABELS["receptor"],
        xy=(3.2, 2.9),
        xytext=(4.2, 3.2),
        fontsize=11,
        arrowprops={"arrowstyle": "->"},
    )
    left.annotate(
        LABELS["antigen_piece"],
        xy=(3.15, 2.3),
        xytext=(4.0, 2.2),
        fontsize=11,
        arrowprops={"arrowstyle": "->"},
    )

    # Right: a B cell releases antibodies that stick to antigens on a germ.
    right.set_title(LABELS["b_title"], fontsize=13)
    right.add_patch(Circle((1.5, 3.2), 1.1, facecolor=PALETTE[2], edgecolor="#333333", alpha=0.7))
    right.text(1.5, 3.2, LABELS["b_cell"], fontsize=12, ha="center", va="center")
    right.add_patch(
        FancyBboxPatch(
            (3.9, 2.2), 1.6, 2.0, boxstyle="round,pad=0.2", facecolor="#f3d9e7", edgecolor="#333333"
        )
    )
    right.text(4.7, 3.2, LABELS["germ"], fontsize=12, ha="center", va="center")
    for y in (2.5, 3.2, 3.9):
        right.add_patch(Circle((3.72, y), 0.13, facecolor=PALETTE[3], edgecolor="#333333"))
    for y in (2.5, 3.9):
        sideways_y(right, 2.95, y, size=0.3, colour=PALETTE[4])
    right.annotate(
        LABELS["antibody"],
        xy=(3.1, 4.0),
        xytext=(1.6, 5.1),
        fontsize=11,
        arrowprops={"arrowstyle": "->"},
    )
    right.annotate(
        LABELS["antigen"],
        xy=(3.72, 2.37),
        xytext=(2.6, 1.0),
        fontsize=11,
        arrowprops={"arrowstyle": "->"},
    )
    fig.tight_layout()
