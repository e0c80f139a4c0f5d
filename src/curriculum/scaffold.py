"""`curriculum new lesson "Title"`: start a lesson from the course's templates.

Creates the lesson page, its notebook and its quiz bank with the required front matter and
sections, numbers them after the last lesson, and lists them in _toc.yml. It never overwrites
a file, and if any step fails it removes what it created.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from curriculum.book.config_check import check_toc_file
from curriculum.errors import CurriculumError
from curriculum.project import LESSONS_DIR, NOTEBOOKS_DIR, Project

LESSON_TEMPLATE = """---
id: "{lesson_id}"
title: "{title}"
minutes: 45
level: "ages 12-18"
objectives:
  - "{objective}"
key_terms: []
standards: []
activity: notebook
---

# {title}

## Why it matters

A short, real story or question that makes students want to know more.

## Learn

The main ideas, step by step. Define every new word where it first appears and link it to
the glossary (the term role); cite every fact (the cite role, with a key from references.bib).

## Explore

Open the notebook {{doc}}`../notebooks/{lesson_id}`.

## Check your understanding

```{{quiz}} {lesson_id}
```

## Think about it

- A question to discuss, with no single right answer.

```{{teacher-notes}}
**45-minute plan.** 5 min why it matters; 15 min learn; 15 min explore; 10 min quiz and
discussion.

**Misconceptions to watch for.** ...

**Answer key and extensions.** ...
```

## References

```{{bibliography}}
:filter: docname in docnames
```
"""

QUIZ_TEMPLATE = """# Quiz bank for "{title}". Format: see README.md, "Quizzes".
title: "Check your understanding: {title}"
questions:
  - id: example-question
    type: true_false
    prompt: "Replace this with a real question."
    answer: true
    explanation: "Explain why the answer is right."
    objective: "{objective}"
"""


# A placeholder objective, also used by the template question so that the new lesson checks
# clean (every question must name one of its lesson's objectives).
PLACEHOLDER_OBJECTIVE = "Explain ... (write 3-5 objectives, each starting with a verb)."


@dataclass(frozen=True)
class NewLesson:
    lesson_id: str
    files: tuple[Path, ...]
    part: str


def slugify(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug[:40].rstrip("-") or "lesson"


def next_number(project: Project) -> int:
    numbers = [
        int(match.group(1))
        for path in project.lessons_dir.glob("*.md")
        if (match := re.match(r"^(\d+)-", path.name))
    ]
    return max(numbers, default=0) + 1


def new_lesson(project: Project, title: str, part: str | None = None) -> NewLesson:
    title = title.strip()
    if not title:
        raise CurriculumError('Give the lesson a title, e.g. curriculum new lesson "CAR-T".')
    lesson_id = f"{next_number(project):02d}-{slugify(title)}"
    page = project.lessons_dir / f"{lesson_id}.md"
    notebook = project.notebooks_dir / f"{lesson_id}.ipynb"
    bank = project.quizzes_dir / f"{lesson_id}.yml"
    existing = [p for p in (page, notebook, bank) if p.exists()]
    if existing:
        names = ", ".join(project.relative(p) for p in existing)
        raise CurriculumError(f"Not creating the lesson: {names} already exist(s).")
    toc_before = project.toc_path.read_text(encoding="utf-8")
    toc_after, part = _add_to_toc(
        toc_before, part, [f"{LESSONS_DIR}/{lesson_id}", f"{NOTEBOOKS_DIR}/{lesson_id}"]
    )
    created: list[Path] = []
    try:
        _create(
            page,
            LESSON_TEMPLATE.format(
                lesson_id=lesson_id, title=_quote(title), objective=PLACEHOLDER_OBJECTIVE
            ),
            created,
        )
        _create(
            bank,
            QUIZ_TEMPLATE.format(title=_quote(title), objective=PLACEHOLDER_OBJECTIVE),
            created,
        )
        _create(notebook, nbformat.writes(_notebook(lesson_id, title)) + "\n", created)
        project.toc_path.write_text(toc_after, encoding="utf-8")
        problems = check_toc_file(project)
        if problems:
            raise CurriculumError("; ".join(p.format() for p in problems))
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        project.toc_path.write_text(toc_before, encoding="utf-8")
        raise
    return NewLesson(lesson_id, tuple(created), part)


def _create(path: Path, text: str, created: list[Path]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as file:  # "x": never overwrite
        file.write(text)
    created.append(path)


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _notebook(lesson_id: str, title: str) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(
                f"# {title}: activity\n\nWhat students will do, in one sentence."
            ),
            nbformat.v4.new_code_cell("from curriculum import datasets, plotting"),
            nbformat.v4.new_markdown_cell("**Exercise:** describe the task here."),
            nbformat.v4.new_code_cell(
                "### BEGIN SOLUTION\nanswer = 42\n### END SOLUTION\nanswer",
                metadata={"tags": ["solution"]},
            ),
        ]
    )
    for number, cell in enumerate(notebook.cells, start=1):
        cell["id"] = f"{lesson_id}-{number}"
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "curriculum": {"lesson": lesson_id, "title": title, "minutes": 20, "objectives": ["..."]},
    }
    return notebook


def _add_to_toc(text: str, part: str | None, entries: list[str]) -> tuple[str, str]:
    """Insert `- file:` lines at the end of a part's chapters, keeping comments and layout."""
    lines = text.splitlines(keepends=True)
    captions = [
        (i, m.group(1).strip().strip("\"'"))
        for i, line in enumerate(lines)
        if (m := re.match(r"^\s*-\s*caption:\s*(.+?)\s*$", line))
    ]
    if not captions:
        raise CurriculumError("_toc.yml has no parts ('- caption: ...'); add the lesson by hand.")
    if part is None:
        with_lessons = [
            c
            for c in captions
            if _part_lines(lines, captions, c[0])
            and any(f"{LESSONS_DIR}/" in lines[j] for j in _part_lines(lines, captions, c[0]))
        ]
        chosen = with_lessons[-1] if with_lessons else captions[min(1, len(captions) - 1)]
    else:
        matches = [c for c in captions if c[1].casefold() == part.casefold()]
        if not matches:
            known = ", ".join(c[1] for c in captions)
            raise CurriculumError(f"No part '{part}' in _toc.yml. Parts: {known}.")
        chosen = matches[0]
    part_lines = _part_lines(lines, captions, chosen[0])
    files = [j for j in part_lines if re.match(r"^\s*-\s*file:", lines[j])]
    if not files:
        raise CurriculumError(f"Part '{chosen[1]}' has no chapters to add after; add it by hand.")
    last = files[-1]
    indent = lines[last][: len(lines[last]) - len(lines[last].lstrip())]
    # Keep the last entry's own nested lines (sections) together: insert after them.
    end = last + 1
    while (
        end < len(lines)
        and end in part_lines
        and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > len(indent))
    ):
        end += 1
    new = [f"{indent}- file: {entry}\n" for entry in entries]
    if end > 0 and not lines[end - 1].endswith("\n"):
        lines[end - 1] += "\n"
    return "".join(lines[:end] + new + lines[end:]), chosen[1]


def _part_lines(lines: list[str], captions, start: int) -> list[int]:
    following = [i for i, _ in captions if i > start]
    stop = following[0] if following else len(lines)
    return list(range(start + 1, stop))
