"""`curriculum build --watch`: build, then build again whenever a course file changes.

The command stays running, so each rebuild skips what a fresh `curriculum build` spends
starting Python, importing Sphinx and Jupyter Book and setting Sphinx up (more than half of
a one-page rebuild; see curriculum.book.sphinx_build).
Changes are found by polling file sizes and modification times, which needs no extra
package and works on every file system, including network drives.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from curriculum.project import Project

# Looking costs about a millisecond for a course of 100 files, so it can be often: the
# wait after saving is part of every rebuild.
POLL_SECONDS = 0.2
# After a change, wait until files have been quiet this long: an editor may save a file in
# several steps, and a teacher may save several files at once.
SETTLE_SECONDS = 0.1

Snapshot = dict[Path, tuple[int, int]]


def snapshot(project: Project) -> Snapshot:
    """Size and modification time of every course file."""
    found = {}
    for path in project.content_files():
        try:
            stat = path.stat()
        except FileNotFoundError:  # removed while we looked
            continue
        found[path] = (stat.st_size, stat.st_mtime_ns)
    return found


def changed_files(before: Snapshot, after: Snapshot) -> list[Path]:
    return sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )


def watch(
    project: Project,
    build: Callable[[], object],
    report: Callable[[str], None],
    *,
    stop: Callable[[], bool] = lambda: False,
    poll: float = POLL_SECONDS,
) -> None:
    """Call `build` now and after every change, until `stop()` is true (or Ctrl-C)."""
    build()
    known = snapshot(project)
    report("Watching the course for changes (press Ctrl-C to stop) ...")
    while not stop():
        time.sleep(poll)
        current = snapshot(project)
        if current == known:
            continue
        while True:  # let a burst of saves finish
            time.sleep(SETTLE_SECONDS)
            settled = snapshot(project)
            if settled == current:
                break
            current = settled
        changed = changed_files(known, current)
        known = current
        names = ", ".join(project.relative(path) for path in changed[:3])
        more = f" and {len(changed) - 3} more" if len(changed) > 3 else ""
        report(f"Changed: {names}{more}")
        build()
