"""Lesson 7, figure 1: approvals of cell and gene therapies per year, one colour per regulator.
Every bar is counted from the course dataset (data/approvals.csv), not typed in."""

from curriculum import datasets, plotting

approvals = datasets.load("approvals")
# The helper stacks one colour per agency and adds the as-of date and a note that names the
# dataset file (every row of the file names its own source page).
ax = plotting.approvals_per_year(approvals, by="agency")
