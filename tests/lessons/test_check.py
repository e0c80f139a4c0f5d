from curriculum.lessons.check import check_lessons

LESSON = "lessons/01-cells.md"


def edit(course, old, new, path=LESSON):
    file = course.root / path
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(course):
    return [(i.path, i.where, i.code) for i in check_lessons(course)]


def test_the_fixture_lessons_have_no_problems(course):
    assert problems(course) == []


def test_a_citation_missing_from_the_bibtex_file_is_reported_at_its_line(course):
    edit(course, "{cite}`nhgri-gene`", "{cite}`no-such-source`")
    [issue] = check_lessons(course)
    assert (issue.where, issue.code) == ("26", "unknown-citation")
    assert "'no-such-source'" in issue.message and "references.bib" in issue.message


def test_a_term_link_missing_from_the_glossary_is_reported(course):
    edit(course, "{term}`lymphocyte`", "{term}`neutrophil`")
    assert (LESSON, "21", "unknown-term") in problems(course)


def test_a_key_term_without_a_glossary_entry_is_reported(course):
    edit(course, 'key_terms: ["Lymphocyte"]', 'key_terms: ["Lymphocyte", "Platelet"]')
    assert problems(course) == [(LESSON, "12", "unknown-term")]


def test_an_unknown_standard_code_is_reported(course):
    edit(course, 'standards: ["HS-LS1-1"]', 'standards: ["HS-LS9-9"]')
    assert problems(course) == [(LESSON, "13", "unknown-standard")]


def test_a_notebook_activity_needs_the_lessons_notebook(course):
    edit(course, "activity: unplugged", "activity: notebook")
    [issue] = check_lessons(course)
    assert (issue.where, issue.code) == ("14", "missing-notebook")
    assert "notebooks/01-cells.ipynb" in issue.message


def test_a_quiz_objective_must_be_one_of_the_lessons_objectives(course):
    edit(
        course,
        "objective: Describe the parts of a cell.",
        "objective: Describe a cell.",
        path="lessons/quizzes/01-cells.yml",
    )
    [issue] = check_lessons(course)
    assert (issue.path, issue.where, issue.code) == (
        "lessons/quizzes/01-cells.yml",
        "26",
        "quiz-objective",
    )


def test_a_quiz_without_a_bank_is_reported_at_the_directive(course):
    edit(course, "```{quiz} 01-cells", "```{quiz} 01-cels")
    assert problems(course) == [(LESSON, "47", "missing-quiz")]


def test_a_figure_needs_its_script_and_alt_text(course):
    edit(course, ":alt: A line rising faster and faster: 1 cell on day 0, 32 cells on day 5.\n", "")
    edit(course, "lessons/figures/01_doubling.py", "lessons/figures/01_gone.py")
    assert problems(course) == [(LESSON, "35", "figure-alt"), (LESSON, "35", "missing-figure")]


def test_a_bibtex_entry_missing_a_field_the_build_needs_is_reported(course):
    bib = course.root / "references.bib"
    bib.write_text(
        bib.read_text(encoding="utf-8")
        + "\n@article{no-author,\n  title = {T},\n  journal = {J},\n  year = {2020},\n}\n",
        encoding="utf-8",
    )
    [issue] = check_lessons(course)
    assert (issue.path, issue.where, issue.code) == ("references.bib", "7", "bibtex-field")
    assert "@article 'no-author' has no author" in issue.message


def test_a_bibtex_key_defined_twice_is_reported(course):
    bib = course.root / "references.bib"
    bib.write_text(bib.read_text(encoding="utf-8") * 2, encoding="utf-8")
    [issue] = check_lessons(course)
    assert (issue.where, issue.code) == ("7", "bibtex-duplicate")
