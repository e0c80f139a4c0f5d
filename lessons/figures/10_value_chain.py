"""Lesson 10, figure 1: the value chain of a cell or gene therapy, with example roles.

A diagram (no numbers). The stages and roles come from the course careers dataset
(data/careers.csv): each role named below is a row there, at that stage ("Clinic" stands for
the dataset's "clinical" stage). Labels are kept in the lists below so they can be translated.
"""

import matplotlib.pyplot as plt

from curriculum.plotting import PALETTE, course_style

# (stage, example roles from data/careers.csv at that stage, one line each)
CHAIN = [
    ("Research", ["Research scientist", "Lab technician"]),
    ("Development", ["Process scientist", "Analytical scientist"]),
    ("Manufacturing", ["GMP technician", "Validation engineer"]),
    ("Quality", ["QC analyst", "QA specialist"]),
    ("Supply chain", ["Patient supply", "specialist"]),
    ("Clinic", ["Apheresis nurse", "Haematologist"]),
]
ACROSS_TITLE = "Working along the whole path"
ACROSS = [
    "Regulatory affairs",
    "Drug safety",
    "Bioinformatics",
    "Medical affairs",
    "Health economics",
    "Bioethics",
]
START, END = "An idea in the lab", "A patient is treated"
TITLE = "The value chain: from research to patient"

with course_style():
    fig, ax = plt.subplots(figsize=(12.5, 5.4))
    ax.set_xlim(0, 12.4)
    ax.set_ylim(0, 5.4)

    width, gap, left = 1.95, 0.1, 0.1
    top, box_h = 4.15, 0.75
    right = left + len(CHAIN) * (width + gap) - gap

    # One long arrow above the chain: where it starts and where it ends.
    ax.annotate(
        "",
        xy=(right, 4.75),
        xytext=(left, 4.75),
        arrowprops=dict(arrowstyle="-|>", color="#444444", lw=2),
    )
    ax.text(left, 4.98, START, ha="left", va="bottom", fontsize=12, color="#333333")
    ax.text(right, 4.98, END, ha="right", va="bottom", fontsize=12, color="#333333")

    for index, (stage, roles) in enumerate(CHAIN):
        x = left + index * (width + gap)
        colour = PALETTE[index % 6]
        ax.add_patch(
            plt.Rectangle((x, top - box_h), width, box_h, facecolor=colour, edgecolor=colour)
        )
        # Black text on the two lightest colours, white on the others.
        text_colour = "black" if colour in (PALETTE[1], PALETTE[5]) else "white"
        ax.text(
            x + width / 2,
            top - box_h / 2,
            stage,
            ha="center",
            va="center",
            fontsize=12,
            fontweight="bold",
            color=text_colour,
        )
        # Example roles under each stage.
        ax.add_patch(
            plt.Rectangle(
                (x, top - box_h - 1.1),
                width,
                1.0,
                facecolor="white",
                edgecolor=colour,
                linewidth=1.8,
            )
        )
        for line, role in enumerate(roles):
            ax.text(
                x + width / 2,
                top - box_h - 0.36 - line * 0.4,
                role,
                ha="center",
                va="center",
                fontsize=10.5,
            )

    # The roles that work across the whole chain.
    band_bottom, band_h = 0.25, 1.5
    ax.add_patch(
        plt.Rectangle(
            (left, band_bottom),
            right - left,
            band_h,
            facecolor="#f2f2f2",
            edgecolor="#888888",
            linewidth=1.5,
        )
    )
    ax.text(
        left + 0.2,
        band_bottom + band_h - 0.3,
        ACROSS_TITLE,
        ha="left",
        va="center",
        fontsize=12,
        fontweight="bold",
        color="#333333",
    )
    per_row = 3
    col_w = (right - left) / per_row
    for index, role in enumerate(ACROSS):
        row, col = divmod(index, per_row)
        ax.text(
            left + 0.4 + col * col_w,
            band_bottom + band_h - 0.78 - row * 0.42,
            "\u2022 " + role,
            ha="left",
            va="center",
            fontsize=11.5,
        )
    ax.set_title(TITLE)
    ax.set_axis_off()
