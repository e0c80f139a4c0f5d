"""Digests of everything that can change the built site.

If nothing changed since the last successful build, `curriculum build` can stop at once
instead of starting Sphinx, which alone costs seconds; if no notebook changed, it can skip
looking notebooks up in the execution cache.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Fingerprint:
    """One digest per input file (and one for the tools), by name."""

    files: dict[str, str]

    @property
    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.files, sort_keys=True).encode()).hexdigest()

    def changed_since(self, previous: Fingerprint | None) -> set[str]:
        """Names of inputs that were added, removed or changed (everything if no previous)."""
        if previous is None:
            return set(self.files)
        names = self.files.keys() | previous.files.keys()
        return {n for n in names if self.files.get(n) != previous.files.get(n)}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.files, indent=0, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Fingerprint | None:
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (FileNotFoundError, ValueError):
            return None


TOOLS = "(tools)"


def site_fingerprint(project: Project) -> Fingerprint:
    files = {TOOLS: _tools_digest()}
    for path in project.content_files():
        files[project.relative(path)] = _file_digest(path)
    return Fingerprint(files)


def _tools_digest() -> str:
    digest = hashlib.sha256(sys.executable.encode())
    for name in _SITE_PACKAGES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    # The Sphinx extension and its templates shape every page, and an editable install
    # changes them without changing the version.
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(_file_digest(path).encode())
    return digest.hexdigest()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
