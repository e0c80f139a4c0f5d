"""The two editions of the course site.

The teacher edition is the course as written. The student edition is built from a copy of the
course in which:
- `{teacher-notes}` blocks are removed from pages (so they are in no page, search index or
  page source);
- notebooks are student versions (see curriculum.notebooks): no solutions, no teacher-only
  cells. Their outputs come from the teacher notebook's cached run, kept only up to the first
  exercise, because later outputs may depend on (and so reveal) an answer.

Quizzes stay: they are self-checks, and checking in the browser needs the answers in the page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat

from curriculum.notebooks.student import make_student_version
from curriculum.project import BUILD_DIR, Project

TEACHER_NOTES = "teacher-notes"
_OPENING = re.compile(r"^(?P<fence>`{3,}|:{3,})\{" + TEACHER_NOTES + r"\}")


def strip_teacher_notes(text: str) -> str:
    """The page without its {teacher-notes} blocks (``` or ::: fences, any length)."""
    out, fence = [], None
    for line in text.splitlines(keepends=True):
        if fence is None:
            match = _OPENING.match(line)
            if match:
                fence = match["fence"]
                continue
            out.append(line)
        elif line.strip() and set(line.strip()) == {fence[0]} and len(line.strip()) >= len(fence):
            fence = None
    return "".join(out)


def student_notebook(teacher: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student version, keeping outputs only before the first changed cell."""
    student = make_student_version(teacher)
    cut = _first_exercise(teacher, student)
    for cell in student.cells[cut:]:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return student


def _first_exercise(teacher, student) -> int:
    teacher_sources = [c.source for c in teacher.cells]
    for index, cell in enumerate(student.cells):
        if cell.source not in teacher_sources:
            return index
    return len(student.cells)


def prepare_student_source(project: Project, executed, changed: set[str] | None = None) -> Project:
    """Write the student edition's source tree under _build/ and return it as a course.

    `executed(path)` gives a notebook with its cached outputs (or None to use the file as is).
    Files are only rewritten when their content changes, so Sphinx rebuilds only what changed;
    notebooks are only derived again when they are named in `changed` (None: all of them),
    because that needs the execution cache.
    """
    target = project.student_source_dir
    wanted: set[Path] = set()
    for path in project.content_files():
        relative = path.relative_to(project.root)
        destination = target / relative
        wanted.add(destination)
        if path.suffix == ".md":
            _write_if_changed(destination, strip_teacher_notes(path.read_text(encoding="utf-8")))
        elif path.suffix == ".ipynb":
            name = relative.as_posix()
            if changed is not None and name not in changed and destination.is_file():
                continue
            notebook = executed(path) or nbformat.read(path, as_version=4)
            _write_if_changed(destination, nbformat.writes(student_notebook(notebook)) + "\n")
        else:
            _copy_if_changed(path, destination)
    # Files the build itself makes inside the source tree (figures drawn by `course-figure`,
    # under _build/) are not stale: deleting them would make Sphinx re-read every page that
    # shows one.
    generated = target / BUILD_DIR
    for stale in [
        p
        for p in target.rglob("*")
        if p.is_file() and p not in wanted and generated not in p.parents
    ]:
        stale.unlink()
    return Project(target)


def _write_if_changed(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _copy_if_changed(source: Path, destination: Path) -> None:
    if destination.is_file() and destination.read_bytes() == source.read_bytes():
        return
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, destination)
