"""Activity notebooks: student versions without solutions, checks, and cleaning.

Teachers keep one notebook per activity, with the solutions in it, marked the way Jupyter users
already know (nbgrader's conventions):

- the cell tag `solution` marks a solution cell; inside a solution code cell,
  `### BEGIN SOLUTION` / `### END SOLUTION` mark the part to hide (without markers, the whole
  cell is the solution);
- the cell tag `teacher-only` marks a cell students never see.
"""

from curriculum.notebooks.check import check_notebook, check_notebooks
from curriculum.notebooks.student import (
    STUDENT_PIPELINE,
    make_student_version,
    write_student_versions,
)

__all__ = [
    "STUDENT_PIPELINE",
    "check_notebook",
    "check_notebooks",
    "make_student_version",
    "write_student_versions",
]
