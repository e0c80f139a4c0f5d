"""Figures drawn from scripts in the repository (`course-figure` pages), and drawing them
ahead of the book build, several at once.

A figure script draws one matplotlib figure; it becomes `_build/.figures/<script name>.svg`
inside the folder Sphinx reads, with a `.inputs` file beside it holding a fingerprint of
what it was drawn from (the script, the course's data, the plotting helpers). A figure is
drawn again only when that fingerprint changes. `curriculum build` draws the figures that
need it in parallel before Sphinx starts, so the directive finds them ready; a plain
`jupyter-book build .` draws them one by one as it reads the pages.
"""

from __future__ import annotations

import hashlib
import io
import re
import runpy
import shutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from importlib.util import find_spec
from pathlib import Path

from curriculum.project import DATA_DIR, Project

FIGURES_DIR = "_build/.figures"  # relative to the folder Sphinx reads
FIGURE_DIRECTIVE = re.compile(r"^\s*(?:`{3,}|:{3,})\s*\{course-figure\}\s*(\S+)", re.M)


def figure_path(source_root: Path, script: Path) -> Path:
    return source_root / FIGURES_DIR / f"{script.stem}.svg"


def inputs_fingerprint(script: Path, course: Path, shared: bytes | None = None) -> str:
    """What a figure can depend on: its script, the course's data and the plotting helpers.

    `shared` is `shared_inputs(course)`, for callers that fingerprint many figures at once.
    """
    digest = hashlib.sha256(script.read_bytes())
    digest.update(shared if shared is not None else shared_inputs(course))
    return digest.hexdigest()


def shared_inputs(course: Path) -> bytes:
    """A digest of what every figure may read: the course's data and the plotting helpers."""
    # Found without importing it: importing the plotting helpers loads matplotlib.
    plotting = Path(find_spec("curriculum.plotting").origin).parent
    digest = hashlib.sha256()
    for folder in (course / DATA_DIR, plotting):
        for path in sorted(folder.glob("*")):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.digest()


def _inputs_file(output: Path) -> Path:
    return output.with_suffix(".inputs")


def up_to_date(output: Path, inputs: str) -> bool:
    key = _inputs_file(output)
    return output.is_file() and key.is_file() and key.read_text() == inputs


def draw_if_needed(script: Path, source_root: Path) -> Path:
    """The figure of `script`, drawn now if its inputs changed. Raises what the script raises."""
    output = figure_path(source_root, script)
    inputs = inputs_fingerprint(script, source_root)
    if not up_to_date(output, inputs):
        write_if_changed(output, draw(script))
        write_if_changed(_inputs_file(output), inputs.encode())
    return output


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


def write_if_changed(path: Path, content: bytes) -> None:
    if path.is_file() and path.read_bytes() == content:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(content)
    partial.replace(path)


def figure_scripts(project: Project, pages: list[Path]) -> list[Path]:
    """The scripts that `course-figure` directives in these pages name."""
    scripts = {
        project.root / match
        for page in pages
        if page.suffix == ".md"
        for match in FIGURE_DIRECTIVE.findall(page.read_text(encoding="utf-8"))
    }
    return sorted(path for path in scripts if path.is_file())


def draw_ahead(
    project: Project, pages: list[Path], workers: int, progress: Callable[[str], None]
) -> int:
    """Draw every figure whose inputs changed, `workers` at a time; how many were drawn.

    A script that fails is left for the book build, which reports it at its page and line.
    """
    scripts = figure_scripts(project, pages)
    shared = shared_inputs(project.root)
    stale = [
        s
        for s in scripts
        if not up_to_date(figure_path(project.root, s), inputs_fingerprint(s, project.root, shared))
    ]
    if not stale:
        return 0
    progress(f"Drawing {len(stale)} figure(s) on {min(workers, len(stale))} worker(s)")
    if workers <= 1 or len(stale) == 1:
        results = [_draw_quietly(script, project.root) for script in stale]
    else:
        with ProcessPoolExecutor(max_workers=min(workers, len(stale))) as pool:
            results = list(pool.map(_draw_quietly, stale, [project.root] * len(stale)))
    return sum(results)


def _draw_quietly(script: Path, source_root: Path) -> bool:
    try:
        draw_if_needed(script, source_root)
    except Exception:  # reported by the book build, with the page and line
        return False
    return True


def copy_figures(project: Project, source: Project) -> None:
    """Give another source tree (the student edition's) the figures already drawn."""
    drawn = project.root / FIGURES_DIR
    if not drawn.is_dir() or source.root == project.root:
        return
    for path in drawn.iterdir():
        target = source.root / FIGURES_DIR / path.name
        if path.is_file() and not (target.is_file() and target.read_bytes() == path.read_bytes()):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
