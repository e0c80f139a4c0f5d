"""`curriculum check`: every problem in the course's files, gathered from each feature."""

from __future__ import annotations

from curriculum.book.config_check import check_book_config
from curriculum.book.pages_check import check_pages
from curriculum.datasets import check as check_datasets
from curriculum.errors import Issue, sorted_issues
from curriculum.lessons.check import check_lessons
from curriculum.project import TOC_FILE, Project
from curriculum.quiz.banks import check_banks


def notebook_issues(project: Project, paths) -> list[Issue]:
    """Notebook checks, knowing which datasets exist (features compose here, not in each other)."""
    from curriculum.datasets.manifest import read_manifest
    from curriculum.notebooks.check import check_notebooks

    manifest, _ = read_manifest(project)
    known = set(manifest.datasets) if (project.data_dir / "datasets.yml").is_file() else None
    return check_notebooks(list(paths), project.relative, known)


def check_project(project: Project) -> list[Issue]:
    """All problems in the course, sorted by file and place; empty when it is ready to build."""
    issues = check_book_config(project)
    if any(issue.path == TOC_FILE for issue in issues):
        # The pages to check come from the TOC; a broken TOC is reported on its own first.
        return issues
    notebooks = sorted(project.notebooks_dir.glob("*.ipynb"))
    return sorted_issues(
        [
            *issues,
            *check_pages(project),
            *check_datasets(project),
            *check_banks(project),
            *check_lessons(project),
            *notebook_issues(project, notebooks),
        ]
    )
