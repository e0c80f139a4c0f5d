"""Check `_config.yml` and `_toc.yml` before any slow work starts.

Jupyter Book reports one problem at a time, often as a traceback, and silently ignores
misspelt keys. These checks report every problem at once, each with its file and line.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from curriculum.errors import Issue, sorted_issues
from curriculum.project import CONFIG_FILE, TOC_FILE, Project
from curriculum.yamlfile import YamlDocument, read_yaml

PAGE_SUFFIXES = (".md", ".ipynb", ".rst")
TOC_FORMAT = "jb-book"
TOC_TOP_KEYS = frozenset({"format", "root", "title", "parts", "chapters", "options", "defaults"})
TOC_PART_KEYS = frozenset({"caption", "chapters", "numbered", "options"})
TOC_ENTRY_KEYS = frozenset({"file", "url", "glob", "title", "sections", "options", "numbered"})

# Settings that make the site load scripts from other hosts, which many schools cannot reach
# and which would track students. Each maps a key path to the reason given to the user.
REMOTE_SETTINGS = {
    ("html", "analytics", "google_analytics_id"): "analytics would send students' visits to Google",
    ("html", "analytics", "plausible_analytics_domain"): "analytics would send visits to Plausible",
    ("html", "comments", "hypothesis"): "Hypothesis comments load scripts from hypothes.is",
    ("html", "comments", "utterances"): "utterances comments load scripts from utteranc.es",
    ("launch_buttons", "thebe"): "Thebe loads its scripts from a CDN and needs Binder",
}


def check_book_config(project: Project) -> list[Issue]:
    """Every problem in `_config.yml` and `_toc.yml`, including lesson files left out."""
    return sorted_issues([*check_config_file(project), *check_toc_file(project)])


def check_config_file(project: Project) -> list[Issue]:
    document, issues = read_yaml(project.config_path, CONFIG_FILE)
    if document is None:
        return issues
    if not isinstance(document.data, dict):
        return [*issues, Issue(CONFIG_FILE, "1", "config-type", "must be a mapping of settings")]
    issues += _unknown_config_keys(document)
    issues += _schema_errors(document)
    issues += _remote_settings(document)
    return issues


def _unknown_config_keys(document: YamlDocument) -> list[Issue]:
    known = _known_config_keys()
    issues = []
    for key, value in document.data.items():
        if key not in known:
            issues.append(_unknown_key(document, (key,), sorted(known)))
        elif isinstance(value, dict) and known[key] is not None:
            issues += [
                _unknown_key(document, (key, sub), sorted(known[key]))
                for sub in value
                if sub not in known[key]
            ]
    return issues


def _unknown_key(document: YamlDocument, key_path: tuple, known: list[str]) -> Issue:
    dotted = ".".join(map(str, key_path))
    return Issue(
        CONFIG_FILE,
        str(document.line(*key_path)),
        "unknown-key",
        f"unknown setting '{dotted}'; Jupyter Book would ignore it. Known here: {', '.join(known)}",
    )


def _schema_errors(document: YamlDocument) -> list[Issue]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(_config_schema())
    issues = []
    for error in validator.iter_errors(document.data):
        key_path = tuple(error.absolute_path)
        dotted = ".".join(map(str, key_path)) or "(top level)"
        issues.append(
            Issue(
                CONFIG_FILE,
                str(document.line(*key_path)),
                "config-value",
                f"'{dotted}': {error.message}",
            )
        )
    return issues


def _remote_settings(document: YamlDocument) -> list[Issue]:
    issues = []
    for key_path, reason in REMOTE_SETTINGS.items():
        value: Any = document.data
        for key in key_path:
            value = value.get(key) if isinstance(value, dict) else None
        if value:
            issues.append(
                Issue(
                    CONFIG_FILE,
                    str(document.line(*key_path)),
                    "remote-content",
                    f"'{'.'.join(key_path)}' must stay off: {reason}; the site must work offline",
                )
            )
    return issues


@cache
def _config_schema() -> dict:
    text = resources.files("jupyter_book").joinpath("config_schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _known_config_keys() -> dict[str, frozenset[str] | None]:
    """Top-level keys, and for sections the keys inside them, that Jupyter Book reads."""
    schema = _config_schema()["properties"]
    defaults = yaml.safe_load(
        resources.files("jupyter_book").joinpath("default_config.yml").read_text("utf-8")
    )
    known: dict[str, frozenset[str] | None] = {}
    for key in {*schema, *defaults}:
        sub_keys = set(schema.get(key, {}).get("properties", {}))
        if isinstance(defaults.get(key), dict):
            sub_keys |= set(defaults[key])
        # `sphinx.config` is free-form; sections with no listed keys are not checked.
        known[key] = frozenset(sub_keys) if sub_keys else None
    return known


def check_toc_file(project: Project) -> list[Issue]:
    document, issues = read_yaml(project.toc_path, TOC_FILE)
    if document is None:
        return issues
    toc = document.data
    if not isinstance(toc, dict):
        return [*issues, Issue(TOC_FILE, "1", "toc-type", "must be a mapping with format and root")]
    checker = _TocChecker(project, document)
    checker.check(toc)
    return issues + checker.issues + _files_missing_from_toc(project, checker.listed)


class _TocChecker:
    def __init__(self, project: Project, document: YamlDocument) -> None:
        self.project = project
        self.document = document
        self.issues: list[Issue] = []
        self.listed: dict[Path, tuple] = {}

    def problem(self, key_path: tuple, code: str, message: str) -> None:
        self.issues.append(Issue(TOC_FILE, str(self.document.line(*key_path)), code, message))

    def check(self, toc: dict) -> None:
        for key in toc:
            if key not in TOC_TOP_KEYS:
                self.problem((key,), "toc-key", f"unknown key '{key}'")
        if toc.get("format") != TOC_FORMAT:
            self.problem(("format",), "toc-format", f"'format' must be '{TOC_FORMAT}'")
        if "root" not in toc:
            self.problem(
                (), "toc-root", "'root' is missing: name the home page, e.g. 'root: index'"
            )
        else:
            self.page(toc["root"], ("root",))
        if "parts" in toc and "chapters" in toc:
            self.problem(("chapters",), "toc-key", "use either 'parts' or 'chapters', not both")
        if "parts" in toc:
            self.parts(toc["parts"], ("parts",))
        elif "chapters" in toc:
            self.entries(toc["chapters"], ("chapters",))

    def parts(self, parts: Any, key_path: tuple) -> None:
        if not isinstance(parts, list) or not parts:
            self.problem(key_path, "toc-parts", "'parts' must be a non-empty list")
            return
        for index, part in enumerate(parts):
            here = (*key_path, index)
            if not isinstance(part, dict):
                self.problem(here, "toc-parts", "each part must be a mapping with a caption")
                continue
            for key in part:
                if key not in TOC_PART_KEYS:
                    self.problem((*here, key), "toc-key", f"unknown key '{key}' in a part")
            if not part.get("caption"):
                self.problem(here, "toc-caption", "this part has no 'caption'")
            if "chapters" not in part:
                self.problem(here, "toc-chapters", "this part has no 'chapters'")
            else:
                self.entries(part["chapters"], (*here, "chapters"))

    def entries(self, entries: Any, key_path: tuple) -> None:
        if not isinstance(entries, list) or not entries:
            self.problem(key_path, "toc-entries", "must be a non-empty list of '- file: ...'")
            return
        for index, entry in enumerate(entries):
            here = (*key_path, index)
            if not isinstance(entry, dict):
                self.problem(here, "toc-entry", "each entry must be a mapping such as 'file: ...'")
                continue
            for key in entry:
                if key not in TOC_ENTRY_KEYS:
                    self.problem((*here, key), "toc-key", f"unknown key '{key}' in an entry")
            if "file" in entry:
                self.page(entry["file"], (*here, "file"))
            elif "url" not in entry and "glob" not in entry:
                self.problem(here, "toc-entry", "entry has no 'file', 'url' or 'glob'")
            if "sections" in entry:
                self.entries(entry["sections"], (*here, "sections"))

    def page(self, name: Any, key_path: tuple) -> None:
        if not isinstance(name, str) or not name.strip():
            self.problem(key_path, "toc-file", "a file entry must name a page, e.g. 'lessons/x'")
            return
        found = resolve_page(self.project.root, name)
        if found is None:
            tried = ", ".join(f"{name}{suffix}" for suffix in PAGE_SUFFIXES)
            self.problem(
                key_path, "toc-missing-file", f"'{name}' does not exist (looked for {tried})"
            )
            return
        if found in self.listed:
            first = self.document.line(*self.listed[found])
            self.problem(
                key_path, "toc-duplicate", f"'{name}' is listed twice (first on line {first})"
            )
            return
        self.listed[found] = key_path


def resolve_page(root: Path, name: str) -> Path | None:
    """The file a TOC entry names: the name itself if it has a page suffix, else name + suffix."""
    candidate = root / name
    if candidate.suffix in PAGE_SUFFIXES and candidate.is_file():
        return candidate.resolve()
    for suffix in PAGE_SUFFIXES:
        with_suffix = root / f"{name}{suffix}"
        if with_suffix.is_file():
            return with_suffix.resolve()
    return None


def _files_missing_from_toc(project: Project, listed: dict[Path, tuple]) -> list[Issue]:
    """Lessons and notebooks that exist but are left out of the TOC, so would never be built."""
    candidates = [
        *sorted(project.lessons_dir.glob("*.md")),
        *sorted(project.lessons_dir.glob("*.ipynb")),
        *sorted(project.notebooks_dir.glob("*.ipynb")),
    ]
    issues = []
    for path in candidates:
        if path.resolve() not in listed:
            entry = project.relative(path.with_suffix(""))
            issues.append(
                Issue(
                    TOC_FILE,
                    "",
                    "toc-left-out",
                    f"{project.relative(path)} is not in the table of contents; "
                    f"add '- file: {entry}' to a part's chapters",
                )
            )
    return issues


def pages_in_toc(project: Project) -> list[Path]:
    """The files the TOC lists, in TOC order (assumes the TOC has been checked)."""
    document, _ = read_yaml(project.toc_path, TOC_FILE)
    if document is None or not isinstance(document.data, dict):
        return []
    checker = _TocChecker(project, document)
    checker.check(document.data)
    return list(checker.listed)
