"""The reference-list speed-ups give the answers the unpatched code gives."""

from importlib.metadata import entry_points

from curriculum.sphinxext.bibtex_cache import _scanned_once


def test_plugin_lookup_from_one_scan_finds_what_a_fresh_scan_finds():
    select = _scanned_once(entry_points)
    for group, name in [("pybtex.style.formatting", "unsrt"), ("pybtex.style.names", "plain")]:
        found = list(select(group=group, name=name))
        assert found, (group, name)
        assert found == list(entry_points(group=group, name=name))


def test_plugin_lookup_from_one_scan_finds_nothing_for_an_unknown_name():
    assert list(_scanned_once(entry_points)(group="pybtex.style.names", name="no-such")) == []
