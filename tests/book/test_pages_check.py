import shutil

from curriculum.book.pages_check import check_pages
from tests.conftest import BAD


def replace_notebook(course, bad_file):
    """Put a broken notebook in the TOC outside notebooks/ (those get the notebook checks)."""
    shutil.copy(BAD / bad_file, course.lessons_dir / "02-codons.ipynb")
    (course.notebooks_dir / "02-codons.ipynb").unlink()
    toc = course.toc_path.read_text().replace("notebooks/02-codons", "lessons/02-codons")
    course.toc_path.write_text(toc)


def test_readable_pages_give_no_issues(course):
    """The fixture course's pages are all readable."""
    assert check_pages(course) == []


def test_notebook_with_broken_json_names_the_line(course):
    """A hand-edited notebook with a stray comma is one issue at its line, not a traceback."""
    replace_notebook(course, "notebook-invalid-json.ipynb")
    [issue] = check_pages(course)
    assert (issue.path, issue.where, issue.code) == (
        "lessons/02-codons.ipynb",
        "3",
        "notebook-json",
    )


def test_notebook_without_kernel_says_how_to_fix_it(course):
    """A notebook that names no kernel cannot be executed; the message says what to do."""
    replace_notebook(course, "notebook-without-kernel.ipynb")
    [issue] = check_pages(course)
    assert issue.code == "notebook-kernel"
    assert "choose the Python 3 kernel" in issue.message


def test_page_that_is_not_utf8_is_reported(course):
    """A page saved in another encoding (e.g. GBK) is named, with the fix."""
    (course.lessons_dir / "01-cells.md").write_bytes("# 细胞\n".encode("gbk"))
    [issue] = check_pages(course)
    assert (issue.path, issue.code) == ("lessons/01-cells.md", "encoding")
