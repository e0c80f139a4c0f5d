"""The real course: clean checks and a strict plain Jupyter Book build of the repository."""

import subprocess
import sys
from pathlib import Path

import pytest

from curriculum.check import check_project
from curriculum.project import Project
from tests.conftest import REPO

pytestmark = pytest.mark.content


def test_real_course_has_no_problems():
    """`curriculum check` is clean on the course as committed."""
    assert [issue.format() for issue in check_project(Project.at(REPO))] == []


def test_plain_build_of_the_repository_is_clean(tmp_path):
    """`jupyter-book build .` in the repository itself, with its caches and tool folders,
    builds strictly; output goes to a temporary folder so the repository is not touched."""
    output = subprocess.run(
        [
            str(Path(sys.executable).with_name("jupyter-book")),
            "build",
            str(REPO),
            "--path-output",
            str(tmp_path),
            "-W",
            "-n",
            "--keep-going",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert output.returncode == 0, output.stdout[-3000:] + output.stderr
    assert (tmp_path / "_build" / "html" / "index.html").is_file()
