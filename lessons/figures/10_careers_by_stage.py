"""Lesson 10, figure 2: how many roles the careers dataset lists at each stage of the path
from research to patient."""

from curriculum import datasets, plotting

careers = datasets.load("careers")
# The helper puts the stages in value-chain order and adds the as-of date and a note that
# names the dataset file (every row of the file names its own source page).
ax = plotting.careers_by_stage(careers)
