"""The `course-figure` directive: a figure drawn at build time by a script in the repository.

    ```{course-figure} lessons/figures/04_car_t_steps.py
    :alt: Five boxes joined by arrows: collect, engineer, expand, test, infuse.

    How CAR-T cells are made, from the patient and back.
    ```

The script path is relative to the course folder. The script draws one matplotlib figure (it
may use `curriculum.plotting.course_style()`); the directive saves it as SVG under
`_build/.figures/` inside the source folder Sphinx reads and shows it with its alt text and
caption. Labels stay in code, ready for translation; no image is copied from elsewhere.
A page is re-read when its script changes. (Matplotlib's own `plot` directive cannot run
under MyST: it needs a docutils feature MyST does not provide.)
"""

from __future__ import annotations

import hashlib
import io
import runpy
from importlib.util import find_spec
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from curriculum.project import DATA_DIR

FIGURES_DIR = "_build/.figures"  # relative to the Sphinx source folder


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
        relative = f"{FIGURES_DIR}/{script.stem}.svg"
        output = Path(self.env.srcdir) / relative
        inputs = inputs_fingerprint(script, Path(self.env.srcdir))
        if not _up_to_date(output, inputs):
            try:
                svg = draw(script)
            except Exception as error:  # the script is the author's code: report, don't crash
                raise self.error(
                    f"figure script {script_name} failed: {type(error).__name__}: {error}"
                ) from None
            _write_if_changed(output, svg)
            _write_if_changed(_key_file(output), inputs.encode())

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


def inputs_fingerprint(script: Path, course: Path) -> str:
    """What a figure can depend on: its script, the course's data and the plotting helpers.

    A figure is drawn again only when one of them changed (drawing costs about a second).
    """
    # Found without importing it: importing the plotting helpers loads matplotlib.
    plotting = Path(find_spec("curriculum.plotting").origin).parent
    digest = hashlib.sha256(script.read_bytes())
    for folder in (course / DATA_DIR, plotting):
        for path in sorted(folder.glob("*")):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _key_file(output: Path) -> Path:
    return output.with_suffix(".inputs")


def _up_to_date(output: Path, inputs: str) -> bool:
    key = _key_file(output)
    return output.is_file() and key.is_file() and key.read_text() == inputs


def draw(script: Path) -> bytes:
    """Run a figure script and return its one figure as SVG bytes."""
    import matplotlib

    matplotlib.use("agg", force=True)
    import matplotlib.pyplot as plt

    plt.close("all")
    try:
        with matplotlib.rc_context(
            {"svg.fonttype": "none", "svg.hashsalt": script.stem, "figure.max_open_warning": 0}
        ):
            runpy.run_path(str(script), run_name="__main__")
            numbers = plt.get_fignums()
            if len(numbers) != 1:
                raise ValueError(f"it must draw exactly one figure, it drew {len(numbers)}")
            buffer = io.BytesIO()
            plt.figure(numbers[0]).savefig(
                buffer, format="svg", bbox_inches="tight", metadata={"Date": None}
            )
        return buffer.getvalue()
    finally:
        plt.close("all")


def _write_if_changed(path: Path, content: bytes) -> None:
    if path.is_file() and path.read_bytes() == content:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(content)
    partial.replace(path)
