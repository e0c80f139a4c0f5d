"""The course's BibTeX file: which citation keys it defines, and entries the build would reject."""

from __future__ import annotations

import re
from pathlib import Path

from curriculum.errors import Issue

ENTRY = re.compile(r"^\s*@(\w+)\s*\{\s*([^,\s]+)\s*,", re.M)
FIELD = re.compile(r"^\s*(\w+)\s*=", re.M)
NOT_ENTRIES = frozenset({"comment", "string", "preamble"})
# Fields the bibliography style cannot do without (it warns, and the strict build fails).
# A web page or an item with no known author is a @misc, which needs none.
REQUIRED = {
    "article": ("author", "title", "journal", "year"),
    "book": ("title", "publisher", "year"),
    "incollection": ("author", "title", "booktitle", "publisher", "year"),
    "inproceedings": ("author", "title", "booktitle", "year"),
    "techreport": ("author", "title", "institution", "year"),
    "phdthesis": ("author", "title", "school", "year"),
}


def bibtex_keys(path: Path) -> dict[str, int]:
    """Citation key -> line number of every entry (comments and @string are not entries)."""
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8-sig")
    return {
        match.group(2): text.count("\n", 0, match.start()) + 1
        for match in ENTRY.finditer(text)
        if match.group(1).lower() not in NOT_ENTRIES
    }


def bibtex_problems(path: Path, label: str) -> list[Issue]:
    """Entries defined twice, and entries missing a field their type needs."""
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8-sig")
    issues, seen = [], {}
    matches = [m for m in ENTRY.finditer(text) if m.group(1).lower() not in NOT_ENTRIES]
    for index, match in enumerate(matches):
        kind, key = match.group(1).lower(), match.group(2)
        line = text.count("\n", 0, match.start()) + 1
        if key in seen:
            issues.append(
                Issue(
                    label,
                    str(line),
                    "bibtex-duplicate",
                    f"'{key}' is defined twice (first on line {seen[key]})",
                )
            )
        seen.setdefault(key, line)
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        fields = {name.lower() for name in FIELD.findall(text, match.end(), end)}
        missing = [name for name in REQUIRED.get(kind, ()) if name not in fields]
        if kind == "book" and not fields & {"author", "editor"}:
            missing.insert(0, "author or editor")
        if missing:
            issues.append(
                Issue(
                    label,
                    str(line),
                    "bibtex-field",
                    f"@{kind} '{key}' has no {', '.join(missing)}; add it, or make it a "
                    "@misc if it is not known",
                )
            )
    return issues
