"""Lesson 1 figure: how a cell reads a gene, DNA -> RNA -> protein (first three codons of a
teaching sequence modelled on the start of the beta-globin gene)."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

# Labels are kept here as strings so they can be translated later.
DNA_CODONS = ["ATG", "GTG", "CAC"]
RNA_CODONS = ["AUG", "GUG", "CAC"]
AMINO_ACIDS = ["Met", "Val", "His"]
ROW_LABELS = ["DNA", "RNA", "Protein"]
ROW_NOTES = ["kept in the nucleus", "a working copy", "a chain of amino acids"]
STEP_LABELS = ["Transcription: copy DNA into RNA", "Translation: read 3 letters at a time"]
TITLE = "From gene to protein"

with course_style():
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 6.2)
    rows_y = [5.0, 3.0, 1.0]
    xs = [4.2, 5.9, 7.6]
    colours = [PALETTE[0], PALETTE[2], PALETTE[1]]

    for y, label, note in zip(rows_y, ROW_LABELS, ROW_NOTES, strict=False):
        ax.text(0.2, y + 0.15, label, fontsize=15, fontweight="bold", va="center")
        ax.text(0.2, y - 0.35, note, fontsize=11, color="#444444", va="center")

    for row, codons in enumerate([DNA_CODONS, RNA_CODONS]):
        for x, codon in zip(xs, codons, strict=False):
            ax.add_patch(
                FancyBboxPatch(
                    (x - 0.7, rows_y[row] - 0.4),
                    1.4,
                    0.8,
                    boxstyle="round,pad=0.05",
                    facecolor="white",
                    edgecolor=colours[row],
                    linewidth=2,
                )
            )
            ax.text(
                x, rows_y[row], codon, fontsize=14, ha="center", va="center", family="monospace"
            )
        ax.text(xs[-1] + 1.2, rows_y[row], "...", fontsize=14, va="center")

    for i, (x, amino) in enumerate(zip(xs, AMINO_ACIDS, strict=False)):
        ax.add_patch(
            Circle((x, rows_y[2]), 0.55, facecolor=colours[2], edgecolor="#333333", alpha=0.9)
        )
        ax.text(x, rows_y[2], amino, fontsize=13, ha="center", va="center")
        if i < len(xs) - 1:
            ax.plot([x + 0.55, xs[i + 1] - 0.55], [rows_y[2]] * 2, color="#333333", linewidth=2)
    ax.text(xs[-1] + 1.2, rows_y[2], "...", fontsize=14, va="center")

    for top, bottom, text in zip(rows_y[:-1], rows_y[1:], STEP_LABELS, strict=False):
        ax.add_patch(
            FancyArrowPatch(
                (xs[1], top - 0.5),
                (xs[1], bottom + 0.62),
                arrowstyle="-|>",
                mutation_scale=22,
                linewidth=2,
                color="#333333",
            )
        )
        ax.text(
            xs[1] + 0.25,
            (top + bottom) / 2,
            text,
            fontsize=11,
            ha="left",
            va="center",
            color="#333333",
        )

    ax.set_title(TITLE, fontsize=15)
    ax.set_axis_off()
