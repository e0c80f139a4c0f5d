"""Lesson 1 figure: one changed DNA letter (GAG -> GTG) changes one amino acid (Glu -> Val):
the sickle cell variant of the beta-globin gene, shown on a short teaching sequence."""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

USUAL = ["ATG", "GTG", "CAC", "CTG", "ACT", "CCT", "GAG", "GAG"]
SICKLE = ["ATG", "GTG", "CAC", "CTG", "ACT", "CCT", "GTG", "GAG"]
USUAL_AMINO = ["Met", "Val", "His", "Leu", "Thr", "Pro", "Glu", "Glu"]
SICKLE_AMINO = ["Met", "Val", "His", "Leu", "Thr", "Pro", "Val", "Glu"]
ROW_TITLES = ["Usual beta-globin gene", "Sickle cell variant"]
CODON_NUMBER = "Codon"
CHANGE_NOTE = "A changed to T"
CHANGED = 6  # index of codon 7, the changed codon

with course_style():
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.set_xlim(-0.2, 8.2)
    ax.set_ylim(0.5, 6)
    for number in range(8):
        ax.text(
            number + 0.5,
            5.65,
            f"{CODON_NUMBER} {number + 1}",
            fontsize=10,
            ha="center",
            color="#444444",
        )
    for top, title, codons, aminos in [
        (5.0, ROW_TITLES[0], USUAL, USUAL_AMINO),
        (2.3, ROW_TITLES[1], SICKLE, SICKLE_AMINO),
    ]:
        ax.text(0.0, top + 0.05, title, fontsize=13, fontweight="bold", va="bottom")
        for i, (codon, amino) in enumerate(zip(codons, aminos, strict=False)):
            changed = i == CHANGED
            edge = PALETTE[3] if changed else PALETTE[0]
            ax.add_patch(
                FancyBboxPatch(
                    (i + 0.08, top - 0.95),
                    0.84,
                    0.7,
                    boxstyle="round,pad=0.03",
                    facecolor="#fde8dc" if changed else "white",
                    edgecolor=edge,
                    linewidth=3 if changed else 1.5,
                )
            )
            ax.text(
                i + 0.5, top - 0.6, codon, fontsize=13, ha="center", va="center", family="monospace"
            )
            ax.text(
                i + 0.5,
                top - 1.45,
                amino,
                fontsize=12,
                ha="center",
                va="center",
                fontweight="bold" if changed else "normal",
                color=PALETTE[3] if changed else "#222222",
            )
    ax.annotate(
        CHANGE_NOTE,
        xy=(CHANGED + 0.45, 2.3 - 0.22),
        xytext=(CHANGED - 1.6, 2.45),
        fontsize=11,
        color=PALETTE[3],
        arrowprops={"arrowstyle": "->", "color": PALETTE[3], "linewidth": 1.5},
    )
    ax.set_axis_off()
