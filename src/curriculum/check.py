"""`curriculum check`: every problem in the course's files, gathered from each feature."""

from __future__ import annotations

from curriculum.book.config_check import check_book_config
from curriculum.errors import Issue, sorted_issues
from curriculum.project import Project


def check_project(project: Project) -> list[Issue]:
    """All problems in the course, sorted by file and place; empty when it is ready to build."""
    return sorted_issues(check_book_config(project))
