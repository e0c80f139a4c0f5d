import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from curriculum.cli import main
from tests.conftest import BAD


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_check_on_a_clean_course_exits_zero(course):
    """`curriculum check` says so when there is nothing to fix."""
    result = run("check", "--root", str(course.root))
    assert (result.exit_code, result.output) == (0, "No problems found.\n")


def test_check_prints_one_line_per_problem_and_exits_one(course):
    """Each problem is one `file:line: message [code]` line, then a count."""
    shutil.copy(BAD / "config-misspelt-key.yml", course.config_path)
    result = run("check", "--root", str(course.root))
    lines = result.output.splitlines()
    assert result.exit_code == 1
    assert lines[0].startswith("_config.yml:2: unknown setting 'exectue'")
    assert lines[0].endswith("[curriculum.unknown-key]")
    assert lines[1].startswith("_config.yml:5: unknown setting 'html.use_edit_page_buton'")
    assert lines[2] == "2 problems found."
    assert "Traceback" not in result.output


def test_check_outside_a_course_explains_and_exits_two(tmp_path, monkeypatch):
    """Run outside a course folder, the command says how to point it at one."""
    monkeypatch.chdir(tmp_path)
    result = run("check")
    assert result.exit_code == 2
    assert "No course found" in result.output and "--root" in result.output


def test_build_with_broken_toc_reports_before_building(course):
    """`curriculum build` runs the checks first and exits 1 without building."""
    shutil.copy(BAD / "toc-missing-file.yml", course.toc_path)
    result = run("build", "--root", str(course.root))
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith("_toc.yml:7: 'lessons/02-no-such-lesson'")
    assert not course.build_dir.exists()


def test_help_does_not_import_the_book_engine():
    """`curriculum --help` stays instant: Sphinx and Jupyter Book load only for builds."""
    code = (
        "import sys; from curriculum.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sphinx', 'jupyter_book', 'nbformat', 'pandas')"
        " if m in sys.modules]\n"
        "print('heavy:', heavy)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.splitlines()[-1] == "heavy: []"


@pytest.mark.slow
def test_build_watch_publishes_an_edit_and_keeps_reporting_a_mistake(course):
    """`curriculum build --watch` as a teacher runs it: each save is built; a broken page is
    reported after every save until it is fixed, and the fix is published."""
    command = "from curriculum.cli import main; main()"
    watcher = subprocess.Popen(
        [sys.executable, "-c", command, "build", "--watch", "--root", str(course.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )

    def wait_for(text):
        seen = []
        for line in watcher.stdout:
            seen.append(line)
            if text in line:
                return "".join(seen)
        raise AssertionError(f"no {text!r} in:\n{''.join(seen)}")

    lesson = course.lessons_dir / "01-cells.md"
    page = course.html_dir / "lessons" / "01-cells.html"
    original = lesson.read_text()
    try:
        wait_for("Watching")
        lesson.write_text(original + "\nRibosomes make proteins.\n")
        wait_for("Built in")
        assert "Ribosomes make proteins." in page.read_text()
        lesson.write_text(original + "\n```{no-such-directive}\n```\n")
        assert "no-such-directive" in wait_for("problems found")
        lesson.write_text(original + "\n```{no-such-directive}\n```\nStill broken.\n")
        assert "no-such-directive" in wait_for("problems found")
        lesson.write_text(original + "\nFixed now.\n")
        wait_for("Built in")
        assert "Fixed now." in page.read_text()
    finally:
        watcher.terminate()
        watcher.wait(timeout=30)
