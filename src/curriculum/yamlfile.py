"""Read YAML files and remember the line each key came from.

Course files are edited by hand, so every message about them must point at a line. PyYAML's
node tree has the marks; this module turns it into plain Python data plus a table of lines,
and reports syntax errors and duplicate keys (which PyYAML would silently overwrite) as issues.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from curriculum.errors import Issue

KeyPath = tuple[str | int, ...]
# libyaml's parser when PyYAML has it (it does on every common platform): about ten times
# faster, with the same marks; the pure-Python one otherwise.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDocument:
    """Parsed YAML data with the 1-based line of every key path (`("execute", "timeout")`)."""

    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line(self, *key_path: str | int) -> int:
        """The line of the deepest known part of `key_path` (line 1 if none is known)."""
        path = tuple(key_path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def load_yaml(text: str, path: str) -> tuple[YamlDocument | None, list[Issue]]:
    """Parse `text`; return the document (None if it cannot be read) and every problem found.

    `path` is only used to label the issues.
    """
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark and "end of stream" in (error.problem or ""):
            # An unclosed quote or bracket is reported where the file ends; where it was opened
            # is where the author must look.
            mark = error.context_mark
        line = str(mark.line + 1) if mark else ""
        problem = error.problem or error.context or "cannot be read"
        return None, [Issue(path, line, "yaml-syntax", f"invalid YAML: {problem}")]
    except yaml.YAMLError as error:
        return None, [Issue(path, "", "yaml-syntax", f"invalid YAML: {error}")]
    builder = _Builder(path)
    if root is None:
        return YamlDocument(None, {(): 1}), []
    data = builder.build(root, ())
    return YamlDocument(data, builder.lines), builder.issues


def read_yaml(file: Path, label: str) -> tuple[YamlDocument | None, list[Issue]]:
    """Read and parse a YAML file; a missing or undecodable file is reported as an issue."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None, [Issue(label, "", "missing-file", "file not found")]
    except UnicodeDecodeError as error:
        return None, [
            Issue(label, "", "encoding", f"not UTF-8 text (byte {error.start}); save it as UTF-8")
        ]
    return load_yaml(text, label)


class _Builder:
    def __init__(self, path: str) -> None:
        self.path = path
        self.lines: dict[KeyPath, int] = {}
        self.issues: list[Issue] = []
        self._scalars = SafeConstructor()

    def build(self, node: Node, key_path: KeyPath) -> Any:
        self.lines.setdefault(key_path, node.start_mark.line + 1)
        if isinstance(node, MappingNode):
            return self._mapping(node, key_path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*key_path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, ScalarNode):
            return self._scalars.construct_object(node, deep=True)
        return None  # pragma: no cover - the safe loader only makes the three node kinds

    def _mapping(self, node: MappingNode, key_path: KeyPath) -> dict:
        result: dict = {}
        first_seen: dict = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, (*key_path, "<key>"))
            line = key_node.start_mark.line + 1
            if not isinstance(key, str | int | float | bool) and key is not None:
                self.issues.append(
                    Issue(self.path, str(line), "yaml-key", "a key must be a plain word")
                )
                continue
            if key in first_seen:
                self.issues.append(
                    Issue(
                        self.path,
                        str(line),
                        "duplicate-key",
                        f"duplicate key '{key}' (first used on line {first_seen[key]})",
                    )
                )
                continue
            first_seen[key] = line
            self.lines[(*key_path, key)] = line
            result[key] = self.build(value_node, (*key_path, key))
        self.lines.pop((*key_path, "<key>"), None)
        return result
