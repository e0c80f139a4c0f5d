"""The `standards-table` directive: which lessons cover which curriculum standard.

    ```{standards-table}
    ```

Built from the lessons' front matter (`standards:`) and lessons/standards.yml at build time,
so the teacher guide's alignment table can never disagree with the lessons.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from curriculum.lessons.check import read_lessons
from curriculum.lessons.standards import read_standards
from curriculum.project import LESSONS_DIR, Project

# Pages that show the table, and the alignment they were built from, kept in the Sphinx
# environment between builds.
_PAGES = "curriculum_standards_pages"
_ALIGNMENT = "curriculum_standards_alignment"


class StandardsTableDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        project = Project(self.env.srcdir)
        self.env.note_dependency(str(project.standards_path))
        pages = getattr(self.env, _PAGES, set())
        pages.add(self.env.docname)
        setattr(self.env, _PAGES, pages)
        current = alignment(project)
        setattr(self.env, _ALIGNMENT, current)
        rows = ["| Standard | What it asks for | Lessons |", "|---|---|---|"]
        for code, description, lessons in current:
            covering = [f"{{doc}}`/{LESSONS_DIR}/{lesson}`" for lesson in lessons]
            cell = ", ".join(covering) or "not yet covered"
            rows.append(f"| {code} | {_cell(description)} | {cell} |")
        return self.parse_text_to_nodes("\n".join(rows))


def alignment(project: Project) -> tuple:
    """(code, description, lessons listing it) for every known standard."""
    lessons = read_lessons(project)
    standards, _ = read_standards(project)
    return tuple(
        (code, text, tuple(page.path.stem for page in lessons if code in page.standards))
        for code, text in standards.items()
    )


def pages_to_refresh(app, env, added, changed, removed) -> list[str]:
    """Re-read the pages with the table when the alignment changed, and only then: editing a
    lesson's text must not rebuild the teacher guide."""
    pages = getattr(env, _PAGES, set())
    if not pages:
        return []
    current = alignment(Project(env.srcdir))
    if getattr(env, _ALIGNMENT, None) == current:
        return []
    setattr(env, _ALIGNMENT, current)
    return sorted(page for page in pages if page in env.found_docs)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
