"""The prose of a lesson page: the words a student reads, without code, tables or markup.

Reading level is measured on this text. Left out: front matter, code and directive blocks
(quizzes, figures, bibliographies, teacher notes), tables, headings, maths and the References
section. Admonitions (notes, tips) are prose and stay. Every paragraph and list item ends a
sentence, as a reader takes it, so that short list items do not merge into one long sentence.
"""

from __future__ import annotations

import re

# Directive blocks whose body a student reads as running text.
PROSE_DIRECTIVES = frozenset(
    {
        "note",
        "tip",
        "important",
        "hint",
        "attention",
        "caution",
        "warning",
        "seealso",
        "admonition",
        "dropdown",
        "epigraph",
    }
)

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,}|:{3,})\s*(\{([\w:-]+)\})?")
ROLE_WITH_TEXT = re.compile(r"\{(?:term|doc|ref|numref)\}`([^`<]+?)\s*<[^`]*>`")
ROLE_KEEP = re.compile(r"\{term\}`([^`]+)`")
ROLE_DROP = re.compile(r"\{[\w:-]+\}`[^`]*`")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MATHS = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.S)
END_OF_SENTENCE = re.compile(r"[.!?:;][\"')\]]*$")


def lesson_prose(markdown: str) -> str:
    """The readable prose of a MyST lesson page, one paragraph per line."""
    lines = _without_front_matter(markdown.splitlines())
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        if current:
            paragraphs.append(_sentence(" ".join(current)))
            current.clear()

    fence: tuple[str, bool] | None = None  # (closing marker, body is prose)
    in_references = False
    for line in lines:
        stripped = line.strip()
        if fence is not None:
            marker, prose = fence
            if stripped.startswith(marker) and stripped.strip(marker[0]) == "":
                end_paragraph()
                fence = None
            elif prose and not re.match(r"^:[\w-]+:", stripped):
                _add(stripped, current, end_paragraph)
            continue
        if match := FENCE.match(line):
            end_paragraph()
            name = match.group(4) or ""
            fence = (match.group(2), name in PROSE_DIRECTIVES)
            continue
        if stripped.startswith("#"):
            end_paragraph()
            in_references = re.match(r"^#+\s*references\b", stripped, re.I) is not None
            continue
        if in_references or stripped.startswith("|") or stripped.startswith("<!--"):
            end_paragraph()
            continue
        _add(stripped, current, end_paragraph)
    end_paragraph()
    return "\n".join(p for p in (_clean(p) for p in paragraphs) if p)


def _without_front_matter(lines: list[str]) -> list[str]:
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                return lines[index + 1 :]
    return lines


def _add(stripped: str, current: list[str], end_paragraph) -> None:
    if not stripped:
        end_paragraph()
        return
    item = re.match(r"^([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?(.*)$", stripped)
    if item:  # a list item is its own sentence
        end_paragraph()
        current.append(item.group(3))
        return
    current.append(stripped)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or END_OF_SENTENCE.search(text) else text + "."


def _clean(text: str) -> str:
    text = ROLE_WITH_TEXT.sub(r"\1", text)
    text = ROLE_KEEP.sub(r"\1", text)
    text = ROLE_DROP.sub("", text)
    text = LINK.sub(r"\1", text)
    text = MATHS.sub("", text)
    text = re.sub(r"[*_`]+", "", text)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return "" if re.fullmatch(r"[\W_]*", text) else text
