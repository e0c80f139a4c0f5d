"""Problems found in course files, and the exceptions the library raises.

Validators never print: they return a list of `Issue` records, and only the command line
decides how to show them and which exit code to use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = re.compile(r"(\d+)")


@dataclass(frozen=True)
class Issue:
    """One problem in one place of one file.

    `path` is relative to the course root and uses forward slashes; `where` is the place
    inside the file ("12" for a line, "cell 7", "row 3:source_url", or "" for the whole file);
    `code` is a short stable name users can search for or filter on.
    """

    path: str
    where: str
    code: str
    message: str

    def format(self) -> str:
        place = f"{self.path}:{self.where}" if self.where else self.path
        return f"{place}: {self.message} [curriculum.{self.code}]"

    def sort_key(self) -> tuple:
        # Natural order, so that line 9 comes before line 10.
        parts = _DIGITS.split(self.where)
        where = tuple(int(p) if p.isdigit() else p for p in parts)
        return (self.path, where, self.code, self.message)


def sorted_issues(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=Issue.sort_key)


class CurriculumError(Exception):
    """An error with a message meant for a person: what went wrong and what to do next."""


class ProjectNotFoundError(CurriculumError):
    """Raised when no course folder (one with `_config.yml`) contains the working directory."""
