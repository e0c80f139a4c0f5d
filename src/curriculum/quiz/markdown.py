"""Render quiz text from Markdown to HTML with raw HTML switched off.

Quiz text is written by people and shown inside pages, so it must never be able to add a
script, an event handler or a `javascript:` link. markdown-it escapes raw HTML when `html` is
off and refuses unsafe link schemes (javascript:, vbscript:, file:, data:).
"""

from __future__ import annotations

from functools import cache


@cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def block(text: str) -> str:
    """Paragraphs, lists, emphasis and links, as HTML."""
    return _parser().render(text).strip()


def inline(text: str) -> str:
    """One line (an option, an item), as HTML without a surrounding paragraph."""
    return _parser().renderInline(text).strip()
