"""The course glossary (appendices/glossary.md): which terms it defines.

Entries are written in a MyST `{glossary}` block: a term on its own line, its definition
indented below it. Sphinx matches `{term}` links without regard to case, and so does this.
"""

from __future__ import annotations

import re
from pathlib import Path

GLOSSARY_START = re.compile(r"^(`{3,}|:{3,})\s*\{glossary\}")


def glossary_terms(path: Path) -> dict[str, int]:
    """Lower-cased term -> line number of every entry in the glossary file (empty if none)."""
    if not path.is_file():
        return {}
    terms: dict[str, int] = {}
    fence = None
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if fence is None:
            if match := GLOSSARY_START.match(line.strip()):
                fence = match.group(1)
            continue
        if line.strip() == fence:
            fence = None
        elif line.strip() and not line[0].isspace() and not line.startswith(":"):
            terms.setdefault(line.strip().casefold(), number)
    return terms
