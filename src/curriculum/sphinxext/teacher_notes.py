"""The `teacher-notes` directive: notes, plans and answer keys for the teacher edition only.

    ```{teacher-notes}
    45-minute plan: ...
    ```

In the teacher edition it is a titled box. In the student edition it produces nothing (and the
student edition's sources have these blocks removed before Sphinx sees them).
"""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective


class TeacherNotesDirective(SphinxDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True

    def run(self) -> list[nodes.Node]:
        if self.env.config.curriculum_edition == "student":
            return []
        title = self.arguments[0] if self.arguments else "Teacher notes"
        box = nodes.admonition(classes=["teacher-notes", "note"])
        box += nodes.title(text=title)
        self.state.nested_parse(self.content, self.content_offset, box)
        return [box]
