"""Lesson 02 figure: the two routes of a gene therapy, ex vivo (cells changed in a lab, then
given back) and in vivo (the vector is given straight to the patient). Labels are kept here
as strings so that they can be translated."""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

ROWS = [
    {
        "title": "Ex vivo: cells are changed outside the body",
        "steps": [
            "Collect the\npatient's cells",
            "Add or edit\na gene in a lab",
            "Grow many\ncells",
            "Give the cells\nback to the patient",
        ],
        "example": "Examples: Kymriah, Zynteglo, Casgevy",
        "colour": PALETTE[0],
    },
    {
        "title": "In vivo: the gene is delivered inside the body",
        "steps": [
            "Make the vector\n(a carrier)",
            "Inject or drip it\ninto the patient",
            "The vector takes\nthe gene into cells",
        ],
        "example": "Examples: Luxturna, Zolgensma, Hemgenix",
        "colour": PALETTE[2],
    },
]

with course_style():
    fig, ax = plt.subplots(figsize=(11, 6.2))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 6.2)
    box_w, box_h, gap = 2.3, 1.25, 0.45
    for row, y_top in zip(ROWS, (5.9, 2.85), strict=False):
        ax.text(
            0.1, y_top, row["title"], fontsize=15, fontweight="bold", color=row["colour"], va="top"
        )
        y = y_top - 0.55 - box_h
        for i, step in enumerate(row["steps"]):
            x = 0.2 + i * (box_w + gap)
            ax.add_patch(
                FancyBboxPatch(
                    (x, y),
                    box_w,
                    box_h,
                    boxstyle="round,pad=0.05",
                    facecolor="white",
                    edgecolor=row["colour"],
                    linewidth=2.5,
                )
            )
            ax.text(x + box_w / 2, y + box_h / 2, step, ha="center", va="center", fontsize=12)
            if i < len(row["steps"]) - 1:
                ax.annotate(
                    "",
                    xy=(x + box_w + gap - 0.05, y + box_h / 2),
                    xytext=(x + box_w + 0.08, y + box_h / 2),
                    arrowprops=dict(arrowstyle="-|>", color="#333333", lw=2),
                )
        ax.text(
            0.2, y - 0.35, row["example"], fontsize=12, style="italic", va="center", color="#333333"
        )
    ax.set_axis_off()
