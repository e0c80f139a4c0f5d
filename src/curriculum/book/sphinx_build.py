"""Run Jupyter Book's Sphinx build in this process, strictly, into a staging folder."""

from __future__ import annotations

import io
import re
import sys
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path

from curriculum.project import Project

# "path/to/file.md:12: WARNING: message [code]"; the line number is optional.
_WARNING = re.compile(
    r"^(?P<path>[^\n]*?)(?::(?P<line>\d+))?: (?P<level>WARNING|ERROR|CRITICAL|SEVERE): "
    r"(?P<message>.*)$"
)


# Sphinx colours its messages even when they go to a file.
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class SphinxProblem:
    path: str  # as Sphinx printed it (often absolute); "" when it named no file
    line: str
    message: str


def build_html(
    project: Project,
    outdir: Path,
    *,
    strict: bool = True,
    quiet: bool = True,
    fresh: bool = False,
    edition: str = "teacher",
    execute: bool = True,
) -> list[SphinxProblem] | None:
    """Build the HTML site into `outdir`.

    `fresh` re-reads every page: needed when the table of contents changes, because Sphinx
    would otherwise keep the old navigation in pages that did not change themselves.

    Returns None on success, else the problems Sphinx reported. Strict means what CI means:
    every warning is an error, references are checked nitpickily, and Sphinx keeps going so
    that one run reports every warning. Sphinx keeps its incremental state beside `outdir`,
    so only changed pages are read again next time.
    """
    from jupyter_book.sphinx import build_sphinx

    overrides: dict = {
        "external_toc_path": project.toc_path.as_posix(),
        "latex_individualpages": False,
        # The cache that `curriculum build` filled in parallel before this step.
        "nb_execution_cache_path": str(project.cache_dir),
        "curriculum_edition": edition,
    }
    if not execute:
        # The student edition's notebooks already carry the outputs students may see.
        overrides["nb_execution_mode"] = "off"
    if strict:
        overrides["nitpicky"] = True
    captured = io.StringIO()
    with redirect_stderr(captured):
        result = build_sphinx(
            project.root,
            outdir,
            noconfig=True,
            path_config=str(project.config_path),
            confoverrides=overrides,
            doctreedir=outdir.parent / ".doctrees",
            builder="html",
            warningiserror=strict,
            keep_going=strict,
            quiet=quiet,
            freshenv=fresh,
        )
    if result == 0:
        sys.stderr.write(captured.getvalue())  # notes that did not fail the build
        return None
    return parse_problems(captured.getvalue()) or [
        SphinxProblem("", "", f"the book build failed: {result!r}")
    ]


def parse_problems(text: str) -> list[SphinxProblem]:
    """Sphinx's warning lines as records; other lines are joined to the problem before them."""
    problems: list[SphinxProblem] = []
    loose: list[str] = []
    for raw in _ANSI.sub("", text).splitlines():
        line = raw.strip()
        if not line:
            continue
        match = _WARNING.match(line)
        if match:
            problems.append(
                SphinxProblem(match["path"], match["line"] or "", match["message"].strip())
            )
        elif problems and not loose:
            last = problems.pop()
            problems.append(SphinxProblem(last.path, last.line, f"{last.message} {line}"))
        else:
            loose.append(line)
    if loose:
        problems.append(SphinxProblem("", "", " ".join(loose)))
    return problems
