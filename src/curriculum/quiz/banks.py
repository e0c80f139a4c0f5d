"""Check every quiz bank of a course."""

from __future__ import annotations

from curriculum.errors import Issue, sorted_issues
from curriculum.project import Project
from curriculum.quiz.loader import QuizError, load


def check_banks(project: Project) -> list[Issue]:
    """Every problem in every bank under lessons/quizzes, with paths relative to the course."""
    issues: list[Issue] = []
    for path in project.quiz_banks():
        try:
            load(path)
        except QuizError as error:
            label = project.relative(path)
            issues += [Issue(label, i.where, i.code, i.message) for i in error.issues]
    return sorted_issues(issues)
