"""The iPS cell idea: a skin cell is reprogrammed into an iPS cell, which can become many
cell types."""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

INK = PALETTE[7]

# Labels are kept here as strings so that they can be translated.
LABELS = {
    "skin": "Skin cell\n(from a\nperson)",
    "ips": "iPS cell",
    "step": "add 4 genes\nin the lab",
    "grow": "grow and\nguide",
    "heart": "Heart muscle cell",
    "nerve": "Nerve cell",
    "eye": "Eye (retina) cell",
    "blood": "Blood cell",
}


def box(ax, x, y, w, h, text, colour, size=13, weight="normal"):
    ax.add_patch(
        FancyBboxPatch(
            (x - w / 2, y - h / 2),
            w,
            h,
            boxstyle="round,pad=0.08,rounding_size=0.25",
            facecolor=colour,
            edgecolor=INK,
            linewidth=2,
            alpha=0.9,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=size, weight=weight)


def arrow(ax, start, end):
    ax.add_patch(
        FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=20, linewidth=2, color=INK)
    )


with course_style():
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.set_xlim(0, 12)
    ax.set_ylim(0, 6)
    ax.set_axis_off()

    box(ax, 1.3, 3, 2.0, 1.8, LABELS["skin"], "#F3D9C4", size=13)
    arrow(ax, (2.45, 3), (4.35, 3))
    ax.text(3.4, 3.25, LABELS["step"], ha="center", va="bottom", fontsize=12, style="italic")

    box(ax, 5.4, 3, 1.9, 1.3, LABELS["ips"], PALETTE[5], size=15, weight="bold")

    targets = [
        (5.1, LABELS["heart"], PALETTE[3]),
        (3.7, LABELS["nerve"], PALETTE[4]),
        (2.3, LABELS["eye"], PALETTE[2]),
        (0.9, LABELS["blood"], PALETTE[1]),
    ]
    for y, text, colour in targets:
        arrow(ax, (6.45, 3), (8.05, y))
        box(ax, 9.9, y, 3.5, 0.95, text, colour, size=13)
    ax.text(7.0, 4.35, LABELS["grow"], ha="center", va="bottom", fontsize=12, style="italic")
