"""Cas9 and its guide RNA at a target site next to a PAM (lesson 5).

A diagram, not data. The DNA letters are the made-up teaching sequence used in the lesson's
notebook (site with the PAM "CGG"); they are not from a real gene.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch, Rectangle

from curriculum.plotting import PALETTE, course_style

# Labels (kept here so they can be translated later).
LABEL_CAS9 = "Cas9 protein"
LABEL_GUIDE = "guide RNA: matches 20 letters"
LABEL_TARGET = "target (20 letters)"
LABEL_PAM = "PAM (NGG)"
LABEL_CUT = "cut here"
LABEL_DNA = "DNA"

LEFT = "CTT"  # a few letters before the target
TARGET = "ATGGGACTGACCTTAGCAAT"  # 20 letters
PAM = "CGG"  # N, G, G
RIGHT = "CAT"  # a few letters after the PAM

BLUE, ORANGE, GREEN, RED = PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3]
GREY = "#BBBBBB"

with course_style():
    fig, ax = plt.subplots(figsize=(10, 3.6))
    letters = LEFT + TARGET + PAM + RIGHT
    width = 0.36
    x0 = 0.4
    y_dna = 0.9

    # Cas9: a large rounded shape behind the target and PAM.
    start_target = x0 + len(LEFT) * width
    end_pam = start_target + (len(TARGET) + len(PAM)) * width
    ax.add_patch(
        FancyBboxPatch(
            (start_target - 0.25, y_dna - 0.55),
            end_pam - start_target + 0.5,
            2.55,
            boxstyle="round,pad=0.1,rounding_size=0.6",
            facecolor=GREEN,
            alpha=0.18,
            edgecolor=GREEN,
            linewidth=2,
        )
    )
    ax.text(
        end_pam + 0.35,
        y_dna + 1.85,
        LABEL_CAS9,
        color=GREEN,
        fontsize=13,
        fontweight="bold",
        ha="left",
        va="center",
    )

    # DNA letters, coloured by role.
    for i, base in enumerate(letters):
        x = x0 + i * width
        if len(LEFT) <= i < len(LEFT) + len(TARGET):
            colour = BLUE
        elif len(LEFT) + len(TARGET) <= i < len(LEFT) + len(TARGET) + len(PAM):
            colour = ORANGE
        else:
            colour = GREY
        ax.add_patch(Rectangle((x, y_dna), width * 0.92, 0.5, facecolor=colour, edgecolor="white"))
        ax.text(
            x + width * 0.46,
            y_dna + 0.25,
            base,
            ha="center",
            va="center",
            fontsize=11,
            color="white" if colour != GREY else "black",
            fontfamily="monospace",
            fontweight="bold",
        )
    ax.text(x0 - 0.15, y_dna + 0.25, LABEL_DNA, ha="right", va="center", fontsize=12)

    # Guide RNA: a bar above the 20 target letters.
    y_guide = y_dna + 0.95
    ax.add_patch(
        Rectangle(
            (start_target, y_guide), len(TARGET) * width - 0.03, 0.3, facecolor=RED, edgecolor=RED
        )
    )
    ax.text(
        start_target + len(TARGET) * width / 2,
        y_guide + 0.55,
        LABEL_GUIDE,
        ha="center",
        va="center",
        fontsize=12,
        color=RED,
    )
    for i in range(len(TARGET)):
        x = start_target + i * width + width * 0.46
        ax.plot([x, x], [y_dna + 0.52, y_guide - 0.02], color=RED, linewidth=1, alpha=0.6)

    # Braces-like labels under the target and the PAM.
    y_lab = y_dna - 0.3
    ax.annotate(
        "",
        xy=(start_target, y_lab),
        xytext=(start_target + len(TARGET) * width, y_lab),
        arrowprops=dict(arrowstyle="<->", color=BLUE, linewidth=1.5),
    )
    ax.text(
        start_target + len(TARGET) * width / 2,
        y_lab - 0.3,
        LABEL_TARGET,
        ha="center",
        va="center",
        fontsize=12,
        color=BLUE,
    )
    pam_x = start_target + len(TARGET) * width
    ax.annotate(
        "",
        xy=(pam_x, y_lab),
        xytext=(pam_x + len(PAM) * width, y_lab),
        arrowprops=dict(arrowstyle="<->", color=ORANGE, linewidth=1.5),
    )
    ax.text(
        pam_x + len(PAM) * width / 2 + 0.3,
        y_lab - 0.3,
        LABEL_PAM,
        ha="center",
        va="center",
        fontsize=12,
        color=ORANGE,
    )

    # The cut: 3 letters before the PAM.
    cut_x = pam_x - 3 * width - 0.015
    ax.plot(
        [cut_x, cut_x], [y_dna - 0.12, y_dna + 0.62], color="black", linewidth=2.5, linestyle="--"
    )
    ax.text(cut_x, y_dna - 1.05, LABEL_CUT, ha="center", va="center", fontsize=12)
    ax.annotate(
        "",
        xy=(cut_x, y_dna - 0.14),
        xytext=(cut_x, y_dna - 0.85),
        arrowprops=dict(arrowstyle="->", color="black"),
    )

    ax.set_xlim(-0.6, x0 + len(letters) * width + 2.6)
    ax.set_ylim(-0.45, 3.05)
    ax.set_aspect("equal")
    ax.set_axis_off()
