"""A digest of everything that can change the built site.

If nothing changed since the last successful build, `curriculum build` can stop at once
instead of starting Sphinx, which alone costs seconds.
"""

from __future__ import annotations

import hashlib
import sys
from importlib import metadata
from pathlib import Path

from curriculum.project import Project

# Packages whose version changes the HTML we produce.
_SITE_PACKAGES = (
    "curriculum",
    "jupyter-book",
    "sphinx",
    "myst-nb",
    "sphinx-book-theme",
    "pydata-sphinx-theme",
)


def site_fingerprint(project: Project) -> str:
    digest = hashlib.sha256()
    digest.update(sys.executable.encode())
    for name in _SITE_PACKAGES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    for path in _extension_sources():
        _add_file(digest, path, path.name)
    for path in project.content_files():
        _add_file(digest, path, project.relative(path))
    return digest.hexdigest()


def _extension_sources() -> list[Path]:
    # The Sphinx extension and its templates shape every page, and an editable install
    # changes them without changing the version.
    package = Path(__file__).resolve().parent.parent
    return sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _add_file(digest, path: Path, name: str) -> None:
    digest.update(name.encode() + b"\0")
    digest.update(path.read_bytes())
    digest.update(b"\0")
