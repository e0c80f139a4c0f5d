import pytest

from curriculum.check import check_project
from curriculum.errors import CurriculumError
from curriculum.scaffold import new_lesson, slugify


def test_new_lesson_creates_page_notebook_and_bank_and_lists_them(course):
    """The three files exist, are numbered after the last lesson, and are in the TOC."""
    lesson = new_lesson(course, "CAR-T: re-engineering immune cells")
    assert lesson.lesson_id == "02-car-t-re-engineering-immune-cells"
    assert [course.relative(p) for p in lesson.files] == [
        "lessons/02-car-t-re-engineering-immune-cells.md",
        "lessons/quizzes/02-car-t-re-engineering-immune-cells.yml",
        "notebooks/02-car-t-re-engineering-immune-cells.ipynb",
    ]
    toc = course.toc_path.read_text()
    assert "      - file: lessons/02-car-t-re-engineering-immune-cells\n" in toc


def test_new_lesson_passes_every_check(course):
    """A fresh lesson from the templates has no problems to fix before building."""
    new_lesson(course, "Gene editing")
    assert [i.format() for i in check_project(course)] == []


def test_new_lesson_has_the_lesson_anatomy(course):
    """The page has the front matter and every section of the lesson anatomy, in order."""
    page = new_lesson(course, "Stem cells").files[0].read_text()
    assert page.startswith('---\nid: "02-stem-cells"\ntitle: "Stem cells"\nminutes: 45\n')
    sections = [
        "Why it matters",
        "Learn",
        "Explore",
        "Check your understanding",
        "Think about it",
        "References",
    ]
    positions = [page.index(f"## {s}") for s in sections]
    assert positions == sorted(positions)
    assert "{teacher-notes}" in page and "{quiz} 02-stem-cells" in page


def test_existing_files_are_never_overwritten(course):
    """If any target exists, nothing is created and the TOC is unchanged."""
    (course.quizzes_dir / "02-genes.yml").write_text("title: mine\n")
    toc = course.toc_path.read_text()
    with pytest.raises(CurriculumError, match=r"lessons/quizzes/02-genes.yml already exist"):
        new_lesson(course, "Genes")
    assert (course.quizzes_dir / "02-genes.yml").read_text() == "title: mine\n"
    assert not (course.lessons_dir / "02-genes.md").exists()
    assert course.toc_path.read_text() == toc


def test_unknown_part_names_the_parts(course):
    """Asking for a part that does not exist lists the ones that do."""
    with pytest.raises(CurriculumError, match="Parts: Lessons, Reference"):
        new_lesson(course, "Genes", part="Nope")


def test_slugify_makes_safe_file_names():
    """Titles become short lower-case names with hyphens."""
    assert slugify("CAR-T: re-engineering immune cells!") == "car-t-re-engineering-immune-cells"
    assert slugify("???") == "lesson"


@pytest.mark.slow
def test_new_lesson_builds_strictly_in_both_editions(course):
    """The scaffold builds with warnings as errors, as student and teacher editions."""
    from curriculum.build import build_site

    new_lesson(course, "Gene editing")
    result = build_site(course, edition="both", progress=lambda message: None)
    assert result.ok, [i.format() for i in result.issues]
