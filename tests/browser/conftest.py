"""Fixtures for browser tests: a Chromium browser, and built sites served on 127.0.0.1.

Without Chromium the tests are skipped with a message saying how to install it; in CI
(`CI=true`) a missing browser fails them instead, so CI can never pass by skipping.
"""

from __future__ import annotations

import os

import pytest

from tests.browser.support import browser_missing_reason, chromium, serve
from tests.browser.visits import Site, visit_every_page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def browser():
    reason = browser_missing_reason()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}. CI=true, so browser tests may not be skipped.")
        pytest.skip(reason)
    with chromium() as launched:
        yield launched


# What each site is searched for: a word only one page holds, and that page's title.
SEARCH_PROBES = {
    "fixture": ("lymphocyte", "Cells and genes"),
    "real": ("leukapheresis", "CAR-T: re-engineering immune cells to fight cancer"),
}


@pytest.fixture(
    scope="session",
    params=["fixture", pytest.param("real", marks=pytest.mark.content)],
)
def site(request, browser) -> Site:
    """A built site, served on 127.0.0.1, with every page already visited once."""
    project = request.getfixturevalue(
        "built_course" if request.param == "fixture" else "built_real_course"
    )
    with serve(project.html_dir) as base_url:
        yield Site(
            name=request.param,
            project=project,
            base_url=base_url,
            visits=visit_every_page(browser, base_url, project.html_dir),
            search_probe=SEARCH_PROBES[request.param],
        )
