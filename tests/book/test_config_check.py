import shutil

import pytest

from curriculum.book.config_check import check_book_config, pages_in_toc
from curriculum.project import Project
from tests.conftest import BAD, REPO


def use(course, bad_file: str, as_name: str) -> None:
    shutil.copy(BAD / bad_file, course.root / as_name)


def found(course) -> list[tuple[str, str, str]]:
    return [(i.path, i.where, i.code) for i in check_book_config(course)]


def test_fixture_course_is_clean(course):
    """The fixture course has no configuration problems."""
    assert check_book_config(course) == []


def test_real_course_is_clean():
    """The real course's _config.yml and _toc.yml have no problems."""
    assert [i.format() for i in check_book_config(Project.at(REPO))] == []


def test_config_syntax_error_names_the_line(course):
    """Broken YAML in _config.yml is one issue at the line where parsing failed."""
    use(course, "config-invalid-yaml.yml", "_config.yml")
    assert found(course) == [("_config.yml", "5", "yaml-syntax")]


def test_config_misspelt_keys_are_reported_at_their_lines(course):
    """Jupyter Book ignores unknown settings silently; we name each one and its line."""
    use(course, "config-misspelt-key.yml", "_config.yml")
    issues = check_book_config(course)
    assert [(i.where, i.code) for i in issues] == [("2", "unknown-key"), ("5", "unknown-key")]
    assert "'exectue'" in issues[0].message
    assert "'html.use_edit_page_buton'" in issues[1].message


def test_config_values_of_the_wrong_type_are_all_reported(course):
    """Schema errors come with the key path and line of each bad value."""
    use(course, "config-wrong-value-type.yml", "_config.yml")
    issues = check_book_config(course)
    assert [(i.where, i.code) for i in issues] == [("3", "config-value"), ("4", "config-value")]
    assert "'execute.timeout'" in issues[1].message


def test_config_that_is_not_a_mapping_is_rejected(course):
    """A list at the top of _config.yml is one clear issue."""
    use(course, "config-not-a-mapping.yml", "_config.yml")
    assert found(course) == [("_config.yml", "1", "config-type")]


def test_config_settings_that_load_remote_content_are_refused(course):
    """Analytics and Thebe would make the site load from other hosts."""
    use(course, "config-analytics-on.yml", "_config.yml")
    issues = check_book_config(course)
    assert [(i.where, i.code) for i in issues] == [("4", "remote-content"), ("6", "remote-content")]
    assert "offline" in issues[0].message


def test_missing_config_file_is_reported(course):
    """Without _config.yml the check says so instead of failing."""
    course.config_path.unlink()
    assert ("_config.yml", "", "missing-file") in found(course)


def test_toc_syntax_error_names_the_line(course):
    """Broken indentation in _toc.yml is reported at its line."""
    use(course, "toc-invalid-yaml.yml", "_toc.yml")
    assert found(course) == [("_toc.yml", "7", "yaml-syntax")]


def test_toc_entry_for_a_missing_file_names_line_and_file(course):
    """A listed page that does not exist is reported with what was looked for."""
    use(course, "toc-missing-file.yml", "_toc.yml")
    issues = check_book_config(course)
    assert [(i.where, i.code) for i in issues] == [("7", "toc-missing-file")]
    assert "lessons/02-no-such-lesson.md" in issues[0].message


def test_toc_page_listed_twice_is_reported(course):
    """The same page with and without its suffix counts as a duplicate."""
    use(course, "toc-duplicate-file.yml", "_toc.yml")
    issues = check_book_config(course)
    assert [(i.where, i.code) for i in issues] == [("12", "toc-duplicate")]
    assert "first on line 6" in issues[0].message


def test_toc_part_problems_are_all_reported(course):
    """A part without caption and a misspelt 'chapters' key are separate issues."""
    use(course, "toc-part-without-caption.yml", "_toc.yml")
    assert found(course) == [
        ("_toc.yml", "4", "toc-caption"),
        ("_toc.yml", "8", "toc-chapters"),
        ("_toc.yml", "9", "toc-key"),
    ]


def test_toc_needs_book_format_and_root(course):
    """The course is a jb-book with a root page."""
    use(course, "toc-wrong-format-no-root.yml", "_toc.yml")
    codes = sorted(code for _, _, code in found(course))
    assert codes == ["toc-format", "toc-root"]


def test_lesson_left_out_of_toc_is_reported(course):
    """A lesson page that exists but is not listed would silently never be built."""
    (course.lessons_dir / "02-genes.md").write_text("# Genes\n")
    issues = check_book_config(course)
    assert [(i.path, i.code) for i in issues] == [("_toc.yml", "toc-left-out")]
    assert "add '- file: lessons/02-genes'" in issues[0].message


def test_notebook_left_out_of_toc_is_reported(course):
    """Notebooks are pages too: one that is not listed is never executed or shown."""
    shutil.copy(BAD / "notebook-raises-error.ipynb", course.notebooks_dir / "03-extra.ipynb")
    issues = check_book_config(course)
    assert ["notebooks/03-extra.ipynb" in i.message for i in issues] == [True]


@pytest.mark.parametrize("bad_file", sorted(p.name for p in BAD.glob("toc-*.yml")))
def test_every_broken_toc_gives_at_least_one_issue(course, bad_file):
    """No broken TOC fixture passes the check."""
    use(course, bad_file, "_toc.yml")
    assert check_book_config(course)


def test_pages_in_toc_are_in_toc_order(course):
    """The build executes the notebooks the TOC lists, found by their real file names."""
    pages = [course.relative(p) for p in pages_in_toc(course)]
    assert pages == [
        "index.md",
        "lessons/01-cells.md",
        "notebooks/01-growth.ipynb",
        "notebooks/02-codons.ipynb",
        "parts/maths.md",
        "appendices/data-milestones.md",
        "appendices/glossary.md",
    ]
