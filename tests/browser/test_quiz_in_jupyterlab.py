"""End to end: a real JupyterLab on 127.0.0.1 runs `quiz.show(...)`, and the quiz is answered
in its output, in Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from tests.conftest import FIXTURE_COURSE

pytestmark = [pytest.mark.browser, pytest.mark.slow]
TOKEN = "curriculum-test-token"  # noqa: S105 - a throwaway token for a server on 127.0.0.1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def jupyterlab(tmp_path):
    bank = FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml"
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(f"from curriculum import quiz\nquiz.show({str(bank)!r})")]
    )
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, tmp_path / "quiz.ipynb")
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("jupyter-lab")),
            "--no-browser",
            f"--ServerApp.port={port}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={tmp_path}",
            "--ServerApp.port_retries=0",
            "--allow-root",  # CI runs as root
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / ".jupyter-config")},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.terminate()
        pytest.fail("JupyterLab did not start within 60 s")
    yield base
    server.terminate()
    server.wait(timeout=30)


def test_quiz_shown_in_jupyterlab_can_be_answered(browser, jupyterlab):
    """quiz.show() output is interactive in JupyterLab 4: answer, check, get feedback."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page()
    page.goto(f"{jupyterlab}/lab/tree/quiz.ipynb?token={TOKEN}")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    # Wait for the kernel, then run the cell as a user would: click into it, Shift+Enter. The
    # kernel can report "idle" a moment before its connection is ready, so try a few times.
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=60_000)
    quiz_box = page.locator(".jp-OutputArea section.cgt-quiz")
    for _attempt in range(3):
        page.locator(".jp-Cell .jp-InputArea-editor").first.click()
        page.keyboard.press("Shift+Enter")
        try:
            quiz_box.wait_for(timeout=20_000)
            break
        except PlaywrightTimeout:
            continue
    quiz_box.wait_for(timeout=5_000)
    quiz_box.get_by_label("A white blood cell of the immune system").check()
    quiz_box.locator("fieldset[data-question='what-is-a-lymphocyte'] .cgt-check").click()
    feedback = quiz_box.locator("fieldset[data-question='what-is-a-lymphocyte'] .cgt-feedback")
    assert feedback.inner_text().startswith("Correct!")
    assert quiz_box.locator(".cgt-score-value").inner_text() == "1"
    page.close()
