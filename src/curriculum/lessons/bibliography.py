"""The course's BibTeX file: which citation keys it defines, and entries the build would reject."""

from __future__ import annotations

import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class BibEntry:
    kind: str  # lower case: "misc", "article" ...
    key: str
    line: int
    fields: frozenset[str]  # field names, lower case


def read_entries(path: Path) -> list[BibEntry]:
    """Every entry of the file, in order (none if there is no file): read and scanned once."""
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8-sig")
    matches = [m for m in ENTRY.finditer(text) if m.group(1).lower() not in NOT_ENTRIES]
    entries, line, counted = [], 1, 0
    for index, match in enumerate(matches):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        fields = frozenset(name.lower() for name in FIELD.findall(text, match.end(), end))
        entries.append(BibEntry(match.group(1).lower(), match.group(2), line, fields))
    return entries


def bibtex_keys(path: Path) -> dict[str, int]:
    """Citation key -> line where its entry starts."""
    return {entry.key: entry.line for entry in read_entries(path)}


def bibtex_problems(entries: list[BibEntry], label: str) -> list[Issue]:
    """Entries defined twice, and entries missing a field their type needs."""
    issues, seen = [], {}
    for entry in entries:
        if entry.key in seen:
            issues.append(
                Issue(
                    label,
                    str(entry.line),
                    "bibtex-duplicate",
                    f"'{entry.key}' is defined twice (first on line {seen[entry.key]})",
                )
            )
        seen.setdefault(entry.key, entry.line)
        missing = [name for name in REQUIRED.get(entry.kind, ()) if name not in entry.fields]
        if entry.kind == "book" and not entry.fields & {"author", "editor"}:
            missing.insert(0, "author or editor")
        if missing:
            issues.append(
                Issue(
                    label,
                    str(entry.line),
                    "bibtex-field",
                    f"@{entry.kind} '{entry.key}' has no {', '.join(missing)}; add it, or make "
                    "it a @misc if it is not known",
                )
            )
    return issues
