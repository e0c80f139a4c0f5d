"""The vein-to-vein journey of one patient's cells, with the hand-over points where labels are
checked (chain of identity and chain of custody).

A diagram (no data). Labels are kept in the lists below so they can be translated.
"""

import matplotlib.pyplot as plt

from curriculum.plotting import PALETTE, course_style
from curriculum.plotting.diagrams import arrow_between, titled_box

# (title, detail, where: "hospital", "transport" or "factory")
STEPS = [
    ("1. Collect", "blood cells\ntaken from\nthe patient", "hospital"),
    ("2. Ship", "kept cold\nor frozen", "transport"),
    ("3. Make", "add the gene,\ngrow the\ncells", "factory"),
    ("4. Test", "release\ntests, then\nfreeze", "factory"),
    ("5. Ship", "kept frozen\non the way\nback", "transport"),
    ("6. Infuse", "check ID,\nthaw, drip\ninto a vein", "hospital"),
]
PLACE_COLOURS = {"hospital": PALETTE[0], "transport": PALETTE[1], "factory": PALETTE[2]}
PLACE_LABELS = {"hospital": "Hospital", "transport": "Courier", "factory": "Cell factory"}
CHECK_LABEL = "ID\ncheck"
HANDOVER_NOTE = (
    "At every hand-over: check that the labels match the patient's ID, and record who has the bag"
)
V2V_LABEL = "Vein-to-vein time: from collection to infusion, often several weeks"
TITLE = "The journey of one patient's cells"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 5.2))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.2)

    width, height, gap = 1.55, 1.9, 0.3
    left, bottom = 0.1, 2.2
    centres = []
    for index, (title, detail, place) in enumerate(STEPS):
        x = left + index * (width + gap)
        colour = PLACE_COLOURS[place]
        cx = titled_box(ax, x, bottom, width, height, title, colour)
        centres.append(cx)
        ax.text(cx, bottom + 0.7, detail, ha="center", va="center", fontsize=10)
        ax.text(
            cx,
            bottom + height + 0.25,
            PLACE_LABELS[place],
            ha="center",
            va="center",
            fontsize=11,
            color=colour,
            fontweight="bold",
        )
        if index < len(STEPS) - 1:
            # A hand-over: an arrow with an ID-check marker on it.
            x_mid = x + width + gap / 2
            arrow_between(ax, x + width, gap, bottom + height / 2)
            ax.plot(x_mid, bottom - 0.35, marker="D", markersize=14, color=PALETTE[3])
            ax.text(
                x_mid,
                bottom - 0.8,
                CHECK_LABEL,
                ha="center",
                va="center",
                fontsize=10,
                color=PALETTE[3],
            )
            ax.plot(
                [x_mid, x_mid],
                [bottom - 0.2, bottom + height / 2 - 0.12],
                color=PALETTE[3],
                lw=1,
                linestyle=":",
            )

    ax.text(5.5, 0.95, HANDOVER_NOTE, ha="center", va="center", fontsize=11, color=PALETTE[3])

    # Vein-to-vein bar along the bottom.
    ax.annotate(
        "",
        xy=(centres[-1], 0.35),
        xytext=(centres[0], 0.35),
        arrowprops=dict(arrowstyle="<|-|>", color=PALETTE[4], lw=2),
    )
    ax.text(
        5.5,
        0.6,
        V2V_LABEL,
        ha="center",
        va="center",
        fontsize=11,
        color=PALETTE[4],
        fontweight="bold",
    )

    ax.set_title(TITLE)
    ax.set_axis_off()
