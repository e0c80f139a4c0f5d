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


class StandardsTableDirective(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        project = Project(self.env.srcdir)
        self.env.note_dependency(str(project.standards_path))
        lessons = read_lessons(project)
        for lesson in lessons:
            self.env.note_dependency(str(lesson.path))
        standards, _ = read_standards(project)
        rows = ["| Standard | What it asks for | Lessons |", "|---|---|---|"]
        for code, description in standards.items():
            covering = [
                f"{{doc}}`/{LESSONS_DIR}/{lesson.path.stem}`"
                for lesson in lessons
                if code in lesson.standards
            ]
            cell = ", ".join(covering) or "not yet covered"
            rows.append(f"| {code} | {_cell(description)} | {cell} |")
        return self.parse_text_to_nodes("\n".join(rows))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
