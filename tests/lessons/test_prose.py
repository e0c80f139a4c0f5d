from curriculum.lessons.prose import lesson_prose

PAGE = """---
id: "01-x"
objectives: ["Explain something long and hard."]
---
# Title words

## Why it matters

Cells divide. A {term}`T cell` finds an {term}`antigen <Antigen>` {cite}`key-2020`.
See [the FDA page](https://www.fda.gov/) and {doc}`the notebook <../notebooks/01-x>`.

- first item
- second item

```python
print("code is not prose")
```

:::{note}
:class: dropdown
Notes are prose.
:::

```{teacher-notes}
Teachers read this, students do not.
```

| table | cell |
|---|---|

$$ x^2 $$

## References

Smith 2020, a source.
"""


def test_front_matter_headings_code_tables_and_references_are_left_out():
    """Only what a student reads as running text is measured."""
    prose = lesson_prose(PAGE)
    for absent in (
        "Explain something",
        "Title words",
        "code is not prose",
        "table",
        "Teachers read this",
        "Smith 2020",
        "x^2",
    ):
        assert absent not in prose


def test_roles_and_links_keep_their_visible_words():
    prose = lesson_prose(PAGE)
    assert "A T cell finds an antigen." in prose
    assert "See the FDA page and the notebook." in prose


def test_admonition_bodies_are_prose_without_their_options():
    prose = lesson_prose(PAGE)
    assert "Notes are prose." in prose
    assert "dropdown" not in prose


def test_each_list_item_ends_a_sentence():
    """Short list items must not merge into one long sentence and inflate the grade."""
    assert "first item.\nsecond item." in lesson_prose(PAGE)
