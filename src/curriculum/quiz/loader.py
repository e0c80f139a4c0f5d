"""Read and write quiz banks, reporting every problem with its file and line.

`loads`/`load` and `dumps`/`dump` follow the json module's vocabulary. A bank that does not
match the format raises QuizError, whose `issues` name each problem's line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from curriculum.errors import CurriculumError, Issue, sorted_issues
from curriculum.quiz.model import QUESTION_TYPES, Bank
from curriculum.yamlfile import YamlDocument, load_yaml

QUIZ_SUFFIX = ".yml"


class QuizError(CurriculumError):
    """A quiz bank cannot be used; `issues` lists every problem."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = sorted_issues(issues)
        super().__init__("\n".join(issue.format() for issue in self.issues))


def loads(text: str, path: str = "<quiz>", name: str = "") -> Bank:
    document, issues = load_yaml(text, path)
    if document is None:
        raise QuizError(issues)
    if not isinstance(document.data, dict):
        raise QuizError(
            [
                *issues,
                Issue(
                    path,
                    "1",
                    "quiz-format",
                    "a quiz bank is a mapping with 'title' and 'questions'",
                ),
            ]
        )
    issues += _duplicate_ids(document, path)
    try:
        bank = Bank.model_validate({**document.data, "name": name or Path(path).stem})
    except ValidationError as error:
        issues += [_issue(document, path, detail) for detail in error.errors()]
        bank = None
    if issues:
        raise QuizError(issues)
    return bank


def load(path: Path | str) -> Bank:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise QuizError([Issue(str(path), "", "missing-file", "quiz bank not found")]) from None
    except UnicodeDecodeError as error:
        raise QuizError(
            [Issue(str(path), "", "encoding", f"not UTF-8 text (byte {error.start})")]
        ) from None
    return loads(text, str(path), name=path.stem)


def dumps(bank: Bank) -> str:
    data = bank.model_dump(mode="json", exclude_defaults=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def dump(bank: Bank, path: Path | str) -> None:
    """Write a bank atomically: a reader never sees a half-written file."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(dumps(bank), encoding="utf-8")
    partial.replace(path)


def _duplicate_ids(document: YamlDocument, path: str) -> list[Issue]:
    questions = document.data.get("questions")
    if not isinstance(questions, list):
        return []
    first: dict[str, int] = {}
    issues = []
    for index, question in enumerate(questions):
        if not isinstance(question, dict) or not isinstance(question.get("id"), str):
            continue
        line = document.line("questions", index, "id")
        qid = question["id"]
        if qid in first:
            issues.append(
                Issue(
                    path,
                    str(line),
                    "quiz-duplicate-id",
                    f"question id '{qid}' is used twice (first on line {first[qid]})",
                )
            )
        else:
            first[qid] = line
    return issues


def _issue(document: YamlDocument, path: str, detail: dict) -> Issue:
    key_path = _data_path(document.data, detail["loc"])
    kind = detail["type"]
    last = str(key_path[-1]) if key_path else ""
    message = detail["msg"].removeprefix("Value error, ")
    if kind == "missing":
        missing = str(detail["loc"][-1])
        message = f"'{missing}' is missing"
        if missing == "tolerance":
            message += " (numeric questions need one; write 'tolerance: 0' for an exact answer)"
    elif kind == "extra_forbidden":
        message = f"unknown key '{last}'"
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        key_path = (*key_path, "type")
        message = f"'type' must be one of: {', '.join(QUESTION_TYPES)}"
    elif kind == "string_pattern_mismatch" and last == "id":
        message = "an id uses only lower-case letters, digits and hyphens, e.g. 'first-trial'"
    elif kind == "value_error":
        # Messages start with the field they are about ("answer 'c' not among ..."): point there.
        field = message.split()[0]
        if field in ("answer", "feedback", "items", "pairs"):
            key_path = (*key_path, field)
    elif key_path:
        message = f"'{last}': {message}"
    return Issue(path, str(document.line(*key_path)), "quiz-format", message)


def _data_path(data: Any, location: tuple) -> tuple:
    """The location pydantic reports, minus the parts that are not in the file (the union
    member's tag), so that it can be looked up in the table of lines."""
    path: list = []
    current = data
    for part in location:
        in_mapping = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and part < len(current)
        if in_mapping or in_list:
            path.append(part)
            current = current[part]
        # Anything else is a union tag such as 'single', or a field that is missing: skip it.
    return tuple(path)
