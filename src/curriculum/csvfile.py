"""Read a hand-edited CSV file into rows of text, reporting problems instead of raising.

Spreadsheets save CSV with a byte-order mark, Windows line endings or a stray comma; this reader
accepts the first two and reports the last as one clear issue naming the line. Nothing here
knows about pandas: rows stay text until `load` converts them with the manifest's types.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.errors import Issue


@dataclass
class CsvTable:
    header: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the file line each row starts on


def read_csv(path: Path, label: str) -> tuple[CsvTable | None, list[Issue]]:
    """Rows as dicts keyed by header name; rows with the wrong number of fields are reported
    and left out. Returns None for the table when the file cannot be read at all."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Issue(label, "", "missing-file", "file not found")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            Issue(
                label,
                str(line),
                "encoding",
                f"not UTF-8 text (byte {error.start}); in a spreadsheet, save as 'CSV UTF-8'",
            )
        ]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    issues: list[Issue] = []
    try:
        header = next(reader, None)
    except csv.Error as error:
        return None, [Issue(label, "1", "csv-syntax", f"cannot read the header: {error}")]
    if not header or not any(cell.strip() for cell in header):
        return None, [Issue(label, "1", "csv-header", "the first line must name the columns")]
    header = [cell.strip() for cell in header]
    table = CsvTable(header)
    previous_end = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            issues.append(Issue(label, str(previous_end + 1), "csv-syntax", _explain(error)))
            break
        start = previous_end + 1
        previous_end = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are harmless
        if len(cells) != len(header):
            issues.append(
                Issue(
                    label,
                    str(start),
                    "csv-fields",
                    f"{len(cells)} fields but the header has {len(header)}; a value with a "
                    "comma in it must be in double quotes",
                )
            )
            continue
        table.rows.append({name: cell.strip() for name, cell in zip(header, cells, strict=True)})
        table.lines.append(start)
    return table, issues


def _explain(error: csv.Error) -> str:
    text = str(error)
    if "unexpected end of data" in text or "EOF" in text:
        return 'a double quote (") opened on this line is never closed'
    return f"cannot read this line: {text}"
