"""Solution markers: the tags and comment lines that say what students must not see."""

from __future__ import annotations

import re

SOLUTION_TAG = "solution"
TEACHER_ONLY_TAG = "teacher-only"
BEGIN = re.compile(r"^\s*###\s*BEGIN SOLUTION\s*$")
END = re.compile(r"^\s*###\s*END SOLUTION\s*$")
CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"


def tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def has_tag(cell, tag: str) -> bool:
    return tag in tags(cell)


def marker_lines(source: str) -> list[tuple[int, str]]:
    """(line number, 'begin' or 'end') for every marker line in a cell's source."""
    found = []
    for number, line in enumerate(source.splitlines(), start=1):
        if BEGIN.match(line):
            found.append((number, "begin"))
        elif END.match(line):
            found.append((number, "end"))
    return found


def marker_problems(source: str) -> list[tuple[int, str]]:
    """(line, message) for markers that are unbalanced or nested."""
    problems = []
    open_at = None
    for number, kind in marker_lines(source):
        if kind == "begin":
            if open_at is not None:
                problems.append(
                    (number, f"BEGIN SOLUTION inside the region opened on line {open_at}")
                )
            open_at = number
        elif open_at is None:
            problems.append((number, "END SOLUTION without a BEGIN SOLUTION before it"))
        else:
            open_at = None
    if open_at is not None:
        problems.append((open_at, "BEGIN SOLUTION is never closed by END SOLUTION"))
    return problems


def replace_regions(source: str) -> str:
    """The source with each marked region replaced by the code stub, at the marker's indent."""
    out: list[str] = []
    inside = False
    for line in source.splitlines():
        if BEGIN.match(line):
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + stub for stub in CODE_STUB.splitlines())
        elif END.match(line):
            inside = False
        elif not inside:
            out.append(line)
    return "\n".join(out)
