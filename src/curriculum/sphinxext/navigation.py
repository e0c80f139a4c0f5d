"""Write every page again when a page's title changes.

Every page of the site lists every page's title: in the sidebar, and in the "previous" and
"next" links. Sphinx writes again only the pages it read again and the pages whose table of
contents holds them, so after an author renames a lesson the other pages would keep its old
title until a full rebuild. Comparing the titles before and after reading costs nothing; only
a rename makes the build write every page.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

_TITLES_BEFORE = "_curriculum_titles_before_reading"


def remember_titles(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """env-before-read-docs: the titles of the pages about to be read again."""
    setattr(app, _TITLES_BEFORE, {name: _title(env, name) for name in docnames})


def pages_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """env-get-updated: every page if a page read again has a new title, else none."""
    before = getattr(app, _TITLES_BEFORE, {})
    setattr(app, _TITLES_BEFORE, {})
    renamed = [
        name for name, title in before.items() if title is not None and title != _title(env, name)
    ]
    return sorted(env.found_docs) if renamed else []


def _title(env: BuildEnvironment, name: str) -> str | None:
    title = env.titles.get(name)
    return title.astext() if title is not None else None
