"""How fast `curriculum nb student` makes student notebooks, next to `nbgrader generate_assignment`.

Run from the repository root:

    .venv/bin/python benchmarks/student_versions.py [--notebooks N]

It prints figures; it is not a test. It exits non-zero only if a tool fails, if an output is
missing or still holds a solution line, or if the script itself crashes.

What it does:

- installs nbgrader (pinned, see NBGRADER_PIN) into its own virtualenv under
  _build/bench-venvs/nbgrader, never into the project's .venv; an existing one is reused;
- generates N classroom notebooks (20 by default) in a temporary folder: 12 cells each
  (markdown, and code using pandas), 3 exercises each with a `### BEGIN SOLUTION` /
  `### END SOLUTION` region inside a solution cell. Our copies tag those cells `solution`;
  nbgrader's copies carry nbgrader solution metadata instead and live in an nbgrader course
  directory (`source/ps1/*.ipynb` plus `nbgrader_config.py`);
- runs each tool once untimed (warm-up), then 3 timed runs, each as a whole command in a
  subprocess (wall-clock, so interpreter start-up and imports are counted);
- checks that each tool wrote N notebooks and that no solution line survived;
- prints the best and median times, the ratio nbgrader / ours and whether ours is at least
  TARGET_RATIO times faster (judged on the medians).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
from book_env import book_bin  # noqa: E402 - benchmarks/ is on sys.path when run as a script

# Run in the environment `make book` makes (see book_env.py), as teachers run it.
CURRICULUM = book_bin() / "curriculum"
NBGRADER_PIN = "0.9.6"
NBGRADER_VENV = REPO / "_build" / "bench-venvs" / "nbgrader"
ASSIGNMENT = "ps1"
NOTEBOOKS_DEFAULT = 20
REPEATS = 3
TARGET_RATIO = 20.0
BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"

SOLUTION_CELLS = (5, 8, 10)  # positions of the three solution cells in each notebook

# Each topic gives one notebook its flavour: (topic, measurement, unit, gene names).
TOPICS = [
    ("CAR-T cell expansion", "cell_count", "million cells", ["CD19", "CD22", "BCMA"]),
    ("Gene editing efficiency", "edited_percent", "%", ["HBB", "BCL11A", "CCR5"]),
    ("Viral vector titre", "titre", "vg/mL", ["AAV2", "AAV8", "AAV9"]),
    ("Stem cell viability", "viability", "%", ["CD34", "CD133", "CD90"]),
    ("Protein expression", "expression", "a.u.", ["GFP", "FIX", "SMN1"]),
]


@dataclass(frozen=True)
class Exercise:
    """One exercise: its instructions, the code around the solution and the solution itself."""

    prompt: str
    before: list[str]
    solution: list[str]
    after: list[str]


@dataclass(frozen=True)
class Tool:
    """One tool's whole command, where it runs, where it writes and its environment."""

    name: str
    command: list[str]
    cwd: Path
    out: Path
    env: dict[str, str]


# ---------------------------------------------------------------------------------------------
# Notebooks


def exercises(index: int, measure: str, genes: list[str]) -> list[Exercise]:
    """The three exercises of notebook `index`; numbers vary so no two notebooks are equal."""
    threshold = 40 + index
    return [
        Exercise(
            prompt=f"**Exercise 1.** Write `mean_{measure}(df, gene)`: the average `{measure}` "
            "of the samples for one gene.",
            before=[f"def mean_{measure}(df, gene):", '    """Average over the samples."""'],
            solution=[
                f"    rows = df[df['gene'] == gene]  # solution line nb{index} ex1",
                f"    return rows['{measure}'].mean()",
            ],
            after=[],
        ),
        Exercise(
            prompt=f"**Exercise 2.** Make `high`: the rows whose `{measure}` is above "
            f"{threshold}, sorted from highest to lowest.",
            before=[f"threshold = {threshold}"],
            solution=[
                f"high = df[df['{measure}'] > threshold]  # solution line nb{index} ex2",
                f"high = high.sort_values('{measure}', ascending=False)",
            ],
            after=["high.head()"],
        ),
        Exercise(
            prompt=f"**Exercise 3.** Make `summary`: for each gene ({', '.join(genes)}), the "
            f"number of samples and the largest `{measure}`.",
            before=[],
            solution=[
                f"grouped = df.groupby('gene')['{measure}']  # solution line nb{index} ex3",
                "summary = grouped.agg(['count', 'max'])",
            ],
            after=["summary"],
        ),
    ]


def solution_source(exercise: Exercise) -> str:
    """The cell's code; the markers take the indent of the solution they enclose."""
    first = exercise.solution[0]
    indent = first[: len(first) - len(first.lstrip())]
    region = [indent + BEGIN, *exercise.solution, indent + END]
    return "\n".join([*exercise.before, *region, *exercise.after])


