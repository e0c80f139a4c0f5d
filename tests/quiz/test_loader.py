import pytest

from curriculum import quiz
from curriculum.quiz.banks import check_banks
from tests.conftest import BAD, FIXTURE_COURSE

BANK = FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml"


def problems(name: str) -> list[tuple[str, str]]:
    with pytest.raises(quiz.QuizError) as caught:
        quiz.load(BAD / "quiz" / f"{name}.yml")
    return [(issue.where, issue.code) for issue in caught.value.issues]


def test_fixture_bank_loads_every_question_type():
    """The fixture bank has one question of each of the seven types."""
    bank = quiz.load(BANK)
    assert bank.name == "01-cells"
    assert sorted(q.type for q in bank.questions) == sorted(quiz.QUESTION_TYPES)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("invalid-yaml", [("5", "yaml-syntax")]),
        ("unknown-key", [("7", "quiz-format")]),
        ("duplicate-ids", [("9", "quiz-duplicate-id")]),
        ("answer-not-an-option", [("9", "quiz-format")]),
        ("ordering-repeats-an-item", [("6", "quiz-format")]),
        ("numeric-without-tolerance", [("3", "quiz-format")]),
        ("unknown-type", [("4", "quiz-format")]),
        ("bad-id", [("3", "quiz-format")]),
    ],
)
def test_each_broken_bank_is_reported_at_its_line(name, expected):
    """Each broken bank in tests/fixtures/bad/quiz gives one issue at the right line."""
    assert problems(name) == expected


def test_every_bad_bank_fixture_is_covered():
    """A new broken-bank fixture must be added to the table above."""
    assert len(list((BAD / "quiz").glob("*.yml"))) == 8


def test_messages_name_the_fix():
    """Messages say what is wrong and how to put it right."""
    with pytest.raises(quiz.QuizError, match=r"'tolerance' is missing .*tolerance: 0"):
        quiz.load(BAD / "quiz" / "numeric-without-tolerance.yml")
    with pytest.raises(quiz.QuizError, match=r"answer 'c' not among the options \(a, b\)"):
        quiz.load(BAD / "quiz" / "answer-not-an-option.yml")


def test_all_problems_are_reported_at_once(tmp_path):
    """Two broken questions give two issues, not one."""
    text = (
        (BAD / "quiz" / "duplicate-ids.yml").read_text().replace("answer: false", "answer: maybe")
    )
    with pytest.raises(quiz.QuizError) as caught:
        quiz.loads(text, "x.yml")
    assert len(caught.value.issues) == 2


def test_dumps_then_loads_gives_the_same_bank():
    """Writing a bank and reading it back changes nothing."""
    bank = quiz.load(BANK)
    assert quiz.loads(quiz.dumps(bank), name=bank.name) == bank


def test_dump_writes_atomically(tmp_path):
    """dump leaves no partial file behind."""
    bank = quiz.load(BANK)
    target = tmp_path / "out.yml"
    quiz.dump(bank, target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.yml"]
    assert quiz.load(target).questions == bank.questions


def test_course_check_reports_bank_problems_with_course_paths(course):
    """`curriculum check` includes quiz banks, named relative to the course."""
    (course.quizzes_dir / "02-bad.yml").write_text((BAD / "quiz" / "unknown-key.yml").read_text())
    [issue] = check_banks(course)
    assert issue.format().startswith("lessons/quizzes/02-bad.yml:7: unknown key 'explanaton'")
