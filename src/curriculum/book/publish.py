"""Replace the published site with a freshly built one without leaving it half-written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def publish(built: Path, target: Path) -> None:
    """Assemble a copy of `built` next to `target`, then swap it in with renames.

    The copy is assembled beside the target, so a failure (a full disk, an interrupted copy)
    leaves the previous site untouched; the swap itself is two renames. Files that did not
    change since the last publish are hard links to the published ones, which costs nothing;
    this is safe because published files are never written to again, only replaced.
    """
    if not built.is_dir():
        raise FileNotFoundError(f"no built site at {built}")
    incoming = target.with_name(f".{target.name}.incoming")
    outgoing = target.with_name(f".{target.name}.outgoing")
    for leftover in (incoming, outgoing):
        if leftover.exists():
            shutil.rmtree(leftover)
    _assemble(built, incoming, previous=target if target.is_dir() else None)
    if target.exists():
        target.rename(outgoing)
    incoming.rename(target)
    if outgoing.exists():
        shutil.rmtree(outgoing)


def _assemble(built: Path, destination: Path, previous: Path | None) -> None:
    for folder, _, files in os.walk(built):
        relative = Path(folder).relative_to(built)
        (destination / relative).mkdir(parents=True, exist_ok=True)
        for name in files:
            source = Path(folder) / name
            published = previous / relative / name if previous else None
            if published is not None and _same_file_version(source, published):
                os.link(published, destination / relative / name)
            else:
                # copy2 keeps the modification time, which the next publish compares.
                shutil.copy2(source, destination / relative / name)


def _same_file_version(source: Path, published: Path) -> bool:
    try:
        a, b = source.stat(), published.stat()
    except FileNotFoundError:
        return False
    return (a.st_size, a.st_mtime_ns) == (b.st_size, b.st_mtime_ns)
