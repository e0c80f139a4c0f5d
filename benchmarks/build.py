"""How fast `curriculum build` is, and how heavy the site it builds is, next to the targets.

Run from the repository root (it takes a few minutes):

    .venv/bin/python benchmarks/build.py [--course PATH] [--synthetic N] [--no-synthetic] [--keep]

It prints figures, one table per course; it is not a test and exits non-zero only if a build
fails or the script itself crashes. For each course, in a temporary copy:

- cold `jupyter-book build` (plain, `_build` removed first): the baseline;
- cold `curriculum build` (empty `_build`), run as a user runs it, so imports are counted;
  target: at most 0.75x the plain cold build;
- `curriculum build` again with nothing changed; target: at most 8% of our cold build;
- `curriculum build` after appending a sentence to one page; target: at most 10%;
- `curriculum build` after changing a number in one notebook's code; target: at most 20%
  (each of these three rebuilds is timed three times: the median, and each time);
- the same two edits, each made three times, while `curriculum build --watch` runs (from
  saving the file to the new site; the median, and each time), against the same targets;
- notebook execution on 1 worker and on one worker per core, each into an empty cache;
  target: parallel at most 0.6x serial;
- the size of `_build/html`;
- what a first visit to one lesson page downloads in Chromium (fresh browser context):
  target at most 1.5 MB, and no request to any host other than 127.0.0.1.

The courses measured are a copy of the real course (or `--course PATH`) and, unless
`--synthetic 0` or `--no-synthetic`, the same course plus N generated classroom notebooks
(12 by default). The synthetic course mirrors the reference in the issue: "a 12-page,
12-notebook book measured at about 21 s cold with plain jupyter-book build, 18 s of it
notebook execution one at a time".
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import nbformat  # noqa: E402
import yaml  # noqa: E402
from book_env import book_bin  # noqa: E402 - benchmarks/ is on sys.path when run as a script

from curriculum.book.config_check import pages_in_toc  # noqa: E402
from curriculum.book.execute import execute_notebooks  # noqa: E402
from curriculum.project import Project  # noqa: E402

# Commands run in the environment `make book` makes (see book_env.py), as teachers run them.
VENV_BIN = book_bin()
JUPYTER_BOOK = VENV_BIN / "jupyter-book"
CURRICULUM = VENV_BIN / "curriculum"
MB = 1024 * 1024
SYNTHETIC_DEFAULT = 12
# Rebuilds timed after each kind of edit, one-shot and while `--watch` runs; the median is
# compared with the target. (In watch mode the first edit, made the moment watching starts,
# also waits for Sphinx to be set up; a teacher editing lessons mostly meets the later ones.)
REPEATS = 3
EXECUTION_TIMEOUT = 120


class BuildFailed(RuntimeError):
    """A build command exited non-zero; the message holds its output."""


# --- Results ----------------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    figure: str
    target: str = "-"
    met: bool | None = None  # None: no target, or not measured

    @property
    def met_text(self) -> str:
        return {True: "yes", False: "NO", None: "-"}[self.met]


@dataclass
class Course:
    name: str
    project: Project
    notebooks: list[Path] = field(default_factory=list)
    pages: list[Path] = field(default_factory=list)

    @property
    def description(self) -> str:
        return f"{len(self.pages)} pages in the TOC, {len(self.notebooks)} of them notebooks"


# --- Preparing the courses --------------------------------------------------------------------


def copy_course(source: Path | None, target: Path) -> Project:
    """A copy of the real course (via the tests' helper) or of the course at `source`."""
    if source is None:
        from tests.conftest import real_course_copy

        return real_course_copy(target)
    ignore = shutil.ignore_patterns("_build", ".ipynb_checkpoints", ".venv", ".git")
    shutil.copytree(source, target, ignore=ignore)
    return Project.at(target)


def describe(name: str, project: Project) -> Course:
    pages = pages_in_toc(project)
    notebooks = [p for p in pages if p.suffix == ".ipynb"]
    return Course(name, project, notebooks, pages)


def add_synthetic_notebooks(project: Project, count: int) -> None:
    """Write `count` classroom notebooks and list them in a new part of the TOC."""
    folder = project.notebooks_dir
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"bench-{number:02d}" for number in range(1, count + 1)]
    for number, name in enumerate(names, start=1):
        nbformat.write(synthetic_notebook(number), folder / f"{name}.ipynb")
    toc = yaml.safe_load(project.toc_path.read_text(encoding="utf-8"))
    chapters = [{"file": f"{folder.name}/{name}"} for name in names]
    toc.setdefault("parts", []).append({"caption": "Benchmark notebooks", "chapters": chapters})
    project.toc_path.write_text(yaml.safe_dump(toc, sort_keys=False), encoding="utf-8")


