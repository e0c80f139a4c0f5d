"""Remember formatted references between builds.

sphinxcontrib-bibtex formats every entry of every reference list again on every build, even
when only one page changed: with a reference list on each lesson and a whole-course list,
that is over a thousand entries and most of the time of a one-page rebuild. A formatted entry
depends only on the style, its label and the entry's own fields, so it is kept in the Sphinx
environment (which Sphinx saves between builds) under exactly that key. (pybtex also finds
the style plugins for each list by reading every installed package's metadata: read once.)
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

_ENV_ATTRIBUTE = "curriculum_formatted_references"
_active: dict = {"cache": None}


def install(app: Sphinx) -> None:
    import pybtex.plugin
    from pybtex.style.formatting import BaseStyle

    if not getattr(BaseStyle.format_entry, "_curriculum_cached", False):
        BaseStyle.format_entry = _cached(BaseStyle.format_entry)
    if not getattr(pybtex.plugin.entry_points, "_curriculum_scanned_once", False):
        # Every plugin look-up (several per reference list) reads every installed package's
        # metadata again, about 10 ms each: read it once; find_plugin then only selects.
        pybtex.plugin.entry_points = _scanned_once(pybtex.plugin.entry_points)
    app.connect("env-before-read-docs", _use_environment_cache)
    from sphinxcontrib.bibtex.domain import BibtexDomain

    from curriculum.versions import is_installed_version

    # The replacement mirrors 2.7.0's own code; another version keeps its own.
    if is_installed_version("sphinxcontrib-bibtex", "2.7.0") and not getattr(
        BibtexDomain.get_filtered_entries, "_curriculum_indexed", False
    ):
        _index_citations_once(BibtexDomain)
        BibtexDomain.get_filtered_entries._curriculum_indexed = True


def _scanned_once(entry_points):
    installed = entry_points()

    def select(**selection):
        return installed.select(**selection)

    select._curriculum_scanned_once = True
    return select


def _index_citations_once(domain_class) -> None:
    """sphinxcontrib-bibtex 2.7 finds which pages cite an entry by scanning every citation of
    the course for every entry of every reference list (13 lists x 337 entries x 500
    citations here: a second per build). The same answer, from an index built once per list."""
    from sphinxcontrib.bibtex.domain import _FilterVisitor, logger

    def get_filtered_entries(self, bibliography_key):
        bibliography = self.bibliographies[bibliography_key]
        citing: dict[str, set[str]] = {}
        for citation_ref in self.citation_refs:
            for target in citation_ref.targets:
                citing.setdefault(target.key, set()).add(citation_ref.docname)
        for entry in self.get_entries(bibliography.bibfiles):
            key = bibliography.keyprefix + entry.key
            cited_docnames = citing.get(key, set())
            visitor = _FilterVisitor(
                entry=entry, docname=bibliography_key.docname, cited_docnames=cited_docnames
            )
            try:
                success = visitor.visit(bibliography.filter_)
            except ValueError as err:
                logger.warning(
                    f"syntax error in :filter: expression; {err}",
                    location=(bibliography_key.docname, bibliography.line),
                    type="bibtex",
                    subtype="filter_syntax_error",
                )
                success = bool(cited_docnames)
            if success or entry.key in bibliography.keys:
                yield key, entry

    domain_class.get_filtered_entries = get_filtered_entries


def _use_environment_cache(app: Sphinx, env: BuildEnvironment, docnames) -> None:
    cache = getattr(env, _ENV_ATTRIBUTE, None)
    if not isinstance(cache, dict):
        cache = {}
        setattr(env, _ENV_ATTRIBUTE, cache)
    _active["cache"] = cache


def _cached(format_entry):
    def cached_format_entry(self, label, entry, bib_data=None):
        cache = _active["cache"]
        if cache is None or bib_data is not None:
            return format_entry(self, label, entry, bib_data=bib_data)
        key = (type(self).__module__, type(self).__qualname__, label, _fingerprint(entry))
        if key not in cache:
            cache[key] = format_entry(self, label, entry)
        return cache[key]

    cached_format_entry._curriculum_cached = True
    return cached_format_entry


def _fingerprint(entry) -> tuple:
    """Everything of an entry that formatting reads: its key, type, fields and people."""
    return (
        entry.key,
        entry.type,
        tuple(sorted((str(name), str(value)) for name, value in entry.fields.items())),
        tuple(
            (role, tuple(str(person) for person in people))
            for role, people in sorted(entry.persons.items())
        ),
    )
