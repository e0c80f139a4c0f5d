"""Run Jupyter Book's Sphinx build strictly, into a staging folder, in a helper process.

Importing Sphinx, Jupyter Book and the book's extensions takes well over a second. The
helper process (`BookBuilder`) starts doing that the moment a build begins, while this
process checks the course, runs notebooks and prepares the student edition; on two cores
that time is then mostly gone from a rebuild. When only pages changed, the helper also sets
Sphinx up before this process is ready for it, since setting up reads no page. And it keeps
the Sphinx application after a build, so `curriculum build --watch` sets one up again only
when something other than a page changes (settings, TOC, references, data), not after every
edited page.

Sphinx is set up the way `jupyter-book build` sets it up (jupyter_book.sphinx.build_sphinx in
Jupyter Book 1), from the same `_config.yml`, so both commands build the same site.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import io
import json
import multiprocessing
import re
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.project import Project

# "path/to/file.md:12: WARNING: message [code]"; the line number is optional.
_WARNING = re.compile(
    r"^(?P<path>[^\n]*?)(?::(?P<line>\d+))?: (?P<level>WARNING|ERROR|CRITICAL|SEVERE): "
    r"(?P<message>.*)$"
)

# Sphinx colours its messages even when they go to a file.
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

# A build makes millions of small objects that live until the end of the build; Python's
# default collection thresholds re-scan them thousands of times (about 10% of a rebuild here).
# mypy raises the first threshold for the same reason.
GC_THRESHOLDS = (50_000, 20, 100)
# Beside Sphinx's output: the pages that had problems in the last build.
PROBLEM_PAGES_FILE = "pages-with-problems.json"


@dataclass(frozen=True)
class SphinxProblem:
    path: str  # as Sphinx printed it (often absolute); "" when it named no file
    line: str
    message: str


@dataclass(frozen=True)
class BookRequest:
    """One build of one edition, as sent to the helper process (so: plain, picklable data)."""

    source: Path  # the course root to build from (the student edition's copy, or the course)
    outdir: Path  # Sphinx's HTML output; its incremental state lives beside it
    cache_dir: Path  # the notebook execution cache that `curriculum build` filled
    edition: str = "teacher"
    execute: bool = True  # False: the notebooks already carry the outputs readers may see
    strict: bool = True
    # Re-read every page: needed when the table of contents or the settings change, because
    # Sphinx would otherwise keep the old navigation in pages that did not change themselves.
    fresh: bool = False
    # Only pages changed, so a Sphinx application kept from an earlier build can be used
    # again. Other changes (settings, references, templates) need a new one.
    reuse: bool = False


@dataclass
class _LiveApp:
    app: object
    warnings: io.StringIO
    settings: tuple  # what the application was set up with (see _settings)
    contexts: ExitStack = field(default_factory=ExitStack)
    built: bool = False  # False: set up ahead of its first build by `prepare`


# The application kept between builds, by output folder; only used inside the helper. At
# most one: its directives and roles are registered with docutils globally, so a second one
# set up beside it would clash with it.
_live_apps: dict[Path, _LiveApp] = {}


class BookBuilder:
    """The helper process that runs Sphinx. Use it as a context manager; `build` may be
    called several times (watch mode), reusing Sphinx applications where it safely can."""

    def __init__(self, config_path: Path | None = None) -> None:
        self._config_path = config_path
        self.used = False
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context()
        self._connection, helper_end = context.Pipe()
        self._process = context.Process(
            target=_helper_main,
            args=(helper_end, self._config_path),
            name="curriculum-sphinx",
            daemon=True,  # never outlives the command
        )
        self._process.start()
        helper_end.close()

    def prepare(self, request: BookRequest) -> None:
        """Start setting up Sphinx for `request` now, while this process does other work.

        Only for a request whose settings, table of contents and references are already in
        place (so: one that may reuse an application), since setting up reads them."""
        self._connection.send(("prepare", request))

    def build(self, request: BookRequest) -> list[SphinxProblem] | None:
        """Build; None on success, else every problem Sphinx reported."""
        self.used = True
        self._connection.send(("build", request))
        try:
            return self._connection.recv()
        except EOFError:
            self._process.join(timeout=10)
            code = self._process.exitcode
            self.restart()
            return [SphinxProblem("", "", f"the book build stopped unexpectedly (exit {code})")]

    def restart(self) -> None:
        """A new helper: after the course's tools changed, so they are imported afresh."""
        self.close()
        self.used = False
        self._start()

    def close(self) -> None:
        # Normally the helper is idle or still importing. If it is stopped mid-build (Ctrl-C),
        # only the staging folder is left half-written: the site is replaced only after a
        # build that succeeded, and Sphinx starts afresh from a damaged saved state.
        self._process.terminate()
        self._process.join()
        self._connection.close()

    def __enter__(self) -> BookBuilder:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _helper_main(connection, config_path: Path | None) -> None:
    from curriculum.book.lazy_imports import defer_notebook_execution_imports, skip_unused_imports

    gc.set_threshold(*GC_THRESHOLDS)
    skip_unused_imports()
    defer_notebook_execution_imports()
    _import_book_modules(config_path)
    while True:
        try:
            action, request = connection.recv()
        except EOFError:  # the command ended
            return
        if action == "prepare":
            _prepare(request)
        else:
            connection.send(run_build(request))


