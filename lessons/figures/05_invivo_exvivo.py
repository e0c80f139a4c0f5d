"""In vivo gene therapy versus ex vivo gene editing (lesson 5). A diagram, not data."""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

# Labels (kept here so they can be translated later).
TITLE_IN = "In vivo (inside the body)"
EXAMPLE_IN = "e.g. Luxturna, Zolgensma"
STEPS_IN = [
    "Make a vector:\nAAV carrying\na working gene",
    "Inject it into\nthe eye or a vein",
    "Cells in the body\nread the new gene",
]
TITLE_EX = "Ex vivo (outside the body)"
EXAMPLE_EX = "e.g. Casgevy"
STEPS_EX = [
    "Collect the\npatient's blood\nstem cells",
    "Edit them in\nthe lab with\nCRISPR-Cas9",
    "Test the\nedited cells",
    "Chemotherapy,\nthen give the\ncells back",
]

BLUE, ORANGE = PALETTE[0], PALETTE[1]


def row(ax, y, steps, colour, title, example):
    n = len(steps)
    box_w, gap = 2.3, 0.7
    total = n * box_w + (n - 1) * gap
    x_start = (12.0 - total) / 2
    ax.text(0.1, y + 1.45, title, fontsize=14, fontweight="bold", color=colour, va="center")
    ax.text(
        11.9, y + 1.45, example, fontsize=12, color=colour, va="center", ha="right", style="italic"
    )
    for i, text in enumerate(steps):
        x = x_start + i * (box_w + gap)
        ax.add_patch(
            FancyBboxPatch(
                (x, y - 0.6),
                box_w,
                1.45,
                boxstyle="round,pad=0.05,rounding_size=0.2",
                facecolor=colour,
                alpha=0.15,
                edgecolor=colour,
                linewidth=2,
            )
        )
        ax.text(x + box_w / 2, y + 0.12, text, ha="center", va="center", fontsize=11)
        if i < n - 1:
            ax.annotate(
                "",
                xy=(x + box_w + gap - 0.05, y + 0.12),
                xytext=(x + box_w + 0.05, y + 0.12),
                arrowprops=dict(arrowstyle="-|>", color=colour, linewidth=2),
            )


with course_style():
    fig, ax = plt.subplots(figsize=(10, 5.2))
    row(ax, 3.2, STEPS_IN, BLUE, TITLE_IN, EXAMPLE_IN)
    row(ax, 0.4, STEPS_EX, ORANGE, TITLE_EX, EXAMPLE_EX)
    ax.set_xlim(0, 12)
    ax.set_ylim(-0.4, 4.9)
    ax.set_axis_off()
