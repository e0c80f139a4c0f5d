"""Visit pages in Chromium and record what a user's browser would see and fetch."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

LOCAL_HOST = "127.0.0.1"
SERIOUS = ("serious", "critical")

_IMAGES_WITHOUT_ALT = """
images => images
    .filter(image => !(image.getAttribute("alt") || "").trim())
    .map(image => image.getAttribute("src"))
"""


@dataclass
class PageVisit:
    page: str
    other_hosts: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    images_without_alt: list[str] = field(default_factory=list)
    accessibility: list[str] = field(default_factory=list)


@dataclass
class Site:
    name: str
    project: object
    base_url: str
    visits: list[PageVisit]
    search_probe: tuple[str, str]


def site_pages(html_dir: Path) -> list[str]:
    """Every HTML page of a built site, as URL paths relative to its root."""
    return sorted(
        p.relative_to(html_dir).as_posix()
        for p in html_dir.rglob("*.html")
        if not p.relative_to(html_dir).parts[0].startswith("_")
    )


def visit_every_page(browser, base_url: str, html_dir: Path) -> list[PageVisit]:
    return [visit(browser, base_url, page) for page in site_pages(html_dir)]


def visit(browser, base_url: str, page_path: str) -> PageVisit:
    """Load one page in a fresh browser context (an empty cache, as a first visit)."""
    from axe_playwright_python.sync_playwright import Axe

    record = PageVisit(page_path)
    context = browser.new_context()
    context.route("**/*", lambda route: _local_only(route, record))
    page = context.new_page()

    def on_console(message):
        _console(message, record)

    page.on("console", on_console)
    page.on("pageerror", lambda error: record.console_errors.append(f"uncaught: {error}"))

    def on_response(response):
        _response(response, record)

    def on_failed(request):
        _failed(request, record)

    page.on("response", on_response)
    page.on("requestfailed", on_failed)
    page.goto(base_url + page_path, wait_until="networkidle")
    record.images_without_alt = page.eval_on_selector_all("img", _IMAGES_WITHOUT_ALT)
    # Stop recording: axe-core fetches stylesheets itself (resolving @import against the page,
    # not the stylesheet), and those requests are not the page's own.
    page.remove_listener("console", on_console)
    page.remove_listener("response", on_response)
    page.remove_listener("requestfailed", on_failed)
    results = Axe().run(page)
    record.accessibility = [
        f"{v['id']} ({v['impact']}): {v['help']} - {len(v['nodes'])} element(s), e.g. "
        f"{v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]
    context.close()
    return record


def _is_local(url: str) -> bool:
    return urlparse(url).hostname == LOCAL_HOST


def _local_only(route, record: PageVisit) -> None:
    url = route.request.url
    if _is_local(url):
        route.continue_()
    else:
        # Never let a request leave the machine; record it so the test can name it.
        record.other_hosts.append(url)
        route.abort()


def _console(message, record: PageVisit) -> None:
    if message.type == "error":
        record.console_errors.append(message.text)


def _response(response, record: PageVisit) -> None:
    if _is_local(response.url) and response.status != 200:
        record.failed_requests.append(f"{response.status} {response.url}")


def _failed(request, record: PageVisit) -> None:
    if _is_local(request.url):
        record.failed_requests.append(f"failed ({request.failure}) {request.url}")
