"""A lesson page: its front matter (what tools read) and the references it makes.

Lesson pages are `lessons/NN-slug.md`. Their front matter declares:

    id: "04-car-t"            # the file name without .md
    title: "CAR-T: ..."
    minutes: 45
    level: "ages 12-18"
    objectives: ["Describe ...", ...]   # quiz questions name one of these exactly
    key_terms: ["CAR-T cell", ...]      # glossary entries, each linked in the page with {term}
    standards: ["HS-LS1-1", ...]        # codes from lessons/standards.yml
    activity: notebook                  # notebook (notebooks/<id>.ipynb) or unplugged

Reading never raises for a malformed page: every problem becomes an Issue at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.book.figures import FIGURE_DIRECTIVE
from curriculum.errors import Issue
from curriculum.yamlfile import load_yaml

ACTIVITIES = ("notebook", "unplugged")
LESSON_KEYS = (
    "id",
    "title",
    "minutes",
    "level",
    "objectives",
    "key_terms",
    "standards",
    "activity",
)
# Front-matter keys that MyST, MyST-NB and Sphinx read; allowed so a typo still stands out.
BOOK_KEYS = frozenset(
    {
        "substitutions",
        "html_meta",
        "orphan",
        "nosearch",
        "tocdepth",
        "short_title",
        "myst",
        "mystnb",
        "kernelspec",
        "jupytext",
        "file_format",
    }
)
REQUIRED_SECTIONS = (
    "Why it matters",
    "Learn",
    "Explore",
    "Check your understanding",
    "Think about it",
    "References",
)

CITE_ROLE = re.compile(r"\{cite(?::\w+)?\}`([^`]+)`")
TERM_ROLE = re.compile(r"\{term\}`([^`]+)`")
QUIZ_DIRECTIVE = re.compile(r"^\s*(?:`{3,}|:{3,})\s*\{quiz\}\s*(\S+)")
TEACHER_NOTES = re.compile(r"^\s*(?:`{3,}|:{3,})\s*\{teacher-notes\}", re.M)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Reference:
    """A `{cite}` or `{term}` role: its target and the line it is on."""

    target: str
    line: int


@dataclass
class LessonPage:
    path: Path
    label: str  # as shown in messages: relative to the course root
    text: str
    id: str = ""
    title: str = ""
    minutes: int = 0
    level: str = ""
    objectives: list[str] = field(default_factory=list)
    key_terms: list[str] = field(default_factory=list)
    standards: list[str] = field(default_factory=list)
    activity: str = ""
    field_lines: dict[str, int] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def citations(self) -> list[Reference]:
        return [
            Reference(key.strip(), line)
            for line, text in self._lines()
            for match in CITE_ROLE.finditer(text)
            for key in match.group(1).split(",")
            if key.strip()
        ]

    @property
    def cited_keys(self) -> list[str]:
        """Each cited key once, in order of first use."""
        return list(dict.fromkeys(ref.target for ref in self.citations))

    @property
    def term_links(self) -> list[Reference]:
        return [
            Reference(_role_target(match.group(1)), line)
            for line, text in self._lines()
            for match in TERM_ROLE.finditer(text)
        ]

    @property
    def quizzes(self) -> list[Reference]:
        return [
            Reference(match.group(1), line)
            for line, text in self._lines()
            if (match := QUIZ_DIRECTIVE.match(text))
        ]

    @property
    def figures(self) -> list[Reference]:
        """`course-figure` scripts (paths from the course folder) and their lines."""
        return [
            Reference(match.group(1), line)
            for line, text in self._lines()
            if (match := FIGURE_DIRECTIVE.match(text))
        ]

    def has_alt_text(self, figure: Reference) -> bool:
        """Whether the figure's option lines, right below the directive, include :alt: text."""
        for text in self.text.splitlines()[figure.line :]:
            option = re.match(r"^\s*:([\w-]+):\s*(.*)$", text)
            if not option:
                return False
            if option.group(1) == "alt" and option.group(2).strip():
                return True
        return False

    @property
    def has_teacher_notes(self) -> bool:
        return TEACHER_NOTES.search(self.text) is not None

    @property
    def sections(self) -> list[str]:
        return [
            m.group(2)
            for _, text in self._lines()
            if (m := HEADING.match(text)) and m.group(1) == "##"
        ]

    def line_of(self, key: str) -> str:
        return str(self.field_lines.get(key, 1))

    def _lines(self):
        return enumerate(self.text.splitlines(), start=1)


def _role_target(content: str) -> str:
    """`text <target>` or `target` -> target."""
    match = re.match(r"^(.*?)\s*<([^>]+)>\s*$", content, re.S)
    return (match.group(2) if match else content).strip()


def read_lesson(path: Path, label: str) -> LessonPage:
    """Read a lesson page; problems with its front matter are in `.issues`."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        page = LessonPage(path, label, "")
        page.issues.append(Issue(label, "", "encoding", f"not UTF-8 text (byte {error.start})"))
        return page
    page = LessonPage(path, label, text)
    front, offset = _front_matter(text)
    if front is None:
        page.issues.append(
            Issue(
                label,
                "1",
                "lesson-front-matter",
                "no front matter: start the page with --- "
                "and the lesson's id, title, minutes, level, objectives, key_terms, standards",
            )
        )
        return page
    document, problems = load_yaml(front, label)
    page.issues += [
        Issue(
            p.path, str(int(p.where) + offset) if p.where.isdigit() else p.where, p.code, p.message
        )
        for p in problems
    ]
    data = document.data if document else None
    if document is None:
        return page
    if not isinstance(data, dict):
        page.issues.append(
            Issue(label, "2", "lesson-front-matter", "front matter must be key: value lines")
        )
        return page
    page.field_lines = {key: document.line(key) + offset for key in data}
    _read_fields(page, data)
    return page


def _front_matter(text: str) -> tuple[str | None, int]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None, 0
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), 1
    return None, 0


def _read_fields(page: LessonPage, data: dict) -> None:
    def problem(key: str, message: str) -> None:
        page.issues.append(Issue(page.label, page.line_of(key), "lesson-front-matter", message))

    for key in ("id", "title", "level"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            problem(key, f"'{key}' is missing or empty: give it as text")
        else:
            setattr(page, key, value.strip())
    if page.id and page.id != page.path.stem:
        problem("id", f"id '{page.id}' differs from the file name; use '{page.path.stem}'")
    minutes = data.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 600:
        problem("minutes", "'minutes' must be a whole number of minutes, e.g. 45")
    else:
        page.minutes = minutes
    for key in ("objectives", "key_terms", "standards"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problem(key, f"'{key}' must be a list of texts, e.g. [\"...\"]")
            continue
        setattr(page, key, [v.strip() for v in value])
    if not page.objectives and "objectives" in data:
        problem("objectives", "'objectives' is empty: list what students will be able to do")
    elif "objectives" not in data:
        problem("objectives", "'objectives' is missing: list what students will be able to do")
    activity = data.get("activity", "")
    if activity not in ACTIVITIES:
        problem("activity", f"'activity' must be one of: {', '.join(ACTIVITIES)}")
    else:
        page.activity = activity
    for key in data:
        if key not in LESSON_KEYS and key not in BOOK_KEYS:
            problem(key, f"unknown front-matter key '{key}'; lesson keys: {', '.join(LESSON_KEYS)}")
