"""How CAR-T cells are made: from the patient, through the lab, and back to the patient.

A diagram (no data). Labels are kept in the STEPS list so they can be translated.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch

from curriculum.plotting import PALETTE, course_style
from curriculum.plotting.diagrams import arrow_between, titled_box

# (number, short title, one-line detail, where it happens)
STEPS = [
    ("1", "Collect", "T cells taken\nfrom blood", "hospital"),
    ("2", "Engineer", "virus adds\nthe CAR gene", "lab"),
    ("3", "Expand", "cells grow and\ndivide for days", "lab"),
    ("4", "Test", "tests check\neach dose", "lab"),
    ("5", "Infuse", "cells go back\ninto the vein", "hospital"),
]
PLACE_LABELS = {"hospital": "Hospital", "lab": "Cell factory (lab)"}
PATIENT_LABEL = "The same patient"
TITLE = "How CAR-T cells are made"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 4.6))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 4.6)

    width, height, gap = 1.8, 1.9, 0.35
    left = 0.5
    bottom = 1.45
    centres = []
    for index, (number, title, detail, place) in enumerate(STEPS):
        x = left + index * (width + gap)
        colour = PALETTE[0] if place == "hospital" else PALETTE[2]
        cx = titled_box(
            ax,
            x,
            bottom,
            width,
            height,
            f"{number}. {title}",
            colour,
            rounded=True,
            title_size=15,
            title_from_top=0.35,
        )
        centres.append(cx)
        ax.text(cx, bottom + 0.7, detail, ha="center", va="center", fontsize=12)
        if index < len(STEPS) - 1:
            arrow_between(ax, x + width, gap, bottom + height / 2)

    # Brackets above the boxes: which steps happen in a hospital, which in the factory.
    def bracket(first, last, label, colour):
        x0 = centres[first] - width / 2
        x1 = centres[last] + width / 2
        y = bottom + height + 0.25
        ax.plot([x0, x0, x1, x1], [y - 0.1, y, y, y - 0.1], color=colour, lw=2)
        ax.text(
            (x0 + x1) / 2,
            y + 0.22,
            label,
            ha="center",
            va="center",
            fontsize=12,
            color=colour,
            fontweight="bold",
        )

    bracket(0, 0, PLACE_LABELS["hospital"], PALETTE[0])
    bracket(1, 3, PLACE_LABELS["lab"], PALETTE[2])
    bracket(4, 4, PLACE_LABELS["hospital"], PALETTE[0])

    # The loop back: the cells return to the same person they came from.
    loop = FancyArrowPatch(
        (centres[-1], bottom - 0.1),
        (centres[0], bottom - 0.1),
        connectionstyle="arc3,rad=-0.12",
        arrowstyle="-|>",
        mutation_scale=18,
        color=PALETTE[3],
        lw=2,
        linestyle="--",
    )
    ax.add_patch(loop)
    ax.text(
        sum(centres) / len(centres),
        0.2,
        PATIENT_LABEL,
        ha="center",
        va="center",
        fontsize=12,
        color=PALETTE[3],
        fontweight="bold",
    )

    ax.set_title(TITLE)
    ax.set_axis_off()
