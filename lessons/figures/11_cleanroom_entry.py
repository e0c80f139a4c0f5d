"""From the visitors' corridor to the grade A work zone: a simplified floor plan.

A diagram (no data). Real facilities differ. Grades, airlocks (change rooms) and clothing follow
EU GMP Annex 1 as published by Health Canada (GUI-0119) and summaries of its gowning section:
people enter cleanrooms through change rooms that act as airlocks; grade A is the critical zone,
usually a cabinet with its own clean airflow inside a grade B room; grades C and D are for less
critical steps. Visitors usually watch through windows from a corridor. Labels are kept in the
lists below so they can be translated.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch, Rectangle

from curriculum.plotting import PALETTE, course_style

# (label, clothing worn inside, colour, width, has a window to the corridor); staff route order.
ROOMS = [
    ("Airlock", "change\nclothes", "#444444", 1.5, False),
    ("Grade C or D", "hair and beard\ncover, clean suit", PALETTE[2], 2.9, True),
    ("Airlock", "change\nagain", "#444444", 1.5, False),
    ("Grade B room", "sterile suit, mask,\ngoggles, gloves, boots", PALETTE[0], 4.0, True),
]
CABINET = "Grade A\ncabinet"
CORRIDOR = "Visitors' corridor: you watch through the windows"
STAFF_DOOR = "staff\nonly"
WINDOW = "window"
CLEANER = "staff walk in this way: cleaner air, stricter clothing"
TITLE = "From the corridor to grade A (a simplified plan)"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 5.2))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.2)

    floor, top = 1.6, 4.1
    x = 0.5
    for label, clothing, colour, width, has_window in ROOMS:
        is_airlock = label == ROOMS[0][0]
        ax.add_patch(
            Rectangle(
                (x, floor),
                width,
                top - floor,
                facecolor="#f2f2f2" if is_airlock else "white",
                edgecolor=colour,
                linewidth=2.5,
            )
        )
        ax.text(
            x + width / 2,
            top - 0.3,
            label,
            ha="center",
            va="center",
            fontsize=12,
            fontweight="bold",
            color=colour,
        )
        if label == ROOMS[3][0]:
            # Grade A cabinet inside the grade B room; clothing text to its left.
            ax.add_patch(
                FancyBboxPatch(
                    (x + width - 1.45, floor + 0.35),
                    1.2,
                    1.0,
                    boxstyle="round,pad=0.03,rounding_size=0.1",
                    facecolor="white",
                    edgecolor=PALETTE[3],
                    linewidth=2.5,
                )
            )
            ax.text(
                x + width - 0.85,
                floor + 0.85,
                CABINET,
                ha="center",
                va="center",
                fontsize=11,
                fontweight="bold",
                color=PALETTE[3],
            )
            ax.text(x + 1.3, floor + 1.25, clothing, ha="center", va="center", fontsize=10)
        else:
            ax.text(x + width / 2, floor + 1.1, clothing, ha="center", va="center", fontsize=10)
        if has_window:
            ax.plot(
                [x + 0.5, x + width - 0.5 if width < 3.5 else x + 2.2],
                [floor, floor],
                color=PALETTE[1],
                lw=6,
                solid_capstyle="butt",
            )
            ax.text(
                x + 0.5, floor + 0.2, WINDOW, ha="left", va="center", fontsize=10, color=PALETTE[1]
            )
        x += width

    # The visitors' corridor along the front of the rooms.
    ax.add_patch(
        Rectangle(
            (0.5, 0.4), x - 0.5, floor - 0.4, facecolor="white", edgecolor="#777777", linewidth=2
        )
    )
    ax.text(0.5 + (x - 0.5) / 2 + 0.6, 0.95, CORRIDOR, ha="center", va="center", fontsize=12)
    # Staff door from the corridor into the first airlock.
    ax.plot([0.8, 1.7], [floor, floor], color="white", lw=5)
    ax.text(1.25, 0.95, STAFF_DOOR, ha="center", va="center", fontsize=10, color="#444444")

    # Arrow: the further in, the cleaner the air and the stricter the clothing.
    ax.annotate(
        "",
        xy=(10.4, 4.55),
        xytext=(0.8, 4.55),
        arrowprops=dict(arrowstyle="-|>", color="#444444", lw=2),
    )
    ax.text(5.6, 4.85, CLEANER, ha="center", va="center", fontsize=11, color="#444444")
    ax.set_title(TITLE)
    ax.set_axis_off()
