"""The route of a typical school visit to a cell-therapy company: five stops in order.

A diagram (no data). It shows a common plan for a visit, not the layout of any real company.
Labels are kept in the STOPS list so they can be translated.
"""

import matplotlib.pyplot as plt

from curriculum.plotting import PALETTE, course_style
from curriculum.plotting.diagrams import arrow_between, titled_box

# (number, stop, what you do there, colour)
STOPS = [
    ("1", "Welcome", "safety talk,\nsign in", PALETTE[5]),
    ("2", "Exhibition\nhall", "the company's\nstory, products", PALETTE[0]),
    ("3", "Production\nworkshop", "watch clean rooms\nthrough windows", PALETTE[3]),
    ("4", "R&D and\nQC labs", "see research\nand testing", PALETTE[2]),
    ("5", "Questions\nand thanks", "talk with staff,\nreflect", PALETTE[5]),
]
SHEET_LABELS = [
    "Bring your signed\nbefore sheet",
    "Fill in the during sheet",
    "After sheet:\nback at school",
]
SHEET_SPANS = [(0, 0), (1, 3), (4, 4)]
TITLE = "The route of a visit"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 4.4))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 4.4)

    width, height, gap, left, bottom = 1.8, 2.0, 0.35, 0.5, 1.0
    centres = []
    for index, (number, stop, detail, colour) in enumerate(STOPS):
        x = left + index * (width + gap)
        cx = titled_box(
            ax,
            x,
            bottom,
            width,
            height,
            f"{number}. {stop}",
            colour,
            rounded=True,
            title_from_top=0.5,
        )
        centres.append(cx)
        ax.text(cx, bottom + 0.5, detail, ha="center", va="center", fontsize=11)
        if index < len(STOPS) - 1:
            arrow_between(ax, x + width, gap, bottom + height / 2)

    # Which worksheet goes with which part of the visit.
    for label, (first, last) in zip(SHEET_LABELS, SHEET_SPANS, strict=False):
        x0 = centres[first] - width / 2
        x1 = centres[last] + width / 2
        y = bottom - 0.25
        ax.plot([x0, x0, x1, x1], [y + 0.1, y, y, y + 0.1], color="#444444", lw=1.5)
        ax.text(
            (x0 + x1) / 2, y - 0.4, label, ha="center", va="center", fontsize=11, color="#444444"
        )

    ax.set_title(TITLE)
    ax.set_axis_off()
