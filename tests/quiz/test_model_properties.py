"""Property-based tests for the loader: any bank we can build loads back as itself."""

from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum import quiz

words = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=20)
    .map(str.strip)
    .filter(bool)
)
ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)


@st.composite
def single_question(draw, question_id):
    keys = draw(st.lists(st.sampled_from("abcdef"), min_size=2, max_size=5, unique=True))
    return {
        "id": question_id,
        "type": "single",
        "prompt": draw(words),
        "options": {k: draw(words) for k in keys},
        "answer": draw(st.sampled_from(keys)),
        "explanation": draw(words),
        "objective": draw(words),
    }


@st.composite
def banks(draw):
    question_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    return {"title": draw(words), "questions": [draw(single_question(i)) for i in question_ids]}


@settings(max_examples=50)
@given(banks())
def test_valid_banks_round_trip(data):
    """A valid bank survives dumps -> loads unchanged."""
    bank = quiz.Bank.model_validate(data)
    assert quiz.loads(quiz.dumps(bank)).questions == bank.questions


@settings(max_examples=50)
@given(st.text(max_size=200))
def test_any_text_either_loads_or_raises_quiz_error(text):
    """Whatever is in the file, the loader answers with a bank or a QuizError, never a crash."""
    try:
        quiz.loads(text, "x.yml")
    except quiz.QuizError as error:
        assert error.issues
        assert all(issue.path == "x.yml" for issue in error.issues)
