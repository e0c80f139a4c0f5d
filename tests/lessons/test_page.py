from curriculum.lessons.page import read_lesson

GOOD = """---
id: "03-history"
title: "A history"
minutes: 45
level: "ages 12-18"
objectives:
  - "Order the milestones."
key_terms: ["Clinical trial"]
standards: ["HS-LS1-1"]
activity: notebook
---
# A history

A {term}`trial <Clinical trial>` was run {cite}`a-2001, b-2002`.
Later {cite:p}`a-2001`.

```{quiz} 03-history
```

```{course-figure} lessons/figures/03_timeline.py
:width: 80%
:alt: A timeline.

Caption.
```
"""


def write(tmp_path, text, name="03-history.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_lesson(path, f"lessons/{name}")


def test_front_matter_fields_are_read(tmp_path):
    page = write(tmp_path, GOOD)
    assert page.issues == []
    assert (page.id, page.title, page.minutes, page.activity) == (
        "03-history",
        "A history",
        45,
        "notebook",
    )
    assert page.objectives == ["Order the milestones."]
    assert page.standards == ["HS-LS1-1"]


def test_citations_are_found_with_their_lines_and_counted_once(tmp_path):
    page = write(tmp_path, GOOD)
    assert [(c.target, c.line) for c in page.citations] == [
        ("a-2001", 14),
        ("b-2002", 14),
        ("a-2001", 15),
    ]
    assert page.cited_keys == ["a-2001", "b-2002"]


def test_term_links_resolve_to_their_glossary_entry(tmp_path):
    assert [t.target for t in write(tmp_path, GOOD).term_links] == ["Clinical trial"]


def test_quizzes_and_figures_are_found(tmp_path):
    page = write(tmp_path, GOOD)
    assert [(q.target, q.line) for q in page.quizzes] == [("03-history", 17)]
    [figure] = page.figures
    assert figure.target == "lessons/figures/03_timeline.py"
    assert page.has_alt_text(figure)


def test_a_page_without_front_matter_is_one_issue_at_line_one(tmp_path):
    [issue] = write(tmp_path, "# No front matter\n").issues
    assert (issue.where, issue.code) == ("1", "lesson-front-matter")


def test_bad_fields_are_reported_at_their_lines(tmp_path):
    text = (
        GOOD.replace("minutes: 45", "minutes: soon")
        .replace('id: "03-history"', 'id: "03-other"')
        .replace("activity: notebook", "activity: film")
    )
    messages = {(i.where, i.message.split(" ")[0]) for i in write(tmp_path, text).issues}
    assert messages == {("2", "id"), ("4", "'minutes'"), ("10", "'activity'")}


def test_a_misspelt_key_is_named(tmp_path):
    [issue] = write(tmp_path, GOOD.replace("key_terms:", "keyterms:")).issues
    assert "unknown front-matter key 'keyterms'" in issue.message
    assert issue.where == "8"
