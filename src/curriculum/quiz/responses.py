"""Read a class's answers from a CSV file, for `curriculum quiz grade`.

The file has one row per answer and the header `student,question,answer`:

    student,question,answer
    Ana,what-is-a-lymphocyte,a
    Ana,cell-parts,a;b
    Ana,genes-are-dna,true
    Ana,doubling,8000
    Ana,codon-length,codon
    Ana,dna-to-protein,B;A;C
    Ana,match-cells,1-C;2-A;3-B

- single / multiple: the option's key, or its letter on the worksheet (A, B, C...); several
  answers separated by ";"
- true_false: true or false (also yes/no)
- numeric and short_text: what the student wrote
- ordering: the worksheet letters of the items, in the student's order, e.g. B;A;C
- matching: each term's number and the letter of its match, e.g. 1-C;2-A;3-B
"""

from __future__ import annotations

import re
from pathlib import Path

from curriculum.csvfile import read_csv
from curriculum.errors import Issue
from curriculum.quiz.export.common import letter
from curriculum.quiz.grader import Response
from curriculum.quiz.model import Bank
from curriculum.quiz.render import display_order

COLUMNS = ("student", "question", "answer")
_SPLIT = re.compile(r"\s*[;,]\s*")


def read_responses(bank: Bank, path: Path, label: str) -> tuple[list[Response], list[Issue]]:
    table, issues = read_csv(path, label)
    if table is None:
        return [], issues
    missing = [c for c in COLUMNS if c not in table.header]
    if missing:
        return [], [
            *issues,
            Issue(
                label,
                "1",
                "responses-header",
                f"the header needs the columns {', '.join(COLUMNS)}; missing: {', '.join(missing)}",
            ),
        ]
    responses = []
    for row, line in zip(table.rows, table.lines, strict=True):
        try:
            question = bank.question(row["question"])
        except KeyError:
            issues.append(
                Issue(
                    label,
                    f"{line}:question",
                    "responses-question",
                    f"no question '{row['question']}' in the bank",
                )
            )
            continue
        try:
            answer = parse_answer(bank, question, row["answer"])
        except ValueError as error:
            issues.append(Issue(label, f"{line}:answer", "responses-answer", str(error)))
            continue
        responses.append(Response(row["student"], question.id, answer))
    return responses, issues


def parse_answer(bank: Bank, question, text: str):
    """The Python answer for one CSV cell (see the module's description of the format)."""
    kind = question.type
    if kind in ("single", "multiple"):
        keys = [_option_key(question, part) for part in _parts(text)]
        return keys[0] if kind == "single" and keys else set(keys)
    if kind == "ordering":
        shown = display_order(bank, question.id, question.items)
        return [_by_letter(shown, part) for part in _letters(text)]
    if kind == "matching":
        shown = display_order(bank, question.id, list(question.pairs.values()))
        terms = list(question.pairs)
        chosen = {}
        parts = _parts(text)
        for index, part in enumerate(parts):
            number, _, choice = part.partition("-") if "-" in part else (str(index + 1), "", part)
            if not number.strip().isdigit() or not 1 <= int(number) <= len(terms):
                raise ValueError(f"'{part}' should look like 1-C (term number, match letter)")
            chosen[terms[int(number) - 1]] = _by_letter(shown, choice)
        return chosen
    return text


def _parts(text: str) -> list[str]:
    return [p for p in _SPLIT.split(text.strip()) if p]


def _letters(text: str) -> list[str]:
    parts = _parts(text)
    return list(parts[0]) if len(parts) == 1 and parts[0].isalpha() and len(parts[0]) > 1 else parts


def _option_key(question, part: str) -> str:
    if part in question.options:
        return part
    keys = list(question.options)
    index = ord(part.upper()) - ord("A") if len(part) == 1 and part.isalpha() else -1
    if 0 <= index < len(keys):
        return keys[index]
    choices = ", ".join(f"{letter(i)} or {k}" for i, k in enumerate(keys))
    raise ValueError(f"'{part}' is not an option ({choices})")


def _by_letter(shown: list[str], part: str) -> str:
    index = ord(part.strip().upper()) - ord("A") if len(part.strip()) == 1 else -1
    if not 0 <= index < len(shown):
        raise ValueError(f"'{part}' is not one of the letters A-{letter(len(shown) - 1)}")
    return shown[index]
