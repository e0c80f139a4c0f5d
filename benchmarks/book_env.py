"""The environment a teacher's `make book` creates, for benchmarks to time commands in.

The development environment (.venv) also holds the test tools; JupyterLab among them pulls in
a JSON-schema plug-in that makes `import nbformat` about 2 s slower. Timing there would
measure our test set-up, not what teachers and students run. So the benchmarks run the
commands in a separate environment with only the project installed (editable, so it runs the
code in this checkout), made on first use under _build/bench-venvs/book and reused.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BOOK_VENV = REPO / "_build" / "bench-venvs" / "book"


def book_bin() -> Path:
    """The bin/ folder of the book-only environment, created if missing."""
    python = BOOK_VENV / "bin" / "python"
    marker = BOOK_VENV / ".installed-from"
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    if not python.exists() or not marker.exists() or marker.read_text() != pyproject:
        print(
            f"Preparing the book-only environment in {BOOK_VENV} (first run only) ...", flush=True
        )
        subprocess.run([sys.executable, "-m", "venv", str(BOOK_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", str(REPO)], check=True
        )
        marker.write_text(pyproject)
    return python.parent
