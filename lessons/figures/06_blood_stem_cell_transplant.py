"""The main steps of a blood stem cell transplant from a donor (simplified)."""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

INK = PALETTE[7]

# Labels are kept here as strings so that they can be translated.
STEPS = [
    ("1", "Collect blood\nstem cells from a\ndonor: bone marrow,\nblood or cord blood", PALETTE[5]),
    ("2", "Strong treatment\nclears the patient's\nown bone marrow", PALETTE[1]),
    ("3", "Drip the donor\ncells into a vein", PALETTE[4]),
    ("4", "Cells settle in the\nbone marrow and\nmake new blood cells", PALETTE[2]),
]

with course_style():
    fig, ax = plt.subplots(figsize=(11, 3.8))
    ax.set_xlim(0, 12)
    ax.set_ylim(0, 4)
    ax.set_axis_off()

    width, height, gap = 2.6, 2.6, 0.4
    for i, (number, text, colour) in enumerate(STEPS):
        x = 0.2 + i * (width + gap)
        ax.add_patch(
            FancyBboxPatch(
                (x, 0.6),
                width,
                height,
                boxstyle="round,pad=0.05,rounding_size=0.2",
                facecolor=colour,
                edgecolor=INK,
                linewidth=2,
                alpha=0.85,
            )
        )
        ax.text(
            x + 0.25, 0.6 + height - 0.3, number, ha="left", va="top", fontsize=16, weight="bold"
        )
        ax.text(x + width / 2, 0.6 + height / 2 - 0.15, text, ha="center", va="center", fontsize=12)
        if i < len(STEPS) - 1:
            ax.add_patch(
                FancyArrowPatch(
                    (x + width + 0.02, 1.9),
                    (x + width + gap - 0.02, 1.9),
                    arrowstyle="-|>",
                    mutation_scale=18,
                    linewidth=2,
                    color=INK,
                )
            )
