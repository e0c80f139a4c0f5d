"""A thin Sphinx extension: the `dataset`, `quiz`, `teacher-notes`, `course-figure` and
`standards-table` directives, and an offline-first site.

It serves local copies of everything the theme and Sphinx would fetch from other hosts:
- MathJax 3 (Sphinx links a CDN by default) from the `sphinx-mathjax-offline` package,
  copying only the files a TeX page in CommonHTML output needs;
- Font Awesome icons as CSS and web fonts (about 0.4 MB, fetched only when a page uses a
  style) from the `fontawesomefree` package, instead of the theme's 1.5 MB icon script.
Templates in templates/ wrap the theme's: `static/webpack-macros.html` drops that script, and
`sbt-sidebar-nav.html` names the menu's expand/collapse buttons for screen readers.
"""

from __future__ import annotations

import shutil
from importlib.util import find_spec
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

from curriculum import __version__
from curriculum.quiz.render import asset_dir as quiz_assets

TEMPLATES = Path(__file__).parent / "templates"
OFFLINE = (
    "offline"  # under the site's _static/; not "vendor", which the theme uses for its own fonts
)
MATHJAX_SCRIPT = f"{OFFLINE}/mathjax/tex-chtml.js"
FONTAWESOME_CSS = f"{OFFLINE}/fontawesome/css/all.min.css"

# Parts of MathJax that tex-chtml.js loads on demand: TeX packages (autoload), the CHTML
# fonts, the menu and the accessibility helpers. The other combined builds are not used.
_MATHJAX_PARTS = ("tex-chtml.js", "input/tex/extensions", "output/chtml", "a11y", "ui")


def setup(app: Sphinx) -> dict:
    from curriculum.sphinxext.datasets import DatasetDirective
    from curriculum.sphinxext.figures import CourseFigureDirective
    from curriculum.sphinxext.navigation import (
        keep_theme_navigation,
        pages_to_write,
        remember_titles,
    )
    from curriculum.sphinxext.quizzes import QuizDirective, add_assets_to_quiz_pages
    from curriculum.sphinxext.standards import StandardsTableDirective, pages_to_refresh
    from curriculum.sphinxext.teacher_notes import TeacherNotesDirective

    # Which edition is being built; `curriculum build` sets it, a plain build is the teacher's.
    app.add_config_value("curriculum_edition", "teacher", "env", types=[str])
    app.add_directive("teacher-notes", TeacherNotesDirective)
    app.add_directive("dataset", DatasetDirective)
    app.add_directive("quiz", QuizDirective)
    app.add_directive("course-figure", CourseFigureDirective)
    app.add_directive("standards-table", StandardsTableDirective)
    # Pages `curriculum build` asks to be read again: those that had problems last time.
    # Not part of the environment: a different list must not make Sphinx re-read every page.
    app.add_config_value("curriculum_reread", [], "", types=[list])
    app.connect("env-get-outdated", pages_to_refresh)
    app.connect("env-get-outdated", _pages_with_problems)
    # A renamed page changes the navigation on every page.
    app.connect("env-before-read-docs", remember_titles)
    app.connect("env-get-updated", pages_to_write)
    app.connect("html-page-context", add_assets_to_quiz_pages)
    app.connect("html-page-context", _accessible_reference_lists)
    app.connect("config-inited", _use_local_assets)
    app.connect("builder-inited", _speed_up_references)
    app.connect("builder-inited", _cache_compiled_templates)
    app.connect("builder-inited", keep_theme_navigation)
    app.connect("build-finished", _copy_assets)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}


def _pages_with_problems(app: Sphinx, env, added, changed, removed) -> list[str]:
    return [page for page in app.config.curriculum_reread if page in env.found_docs]


def _speed_up_references(app: Sphinx) -> None:
    """Only books that cite (sphinxcontrib.bibtex loaded, in any order) need the cache."""
    if "sphinxcontrib.bibtex" in app.extensions:
        from curriculum.sphinxext import bibtex_cache

        bibtex_cache.install(app)


def _accessible_reference_lists(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Give reference-list entries a role screen readers and WCAG checkers accept.

    docutils marks a lesson's reference list role="list" but its entries
    role="doc-biblioentry", a role deprecated in DPUB-ARIA 1.1 that is not a list item to
    assistive technology (axe-core: "aria-required-children", critical).
    """
    body = context.get("body")
    if isinstance(body, str) and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


def _use_local_assets(app: Sphinx, config: Config) -> None:
    # A relative mathjax_path is resolved inside _static/.
    config.mathjax_path = MATHJAX_SCRIPT
    # An absolute path in templates_path is used as is; ours comes first so it wins.
    config.templates_path = [str(TEMPLATES), *config.templates_path]
    # The quiz widget's script and style, copied into _static/ (added to quiz pages only).
    config.html_static_path = [*config.html_static_path, str(quiz_assets())]
    app.add_css_file(FONTAWESOME_CSS)


def _cache_compiled_templates(app: Sphinx) -> None:
    """Keep compiled Jinja templates between builds (compiling them costs ~0.5 s a build)."""
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None:
        return
    from jinja2 import FileSystemBytecodeCache

    cache = Path(app.doctreedir).parent / ".jinja_cache"
    cache.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = FileSystemBytecodeCache(str(cache))


def _copy_assets(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static" / OFFLINE
    mathjax = _package_dir("sphinx-mathjax-offline") / "static" / "mathjax"
    for part in _MATHJAX_PARTS:
        _copy(mathjax / part, static / "mathjax" / part)
    fontawesome = _package_dir("fontawesomefree") / "static" / "fontawesomefree"
    _copy(fontawesome / "css" / "all.min.css", static / "fontawesome" / "css" / "all.min.css")
    _copy(fontawesome / "LICENSE.txt", static / "fontawesome" / "LICENSE.txt")
    for font in sorted((fontawesome / "webfonts").glob("*.woff2")):
        _copy(font, static / "fontawesome" / "webfonts" / font.name)
    _remove_unused_theme_files(Path(app.outdir) / "_static")


def _remove_unused_theme_files(static: Path) -> None:
    """Drop files no page loads: the icon script we replaced, and source maps (3 MB)."""
    for pattern in ("scripts/fontawesome.js*", "scripts/*.map", "styles/*.map"):
        for file in static.glob(pattern):
            file.unlink()


def _package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"{name} is not installed; run 'make book' to install the project")
    return Path(spec.origin).parent


def _copy(source: Path, target: Path) -> None:
    """Copy a file or folder, skipping files that are already up to date."""
    if source.is_dir():
        for file in source.rglob("*"):
            if file.is_file():
                _copy(file, target / file.relative_to(source))
        return
    if target.exists() and target.stat().st_size == source.stat().st_size:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
