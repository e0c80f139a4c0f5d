"""Execute the book's notebooks in parallel into the Jupyter cache that Jupyter Book reads.

Jupyter Book 1 executes notebooks one at a time while it reads them. We run them first, one
kernel per core, and store the results in the same jupyter-cache database (`_build/.jupyter_cache`)
with the same hashing, so that the book build finds every notebook already executed. A
notebook whose code cells and kernel are unchanged matches its cached record and is not run.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class NotebookFailure:
    """A notebook that stopped with an error: which cell, and what it printed."""

    path: Path
    cell: int | None  # 1-based position among all cells, as a notebook editor counts them
    error: str
    traceback: str


@dataclass(frozen=True)
class ExecutionReport:
    executed: list[Path]
    cached: list[Path]
    failures: list[NotebookFailure]
    seconds: float
    # The executed notebooks, kept so the student edition needs no cache look-up for them.
    outputs: dict[Path, nbformat.NotebookNode] = field(default_factory=dict)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def execute_notebooks(
    notebooks: list[Path],
    cache_dir: Path,
    *,
    workers: int | None = None,
    timeout: int = 120,
    progress: Callable[[str], None] = lambda message: None,
    label: Callable[[Path], str] = str,
) -> ExecutionReport:
    """Execute every notebook whose code is not already cached; return what happened.

    `label` turns a path into the name shown in progress messages.
    """
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    start = time.perf_counter()
    cache = get_cache(str(cache_dir))
    pending, cached = [], []
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        try:
            cache.match_cache_notebook(notebook)
        except KeyError:
            pending.append(path)
        else:
            cached.append(path)

    if cached:
        progress(f"{len(cached)} notebook(s) unchanged since their last run: using cached outputs")
    if not pending:
        return ExecutionReport([], cached, [], time.perf_counter() - start)

    workers = max(1, min(workers or default_workers(), len(pending)))
    progress(f"Executing {len(pending)} notebook(s) on {workers} worker(s)")
    executed, failures, outputs = [], [], {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_execute_one, str(path), timeout): path for path in pending}
        for done, future in enumerate(as_completed(futures), start=1):
            path = futures[future]
            result = future.result()
            left = len(pending) - done
            if result.failure is not None:
                failures.append(result.failure)
                progress(f"  failed   {label(path)} ({result.seconds:.1f} s) - {left} left")
                continue
            notebook = nbformat.reads(result.notebook_json, as_version=4)
            cache.cache_notebook_bundle(
                CacheBundleIn(notebook, str(path), data={"execution_seconds": result.seconds}),
                check_validity=False,
                overwrite=True,
            )
            executed.append(path)
            outputs[path] = notebook
            progress(f"  executed {label(path)} ({result.seconds:.1f} s) - {left} left")
    return ExecutionReport(executed, cached, failures, time.perf_counter() - start, outputs)


@dataclass(frozen=True)
class _WorkerResult:
    notebook_json: str
    seconds: float
    failure: NotebookFailure | None


def _execute_one(path_text: str, timeout: int) -> _WorkerResult:
    """Run one notebook in its own folder (so relative data paths work) in a worker process."""
    from jupyter_cache.executors.utils import single_nb_execution

    path = Path(path_text)
    notebook = nbformat.read(path, as_version=4)
    result = single_nb_execution(
        notebook, cwd=str(path.parent), timeout=timeout, allow_errors=False, meta_override=True
    )
    failure = None
    if result.err is not None:
        failure = _describe_failure(path, notebook, result.err, result.exc_string or "")
    return _WorkerResult(nbformat.writes(notebook), result.time, failure)


def _describe_failure(path: Path, notebook, error: BaseException, text: str) -> NotebookFailure:
    for index, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                summary = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}".strip()
                traceback = "\n".join(output.get("traceback", []))
                return NotebookFailure(path, index, summary, _ANSI.sub("", traceback))
    # No error output: the kernel died or a cell timed out.
    summary = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    return NotebookFailure(path, None, summary.strip(), _ANSI.sub("", text))
