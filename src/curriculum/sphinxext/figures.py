"""The `course-figure` directive: a figure drawn at build time by a script in the repository.

    ```{course-figure} lessons/figures/04_car_t_steps.py
    :alt: Five boxes joined by arrows: collect, engineer, expand, test, infuse.

    How CAR-T cells are made, from the patient and back.
    ```

The script path is relative to the course folder. The script draws one matplotlib figure (it
may use `curriculum.plotting.course_style()`); see `curriculum.book.figures` for where it is
saved and when it is drawn again. Labels stay in code, ready for translation; no image is
copied from elsewhere. A page is re-read when its script changes. (Matplotlib's own `plot`
directive cannot run under MyST: it needs a docutils feature MyST does not provide.)
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from curriculum.book.figures import draw_if_needed


class CourseFigureDirective(SphinxDirective):
    required_arguments = 1
    has_content = True
    option_spec = {  # noqa: RUF012 - docutils API
        "alt": directives.unchanged_required,
        "width": directives.length_or_percentage_or_unitless,
    }

    def run(self) -> list[nodes.Node]:
        script_name = self.arguments[0]
        alt = (self.options.get("alt") or "").strip()
        if not alt:
            raise self.error(
                f"figure {script_name} has no :alt: text; describe what it shows for readers "
                "who cannot see it"
            )
        if not self.content:
            raise self.error(f"figure {script_name} has no caption: write it below the options")
        script = Path(self.env.srcdir) / script_name
        if not script.is_file():
            raise self.error(
                f"figure script {script_name} not found (the path is relative to the course folder)"
            )
        self.env.note_dependency(str(script))
        try:
            output = draw_if_needed(script, Path(self.env.srcdir))
        except Exception as error:  # the script is the author's code: report, don't crash
            raise self.error(
                f"figure script {script_name} failed: {type(error).__name__}: {error}"
            ) from None
        relative = output.relative_to(Path(self.env.srcdir)).as_posix()

        figure = nodes.figure(classes=["course-figure"])
        image = nodes.image(uri="/" + relative, alt=alt)
        if "width" in self.options:
            image["width"] = self.options["width"]
        figure += image
        caption_holder = nodes.Element()
        self.state.nested_parse(self.content, self.content_offset, caption_holder)
        first = caption_holder.children[0] if caption_holder.children else None
        if isinstance(first, nodes.paragraph):
            caption = nodes.caption(first.rawsource, "", *first.children)
            caption.source, caption.line = first.source, first.line
            figure += caption
            figure += caption_holder.children[1:]
        else:
            figure += caption_holder.children
        self.set_source_info(figure)
        return [figure]
