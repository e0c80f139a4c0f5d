"""The `curriculum` command line: parse arguments, call the library, print, choose the exit code.

Top-level imports are kept to click and the small core modules so that `--help` is instant;
each command imports the heavy parts it needs.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import click

from curriculum import __version__
from curriculum.errors import CurriculumError, Issue

EXIT_PROBLEMS = 1  # the content has problems; the messages say where
EXIT_USAGE = 2  # the command could not run (no course here, bad arguments)

root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The course folder (the one holding _config.yml). Default: found from here upwards.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curriculum")
def main() -> None:
    """Build and check the cell and gene therapy course.

    \b
    Start with:
      curriculum check     find problems in lessons, notebooks and settings
      curriculum build     build the course site into _build/html
    """
    from curriculum.book.lazy_imports import skip_unused_imports

    skip_unused_imports()  # this process is the command's own


@main.command()
@root_option
def check(root: Path | None) -> None:
    """Check the course files and list every problem, one line each."""
    from curriculum.check import check_project

    project = _project(root)
    issues = check_project(project)
    _finish(issues, "No problems found.")


@main.command()
@root_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Notebooks to execute at once. Default: one per CPU core.",
)
@click.option("--force", is_flag=True, help="Build even if nothing changed since the last build.")
@click.option(
    "--edition",
    type=click.Choice(["student", "teacher", "both"]),
    default="student",
    show_default=True,
    help="student: _build/html, without solutions or teacher notes; "
    "teacher: _build/teacher/html, with everything.",
)
@click.option(
    "--watch",
    is_flag=True,
    help="Keep running and build again whenever a course file changes (Ctrl-C stops).",
)
def build(root: Path | None, jobs: int | None, force: bool, edition: str, watch: bool) -> None:
    """Build the course site into _build/html.

    Checks the course first, executes changed notebooks in parallel (cached in
    _build/.jupyter_cache), builds strictly (warnings are errors) and replaces _build/html
    only if everything succeeded. With --watch it then waits for changes and rebuilds; use
    it with `make serve` in another terminal while editing lessons.
    """
    from curriculum.book.sphinx_build import GC_THRESHOLDS, BookBuilder

    project = _project(root)
    # Sphinx loads in a helper process from the start, while this one finds what changed.
    builder = BookBuilder(project.config_path)
    from curriculum.build import build_site, ready_for_edits

    # A build keeps most of what it makes until it ends: collecting garbage as often as
    # Python does by default costs about a tenth of a rebuild (mypy raises this threshold too).
    gc.set_threshold(*GC_THRESHOLDS)

    forced = [force]  # --force applies to the first build only

    def build_once():
        result = build_site(
            project,
            edition=edition,
            workers=jobs,
            force=forced[0],
            progress=click.echo,
            builder=builder,
        )
        forced[0] = False
        if result.ok and not result.up_to_date:
            click.echo(f"Built in {result.seconds:.2f} s.")
        _report(result.issues)
        return result

    if watch:
        from curriculum.watch import watch as watch_course

        def build_and_get_ready():
            build_once()
            ready_for_edits(project, edition, builder)  # no work if Sphinx is still set up

        # One helper for the whole session keeps Sphinx loaded and set up between builds.
        with builder:
            try:
                watch_course(project, build_and_get_ready, click.echo)
            except KeyboardInterrupt:
                click.echo("Stopped watching.")
        return
    with builder:
        ok = build_once().ok
    # Everything left is freed by the process ending; a last sweep over it would only add
    # half a second.
    gc.freeze()
    if not ok:
        sys.exit(EXIT_PROBLEMS)


@main.group()
def data() -> None:
    """Check and list the course's datasets (data/*.csv and data/datasets.yml)."""


@data.command("check")
@root_option
def data_check(root: Path | None) -> None:
    """Check every dataset against the manifest; one line per problem."""
    from curriculum.datasets import check as check_datasets

    issues = check_datasets(_project(root))
    _finish(issues, "No problems found in the datasets.")


@data.command("list")
@root_option
def data_list(root: Path | None) -> None:
    """List the datasets with their number of rows and as-of dates."""
    from curriculum.datasets import DatasetError, catalog

    try:
        entries = catalog(_project(root))
    except DatasetError as error:
        _report(error.issues)
        sys.exit(EXIT_PROBLEMS)
    if not entries:
        click.echo("No datasets: data/datasets.yml lists none.")
        return
    width = max(len(entry.name) for entry in entries)
    for entry in entries:
        click.echo(
            f"{entry.name:<{width}}  {entry.rows:>4} rows  as of {entry.as_of:%Y-%m-%d}  "
            f"{entry.file}  {entry.title}"
        )