def synthetic_notebook(number: int) -> nbformat.NotebookNode:
    """A short, realistic activity. The code differs per notebook so no two share a cache entry."""
    v4 = nbformat.v4
    intro = (
        f"# Activity {number}: how well did the gene transfer work?\n\n"
        "A lab treated cells from several donors with a viral vector that carries a working\n"
        "copy of a gene. For each donor we know the share of cells that now make the protein.\n"
        "Compare the two vector doses."
    )
    code = (
        "import matplotlib.pyplot as plt\n"
        "import pandas as pd\n\n"
        f"ACTIVITY = {number}\n"
        "DONORS = 8\n\n"
        "results = pd.DataFrame(\n"
        "    {\n"
        '        "donor": [f"D{i + 1}" for i in range(DONORS)],\n'
        '        "dose": ["low", "high"] * (DONORS // 2),\n'
        '        "percent": [(17 * i + 7 * ACTIVITY) % 40 + 30 for i in range(DONORS)],\n'
        "    }\n"
        ")\n"
        'summary = results.groupby("dose")["percent"].agg(["mean", "min", "max"])\n'
        "summary"
    )
    plot = (
        "fig, ax = plt.subplots(figsize=(5, 3))\n"
        'ax.bar(summary.index, summary["mean"], color=["#4c72b0", "#dd8452"])\n'
        'ax.set_xlabel("Vector dose")\n'
        'ax.set_ylabel("Cells expressing the gene (%)")\n'
        'ax.set_title(f"Activity {ACTIVITY}: expression by dose")\n'
        "plt.show()"
    )
    alt = "A bar chart comparing the mean percentage of cells expressing the gene at two doses."
    cells = [
        v4.new_markdown_cell(intro, id="intro"),
        v4.new_code_cell(code, id="data"),
        v4.new_code_cell(plot, id="plot", metadata={"mystnb": {"image": {"alt": alt}}}),
        v4.new_markdown_cell("Which dose worked better? By how much?", id="questions"),
    ]
    notebook = v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        # What `curriculum check` requires of every course notebook.
        "curriculum": {
            "lesson": f"bench-{number:02d}",
            "title": f"Benchmark activity {number}",
            "minutes": 10,
            "objectives": ["Read a chart."],
        },
    }
    return notebook


# --- Editing ----------------------------------------------------------------------------------


def page_to_edit(course: Course) -> Path:
    """A lesson page in the TOC if there is one, else how-to-use.md, else any Markdown page."""
    markdown = [p for p in course.pages if p.suffix == ".md"]
    lessons = [p for p in markdown if p.parent == course.project.lessons_dir]
    preferred = course.project.root / "how-to-use.md"
    if lessons:
        return lessons[0]
    if preferred in markdown:
        return preferred
    return next(p for p in markdown if p.stem != "index")


def append_sentence(page: Path) -> None:
    with page.open("a", encoding="utf-8") as file:
        file.write("\n\nThis sentence was added by the build benchmark.\n")


def change_a_number(notebook_path: Path) -> None:
    """Change the number of donors in the first code cell that sets it (else any number)."""
    notebook = nbformat.read(notebook_path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        if "DONORS = 8" in cell.source:
            cell.source = cell.source.replace("DONORS = 8", "DONORS = 10", 1)
            break
        digits = [i for i, char in enumerate(cell.source) if char.isdigit()]
        if digits:
            i = digits[0]
            cell.source = f"{cell.source[:i]}{(int(cell.source[i]) + 1) % 10}{cell.source[i + 1 :]}"
            break
    else:
        raise ValueError(f"{notebook_path} has no code cell with a number to change")
    nbformat.write(notebook, notebook_path)


# --- Timing builds ----------------------------------------------------------------------------


def run_timed(command: list[str], cwd: Path) -> float:
    """Run a build command; its wall-clock seconds. Raises BuildFailed with its output."""
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise BuildFailed(
            f"{' '.join(command)} exited with {done.returncode} in {cwd}\n"
            f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}"
        )
    return seconds