def solution_lines(index: int, measure: str, genes: list[str]) -> list[str]:
    """The lines a student must never see in notebook `index`."""
    return [line.strip() for ex in exercises(index, measure, genes) for line in ex.solution]


def topic(index: int) -> tuple[str, str, str, list[str]]:
    return TOPICS[index % len(TOPICS)]


def activity_notebook(index: int, mark_solution: Callable[[object, str], None]):
    """A 12-cell classroom activity; `mark_solution(cell, grade_id)` marks each solution cell."""
    title, measure, unit, genes = topic(index)
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    data_rows = ", ".join(
        f"('{genes[i % 3]}', 'S{i + 1}', {30 + (index * 7 + i * 13) % 60})" for i in range(9)
    )
    ex1, ex2, ex3 = exercises(index, measure, genes)
    cells = [
        md(
            f"# Activity {index + 1}: {title}\n\nIn this activity you explore a small table of "
            f"lab measurements ({measure}, in {unit}) with pandas."
        ),
        md(
            "## Learning goals\n\n- select rows of a table\n- compute an average\n"
            "- group rows and summarise them"
        ),
        code(
            f"import pandas as pd\n\nrows = [{data_rows}]\n"
            f"df = pd.DataFrame(rows, columns=['gene', 'sample', '{measure}'])"
        ),
        code("df.head()"),
        md(ex1.prompt),
        code(solution_source(ex1)),
        code(
            f"assert round(mean_{measure}(df, '{genes[0]}'), 6) == round(\n"
            f"    df[df['gene'] == '{genes[0]}']['{measure}'].mean(), 6\n)"
        ),
        md(ex2.prompt),
        code(solution_source(ex2)),
        md(ex3.prompt),
        code(solution_source(ex3)),
        md(
            "## Think about it\n\nWhich gene would you study further, and why? Write two sentences."
        ),
    ]
    for number, position in enumerate(SOLUTION_CELLS, start=1):
        mark_solution(cells[position], f"nb{index:03d}-exercise{number}")
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return notebook


def tag_solution(cell, _grade_id: str) -> None:
    cell.metadata["tags"] = ["solution"]


def nbgrader_solution(cell, grade_id: str) -> None:
    cell.metadata["nbgrader"] = {
        "grade": False,
        "grade_id": grade_id,
        "locked": False,
        "schema_version": 3,
        "solution": True,
        "task": False,
    }


