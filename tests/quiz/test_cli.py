from click.testing import CliRunner

from curriculum.cli import main
from tests.conftest import FIXTURE_COURSE

BANK = str(FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml")


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_export_writes_files_and_warns_per_question(tmp_path):
    """`quiz export --to gift` writes the file and one warning per converted question."""
    result = run("quiz", "export", BANK, "--to", "gift", "-o", str(tmp_path))
    assert result.exit_code == 0
    assert (tmp_path / "01-cells.gift.txt").is_file()
    assert result.output.count("[curriculum.export-converted]") == 2


def test_render_refuses_to_overwrite_a_bank(tmp_path):
    """No command writes over a source file."""
    target = tmp_path / "bank.yml"
    target.write_text("title: x")
    result = run("quiz", "render", BANK, "-o", str(target))
    assert result.exit_code == 2
    assert target.read_text() == "title: x"


def test_grade_prints_students_and_questions_and_writes_csv(tmp_path):
    """A class's answers give per-student and per-question summaries and a results file."""
    responses = tmp_path / "answers.csv"
    responses.write_text(
        "student,question,answer\nAna,what-is-a-lymphocyte,a\nAna,doubling,8000\n"
        "Ben,what-is-a-lymphocyte,b\n"
    )
    out = tmp_path / "results.csv"
    result = run("quiz", "grade", BANK, str(responses), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "Ana      2.00 / 7 (29%)" in result.output
    assert "what-is-a-lymphocyte: 50%" in result.output
    assert out.read_text().splitlines()[0] == "student,question,score,correct"


def test_grade_reports_bad_answers_with_row_and_column(tmp_path):
    """An answer that is not an option is named by line and column, no traceback."""
    responses = tmp_path / "answers.csv"
    responses.write_text("student,question,answer\nAna,what-is-a-lymphocyte,z\nAna,nope,a\n")
    result = run("quiz", "grade", BANK, str(responses))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].endswith(
        "answers.csv:2:answer: 'z' is not an option (A or a, B or b, C or c) "
        "[curriculum.responses-answer]"
    )
    assert "answers.csv:3:question: no question 'nope' in the bank" in lines[1]
    assert "Traceback" not in result.output
