"""Replace the published site with a freshly built one without leaving it half-written."""

from __future__ import annotations

import shutil
from pathlib import Path


def publish(built: Path, target: Path) -> None:
    """Copy `built` next to `target`, then swap it in with renames.

    The copy happens beside the target, so a failure (a full disk, an interrupted copy)
    leaves the previous site untouched; the swap itself is two renames.
    """
    incoming = target.with_name(f".{target.name}.incoming")
    outgoing = target.with_name(f".{target.name}.outgoing")
    for leftover in (incoming, outgoing):
        if leftover.exists():
            shutil.rmtree(leftover)
    shutil.copytree(built, incoming)
    if target.exists():
        target.rename(outgoing)
    incoming.rename(target)
    if outgoing.exists():
        shutil.rmtree(outgoing)
