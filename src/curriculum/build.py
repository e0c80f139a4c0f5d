"""`curriculum build`: check, execute notebooks in parallel, build strictly, then publish.

The steps run from cheapest to slowest so that broken content is reported within a second,
and the published site in `_build/html` is replaced only when every step succeeded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from curriculum.book.config_check import pages_in_toc
from curriculum.book.execute import execute_notebooks
from curriculum.book.fingerprint import TOOLS, Fingerprint, site_fingerprint
from curriculum.book.publish import publish
from curriculum.book.sphinx_build import SphinxProblem, build_html
from curriculum.check import check_project
from curriculum.errors import Issue
from curriculum.project import CONFIG_FILE, DATA_DIR, NOTEBOOKS_DIR, TOC_FILE, Project

FINGERPRINT_FILE = "fingerprint.json"
DEFAULT_TIMEOUT = 120  # seconds per cell, if _config.yml does not say


@dataclass
class BuildResult:
    issues: list[Issue] = field(default_factory=list)
    up_to_date: bool = False
    executed: int = 0
    cached: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.issues


def build_site(
    project: Project,
    *,
    workers: int | None = None,
    force: bool = False,
    progress: Callable[[str], None] = print,
) -> BuildResult:
    start = time.perf_counter()
    issues = check_project(project)
    if issues:
        return BuildResult(issues=issues)

    fingerprint_path = project.stage_dir / FINGERPRINT_FILE
    fingerprint = site_fingerprint(project)
    previous = None if force else Fingerprint.load(fingerprint_path)
    changed = fingerprint.changed_since(previous)
    if not changed and (project.html_dir / "index.html").is_file():
        progress(f"Nothing changed since the last build: {project.relative(project.html_dir)}")
        return BuildResult(up_to_date=True, seconds=time.perf_counter() - start)

    result = BuildResult()
    _run_notebooks(project, changed, workers, progress, result)
    if result.issues:
        result.issues.append(_unchanged_site(project, "fix the notebook(s) and build again"))
        return result

    progress("Building the site (warnings are errors)")
    fingerprint_path.unlink(missing_ok=True)
    staged = project.stage_dir / "html"
    # Every page shows the whole navigation, so a new TOC or new settings means new pages.
    fresh = bool(changed & {TOC_FILE, CONFIG_FILE, TOOLS})
    problems = build_html(project, staged, fresh=fresh)
    if problems is not None:
        result.issues += [_book_issue(project, problem) for problem in problems]
        result.issues.append(_unchanged_site(project, "the book build reported problems"))
        return result
    publish(staged, project.html_dir)
    fingerprint.save(fingerprint_path)
    result.seconds = time.perf_counter() - start
    progress(f"Site ready: {project.relative(project.html_dir / 'index.html')}")
    return result


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
    report = execute_notebooks(
        notebooks,
        project.cache_dir,
        workers=workers,
        timeout=int(execute.get("timeout") or DEFAULT_TIMEOUT),
        progress=progress,
        label=project.relative,
    )
    result.executed, result.cached = len(report.executed), len(report.cached)
    for failure in report.failures:
        progress(f"\n{project.relative(failure.path)} failed:\n{failure.traceback}\n")
        where = f"cell {failure.cell}" if failure.cell else ""
        result.issues.append(
            Issue(project.relative(failure.path), where, "notebook-error", failure.error)
        )


def _book_issue(project: Project, problem: SphinxProblem) -> Issue:
    path = project.relative(problem.path) if problem.path else CONFIG_FILE
    return Issue(path, problem.line, "book-warning", problem.message)


def _unchanged_site(project: Project, reason: str) -> Issue:
    return Issue(
        project.relative(project.html_dir),
        "",
        "build-failed",
        f"not updated: {reason}. The previous site, if any, is unchanged",
    )


def _execute_settings(project: Project) -> dict:
    config = yaml.safe_load(project.config_path.read_text(encoding="utf-8-sig")) or {}
    execute = config.get("execute") if isinstance(config, dict) else None
    return execute if isinstance(execute, dict) else {}
