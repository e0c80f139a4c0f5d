"""Building blocks for the lessons' diagrams: titled boxes in a row, joined by arrows.

Figure scripts in lessons/figures/ draw flows (how CAR-T is made, the path to approval, a
visit's route) from the same parts; keeping the parts here keeps the diagrams alike.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

ARROW_COLOUR = "#444444"


def titled_box(
    ax,
    x: float,
    y: float,
    width: float,
    height: float,
    title: str,
    colour: str,
    *,
    rounded: bool = False,
    title_size: float = 13,
    title_from_top: float = 0.3,
) -> float:
    """A white box with a coloured edge and a bold title near its top; returns its centre x."""
    if rounded:
        box = FancyBboxPatch(
            (x, y),
            width,
            height,
            boxstyle="round,pad=0.05,rounding_size=0.15",
            facecolor="white",
            edgecolor=colour,
            linewidth=2.5,
        )
    else:
        box = plt.Rectangle(
            (x, y), width, height, facecolor="white", edgecolor=colour, linewidth=2.5
        )
    ax.add_patch(box)
    centre = x + width / 2
    ax.text(
        centre,
        y + height - title_from_top,
        title,
        ha="center",
        va="center",
        fontsize=title_size,
        fontweight="bold",
        color=colour,
    )
    return centre


def arrow_between(ax, right_edge: float, gap: float, y: float, inset: float = 0.02) -> None:
    """An arrow across the gap that starts at `right_edge`, pointing right."""
    ax.annotate(
        "",
        xy=(right_edge + gap - inset, y),
        xytext=(right_edge + inset, y),
        arrowprops=dict(arrowstyle="-|>", color=ARROW_COLOUR, lw=2),
    )