def plain_cold_build(project: Project) -> float:
    shutil.rmtree(project.build_dir, ignore_errors=True)
    return run_timed([str(JUPYTER_BOOK), "build", str(project.root)], project.root)


def curriculum_build(project: Project) -> float:
    return run_timed([str(CURRICULUM), "build", "--root", str(project.root)], project.root)


def warm_up() -> None:
    """Import the heavy packages once so that the first timed build does not pay for a cold
    disk cache or matplotlib's one-off font cache, which would flatter the builds after it."""
    code = (
        "import jupyter_book.sphinx, myst_nb, sphinx_book_theme, pandas, matplotlib.pyplot\n"
        "import ipykernel.kernelapp\n"
    )
    run_timed([sys.executable, "-c", code], REPO)


def time_execution(notebooks: list[Path], workers: int, scratch: Path) -> float:
    cache = Path(tempfile.mkdtemp(prefix=f"cache-{workers}-", dir=scratch))
    report = execute_notebooks(notebooks, cache, workers=workers, timeout=EXECUTION_TIMEOUT)
    if report.failures:
        details = "\n".join(f"{f.path}: {f.error}\n{f.traceback}" for f in report.failures)
        raise BuildFailed(f"notebook execution failed:\n{details}")
    return report.seconds


# --- Measuring the site -----------------------------------------------------------------------


