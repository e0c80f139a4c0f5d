"""Serve a built site on 127.0.0.1 and drive Debian's Chromium with Playwright.

Shared by the browser tests and the benchmarks. Playwright never downloads a browser here:
it launches the system's /usr/bin/chromium.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = Path(os.environ.get("CURRICULUM_CHROMIUM", "/usr/bin/chromium"))
# Background networking would make Chromium call Google's servers on start-up, which is both
# a request that leaves 127.0.0.1 and, on a closed network, a source of noise and delay.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser_missing_reason() -> str | None:
    """Why browser tests cannot run here, or None if they can."""
    if not CHROMIUM.exists():
        return (
            f"Chromium not found at {CHROMIUM}: install it (sudo apt-get install chromium) "
            "to run the browser tests"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed: run 'make test' to install the test tools"
    return None


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on a free port of 127.0.0.1; yields the base URL ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator:
    """A headless Chromium browser (Playwright's Browser object)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()
