"""The course's BibTeX file: which citation keys it defines."""

from __future__ import annotations

import re
from pathlib import Path

ENTRY = re.compile(r"^\s*@(\w+)\s*\{\s*([^,\s]+)\s*,", re.M)


def bibtex_keys(path: Path) -> dict[str, int]:
    """Citation key -> line number of every entry (comments and @string are not entries)."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8-sig")
    return {
        match.group(2): text.count("\n", 0, match.start()) + 1
        for match in ENTRY.finditer(text)
        if match.group(1).lower() not in {"comment", "string", "preamble"}
    }
