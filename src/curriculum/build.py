"""`curriculum build`: check, execute notebooks in parallel, build strictly, then publish.

The steps run from cheapest to slowest so that broken content is reported within a second,
and a published site is replaced only when every step succeeded. Two editions can be built:
the student edition (published in _build/html, what `make book` makes) and the teacher edition
(_build/teacher/html) with solutions and teacher notes; see curriculum.editions.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from curriculum.book.config_check import pages_in_toc
from curriculum.book.fingerprint import TOOLS, Fingerprint, site_fingerprint
from curriculum.book.publish import publish
from curriculum.book.sphinx_build import BookBuilder, BookRequest, SphinxProblem
from curriculum.errors import Issue
from curriculum.project import CONFIG_FILE, DATA_DIR, NOTEBOOKS_DIR, TOC_FILE, Project

FINGERPRINT_FILE = "fingerprint.json"
# Changes to these alone leave Sphinx's settings as they were (see BookRequest.reuse).
PAGE_SUFFIXES = (".md", ".ipynb")
EDITIONS = ("student", "teacher")
DEFAULT_TIMEOUT = 120  # seconds per cell, if _config.yml does not say


@dataclass
class BuildResult:
    issues: list[Issue] = field(default_factory=list)
    up_to_date: bool = False
    executed: int = 0
    cached: int = 0
    seconds: float = 0.0
    outputs: dict = field(default_factory=dict, repr=False)  # notebooks executed in this build

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class EditionPaths:
    stage: Path  # Sphinx's output and incremental state
    published: Path  # what readers get


def edition_paths(project: Project, edition: str) -> EditionPaths:
    if edition == "student":
        return EditionPaths(project.stage_dir, project.html_dir)
    return EditionPaths(
        project.build_dir / ".stage-teacher", project.build_dir / "teacher" / "html"
    )


def build_site(
    project: Project,
    *,
    edition: str = "student",
    workers: int | None = None,
    force: bool = False,
    progress: Callable[[str], None] = print,
    builder: BookBuilder | None = None,
) -> BuildResult:
    """Build the edition(s) if anything changed since their last successful build.

    `builder` runs Sphinx. The command line starts it first thing, so that it loads Sphinx
    while everything else happens, and `--watch` passes the same one to every build so that it
    keeps Sphinx loaded. Without one, a builder is started here and stopped at the end.
    """
    start = time.perf_counter()
    editions = list(EDITIONS) if edition == "both" else [edition]
    # A successful build checked the course, so when nothing changed since, there is nothing
    # to check either.
    fingerprint = site_fingerprint(project)
    changes = {}
    for name in editions:
        paths = edition_paths(project, name)
        previous = None if force else Fingerprint.load(paths.stage / FINGERPRINT_FILE)
        changes[name] = fingerprint.changed_since(previous)
        if not changes[name] and (paths.published / "index.html").is_file():
            progress(f"Nothing changed since the last build: {project.relative(paths.published)}")
            del changes[name]
    if not changes:
        return BuildResult(up_to_date=True, seconds=time.perf_counter() - start)

    with ExitStack() as stack:
        if builder is None:
            # Started before the slow steps: it loads Sphinx while they run.
            builder = stack.enter_context(BookBuilder(project.config_path))
        elif builder.used and any(TOOLS in changed for changed in changes.values()):
            builder.restart()
        first = next(iter(changes))
        request = _book_request(project, first, changes[first])
        if request.reuse and not request.fresh:
            # Sphinx reads no page while it sets up: it can do that now, in parallel.
            builder.prepare(request)
        result = _build_changes(project, fingerprint, changes, workers, progress, builder)
    result.seconds = time.perf_counter() - start
    return result


def _build_changes(
    project: Project,
    fingerprint: Fingerprint,
    changes: dict[str, set[str]],
    workers: int | None,
    progress: Callable[[str], None],
    builder: BookBuilder,
) -> BuildResult:
    # Imported here, once the helper has started loading Sphinx (it copies this process).
    from curriculum.book.figures import copy_figures, draw_ahead
    from curriculum.check import check_project
    from curriculum.editions import prepare_student_source

    issues = check_project(project)
    if issues:
        return BuildResult(issues=issues)

    result = BuildResult()
    all_changes = set().union(*changes.values())
    _run_notebooks(project, all_changes, workers, progress, result)
    if result.issues:
        result.issues.append(_unchanged_site(project, "fix the notebook(s) and build again"))
        return result
    # Sphinx would draw the figures one page at a time; drawing them first uses every core.
    draw_ahead(project, pages_in_toc(project), workers or os.cpu_count() or 1, progress)

    for name, changed in changes.items():
        paths = edition_paths(project, name)
        progress(f"Building the {name} edition (warnings are errors)")
        if name == "student":
            # Student notebooks are derived again only where notebooks or the tools changed.
            derive = None if TOOLS in changed else changed
            run = _cached_run(project, result.outputs)
            copy_figures(project, prepare_student_source(project, run, derive))
        request = _book_request(project, name, changed)
        problems = builder.build(request)
        if problems is not None:
            source = Project(request.source)
            if request.fresh:
                # The stage now holds a half-changed book: the next build starts afresh too.
                (paths.stage / FINGERPRINT_FILE).unlink(missing_ok=True)
            result.issues += [_book_issue(project, source, problem) for problem in problems]
            result.issues.append(
                _unchanged_site(project, "the book build reported problems", paths)
            )
            return result
        publish(paths.stage / "html", paths.published)
        fingerprint.save(paths.stage / FINGERPRINT_FILE)
        progress(f"Site ready: {project.relative(paths.published / 'index.html')}")
    return result


def ready_for_edits(project: Project, edition: str, builder: BookBuilder) -> None:
    """Have Sphinx set up for the next page edit while the author types (watch mode): after
    the first build, and after a failed one, which drops its Sphinx application."""
    name = EDITIONS[0] if edition == "both" else edition
    builder.prepare(_book_request(project, name, set()))


def _book_request(project: Project, edition: str, changed: set[str]) -> BookRequest:
    source = project.student_source_dir if edition == "student" else project.root
    return BookRequest(
        source=source,
        outdir=edition_paths(project, edition).stage / "html",
        cache_dir=Project(source).cache_dir,
        edition=edition,
        # The student edition's notebooks already carry the outputs students may see.
        execute=edition == "teacher",
        # Every page shows the whole navigation: a new TOC or new settings means new pages.
        fresh=bool(changed & {TOC_FILE, CONFIG_FILE, TOOLS}),
        reuse=all(Path(item).suffix in PAGE_SUFFIXES for item in changed),
    )


def _cached_run(project: Project, just_run: dict):
    """A function giving a notebook with the outputs of its latest run, or None: from this
    build's execution if it ran here, else from the cache."""
    import nbformat

    opened = {}

    def executed(path: Path):
        if path.resolve() in just_run:
            return just_run[path.resolve()]
        # Opened on first use: importing jupyter-cache alone takes about half a second.
        if "cache" not in opened:
            from jupyter_cache import get_cache

            directory = project.cache_dir
            opened["cache"] = get_cache(str(directory)) if directory.is_dir() else None
        cache = opened["cache"]
        if cache is None:
            return None
        try:
            _, notebook = cache.merge_match_into_notebook(nbformat.read(path, as_version=4))
        except KeyError:
            return None
        return notebook

    return executed