def _prepare(request: BookRequest) -> None:
    if request.outdir in _live_apps:  # kept from an earlier build
        return
    _drop_live_apps()
    # On failure the build sets up again, and reports the problem.
    with contextlib.suppress(Exception):
        _live_apps[request.outdir] = _new_app(request, io.StringIO())


def _drop_live_apps() -> None:
    while _live_apps:
        _live_apps.popitem()[1].contexts.close()


def _import_book_modules(config_path: Path | None) -> None:
    """Import Sphinx, Jupyter Book and the extensions `_config.yml` names: the first thing the
    helper does, while the command is still finding out what changed. Any failure is left for
    the build itself to report, with its file and line."""
    import importlib

    import yaml

    importlib.import_module("jupyter_book.config")
    importlib.import_module("sphinx.application")
    try:
        settings = yaml.safe_load(config_path.read_text(encoding="utf-8"))
        names = settings["sphinx"]["config"]["extensions"]
    except Exception:  # a broken _config.yml is the checks' to report
        return
    for name in names if isinstance(names, list) else []:
        try:
            importlib.import_module(str(name))
        except Exception:  # noqa: S112 - the build reports it, with more context
            continue


def run_build(request: BookRequest) -> list[SphinxProblem] | None:
    """Build the HTML site for `request`: None on success, else the problems.

    Strict means what CI means: every warning is an error, references are checked
    nitpickily, and Sphinx keeps going so that one run reports every warning. Sphinx keeps its
    incremental state beside the output folder, so only changed pages are read again.
    """
    live = _live_apps.pop(request.outdir, None)
    if live is not None and not _usable(live, request):
        live.contexts.close()
        live = None
    _drop_live_apps()  # any other: at most one is kept
    problem_pages = request.outdir.parent / PROBLEM_PAGES_FILE
    warnings = live.warnings if live is not None else io.StringIO()
    try:
        if live is None:
            live = _new_app(request, warnings)
        elif live.built:
            _start_again(live)
        # Sphinx reports a page's warnings only when it reads the page: pages that had
        # problems last time are read again even if unchanged (see curriculum.sphinxext).
        live.app.config.curriculum_reread = _read_pages(problem_pages)
        live.built = True
        live.app.build()
    except Exception as error:
        if live is not None:
            live.contexts.close()
        stopped = f"the book build stopped: {type(error).__name__}: {error}"
        return [*parse_problems(warnings.getvalue()), SphinxProblem("", "", stopped)]
    captured = warnings.getvalue()
    if live.app.statuscode == 0:
        problem_pages.unlink(missing_ok=True)
        _live_apps[request.outdir] = live
        sys.stderr.write(captured)  # notes that did not fail the build
        return None
    problems = parse_problems(captured) or [
        SphinxProblem("", "", f"the book build failed (status {live.app.statuscode})")
    ]
    _write_pages(problem_pages, live.app.env, problems)
    # A problem may come from the settings, which a kept application would not read again.
    live.contexts.close()
    return problems


