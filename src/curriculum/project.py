"""Where things live in a course folder.

Every directory and file name the tools use is defined here, so no other module hard-codes a
content path. A course folder is the nearest folder, upwards from where a command runs, that
holds `_config.yml`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from curriculum.errors import ProjectNotFoundError

CONFIG_FILE = "_config.yml"
TOC_FILE = "_toc.yml"
LESSONS_DIR = "lessons"
QUIZZES_DIR = "lessons/quizzes"
NOTEBOOKS_DIR = "notebooks"
DATA_DIR = "data"
BUILD_DIR = "_build"
# Lesson pages are numbered, two digits then a slug; other pages in lessons/ are handouts.
LESSON_PAGE = re.compile(r"^\d{2}-[a-z0-9-]+\.md$")
STANDARDS_FILE = "lessons/standards.yml"
GLOSSARY_FILE = "appendices/glossary.md"
BIBLIOGRAPHY_FILE = "references.bib"

# Folders that hold no course content: tools never read or fingerprint inside them.
NON_CONTENT_DIRS = frozenset(
    {
        BUILD_DIR,
        ".venv",
        ".git",
        ".ci",
        "src",
        "tests",
        "benchmarks",
        "sources",  # fact-checking logs for maintainers, not part of the site
        "node_modules",
        "__pycache__",
        ".ipynb_checkpoints",
        ".pytest_cache",
        ".ruff_cache",
    }
)


@dataclass(frozen=True)
class Project:
    """A course folder and the paths inside it."""

    root: Path

    @classmethod
    def find(cls, start: Path | str | None = None) -> Project:
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_FILE).is_file():
                return cls(folder)
        raise ProjectNotFoundError(
            f"No course found: neither {here} nor any folder above it holds {CONFIG_FILE}. "
            "Run the command inside the course folder, or pass --root PATH."
        )

    @classmethod
    def at(cls, root: Path | str) -> Project:
        """The course in exactly this folder."""
        folder = Path(root).resolve()
        if not (folder / CONFIG_FILE).is_file():
            raise ProjectNotFoundError(f"{folder} is not a course folder: it has no {CONFIG_FILE}.")
        return cls(folder)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def toc_path(self) -> Path:
        return self.root / TOC_FILE

    @property
    def lessons_dir(self) -> Path:
        return self.root / LESSONS_DIR

    @property
    def quizzes_dir(self) -> Path:
        """One quiz bank per lesson, named like the lesson: lessons/quizzes/03-milestones.yml."""
        return self.root / QUIZZES_DIR

    def lesson_pages(self) -> list[Path]:
        """Lesson pages are numbered: lessons/04-car-t.md (handouts and figures are not)."""
        return sorted(p for p in self.lessons_dir.glob("*.md") if LESSON_PAGE.match(p.name))

    @property
    def standards_path(self) -> Path:
        return self.root / STANDARDS_FILE

    @property
    def glossary_path(self) -> Path:
        return self.root / GLOSSARY_FILE

    @property
    def bibliography_path(self) -> Path:
        return self.root / BIBLIOGRAPHY_FILE

    def quiz_banks(self) -> list[Path]:
        return sorted(self.quizzes_dir.glob("*.yml"))

    @property
    def notebooks_dir(self) -> Path:
        return self.root / NOTEBOOKS_DIR

    @property
    def data_dir(self) -> Path:
        return self.root / DATA_DIR

    @property
    def build_dir(self) -> Path:
        return self.root / BUILD_DIR

    @property
    def html_dir(self) -> Path:
        """The published site: what `make serve` serves and a teacher copies to a web host."""
        return self.build_dir / "html"

    @property
    def stage_dir(self) -> Path:
        """Where Sphinx builds and keeps its incremental state; published only on success."""
        return self.build_dir / ".stage"

    @property
    def student_source_dir(self) -> Path:
        """The student edition's copy of the course, which its site is built from."""
        return self.build_dir / ".student-src"

    @property
    def cache_dir(self) -> Path:
        """Executed notebooks, shared by `curriculum build` and a plain `jupyter-book build .`."""
        return self.build_dir / ".jupyter_cache"

    def relative(self, path: Path | str) -> str:
        """A path as users see it in messages: relative to the course root, with `/`."""
        path = Path(path)
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def content_files(self) -> list[Path]:
        """Every file that can change the built site, in a stable order."""
        found = []
        for folder, dirs, files in os.walk(self.root):
            # Prune in place so that large trees such as .venv are never walked.
            dirs[:] = sorted(d for d in dirs if d not in NON_CONTENT_DIRS and not d.startswith("."))
            found.extend(Path(folder) / name for name in files)
        return sorted(found)