def site_size(html_dir: Path) -> tuple[int, int]:
    files = [p for p in html_dir.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def page_to_visit(html_dir: Path) -> str:
    lessons = sorted((html_dir / "lessons").glob("*.html"))
    if lessons:
        return lessons[0].relative_to(html_dir).as_posix()
    return "how-to-use.html"


@dataclass
class Visit:
    page: str
    bytes: int = 0
    requests: int = 0
    other_hosts: list[str] = field(default_factory=list)  # URLs requested elsewhere
    unreadable: int = 0  # responses whose body could not be read (redirects, failures)
    error: str | None = None


def is_local(url: str) -> bool:
    """True for URLs on 127.0.0.1 and for ones that never leave the page (data:, blob:)."""
    parsed = urlparse(url)
    return parsed.scheme not in ("http", "https", "ws", "wss") or parsed.hostname == "127.0.0.1"


def first_visit(html_dir: Path) -> Visit:
    """Load one page in a fresh browser context and add up every response body."""
    from tests.browser.support import browser_missing_reason, chromium, serve

    visit = Visit(page_to_visit(html_dir))
    reason = browser_missing_reason()
    if reason:
        visit.error = reason
        return visit
    responses, requests = [], []
    try:
        with serve(html_dir) as base, chromium() as browser:
            context = browser.new_context()
            page = context.new_page()
            # Playwright calls handlers with keyword arguments: bound builtins do not work.
            page.on("request", lambda request: requests.append(request))
            page.on("response", lambda response: responses.append(response))
            page.goto(base + visit.page)
            page.wait_for_load_state("networkidle")
            for response in responses:
                try:
                    visit.bytes += len(response.body())
                except Exception:  # a redirect or a failed response has no body
                    visit.unreadable += 1
            context.close()
    except Exception as error:  # report the figure as missing rather than lose the others
        visit.error = f"{type(error).__name__}: {error}"
    visit.requests = len(requests)
    visit.other_hosts = [request.url for request in requests if not is_local(request.url)]
    return visit


# --- One course -------------------------------------------------------------------------------


def ratio_row(measure: str, seconds: float, base: float, limit: float, of: str) -> Row:
    ratio = seconds / base if base else float("inf")
    figure = f"{seconds:6.2f} s  ({ratio:.0%} of {of})"
    return Row(measure, figure, f"<= {limit:.0%} of {of}", ratio <= limit)


def measure_course(course: Course, scratch: Path, log: Callable[[str], None]) -> list[Row]:
    project = course.project
    rows = []

    log("plain jupyter-book build, cold")
    plain = plain_cold_build(project)
    rows.append(Row("plain jupyter-book build, cold", f"{plain:6.2f} s", "baseline"))

    log("curriculum build, cold")
    shutil.rmtree(project.build_dir, ignore_errors=True)
    cold = curriculum_build(project)
    rows.append(ratio_row("curriculum build, cold", cold, plain, 0.75, "plain cold"))

    log(f"curriculum build, nothing changed ({REPEATS} times)")
    rows.append(median_row("rebuild, nothing changed", lambda: None, project, cold, 0.08))

    page = page_to_edit(course)
    log(f"curriculum build after editing {project.relative(page)} ({REPEATS} times)")
    label = f"rebuild, one page edited ({project.relative(page)})"
    rows.append(median_row(label, lambda: append_sentence(page), project, cold, 0.10))

    if course.notebooks:
        notebook = course.notebooks[0]
        log(f"curriculum build after editing {project.relative(notebook)} ({REPEATS} times)")
        label = f"rebuild, one notebook's code edited ({project.relative(notebook)})"
        rows.append(median_row(label, lambda: change_a_number(notebook), project, cold, 0.20))
    else:
        rows.append(Row("rebuild, one notebook's code edited", "n/a (no notebooks)", "<= 20%"))

    log("curriculum build --watch: editing the page and a notebook while it runs")
    rows += watch_rows(course, page, cold)

    rows += measure_execution(course, scratch, log)

    size, files = site_size(project.html_dir)
    rows.append(
        Row("site size, _build/html", f"{size / MB:.2f} MB ({size:,} bytes, {files} files)")
    )

    log("first visit in Chromium")
    rows += visit_rows(first_visit(project.html_dir))
    return rows


def median_row(
    measure: str, edit: Callable[[], None], project: Project, cold: float, limit: float
) -> Row:
    """Make the edit and rebuild, REPEATS times: the median against the limit, and each time
    (one rebuild on a shared machine can be 20% off)."""
    times = []
    for _ in range(REPEATS):
        edit()
        times.append(curriculum_build(project))
    label = f"{measure}, median of {REPEATS}"
    row = ratio_row(label, statistics.median(times), cold, limit, "our cold")
    row.figure += f"; each: {', '.join(f'{t:.2f}' for t in times)} s"
    return row


def watch_rows(course: Course, page: Path, cold: float) -> list[Row]:
    """Rebuilds by a running `curriculum build --watch`, which keeps Python, Sphinx and
    Jupyter Book loaded between builds. Each figure is the whole wait, from saving the file
    to the new site being published; the polling interval is part of it."""
    project = course.project
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(CURRICULUM), "build", "--watch", "--root", str(project.root)]
    watcher = subprocess.Popen(
        command,
        cwd=project.root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    rows = []
    try:
        _wait_for(watcher, "Watching")
        edits = [("page", page, append_sentence, 0.10)]
        if course.notebooks:
            edits.append(("notebook's code", course.notebooks[0], change_a_number, 0.20))
        for what, path, edit, limit in edits:
            times = []
            for _ in range(REPEATS):
                start = time.perf_counter()
                edit(path)
                _wait_for(watcher, "Built in")
                times.append(time.perf_counter() - start)
            label = (
                f"rebuild in watch mode, one {what} edited ({project.relative(path)}), "
                f"median of {REPEATS} edits"
            )
            row = ratio_row(label, statistics.median(times), cold, limit, "our cold")
            row.figure += f"; each: {', '.join(f'{t:.2f}' for t in times)} s"
            rows.append(row)
    finally:
        watcher.terminate()
        watcher.wait(timeout=30)
    return rows


def _wait_for(process: subprocess.Popen, text: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    seen = []
    for line in process.stdout:
        seen.append(line)
        if text in line:
            return
        if "problem" in line or time.monotonic() > deadline:
            break
    raise BuildFailed(f"curriculum build --watch did not say {text!r}:\n{''.join(seen)}")


def measure_execution(course: Course, scratch: Path, log: Callable[[str], None]) -> list[Row]:
    workers = os.cpu_count() or 1
    label = "notebook execution"
    if not course.notebooks:
        return [Row(label, "n/a (no notebooks)", "parallel <= 60% of serial")]
    log(f"executing {len(course.notebooks)} notebooks on 1 worker")
    serial = time_execution(course.notebooks, 1, scratch)
    log(f"executing {len(course.notebooks)} notebooks on {workers} workers")
    parallel = time_execution(course.notebooks, workers, scratch)
    return [
        Row(f"{label}, 1 worker", f"{serial:6.2f} s", "baseline"),
        ratio_row(f"{label}, {workers} workers", parallel, serial, 0.60, "serial"),
    ]


def visit_rows(visit: Visit) -> list[Row]:
    measure = f"first visit to {visit.page}"
    if visit.error:
        return [Row(measure, f"not measured: {visit.error}", "<= 1.50 MB")]
    transferred = visit.bytes / MB
    figure = f"{transferred:.2f} MB ({visit.bytes:,} bytes, {visit.requests} requests)"
    if visit.unreadable:
        figure += f", {visit.unreadable} bodies unreadable"
    hosts = sorted({urlparse(url).hostname or url for url in visit.other_hosts})
    others = f"{len(visit.other_hosts)}" + (f" ({', '.join(hosts)})" if hosts else "")
    return [
        Row(measure, figure, "<= 1.50 MB", transferred <= 1.5),
        Row("  requests to other hosts", others, "0", not visit.other_hosts),
    ]


# --- Output -----------------------------------------------------------------------------------


def print_table(title: str, rows: list[Row]) -> None:
    headers = ("measure", "figure", "target", "met?")
    table = [headers, *((r.measure, r.figure.strip(), r.target, r.met_text) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    print(f"\n{title}")
    print("  " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  " + "-+-".join("-" * w for w in widths))
    for line in table[1:]:
        print("  " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))


def print_header(courses: list[Course]) -> None:
    print("curriculum build benchmark")
    print(f"  date:     {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"  machine:  {os.cpu_count()} CPU cores, {platform.platform()}")
    print(f"  python:   {platform.python_version()} ({sys.executable})")
    print(f"  load:     {load_average()} (other work on the machine makes the timings noisy)")
    for course in courses:
        print(f"  course:   {course.name}: {course.description}")


def load_average() -> str:
    try:
        return "{:.2f} {:.2f} {:.2f} (1, 5, 15 min)".format(*os.getloadavg())
    except OSError:
        return "unknown"


def code_digest() -> str:
    """A digest of the curriculum package's files. The site fingerprint covers them, so an edit
    to them during a run turns a "nothing changed" rebuild into a full one."""
    import curriculum

    digest = hashlib.sha256()
    for path in sorted(Path(curriculum.__file__).parent.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def log(message: str) -> None:
    print(f"  ... {message}", file=sys.stderr, flush=True)


# --- Main -------------------------------------------------------------------------------------


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--course", type=Path, default=None, help="course folder to copy (default: the real one)"
    )
    parser.add_argument(
        "--synthetic",
        type=int,
        default=SYNTHETIC_DEFAULT,
        metavar="N",
        help=f"also measure the course plus N generated notebooks (default {SYNTHETIC_DEFAULT}; "
        "0 disables)",
    )
    parser.add_argument("--no-synthetic", action="store_true", help="same as --synthetic 0")
    parser.add_argument("--keep", action="store_true", help="keep the temporary course copies")
    return parser.parse_args()


def prepare_courses(arguments: argparse.Namespace, scratch: Path) -> list[Course]:
    source = arguments.course.resolve() if arguments.course else None
    name = f"copy of {source}" if source else "copy of the real course"
    courses = [describe(name, copy_course(source, scratch / "course"))]
    count = 0 if arguments.no_synthetic else max(0, arguments.synthetic)
    if count:
        project = copy_course(source, scratch / "synthetic")
        add_synthetic_notebooks(project, count)
        courses.append(describe(f"{name} + {count} synthetic notebooks", project))
    return courses


def main() -> None:
    arguments = parse_arguments()
    scratch = Path(tempfile.mkdtemp(prefix="curriculum-bench-"))
    try:
        courses = prepare_courses(arguments, scratch)
        print_header(courses)
        log("warming up (imports, font cache)")
        warm_up()
        code_before = code_digest()
        results = []
        for course in courses:
            log(f"measuring: {course.name}")
            results.append((course, measure_course(course, scratch, log)))
        for course, rows in results:
            print_table(f"{course.name} ({course.description})", rows)
        print(f"\nload at the end: {load_average()}")
        if code_digest() != code_before:
            print(
                "WARNING: the curriculum package's code changed during the run, which makes "
                "rebuilds do more work: the figures are not reliable, run again."
            )
    except BuildFailed as failure:
        print(f"\nBUILD FAILED\n{failure}", file=sys.stderr)
        sys.exit(1)
    finally:
        if arguments.keep:
            print(f"\nCourse copies kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