def _read_pages(path: Path) -> list[str]:
    try:
        pages = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [page for page in pages if isinstance(page, str)] if isinstance(pages, list) else []


def _write_pages(path: Path, env, problems: list[SphinxProblem]) -> None:
    pages = {env.path2doc(problem.path) for problem in problems if problem.path}
    path.write_text(json.dumps(sorted(page for page in pages if page)), encoding="utf-8")


def _new_app(request: BookRequest, warnings: io.StringIO) -> _LiveApp:
    """A Sphinx application set up as jupyter_book.sphinx.build_sphinx sets it up for HTML."""
    from jupyter_book.config import get_final_config
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    project = Project(request.source)
    overrides: dict = {
        "external_toc_path": project.toc_path.as_posix(),
        "latex_individualpages": False,
        # The cache that `curriculum build` filled in parallel before this step.
        "nb_execution_cache_path": str(request.cache_dir),
        "curriculum_edition": request.edition,
    }
    if not request.execute:
        overrides["nb_execution_mode"] = "off"
    if request.strict:
        overrides["nitpicky"] = True
    settings, _ = get_final_config(
        user_yaml=project.config_path,
        cli_config=overrides,
        sourcedir=project.root,
        use_external_toc=True,
    )
    settings = _own_copies(settings)
    live = _LiveApp(app=None, warnings=warnings, settings=_settings(request))
    # Directives and roles are registered with docutils globally; these contexts undo that
    # when the application is dropped, as jupyter-book does after its one build.
    live.contexts.enter_context(patch_docutils(None))
    live.contexts.enter_context(docutils_namespace())
    try:
        live.app = Sphinx(
            srcdir=project.root,
            confdir=None,
            outdir=request.outdir,
            doctreedir=request.outdir.parent / ".doctrees",
            buildername="html",
            confoverrides=settings,
            status=None,
            warning=live.warnings,
            freshenv=request.fresh,
            warningiserror=request.strict,
            keep_going=request.strict,
            parallel=1,
        )
        _number_chapters_like_jupyter_book(live.app)
    except Exception:
        live.contexts.close()
        raise
    return live


def _own_copies(settings: dict) -> dict:
    """Settings whose lists and dicts belong to one application.

    Extensions append to settings in place (the book theme to `templates_path`), and both
    Jupyter Book's cached defaults and Sphinx's own defaults are shared objects: the next
    application in this process would inherit the additions, see "changed" settings and
    rewrite every page."""
    from sphinx.config import Config

    own = copy.deepcopy(settings)
    for name, option in Config.config_values.items():
        default = getattr(option, "default", None)
        if name not in own and isinstance(default, list | dict | set):
            own[name] = copy.deepcopy(default)
    return own


def _usable(live: _LiveApp, request: BookRequest) -> bool:
    """Set up with the same settings, for a build that may keep them: a prepared application
    (never built) for any such build, a built one only when just pages changed."""
    same = live.settings == _settings(request)
    return same and not request.fresh and (request.reuse or not live.built)


def _settings(request: BookRequest) -> tuple:
    return (request.source, request.cache_dir, request.edition, request.execute, request.strict)


def _start_again(live: _LiveApp) -> None:
    """Ready a kept application for another build: Sphinx counts warnings and sets its
    status per application, never per build."""
    live.warnings.seek(0)
    live.warnings.truncate()
    live.app._warncount = 0
    live.app.statuscode = 0


def _number_chapters_like_jupyter_book(app) -> None:
    # As build_sphinx does: numbered parts of the TOC need sphinx_multitoc_numbering. (It
    # looks for "numbered: true" in the whole TOC written out as YAML; this reads the same.)
    if not app.config["use_multitoc_numbering"]:
        return
    site_map = app.config.external_site_map
    if any(tree.numbered is True for page in site_map.values() for tree in page.subtrees):
        app.setup_extension("sphinx_multitoc_numbering")


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
