"""The path of a new cell or gene therapy: from lab research, through trial phases, to approval.

A diagram (no data). Labels are kept in the lists below so they can be translated. Participant
numbers for phase 1 follow the FDA's patient page on clinical research (20 to 100); phases 2
and 3 follow the NIH descriptions quoted in BMC Women's Health 2015, Table 3 (phase 2: "usually
several hundred"; phase 3: "several hundred to thousands").
"""

import matplotlib.pyplot as plt

from curriculum.plotting import PALETTE, course_style
from curriculum.plotting.diagrams import arrow_between, titled_box

# (short title, question it answers, who or how many)
STAGES = [
    ("Lab research", "Does the idea\nwork in cells\nand animals?", "no patients yet"),
    ("Phase 1", "Is it safe?\nWhat dose?", "about 20-100\npeople"),
    ("Phase 2", "Does it work?\nSide effects?", "usually several\nhundred people"),
    ("Phase 3", "Does it work\nbetter than\ntoday's care?", "hundreds to\nthousands"),
    ("Regulator", "Do the benefits\noutweigh\nthe risks?", "experts review\nall the data"),
]
AFTER = (
    "Approval, then follow-up (phase 4)",
    "Doctors and the regulator keep watching for side effects,\nsometimes for many years",
)
TRIALS_LABEL = "Clinical trials in people"
GMP_LABEL = "Every dose given in a trial or after approval is made under GMP rules"
TITLE = "From lab to patient: the path of a new therapy"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 5.6))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.6)

    width, height, gap = 1.75, 2.3, 0.4
    left, bottom = 0.35, 2.0
    colours = [PALETTE[7], PALETTE[0], PALETTE[0], PALETTE[0], PALETTE[3]]
    centres = []
    for index, (title, question, who) in enumerate(STAGES):
        x = left + index * (width + gap)
        colour = colours[index]
        cx = titled_box(ax, x, bottom, width, height, title, colour)
        centres.append(cx)
        ax.text(cx, bottom + height / 2 - 0.05, question, ha="center", va="center", fontsize=11)
        ax.text(
            cx,
            bottom + 0.35,
            who,
            ha="center",
            va="center",
            fontsize=10,
            color="#444444",
            style="italic",
        )
        if index < len(STAGES) - 1:
            arrow_between(ax, x + width, gap, bottom + height / 2, inset=0.03)

    # Bracket over the three trial phases.
    x0 = centres[1] - width / 2
    x1 = centres[3] + width / 2
    y = bottom + height + 0.25
    ax.plot([x0, x0, x1, x1], [y - 0.1, y, y, y - 0.1], color=PALETTE[0], lw=2)
    ax.text(
        (x0 + x1) / 2,
        y + 0.25,
        TRIALS_LABEL,
        ha="center",
        va="center",
        fontsize=12,
        color=PALETTE[0],
        fontweight="bold",
    )

    # Approval and follow-up, below the row.
    ax.annotate(
        "",
        xy=(centres[4], 1.45),
        xytext=(centres[4], bottom - 0.03),
        arrowprops=dict(arrowstyle="-|>", color="#444444", lw=2),
    )
    ax.add_patch(
        plt.Rectangle(
            (4.6, 0.45), 6.05, 1.0, facecolor="white", edgecolor=PALETTE[2], linewidth=2.5
        )
    )
    ax.text(
        4.75,
        1.18,
        AFTER[0],
        ha="left",
        va="center",
        fontsize=12,
        fontweight="bold",
        color=PALETTE[2],
    )
    ax.text(4.75, 0.75, AFTER[1], ha="left", va="center", fontsize=10)

    ax.text(0.35, 0.15, GMP_LABEL, ha="left", va="center", fontsize=10, color="#444444")
    ax.set_title(TITLE)
    ax.set_axis_off()
