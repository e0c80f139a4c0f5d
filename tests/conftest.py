"""Shared fixtures: copies of the fixture course, and a built copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from curriculum.project import Project

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
FIXTURE_COURSE = FIXTURES / "course"
BAD = FIXTURES / "bad"
REPO = TESTS.parent


def copy_course(source: Path, target: Path) -> Project:
    """A private copy of a course, without any build output, that a test may change."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("_build", ".ipynb_checkpoints"))
    return Project.at(target)


@pytest.fixture
def course(tmp_path) -> Project:
    """A fresh copy of the fixture course."""
    return copy_course(FIXTURE_COURSE, tmp_path / "course")


@pytest.fixture(scope="session")
def built_course(tmp_path_factory) -> Project:
    """The fixture course, both editions built once per test session with `curriculum build`
    (student edition in html_dir, teacher edition in _build/teacher/html)."""
    from curriculum.build import build_site

    project = copy_course(FIXTURE_COURSE, tmp_path_factory.mktemp("built") / "course")
    result = build_site(project, edition="both", progress=lambda message: None)
    assert result.ok, "\n".join(issue.format() for issue in result.issues)
    return project


def real_course_copy(target: Path) -> Project:
    """A copy of the real course's content files (no build output, no code, no tests)."""
    real = Project.at(REPO)
    for path in real.content_files():
        destination = target / path.relative_to(real.root)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, destination)
    return Project.at(target)


@pytest.fixture(scope="session")
def built_real_course(tmp_path_factory):
    """A copy of the real course, both editions built with `curriculum build`."""
    from curriculum.build import build_site

    project = real_course_copy(tmp_path_factory.mktemp("real") / "course")
    result = build_site(project, edition="both", progress=lambda message: None)
    assert result.ok, "\n".join(issue.format() for issue in result.issues)
    return project
