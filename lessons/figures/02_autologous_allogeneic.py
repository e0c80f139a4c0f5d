"""Lesson 02 figure: autologous cells come from the patient and go back to the same patient;
allogeneic cells come from a donor, and one batch can make doses for several patients.
Labels are kept here as strings so that they can be translated."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

LABELS = {
    "auto_title": "Autologous: your own cells",
    "allo_title": "Allogeneic: cells from a donor",
    "patient": "Patient",
    "donor": "Donor",
    "lab": "Lab",
    "auto_lab": "1 batch for\n1 patient",
    "allo_lab": "1 batch for\nmany patients",
    "patients": ["Patient A", "Patient B", "Patient C"],
    "same": "(the same person)",
}


def person(ax, x, y, colour, label):
    """A simple person shape: a head and a body, with a label underneath."""
    ax.add_patch(Circle((x, y + 0.55), 0.22, facecolor=colour, edgecolor="none"))
    ax.add_patch(
        FancyBboxPatch(
            (x - 0.28, y - 0.2),
            0.56,
            0.5,
            boxstyle="round,pad=0.05",
            facecolor=colour,
            edgecolor="none",
        )
    )
    ax.text(x, y - 0.5, label, ha="center", va="center", fontsize=12)


def lab(ax, x, y, text, colour):
    ax.add_patch(
        FancyBboxPatch(
            (x - 0.8, y - 0.45),
            1.6,
            0.9,
            boxstyle="round,pad=0.05",
            facecolor="white",
            edgecolor=colour,
            linewidth=2.5,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=12)


def arrow(ax, start, end):
    ax.annotate("", xy=end, xytext=start, arrowprops=dict(arrowstyle="-|>", color="#333333", lw=2))


with course_style():
    fig, ax = plt.subplots(figsize=(11, 5.2))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.2)
    auto, allo = PALETTE[0], PALETTE[1]

    # Autologous: one patient, round trip.
    ax.text(0.2, 4.9, LABELS["auto_title"], fontsize=15, fontweight="bold", color=auto, va="top")
    person(ax, 1.0, 2.4, auto, LABELS["patient"])
    lab(ax, 3.3, 3.4, LABELS["auto_lab"], auto)
    arrow(ax, (1.35, 3.0), (2.45, 3.45))
    person(ax, 4.6, 1.2, auto, LABELS["patient"])
    arrow(ax, (3.6, 2.9), (4.3, 1.95))
    ax.text(2.5, 0.45, LABELS["same"], ha="center", fontsize=11, style="italic", color="#333333")

    # Allogeneic: one donor, many patients.
    ax.text(6.0, 4.9, LABELS["allo_title"], fontsize=15, fontweight="bold", color=allo, va="top")
    person(ax, 6.6, 2.4, PALETTE[5], LABELS["donor"])
    lab(ax, 8.4, 2.6, LABELS["allo_lab"], allo)
    arrow(ax, (6.95, 2.6), (7.55, 2.6))
    for label, y in zip(LABELS["patients"], (3.75, 2.25, 0.75), strict=False):
        person(ax, 10.3, y, allo, label)
        arrow(ax, (9.25, 2.6), (9.95, y + 0.2))
    ax.set_axis_off()
