"""Clean-room grades as nested zones, with airlocks between them.

A diagram (no data). Grades follow EU GMP Annex 1 (as also published by Health Canada, GUI-0119).
The particle limits are the maximum number of particles of 0.5 micrometres or larger per cubic
metre of air "at rest" (and, in the note, "in operation"), as tabulated from the PIC/S and EU GMP
guides by Galvez-Martin et al., Stem Cells Int 2016, Table 3 (doi:10.1155/2016/9783408); the same
0.5 micrometre limits appear in EU GMP Annex 1 (2008 and 2022 versions). Labels are kept in the
ZONES list so they can be translated.
"""

import matplotlib.pyplot as plt

from curriculum.plotting import PALETTE, course_style

# (label, what happens there, particle limit at rest, colour); outermost first.
ZONES = [
    ("Grade D", "least strict of the four", "3,520,000", PALETTE[5]),
    ("Grade C", "less critical steps", "352,000", PALETTE[2]),
    ("Grade B", "room around grade A", "3,520", PALETTE[0]),
    ("Grade A", "cabinet where bags\nor flasks are opened", "3,520", PALETTE[3]),
]
OUTSIDE = "Corridor (normal air)"
AIRLOCK = "airlock"
LIMIT_HEADER = "Max. particles per m³\n(0.5 µm or larger, at rest)"
IN_USE_NOTE = "While people work,\ngrade A must stay at 3,520;\ngrade B may rise to 352,000."
TITLE = "Clean-room grades: cleaner air towards the centre"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 6))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 6)

    # Outside
    ax.text(0.6, 5.5, OUTSIDE, ha="left", va="center", fontsize=11, color="#444444")
    # Nested zones: each a rectangle inside the last one.
    x, y, w, h = 0.6, 0.4, 7.1, 4.8
    step = 0.75
    for index, (label, detail, limit, colour) in enumerate(ZONES):
        ax.add_patch(
            plt.Rectangle(
                (x, y), w, h, facecolor="white", edgecolor=colour, linewidth=3, zorder=index
            )
        )
        ax.text(
            x + 0.12,
            y + h - 0.28,
            label,
            ha="left",
            va="center",
            fontsize=13,
            fontweight="bold",
            color=colour,
            zorder=10,
        )
        if index < len(ZONES) - 1:
            ax.text(
                x + 1.35,
                y + h - 0.28,
                detail.replace("\n", " "),
                ha="left",
                va="center",
                fontsize=10,
                color="#333333",
                zorder=10,
            )
        else:
            ax.text(
                x + w / 2,
                y + h / 2 - 0.15,
                detail,
                ha="center",
                va="center",
                fontsize=11,
                zorder=10,
            )
        if index < len(ZONES) - 2:
            # Airlock into the next zone in. People do not walk into grade A: it is the work
            # zone inside a cabinet, so there is no airlock in front of it.
            ax.add_patch(
                plt.Rectangle(
                    (x + step - 0.32, y + 0.6),
                    0.64,
                    0.55,
                    facecolor="#eeeeee",
                    edgecolor="#444444",
                    lw=1.5,
                    zorder=20,
                )
            )
            ax.text(x + step, y + 0.875, AIRLOCK, ha="center", va="center", fontsize=10, zorder=21)
        # Particle limits in a column on the right.
        ty = 4.9 - index * 1.05
        ax.text(
            8.1,
            ty,
            f"{label}: {limit}",
            ha="left",
            va="center",
            fontsize=12,
            color=colour,
            fontweight="bold",
        )
        x, y, w, h = x + step, y + 0.55, w - 2 * step, h - 0.55 - 0.5
    # The entry door from the corridor into grade D.
    ax.add_patch(
        plt.Rectangle(
            (0.6 - 0.32, 1.0),
            0.64,
            0.55,
            facecolor="#eeeeee",
            edgecolor="#444444",
            lw=1.5,
            zorder=20,
        )
    )
    ax.text(0.6, 1.275, AIRLOCK, ha="center", va="center", fontsize=10, zorder=21)

    ax.text(8.1, 5.75, LIMIT_HEADER, ha="left", va="center", fontsize=10, color="#444444")
    ax.text(8.1, 0.9, IN_USE_NOTE, ha="left", va="center", fontsize=10, color="#444444")
    ax.set_title(TITLE)
    ax.set_axis_off()
