"""Lesson 3, figure 1: every milestone in the course dataset on one timeline."""

from curriculum import datasets, plotting

milestones = datasets.load("milestones")
# The helper draws one row per kind of event and adds the as-of date and the sources.
ax = plotting.milestone_timeline(milestones)
