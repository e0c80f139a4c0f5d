"""A stem cell divides into a copy of itself and a cell that goes on to specialise (simplified)."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyArrowPatch

from curriculum.plotting import PALETTE, course_style

STEM, SPECIAL, INK = PALETTE[0], PALETTE[1], PALETTE[7]

# Labels are kept here as strings so that they can be translated.
LABELS = {
    "stem": "Stem cell",
    "copy": "New stem cell\n(a copy)",
    "special": "Cell that specialises\n(e.g. into a red\nblood cell)",
    "divide": "divides",
    "renew": "self-renewal",
    "differ": "differentiation",
}


def cell(ax, x, y, r, colour, inner):
    ax.add_patch(Circle((x, y), r, facecolor=colour, edgecolor=INK, linewidth=2, alpha=0.85))
    ax.add_patch(Circle((x, y), r * 0.38, facecolor=inner, edgecolor=INK, linewidth=1.5))


def arrow(ax, start, end):
    ax.add_patch(
        FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=22, linewidth=2.2, color=INK)
    )


with course_style():
    fig, ax = plt.subplots(figsize=(9, 4.8))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 6)
    ax.set_aspect("equal")
    ax.set_axis_off()

    cell(ax, 1.6, 3, 0.9, STEM, "white")
    ax.text(1.6, 1.6, LABELS["stem"], ha="center", va="top", fontsize=14, weight="bold")

    arrow(ax, (2.6, 3.3), (6.3, 4.5))
    arrow(ax, (2.6, 2.7), (6.3, 1.5))
    ax.text(3.6, 3.0, LABELS["divide"], ha="center", va="center", fontsize=13, style="italic")
    ax.text(4.6, 4.45, LABELS["renew"], ha="center", va="bottom", fontsize=12, rotation=18)
    ax.text(4.6, 1.55, LABELS["differ"], ha="center", va="top", fontsize=12, rotation=-18)

    cell(ax, 7.2, 4.6, 0.75, STEM, "white")
    ax.text(8.2, 4.6, LABELS["copy"], ha="left", va="center", fontsize=13)

    # A red blood cell has no nucleus: draw it as a flat disc with a paler centre.
    ax.add_patch(Circle((7.2, 1.4), 0.75, facecolor=SPECIAL, edgecolor=INK, linewidth=2))
    ax.add_patch(Circle((7.2, 1.4), 0.32, facecolor="#F6D8A0", edgecolor="none"))
    ax.text(8.2, 1.4, LABELS["special"], ha="left", va="center", fontsize=13)
