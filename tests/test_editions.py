"""The student edition holds no solution, teacher-only cell or teacher note, anywhere."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from curriculum.editions import TEACHER_NOTES, strip_teacher_notes, student_notebook
from curriculum.notebooks.markers import SOLUTION_TAG, TEACHER_ONLY_TAG, has_tag, marker_lines

pytestmark = pytest.mark.slow


def secret_lines(project) -> list[str]:
    """Every line students must not see: teacher notes, solutions, teacher-only cells."""
    secrets, public = [], []
    for page in project.root.rglob("*.md"):
        if "_build" in page.parts:
            continue
        text = page.read_text()
        for block in re.findall(r"```\{" + TEACHER_NOTES + r"\}\n(.*?)```", text, re.S):
            secrets += block.splitlines()
        public.append(readable(strip_teacher_notes(text)))
    # Quiz explanations are shown to students after they answer.
    public += [readable(bank.read_text()) for bank in project.quizzes_dir.glob("*.yml")]
    for path in project.notebooks_dir.glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            if has_tag(cell, TEACHER_ONLY_TAG) or (
                has_tag(cell, SOLUTION_TAG) and not marker_lines(cell.source)
            ):
                secrets += cell.source.splitlines()
            elif has_tag(cell, SOLUTION_TAG):
                inside = False
                for line in cell.source.splitlines():
                    if "BEGIN SOLUTION" in line:
                        inside = True
                    elif "END SOLUTION" in line:
                        inside = False
                    elif inside:
                        secrets.append(line)
    # Short lines ("x = 1", "information.", a table's "| --- |") match by chance in a course
    # this size; distinctive lines (30+ characters, 5+ words) prove the point.
    # A teacher note may repeat a sentence that students also read in the lesson itself.
    everyone_reads = "\n".join(public)
    return [
        s.strip()
        for s in secrets
        if is_distinctive(s.strip()) and readable(s) not in everyone_reads
    ]


def readable(text: str) -> str:
    """Source text as it reads on the page: no citation roles, one space between words."""
    text = re.sub(r"\s*\{cite(:\w+)?\}`[^`]*`", "", text)
    return " ".join(text.split())


def is_distinctive(line: str) -> bool:
    return len(line) >= 30 and len(re.findall(r"[A-Za-z]{2,}", line)) >= 5


def every_file_text(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_bytes().decode("utf-8", errors="ignore")
        for p in folder.rglob("*")
        if p.is_file()
    }


def leaks(project) -> set[tuple[str, str]]:
    """(file, secret) for every secret line found in any file of the student edition."""
    files = every_file_text(project.html_dir)
    return {
        (name, secret)
        for secret in secret_lines(project)
        for name, text in files.items()
        if secret in text or secret.replace("'", "&#39;") in text
    }


def test_the_fixture_has_secrets_to_look_for(built_course):
    """The leak test below is only meaningful if there is something to leak."""
    assert len(secret_lines(built_course)) >= 4


def test_the_leak_search_finds_a_planted_secret(built_course, tmp_path):
    """The search would notice a teacher note that reached a student page."""
    html = tmp_path / "html"
    shutil.copytree(built_course.html_dir, html)
    secret = secret_lines(built_course)[0]
    (html / "planted.html").write_text(f"<p>{secret}</p>")
    course = SimpleNamespace(
        root=built_course.root,
        notebooks_dir=built_course.notebooks_dir,
        quizzes_dir=built_course.quizzes_dir,
        html_dir=html,
    )
    assert leaks(course) == {("planted.html", secret)}


def test_student_edition_contains_no_secret_anywhere(built_course):
    """Pages, search index, page sources and downloadable notebooks: no secret line."""
    assert leaks(built_course) == set()


def test_teacher_edition_has_the_teacher_notes(built_course):
    """The teacher edition shows the notes, titled, and the solutions."""
    page = (built_course.build_dir / "teacher" / "html" / "lessons" / "01-cells.html").read_text()
    assert "Teacher notes" in page and "Misconception to watch for" in page


def test_student_notebook_download_has_stubs_not_solutions(built_course):
    """The notebook students download from the site is the student version."""
    path = built_course.html_dir / "_sources" / "notebooks" / "01-growth.ipynb"
    notebook = nbformat.read(path, as_version=4)
    sources = "\n".join(c.source for c in notebook.cells)
    assert "raise NotImplementedError()" in sources
    assert "BEGIN SOLUTION" not in sources


def test_strip_teacher_notes_handles_both_fence_styles():
    """Backtick and colon fences of any length are removed with their content."""
    text = "a\n```{teacher-notes}\nsecret\n```\nb\n::::{teacher-notes}\nsecret\n::::\nc\n"
    assert strip_teacher_notes(text) == "a\nb\nc\n"


def test_student_notebook_keeps_outputs_only_before_the_first_exercise():
    """Outputs after an exercise could reveal its answer, so they are cleared."""
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    teacher = new_notebook(
        cells=[
            new_code_cell(
                "a = 1", outputs=[new_output("stream", text="before")], execution_count=1
            ),
            new_code_cell("b = 2", metadata={"tags": ["solution"]}, execution_count=2),
            new_code_cell("print(b)", outputs=[new_output("stream", text="2")], execution_count=3),
        ]
    )
    student = student_notebook(teacher)
    assert [bool(c.outputs) for c in student.cells] == [True, False, False]


@pytest.mark.content
def test_real_course_student_edition_contains_no_secret_anywhere(built_real_course):
    """The same search over every file of the real course's student edition."""
    assert len(secret_lines(built_real_course)) > 500  # notes and answers to look for
    assert leaks(built_real_course) == set()
    assert (built_real_course.build_dir / "teacher" / "html" / "index.html").is_file()
