import csv
import io
import json

from click.testing import CliRunner

from curriculum.cli import main
from curriculum.report import build_report, render_csv, render_text, shortfalls


def run(*args):
    return CliRunner().invoke(main, list(args))


def add_question(course):
    """The fixture quiz has 7 questions; one more makes the fixture lesson complete."""
    bank = course.quizzes_dir / "01-cells.yml"
    bank.write_text(
        bank.read_text(encoding="utf-8")
        + "  - id: extra\n    type: true_false\n    prompt: Cells divide.\n    answer: true\n"
        "    explanation: They do.\n    objective: Describe the parts of a cell.\n",
        encoding="utf-8",
    )


def test_a_lesson_summary_counts_what_the_lesson_declares_and_contains(course):
    [lesson] = build_report(course).lessons
    assert (lesson.id, lesson.minutes, len(lesson.objectives)) == ("01-cells", 45, 5)
    assert lesson.quiz_questions == 7
    assert lesson.quiz_types == {
        t: 1
        for t in (
            "matching",
            "multiple",
            "numeric",
            "ordering",
            "short_text",
            "single",
            "true_false",
        )
    }
    assert (lesson.activity, lesson.citations, lesson.standards) == ("unplugged", 1, ["HS-LS1-1"])
    assert 0 < lesson.reading_grade < 10


def test_course_totals_and_standards_coverage(course):
    report = build_report(course)
    assert report.total_minutes == 45
    assert report.standards == {"HS-LS1-1": ["01-cells"], "HS-LS3-1": []}


def test_a_short_quiz_is_a_shortfall_naming_the_lesson(course):
    [issue] = shortfalls(build_report(course))
    assert issue.code == "quiz-too-short"
    assert issue.message.startswith("lesson 01-cells: its quiz has 7 questions")


def test_a_complete_lesson_has_no_shortfalls(course):
    add_question(course)
    assert shortfalls(build_report(course)) == []


def test_every_bar_of_a_complete_lesson_is_checked(course):
    add_question(course)
    page = course.lessons_dir / "01-cells.md"
    text = page.read_text(encoding="utf-8")
    text = text.replace("{cite}`nhgri-gene`", "").replace("## Think about it", "## Discuss")
    text = text.replace("{term}`lymphocyte`", "lymphocyte")
    page.write_text(text, encoding="utf-8")
    codes = sorted(issue.code for issue in shortfalls(build_report(course)))
    assert codes == ["missing-section", "no-citations", "unlinked-term"]


def test_hard_prose_is_a_shortfall_with_its_grade(course):
    add_question(course)
    page = course.lessons_dir / "01-cells.md"
    hard = (
        "Autologous chimeric antigen receptor therapies necessitate individualised "
        "manufacturing infrastructure, consequently generating considerable logistical "
        "complexity internationally. "
    ) * 6
    page.write_text(page.read_text(encoding="utf-8").replace("## Learn\n", f"## Learn\n\n{hard}\n"))
    [issue] = shortfalls(build_report(course))
    assert issue.code == "reading-grade" and "simplify it to 10 or below" in issue.message


def test_text_report_lists_each_lesson_and_the_course_totals(course):
    text = render_text(build_report(course))
    assert "01-cells  Cells and genes" in text
    assert "Course: 1 lessons, 45 minutes" in text
    assert "HS-LS3-1  not covered" in text


def test_csv_report_has_one_row_per_lesson(course):
    rows = list(csv.DictReader(io.StringIO(render_csv(build_report(course)))))
    assert [(r["id"], r["quiz"], r["citations"]) for r in rows] == [("01-cells", "7", "1")]


def test_report_command_prints_json(course):
    result = run("report", "--root", str(course.root), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["total_minutes"] == 45 and data["lessons"][0]["quiz_questions"] == 7


def test_report_check_exits_one_and_names_the_shortfall(course):
    result = run("report", "--root", str(course.root), "--check")
    assert result.exit_code == 1
    assert "lessons/01-cells.md: lesson 01-cells: its quiz has 7 questions" in result.output


def test_report_check_passes_a_complete_course(course):
    add_question(course)
    result = run("report", "--root", str(course.root), "--check")
    assert (result.exit_code, result.output.splitlines()[-1]) == (0, "Every lesson is complete.")


def test_report_refuses_to_overwrite_a_lesson(course):
    target = course.lessons_dir / "01-cells.md"
    before = target.read_text(encoding="utf-8")
    result = run("report", "--root", str(course.root), "-o", str(target))
    assert result.exit_code == 2 and target.read_text(encoding="utf-8") == before
