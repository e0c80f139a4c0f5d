"""Every page of the built site, as a browser on a school network without internet sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def problems(site, attribute: str) -> dict[str, list[str]]:
    return {v.page: getattr(v, attribute) for v in site.visits if getattr(v, attribute)}


def test_every_page_was_visited(site):
    """The visit covers the home page, content pages and the search page."""
    pages = {v.page for v in site.visits}
    assert {"index.html", "search.html"} <= pages
    assert len(pages) >= 5


def test_no_request_leaves_the_local_host(site):
    """Offline-first: no page asks any host but its own for anything."""
    assert problems(site, "other_hosts") == {}


def test_no_console_errors(site):
    """No page logs an error or throws in the browser console."""
    assert problems(site, "console_errors") == {}


def test_every_local_request_answers_200(site):
    """Every file a page asks its own host for exists."""
    assert problems(site, "failed_requests") == {}


def test_every_image_has_alt_text(site):
    """Each <img> has a non-empty alt attribute for screen-reader users."""
    assert problems(site, "images_without_alt") == {}


def test_no_serious_accessibility_violations(site):
    """axe-core finds no serious or critical WCAG violations on any page."""
    assert problems(site, "accessibility") == {}


def test_search_finds_a_known_word(site, browser):
    """The search page finds the page that holds a distinctive word."""
    word, title = site.search_probe
    page = browser.new_page()
    page.goto(f"{site.base_url}search.html?q={word}")
    results = page.locator("#search-results ul.search li")
    results.first.wait_for(timeout=10_000)
    assert any(title in result for result in results.all_inner_texts())
    page.close()


def file_url(site_root: Path, page: str) -> str:
    return (site_root / page).resolve().as_uri()


def test_navigation_works_from_disk(built_course, browser):
    """Opened from file://, the menu links lead to the lesson pages."""
    page = browser.new_page()
    page.goto(file_url(built_course.html_dir, "index.html"))
    page.get_by_role("link", name="Cells and genes").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("lessons/01-cells.html")
    assert page.locator("h1").first.inner_text().startswith("Cells and genes")
    page.close()


def test_search_works_from_disk(built_course, browser):
    """Opened from file://, search still finds pages (its index is a local script)."""
    page = browser.new_page()
    page.goto(file_url(built_course.html_dir, "search.html") + "?q=lymphocyte")
    results = page.locator("#search-results ul.search li")
    results.first.wait_for(timeout=10_000)
    assert any("Cells and genes" in result for result in results.all_inner_texts())
    page.close()


def test_maths_is_rendered_by_the_local_mathjax(built_course, browser):
    """MathJax is served by the site itself and typesets the equation."""
    from tests.browser.support import serve

    with serve(built_course.html_dir) as base_url:
        page = browser.new_page()
        requested = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(f"{base_url}parts/maths.html", wait_until="networkidle")
        page.locator("mjx-container").first.wait_for(timeout=10_000)
        page.close()
    assert any(url.endswith("_static/offline/mathjax/tex-chtml.js") for url in requested)


def test_icons_come_from_the_local_icon_font(built_course, browser):
    """Theme icons are drawn by the local Font Awesome CSS (no 1.5 MB icon script)."""
    page = browser.new_page()
    page.goto(file_url(built_course.html_dir, "notebooks/01-growth.html"))
    glyph = page.evaluate(
        "getComputedStyle(document.querySelector('.fa-download'), '::before').content"
    )
    scripts = page.evaluate("[...document.scripts].map(s => s.src)")
    page.close()
    assert glyph not in ("", "none", "normal")
    assert not any("fontawesome" in src for src in scripts)
