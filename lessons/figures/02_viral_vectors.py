"""Lesson 02 figure: where the delivered gene ends up. A lentiviral vector puts the gene into
the cell's own DNA, so both cells keep it when the cell divides; an AAV vector's DNA stays as a
separate small loop in the nucleus and is not copied when the cell divides. Labels are kept here
as strings so that they can be translated."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Ellipse

from curriculum.plotting import PALETTE, course_style

PANELS = [
    {
        "title": "Lentiviral vector",
        "note": (
            "The new gene becomes part of\nthe cell's own DNA. When the cell\n"
            "divides, both new cells keep it."
        ),
        "used": "Used ex vivo, e.g. Kymriah, Zynteglo",
        "integrated": True,
        "colour": PALETTE[3],
    },
    {
        "title": "AAV vector",
        "note": (
            "The new gene stays as a small\nseparate loop of DNA. It is not\n"
            "copied when the cell divides."
        ),
        "used": "Used in vivo, e.g. Luxturna, Zolgensma",
        "integrated": False,
        "colour": PALETTE[2],
    },
]
CELL, NUCLEUS, DNA, NEW_GENE = "cell", "nucleus", "cell's DNA", "new gene"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 6))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 6)
    for i, panel in enumerate(PANELS):
        x0 = 0.2 + i * 5.6
        cx, cy = x0 + 2.4, 3.6
        c = panel["colour"]
        ax.text(x0, 5.9, panel["title"], fontsize=15, fontweight="bold", color=c, va="top")
        # The cell and its nucleus.
        ax.add_patch(Ellipse((cx, cy), 4.6, 2.9, facecolor="#f4f4f4", edgecolor="#666666", lw=2))
        ax.add_patch(Circle((cx, cy), 1.1, facecolor="white", edgecolor="#666666", lw=2))
        ax.text(x0 + 0.35, cy + 1.0, CELL, fontsize=11, color="#444444")
        ax.text(cx, cy + 0.75, NUCLEUS, fontsize=11, color="#444444", ha="center")
        # The cell's own DNA (a chromosome) drawn as a line.
        ax.plot([cx - 0.85, cx + 0.85], [cy, cy], color="#333333", lw=4, solid_capstyle="round")
        ax.text(cx, cy - 0.35, DNA, fontsize=10, color="#333333", ha="center")
        if panel["integrated"]:
            ax.plot([cx - 0.25, cx + 0.25], [cy, cy], color=c, lw=8, solid_capstyle="butt")
            ax.annotate(
                NEW_GENE,
                xy=(cx + 0.1, cy + 0.08),
                xytext=(cx + 1.35, cy + 1.55),
                fontsize=11,
                color=c,
                fontweight="bold",
                arrowprops=dict(arrowstyle="-", color=c, lw=1.5),
            )
        else:
            ax.add_patch(Circle((cx, cy + 0.35), 0.17, facecolor="none", edgecolor=c, lw=4))
            ax.annotate(
                NEW_GENE,
                xy=(cx + 0.15, cy + 0.45),
                xytext=(cx + 1.35, cy + 1.55),
                fontsize=11,
                color=c,
                fontweight="bold",
                arrowprops=dict(arrowstyle="-", color=c, lw=1.5),
            )
        ax.text(x0, 1.75, panel["used"], fontsize=12, style="italic", color="#333333", va="center")
        ax.text(x0, 1.4, panel["note"], fontsize=12, va="top")
    ax.set_axis_off()