@main.group()
def quiz() -> None:
    """Check quiz banks (lessons/quizzes/*.yml)."""


@quiz.command("check")
@root_option
def quiz_check(root: Path | None) -> None:
    """Check every quiz bank; one line per problem."""
    from curriculum.quiz.banks import check_banks

    issues = check_banks(_project(root))
    _finish(issues, "No problems found in the quiz banks.")


@quiz.command("render")
@click.argument("bank", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The HTML file to write (never a quiz bank).",
)
def quiz_render(bank: Path, output: Path) -> None:
    """Write BANK as one standalone HTML page with the interactive quiz."""
    from curriculum.quiz import QuizError, load
    from curriculum.quiz.render import standalone_page

    try:
        loaded = load(bank)
    except QuizError as error:
        _report(error.issues)
        sys.exit(EXIT_PROBLEMS)
    _write_output(output, standalone_page(loaded), protect=[bank])
    click.echo(f"Wrote {output}")


@quiz.command("export")
@click.argument("bank", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["moodle", "gift", "qti", "worksheet"]),
    required=True,
    help="moodle: Moodle XML; gift: Moodle GIFT; qti: IMS QTI 1.2 .zip for Canvas; "
    "worksheet: printable HTML and a separate answer key.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the files. Default: _build/quizzes in the course.",
)
def quiz_export(bank: Path, fmt: str, output: Path | None) -> None:
    """Export BANK for a learning-management system or for paper."""
    from curriculum.quiz import QuizError, load
    from curriculum.quiz.export import export

    try:
        loaded = load(bank)
    except QuizError as error:
        _report(error.issues)
        sys.exit(EXIT_PROBLEMS)
    if output is None:
        output = _project(None).build_dir / "quizzes"
    result = export(loaded, fmt)
    for warning in result.warnings:
        click.echo(f"warning: {bank}: {warning} [curriculum.export-converted]", err=True)
    for name, content in result.files.items():
        _write_output(output / name, content, protect=[bank])
        click.echo(f"Wrote {output / name}")


@quiz.command("grade")
@click.argument("bank", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("responses", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write every answer's score to this CSV file.",
)
def quiz_grade(bank: Path, responses: Path, output: Path | None) -> None:
    """Score a class's answers (RESPONSES: a CSV with student,question,answer).

    The answer format for each question type is described in the README ("Quizzes").
    """
    from curriculum.quiz import QuizError, grade, load
    from curriculum.quiz.responses import read_responses

    try:
        loaded = load(bank)
    except QuizError as error:
        _report(error.issues)
        sys.exit(EXIT_PROBLEMS)
    answers, issues = read_responses(loaded, responses, str(responses))
    if issues:
        _report(issues)
        sys.exit(EXIT_PROBLEMS)
    report = grade(loaded, answers)
    click.echo(f"{loaded.title}: {len(report.scores)} students, {report.out_of} questions\n")
    width = max([len("Student"), *(len(s) for s in report.scores)])
    click.echo(f"{'Student':<{width}}  Score")
    for student, score in sorted(report.scores.items()):
        click.echo(
            f"{student:<{width}}  {score:.2f} / {report.out_of} ({score / report.out_of:.0%})"
        )
    click.echo("\nQuestion: average score")
    for question_id, mean in report.per_question.items():
        click.echo(f"  {question_id}: {mean:.0%}")
    if output:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["student", "question", "score", "correct"])
        for (student, question_id), verdict in report.verdicts.items():
            writer.writerow(
                [student, question_id, f"{verdict.score:g}", "yes" if verdict.correct else "no"]
            )
        _write_output(output, buffer.getvalue(), protect=[bank, responses], allow_csv=True)
        click.echo(f"\nWrote {output}")


@main.group()
def nb() -> None:
    """Activity notebooks: student versions, checks, cleaning."""


notebooks_argument = click.argument(
    "notebooks", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


def _notebooks(project, given: tuple[Path, ...]) -> list[Path]:
    return list(given) or sorted(project.notebooks_dir.glob("*.ipynb"))


@nb.command("student")
@notebooks_argument
@root_option
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the student notebooks. Default: _build/student.",
)
def nb_student(notebooks: tuple[Path, ...], root: Path | None, output: Path | None) -> None:
    """Write student versions of NOTEBOOKS (default: all in notebooks/), without solutions."""
    from curriculum.notebooks import write_student_versions

    project = _project(root)
    output = output or project.build_dir / "student"
    try:
        written = write_student_versions(
            _notebooks(project, notebooks), output, project.notebooks_dir
        )
    except ValueError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"Wrote {len(written)} student notebook(s) to {output}")