def _run_notebooks(
    project: Project,
    changed: set[str],
    workers: int | None,
    progress: Callable[[str], None],
    result: BuildResult,
) -> None:
    """Execute the TOC's notebooks that changed; record counts and failures in `result`."""
    execute = _execute_settings(project)
    notebooks = [p for p in pages_in_toc(project) if p.suffix == ".ipynb"]
    if not notebooks or execute.get("execute_notebooks", "cache") in ("off", False):
        return
    # Notebooks, their data and the tools are unchanged since a build that executed them all:
    # skip even the cache look-up (it costs half a second of imports and database reads).
    notebook_inputs = (f"{NOTEBOOKS_DIR}/", f"{DATA_DIR}/")
    if project.cache_dir.is_dir() and not any(
        name.endswith(".ipynb") or name.startswith(notebook_inputs) or name == TOOLS
        for name in changed
    ):
        result.cached = len(notebooks)
        progress(
            f"{len(notebooks)} notebook(s) unchanged since the last build: using cached outputs"
        )
        return
    from curriculum.book.execute import execute_notebooks

    report = execute_notebooks(
        notebooks,
        project.cache_dir,
        workers=workers,
        timeout=int(execute.get("timeout") or DEFAULT_TIMEOUT),
        progress=progress,
        label=project.relative,
    )
    result.executed, result.cached = len(report.executed), len(report.cached)
    result.outputs.update(report.outputs)
    for failure in report.failures:
        progress(f"\n{project.relative(failure.path)} failed:\n{failure.traceback}\n")
        where = f"cell {failure.cell}" if failure.cell else ""
        result.issues.append(
            Issue(project.relative(failure.path), where, "notebook-error", failure.error)
        )


def _book_issue(project: Project, source: Project, problem: SphinxProblem) -> Issue:
    """A Sphinx problem named by the course file (not the student edition's copy of it)."""
    if not problem.path:
        return Issue(CONFIG_FILE, problem.line, "book-warning", problem.message)
    relative = source.relative(problem.path)
    return Issue(
        project.relative(project.root / relative), problem.line, "book-warning", problem.message
    )


def _unchanged_site(project: Project, reason: str, paths: EditionPaths | None = None) -> Issue:
    published = paths.published if paths else project.html_dir
    return Issue(
        project.relative(published),
        "",
        "build-failed",
        f"not updated: {reason}. The previous site, if any, is unchanged",
    )


def _execute_settings(project: Project) -> dict:
    config = yaml.safe_load(project.config_path.read_text(encoding="utf-8-sig")) or {}
    execute = config.get("execute") if isinstance(config, dict) else None
    return execute if isinstance(execute, dict) else {}
