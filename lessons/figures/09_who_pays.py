"""Lesson 09 figure: a simple picture of who pays for a one-time cell or gene therapy.

A diagram (no data). The company sets a list price; a payer (a public health system or an
insurer) decides whether to cover the therapy and agrees a price; a specialist hospital gives
it; the patient pays a share or nothing, depending on the country and the plan. Below are three
payment ideas named in the lesson's sources: confidential discounts, paying over several years,
and paying back money if the therapy does not work (outcomes-based). Labels are kept in the
lists below so that they can be translated.
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

from curriculum.plotting import PALETTE, course_style

STEPS = [
    ("Company", "makes the therapy\nand sets a list price"),
    ("Payer", "public health system\nor insurer decides\nwhether to cover it"),
    ("Hospital", "a specialist centre\ngives the treatment"),
    ("Patient", "pays a share or\nnothing, depending\non the system"),
]
PRICE_LABEL = "agree a price"
DEALS_TITLE = "Ways payers and companies share the cost and the risk"
DEALS = [
    "Secret discount\non the list price",
    "Pay in parts\nover several years",
    "Money back if the\ntherapy does not work",
]
TITLE = "Who pays for a one-time therapy?"

with course_style():
    fig, ax = plt.subplots(figsize=(11, 5.8))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.8)

    ax.text(5.5, 5.45, TITLE, ha="center", va="center", fontsize=16, fontweight="bold")

    box_w, box_h, gap = 2.25, 1.9, 0.5
    left, bottom = 0.3, 2.75
    colours = [PALETTE[1], PALETTE[0], PALETTE[2], PALETTE[4]]
    centres = []
    for index, ((name, what), colour) in enumerate(zip(STEPS, colours, strict=False)):
        x = left + index * (box_w + gap)
        centres.append(x + box_w / 2)
        ax.add_patch(
            FancyBboxPatch(
                (x, bottom),
                box_w,
                box_h,
                boxstyle="round,pad=0.05",
                facecolor="white",
                edgecolor=colour,
                linewidth=2.5,
            )
        )
        ax.text(
            x + box_w / 2,
            bottom + box_h - 0.35,
            name,
            ha="center",
            va="center",
            fontsize=14,
            fontweight="bold",
            color=colour,
        )
        ax.text(
            x + box_w / 2, bottom + box_h / 2 - 0.25, what, ha="center", va="center", fontsize=11
        )
        if index < len(STEPS) - 1:
            ax.annotate(
                "",
                xy=(x + box_w + gap - 0.05, bottom + box_h / 2),
                xytext=(x + box_w + 0.08, bottom + box_h / 2),
                arrowprops=dict(arrowstyle="-|>", color="#444444", lw=2),
            )

    # The company and the payer agree a price (double arrow above the first two boxes).
    y = bottom + box_h + 0.3
    ax.annotate(
        "",
        xy=(centres[1], y),
        xytext=(centres[0], y),
        arrowprops=dict(arrowstyle="<|-|>", color="#444444", lw=1.8),
    )
    ax.text(
        (centres[0] + centres[1]) / 2,
        y + 0.28,
        PRICE_LABEL,
        ha="center",
        va="center",
        fontsize=11,
        style="italic",
    )

    # Payment ideas.
    ax.text(
        5.5,
        2.2,
        DEALS_TITLE,
        ha="center",
        va="center",
        fontsize=12,
        fontweight="bold",
        color="#333333",
    )
    deal_w, deal_h = 3.1, 1.15
    for index, deal in enumerate(DEALS):
        x = 0.55 + index * (deal_w + 0.45)
        ax.add_patch(
            FancyBboxPatch(
                (x, 0.45),
                deal_w,
                deal_h,
                boxstyle="round,pad=0.05",
                facecolor="#F2F2F2",
                edgecolor="#888888",
                linewidth=1.5,
            )
        )
        ax.text(x + deal_w / 2, 0.45 + deal_h / 2, deal, ha="center", va="center", fontsize=11)
    ax.set_axis_off()
