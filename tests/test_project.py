import pytest

from curriculum.errors import ProjectNotFoundError
from curriculum.project import Project


def test_find_walks_up_to_the_folder_with_config(course):
    """A command run in a subfolder finds the course root."""
    assert Project.find(course.lessons_dir).root == course.root


def test_find_outside_a_course_says_what_to_do(tmp_path):
    """Outside any course, the error names the folder and suggests --root."""
    with pytest.raises(ProjectNotFoundError, match=r"No course found.*--root"):
        Project.find(tmp_path)


def test_at_refuses_a_folder_without_config(tmp_path):
    """--root must point at a folder that holds _config.yml."""
    with pytest.raises(ProjectNotFoundError, match="is not a course folder"):
        Project.at(tmp_path)


def test_content_files_skip_build_output_and_tools(course):
    """Build output, virtual environments and hidden folders are not course content."""
    for folder in ("_build/html", ".venv/lib", "src/curriculum", ".git"):
        (course.root / folder).mkdir(parents=True)
        (course.root / folder / "x.txt").write_text("x")
    names = {course.relative(p) for p in course.content_files()}
    assert "lessons/01-cells.md" in names
    assert not any(n.startswith(("_build", ".venv", "src", ".git")) for n in names)


def test_relative_uses_forward_slashes(course):
    """Messages show paths relative to the course, as a user types them."""
    assert course.relative(course.lessons_dir / "01-cells.md") == "lessons/01-cells.md"
