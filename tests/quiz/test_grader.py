import pytest
from hypothesis import given
from hypothesis import strategies as st

from curriculum import quiz
from curriculum.quiz.grader import Response, edit_distance, normalise
from tests.conftest import FIXTURE_COURSE

BANK = quiz.load(FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml")


@pytest.mark.parametrize(
    ("question", "answer", "score"),
    [
        ("what-is-a-lymphocyte", "a", 1.0),
        ("what-is-a-lymphocyte", "b", 0.0),
        ("cell-parts", {"a", "b"}, 1.0),
        ("cell-parts", {"a"}, 0.5),
        ("cell-parts", {"a", "b", "c"}, 0.5),
        ("cell-parts", {"c"}, 0.0),
        ("genes-are-dna", True, 1.0),
        ("genes-are-dna", "false", 0.0),
        ("doubling", 8000, 1.0),
        ("doubling", "8,000 cells", 1.0),
        ("doubling", "4000", 0.0),
        ("codon-length", " Codon ", 1.0),
        ("codon-length", "codan", 1.0),
        ("codon-length", "gene", 0.0),
        ("dna-to-protein", ["DNA", "RNA", "protein"], 1.0),
        ("dna-to-protein", ["RNA", "DNA", "protein"], 1 / 3),
        (
            "match-cells",
            {
                "T cell": "Finds and kills infected cells",
                "B cell": "Makes antibodies",
                "Red blood cell": "Carries oxygen",
            },
            1.0,
        ),
        (
            "match-cells",
            {
                "T cell": "Makes antibodies",
                "B cell": "Finds and kills infected cells",
                "Red blood cell": "Carries oxygen",
            },
            1 / 3,
        ),
    ],
)
def test_check_scores_each_question_type(question, answer, score):
    """Right, partly right and wrong answers of every type get the expected score."""
    verdict = quiz.check(BANK, question, answer)
    assert verdict.score == pytest.approx(score)
    assert verdict.correct == (score == 1.0)


def test_check_gives_option_feedback_and_the_explanation():
    """A wrong option's feedback and the question's explanation come back."""
    verdict = quiz.check(BANK, "what-is-a-lymphocyte", "b")
    assert verdict.feedback.startswith("Red blood cells carry oxygen")
    assert verdict.explanation.startswith("Lymphocytes are white blood cells")


def test_fuzzy_match_says_the_expected_spelling():
    """A forgiven typo is accepted with the right spelling shown."""
    assert "codon" in quiz.check(BANK, "codon-length", "codan").feedback


def test_unknown_question_id_is_a_clear_error():
    """Asking about a question the bank does not have names the bank."""
    with pytest.raises(KeyError, match="no question 'nope' in '01-cells'"):
        quiz.check(BANK, "nope", "a")


def test_grade_totals_students_and_questions():
    """Each student's total, and each question's mean; missing answers score 0."""
    report = quiz.grade(
        BANK,
        [
            Response("ana", "what-is-a-lymphocyte", "a"),
            Response("ana", "genes-are-dna", True),
            Response("ben", "what-is-a-lymphocyte", "c"),
        ],
    )
    assert report.scores == {"ana": 2.0, "ben": 0.0}
    assert report.per_question["what-is-a-lymphocyte"] == 0.5
    assert report.out_of == 7
    assert report.verdicts[("ben", "doubling")].feedback == "no answer"


@given(st.text())
def test_any_text_answer_scores_between_zero_and_one(text):
    """No typed answer, however odd, breaks the grader or scores outside 0-1."""
    for question in BANK.questions:
        if question.type in ("single", "multiple", "true_false", "numeric", "short_text"):
            verdict = quiz.check(BANK, question.id, text)
            assert 0.0 <= verdict.score <= 1.0


@given(st.permutations(["DNA", "RNA", "protein"]))
def test_only_the_right_order_is_fully_correct(order):
    """An ordering is correct exactly when it matches the bank's order."""
    verdict = quiz.check(BANK, "dna-to-protein", list(order))
    assert verdict.correct == (list(order) == ["DNA", "RNA", "protein"])


@given(st.sets(st.sampled_from(["a", "b", "c"])))
def test_multiple_choice_is_correct_only_for_the_exact_set(chosen):
    """Partial credit never reaches 1 unless the chosen set is exactly right."""
    verdict = quiz.check(BANK, "cell-parts", chosen)
    assert verdict.correct == (chosen == {"a", "b"})


@given(st.text(max_size=20), st.text(max_size=20))
def test_edit_distance_is_symmetric_and_bounded(a, b):
    """Distance is symmetric, zero only for equal strings, at most the longer length."""
    assert edit_distance(a, b) == edit_distance(b, a)
    assert (edit_distance(a, b) == 0) == (a == b)
    assert edit_distance(a, b) <= max(len(a), len(b))


@given(st.text())
def test_normalise_is_idempotent(text):
    """Normalising twice changes nothing more."""
    assert normalise(normalise(text)) == normalise(text)
