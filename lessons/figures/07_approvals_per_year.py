"""Lesson 7, figure 1: approvals of cell and gene therapies per year, one colour per regulator.
Every bar is counted from the course dataset (data/approvals.csv), not typed in."""

import matplotlib.pyplot as plt

from curriculum import datasets, plotting
from curriculum.plotting import course_style

# Kept here as a string so that it can be translated.
SOURCE = "course dataset approvals.csv, from the regulators' pages (FDA, EMA, NMPA, MHRA, PMDA)"

approvals = datasets.load("approvals")
with course_style():
    # A wide figure, so that the legend beside the bars and the note below both fit.
    fig, ax = plt.subplots(figsize=(11, 5))
# The helper stacks one colour per agency and adds the as-of date and the source.
ax = plotting.approvals_per_year(approvals, by="agency", ax=ax, source=SOURCE)