def write_notebooks(
    folder: Path, count: int, mark_solution: Callable[[object, str], None]
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"activity_{index + 1:03d}.ipynb"
        nbformat.write(activity_notebook(index, mark_solution), path)
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# The two tools


def ensure_nbgrader() -> Path:
    """The nbgrader executable in its own virtualenv, created and installed if needed."""
    nbgrader = NBGRADER_VENV / "bin" / "nbgrader"
    if nbgrader.exists() and nbgrader_version(nbgrader) == NBGRADER_PIN:
        return nbgrader
    print(f"Installing nbgrader=={NBGRADER_PIN} into {NBGRADER_VENV} (once) ...", flush=True)
    if not (NBGRADER_VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(NBGRADER_VENV)], check=True)
    subprocess.run(
        [
            str(NBGRADER_VENV / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            f"nbgrader=={NBGRADER_PIN}",
        ],
        check=True,
    )
    return nbgrader


def nbgrader_version(nbgrader: Path) -> str:
    result = subprocess.run([str(nbgrader), "--version"], capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.startswith("nbgrader version"):
            return line.split()[-1]
    return "unknown"


def our_tool(work: Path, count: int) -> Tool:
    """A minimal course and N tagged notebooks outside its notebooks/ folder."""
    course = work / "course"
    course.mkdir()
    (course / "_config.yml").write_text("title: bench\n", encoding="utf-8")
    paths = write_notebooks(work / "teacher", count, tag_solution)
    out = work / "student"
    command = [str(CURRICULUM), "nb", "student", *map(str, paths)]
    command += ["-o", str(out), "--root", str(course)]
    return Tool("curriculum nb student", command, course, out, dict(os.environ))


def nbgrader_tool(work: Path, count: int, nbgrader: Path) -> Tool:
    """An nbgrader course directory with N notebooks in source/ps1."""
    root = work / "nbgrader-course"
    write_notebooks(root / "source" / ASSIGNMENT, count, nbgrader_solution)
    db_url = f"sqlite:///{root / 'gradebook.db'}"
    (root / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(root)!r}\n"
        "c.CourseDirectory.course_id = 'bench'\n"
        f"c.CourseDirectory.db_url = {db_url!r}\n",
        encoding="utf-8",
    )
    command = [str(nbgrader), "generate_assignment", ASSIGNMENT, "--force"]
    command += [f"--CourseDirectory.db_url={db_url}", "--log-level=WARN"]
    # As if its virtualenv were activated: nbgrader runs `alembic` from PATH for its database.
    env = {**os.environ, "PATH": f"{nbgrader.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return Tool("nbgrader generate_assignment", command, root, root / "release" / ASSIGNMENT, env)


# ---------------------------------------------------------------------------------------------
# Running, checking and timing


def run(tool: Tool) -> float:
    """Seconds the tool's command took, from a clean output folder; exits on failure."""
    shutil.rmtree(tool.out, ignore_errors=True)
    start = time.perf_counter()
    result = subprocess.run(
        tool.command, cwd=tool.cwd, env=tool.env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(
            f"error: {tool.name} failed (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return elapsed


def check_outputs(tool: Tool, count: int) -> None:
    """Exit with a clear message unless the tool wrote N notebooks free of solution lines."""
    written = sorted(tool.out.glob("*.ipynb"))
    problems = []
    if len(written) != count:
        problems.append(f"expected {count} notebooks in {tool.out}, found {len(written)}")
    for path in written:
        index = int(path.stem.rsplit("_", 1)[1]) - 1
        _title, measure, _unit, genes = topic(index)
        notebook = nbformat.read(path, as_version=4)
        source = "\n".join(cell.source for cell in notebook.cells)
        leaked = [line for line in solution_lines(index, measure, genes) if line in source]
        leaked += [marker for marker in (BEGIN, END) if marker in source]
        if leaked:
            problems.append(f"{path.name} still holds: {leaked}")
        if source.count("raise NotImplementedError()") != len(SOLUTION_CELLS):
            problems.append(f"{path.name} lacks a stub where a solution was")
    if problems:
        sys.exit(f"error: {tool.name} output is wrong:\n  " + "\n  ".join(problems))


def time_tool(tool: Tool, count: int) -> list[float]:
    """One untimed warm-up, then REPEATS timed runs; the output of every run is checked."""
    print(f"  {tool.name}: warm-up ...", flush=True)
    run(tool)
    check_outputs(tool, count)
    times = []
    for number in range(1, REPEATS + 1):
        times.append(run(tool))
        check_outputs(tool, count)
        print(f"  {tool.name}: run {number}/{REPEATS}: {times[-1]:.3f} s", flush=True)
    return times


# ---------------------------------------------------------------------------------------------
# Report


def report(count: int, version: str, ours: list[float], theirs: list[float]) -> None:
    ours_best, ours_median = min(ours), statistics.median(ours)
    theirs_best, theirs_median = min(theirs), statistics.median(theirs)
    ratio_best = theirs_best / ours_best
    ratio_median = theirs_median / ours_median
    met = ratio_median >= TARGET_RATIO
    print()
    print("Student versions: curriculum nb student vs nbgrader generate_assignment")
    print(f"  Python                    {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"  nbgrader version          {version}")
    print(f"  notebooks                 {count}")
    print("  cells per notebook        12 (3 solution cells, one solution region each)")
    print(f"  timed runs per tool       {REPEATS} (after 1 untimed warm-up)")
    print()
    print(f"  {'':30}{'best':>10}{'median':>10}")
    print(f"  {'curriculum nb student':30}{ours_best:>9.3f}s{ours_median:>9.3f}s")
    print(f"  {'nbgrader generate_assignment':30}{theirs_best:>9.3f}s{theirs_median:>9.3f}s")
    print(f"  {'ratio nbgrader / ours':30}{ratio_best:>9.1f}x{ratio_median:>9.1f}x")
    print()
    verdict = "MET" if met else "NOT MET"
    print(
        f"  Target: ours at least {TARGET_RATIO:.0f}x faster (medians): {verdict} "
        f"({ratio_median:.1f}x)"
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--notebooks",
        type=int,
        default=NOTEBOOKS_DEFAULT,
        metavar="N",
        help=f"how many notebooks to convert (default {NOTEBOOKS_DEFAULT})",
    )
    args = parser.parse_args()
    if args.notebooks < 1:
        parser.error("--notebooks must be at least 1")
    return args


def main() -> None:
    args = parse_args()
    nbgrader = ensure_nbgrader()
    version = nbgrader_version(nbgrader)
    with tempfile.TemporaryDirectory(prefix="bench-student-") as temporary:
        work = Path(temporary)
        ours_tool = our_tool(work, args.notebooks)
        theirs_tool = nbgrader_tool(work, args.notebooks, nbgrader)
        print(f"Timing {args.notebooks} notebooks with each tool:", flush=True)
        ours = time_tool(ours_tool, args.notebooks)
        theirs = time_tool(theirs_tool, args.notebooks)
    report(args.notebooks, version, ours, theirs)


if __name__ == "__main__":
    main()
