"""The `quiz` directive: a lesson's quiz bank as the interactive widget.

    ```{quiz} 03-milestones
    ```

The bank is read from lessons/quizzes/03-milestones.yml at build time (and the page rebuilt
when it changes); the widget's script and style are added only to pages that have a quiz.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from curriculum.project import Project
from curriculum.quiz.loader import QuizError, load
from curriculum.quiz.render import widget

# Sphinx wraps a raw node that has classes in a <div> with them: the class must not be the
# widget's own, or the script would find two quizzes.
QUIZ_MARK = "cgt-quiz-block"


class QuizDirective(SphinxDirective):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        path = Project(self.env.srcdir).quizzes_dir / f"{name}.yml"
        self.env.note_dependency(str(path))
        try:
            bank = load(path)
        except QuizError as error:
            raise self.error(f"quiz '{name}' cannot be shown: {error}") from None
        markup = widget(bank, element_id=f"cgt-quiz-{bank.name}")
        return [nodes.raw("", markup, format="html", classes=[QUIZ_MARK])]


def add_assets_to_quiz_pages(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Called per page: load the widget's script and style only where a quiz is."""
    if doctree is None:
        return
    if any(QUIZ_MARK in node.get("classes", []) for node in doctree.findall(nodes.raw)):
        # Called during html-page-context, these add the files to this page only.
        app.add_js_file("cgt-quiz.js")
        app.add_css_file("cgt-quiz.css")