@nb.command("check")
@notebooks_argument
@root_option
def nb_check(notebooks: tuple[Path, ...], root: Path | None) -> None:
    """Check NOTEBOOKS (default: all in notebooks/); one line per problem."""
    from curriculum.check import notebook_issues

    project = _project(root)
    issues = notebook_issues(project, _notebooks(project, notebooks))
    _finish(issues, "No problems found in the notebooks.")


@nb.command("clean")
@notebooks_argument
@root_option
def nb_clean(notebooks: tuple[Path, ...], root: Path | None) -> None:
    """Strip outputs and editor metadata from NOTEBOOKS (default: all in notebooks/)."""
    from curriculum.notebooks.clean import clean_files

    project = _project(root)
    changed = clean_files(_notebooks(project, notebooks))
    for path in changed:
        click.echo(f"cleaned {path}")
    click.echo(f"{len(changed)} notebook(s) changed.")


@main.command()
@root_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "csv", "json"]),
    default="text",
    show_default=True,
    help="text to read; csv for a spreadsheet; json for other tools.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the report to this file instead of the screen.",
)
@click.option(
    "--check",
    "check_complete",
    is_flag=True,
    help="Also list every way a lesson falls short of a complete lesson (exit 1 if any).",
)
def report(root: Path | None, fmt: str, output: Path | None, check_complete: bool) -> None:
    """Overview of every lesson: minutes, objectives, quiz, activity, reading grade, sources.

    \b
    A complete lesson has objectives, a quiz of 8+ questions of 3+ types, at least one
    citation, a reading grade of 10 or below, every section, teacher notes, its key terms
    linked to the glossary and a quiz question for every objective.
    """
    from curriculum.report import RENDERERS, build_report, shortfalls

    project = _project(root)
    course = build_report(project)
    text = RENDERERS[fmt](course)
    if output is None:
        click.echo(text, nl=False)
    else:
        _write_output(output, text, protect=[], allow_csv=True)
        click.echo(f"wrote {output}")
    if check_complete:
        _finish(shortfalls(course), "Every lesson is complete.")


@main.group()
def new() -> None:
    """Start new course material from templates."""


@new.command("lesson")
@click.argument("title")
@root_option
@click.option("--part", default=None, help="The part (its caption in _toc.yml) to add it to.")
def new_lesson_command(title: str, root: Path | None, part: str | None) -> None:
    """Create a lesson page, its notebook and its quiz bank, and list them in _toc.yml."""
    from curriculum.scaffold import new_lesson

    project = _project(root)
    try:
        lesson = new_lesson(project, title, part)
    except CurriculumError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    for path in lesson.files:
        click.echo(f"created {project.relative(path)}")
    click.echo(f"added to _toc.yml under '{lesson.part}'. Next: edit the files, then 'make book'.")


def _write_output(
    output: Path, content: str | bytes, protect: list[Path], allow_csv: bool = False
) -> None:
    """Write a generated file atomically, refusing to overwrite a source file."""
    source_suffixes = {".yml", ".yaml", ".ipynb", ".md"} | (set() if allow_csv else {".csv"})
    if output.suffix in source_suffixes or any(output.resolve() == p.resolve() for p in protect):
        click.echo(f"error: refusing to overwrite {output}: it looks like a source file", err=True)
        sys.exit(EXIT_USAGE)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial")
    if isinstance(content, bytes):
        partial.write_bytes(content)
    else:
        partial.write_text(content, encoding="utf-8")
    partial.replace(output)


def _project(root: Path | None):
    from curriculum.project import Project

    try:
        return Project.at(root) if root else Project.find()
    except CurriculumError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_USAGE)


def _finish(issues: list[Issue], all_clear: str) -> None:
    """Print every problem and exit 1, or say that there is none."""
    _report(issues)
    if issues:
        sys.exit(EXIT_PROBLEMS)
    click.echo(all_clear)


def _report(issues: list[Issue]) -> None:
    for issue in issues:
        click.echo(issue.format(), err=True)
    if issues:
        noun = "problem" if len(issues) == 1 else "problems"
        click.echo(f"{len(issues)} {noun} found.", err=True)
