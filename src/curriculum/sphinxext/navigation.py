"""Keep every page's navigation right, and cheap to make again.

Two parts: when a page's title changes, every page is written again (below); and the theme's
navigation HTML is kept between builds (further down, with its reasons).

Every page of the site lists every page's title: in the sidebar, and in the "previous" and
"next" links. Sphinx writes again only the pages it read again and the pages whose table of
contents holds them, so after an author renames a lesson the other pages would keep its old
title until a full rebuild. Comparing the titles before and after reading costs nothing; only
a rename makes the build write every page.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

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


# --- Keeping the theme's navigation HTML between builds ----------------------------------------
#
# For every page it writes, the theme turns Sphinx's navigation HTML into its own: the sidebar
# and the "On this page" list, each parsed and rewritten with BeautifulSoup and CSS selectors.
# The selectors are compiled once per process, which alone takes about 0.2 s, and a one-page
# rebuild writes only two pages, so this is a tenth of such a rebuild. The theme's result is a
# function of Sphinx's HTML and a few settings only (in the theme version below), so it is
# kept in a file beside Sphinx's state, per page, under a digest of exactly those inputs.

_THEME = ("pydata-sphinx-theme", "0.17.1")  # the version whose functions are described above
_CACHE_FILE = "curriculum-navigation.json"
_CACHE_FORMAT = 1
_CACHE_ATTRIBUTE = "_curriculum_navigation"


class RenderedHTML(str):
    """The HTML the theme made, standing in for the object it returned. Templates print it,
    and test its length and truth, which are the original object's."""

    def __new__(cls, html: str, length: int, truth: bool) -> RenderedHTML:
        rendered = super().__new__(cls, html)
        rendered._length = length
        rendered._truth = truth
        return rendered

    def __len__(self) -> int:
        return self._length

    def __bool__(self) -> bool:
        return self._truth


def keep_theme_navigation(app: Sphinx) -> None:
    """builder-inited: wrap the theme's page-context hook so its navigation HTML is reused."""
    from curriculum.versions import is_installed_version

    if not is_installed_version(*_THEME):
        return
    from pydata_sphinx_theme.toctree import add_toctree_functions

    listeners = app.events.listeners.get("html-page-context", [])
    for index, listener in enumerate(listeners):
        if listener.handler is add_toctree_functions:
            listeners[index] = listener._replace(handler=_reusing(add_toctree_functions))
            break
    else:
        return  # another theme
    setattr(app, _CACHE_ATTRIBUTE, _load(_cache_path(app)))
    app.connect("build-finished", _save_theme_navigation)


def _reusing(add_toctree_functions):
    def add_reusable_toctree_functions(app, pagename, templatename, context, doctree) -> None:
        add_toctree_functions(app, pagename, templatename, context, doctree)
        page = getattr(app, _CACHE_ATTRIBUTE).setdefault(pagename, {})
        toctree = context.get("toctree")
        sidebar = context.get("generate_toctree_html")
        in_page = context.get("generate_toc_html")
        if callable(toctree):
            toctree = context["toctree"] = _memoised(toctree)
        if callable(toctree) and callable(sidebar):

            def generate_toctree_html(kind, startdepth=1, show_nav_level=1, **options):
                if kind != "sidebar" or startdepth != 0:  # only the sidebar reads nothing else
                    return sidebar(kind, startdepth, show_nav_level, **options)
                slot = f"toctree {kind} {show_nav_level} {sorted(options.items())}"
                return _reuse(
                    page,
                    slot,
                    str(toctree(**options)),
                    lambda: sidebar(kind, startdepth, show_nav_level, **options),
                )

            context["generate_toctree_html"] = generate_toctree_html
        if callable(in_page):

            def generate_toc_html(kind="html"):
                inputs = f"{context.get('toc')}\n{context.get('theme_show_toc_level')}"
                return _reuse(page, f"toc {kind}", inputs, lambda: in_page(kind))

            context["generate_toc_html"] = generate_toc_html

    return add_reusable_toctree_functions


def _memoised(toctree):
    """Sphinx's navigation HTML for this page, made once per set of options."""
    made: dict = {}

    def memoised_toctree(**options):
        try:
            key = tuple(sorted(options.items()))
            hash(key)
        except TypeError:
            return toctree(**options)
        if key not in made:
            made[key] = toctree(**options)
        return made[key]

    return memoised_toctree


def _reuse(page: dict, slot: str, inputs: str, make) -> RenderedHTML:
    digest = hashlib.sha256(inputs.encode("utf-8")).hexdigest()
    stored = page.get(slot)
    if stored is None or stored["inputs"] != digest:
        made = make()
        stored = {"inputs": digest, "html": str(made), "length": len(made), "truth": bool(made)}
        page[slot] = stored
    return RenderedHTML(stored["html"], stored["length"], stored["truth"])


def _cache_path(app: Sphinx) -> Path:
    return Path(app.doctreedir) / _CACHE_FILE


def _load(path: Path) -> dict:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("format") != [_CACHE_FORMAT, *_THEME]:
        return {}
    pages = saved.get("pages")
    return pages if isinstance(pages, dict) else {}


def _save_theme_navigation(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None:
        return
    path = _cache_path(app)
    saved = {"format": [_CACHE_FORMAT, *_THEME], "pages": getattr(app, _CACHE_ATTRIBUTE)}
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(saved), encoding="utf-8")
    partial.replace(path)  # never half-written
