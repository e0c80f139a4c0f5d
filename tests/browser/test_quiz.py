"""The quiz widget in Chromium: every question type by mouse and by keyboard, feedback, score,
retry, saved progress, and quiz text that tries to inject script."""

from __future__ import annotations

import pytest

from curriculum import quiz
from curriculum.quiz.render import standalone_page
from tests.conftest import FIXTURE_COURSE

pytestmark = [pytest.mark.browser, pytest.mark.slow]
LESSON = "lessons/01-cells.html"


@pytest.fixture
def page(browser, built_course):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((built_course.html_dir / LESSON).resolve().as_uri())
    yield page
    context.close()
    assert errors == []


def box(page, question_id):
    return page.locator(f"fieldset[data-question='{question_id}']")


def feedback(page, question_id):
    return box(page, question_id).locator(".cgt-feedback")


def score(page):
    return page.locator(".cgt-score-value").inner_text()


def test_every_type_answered_by_mouse(page):
    """Clicking and typing the right answers marks each question correct; the score is 7."""
    page.get_by_label("A white blood cell of the immune system").check()
    box(page, "cell-parts").get_by_label("A nucleus").check()
    box(page, "cell-parts").get_by_label("DNA", exact=True).check()
    box(page, "genes-are-dna").get_by_label("True").check()
    box(page, "doubling").locator("input").fill("8000")
    box(page, "codon-length").locator("input").fill("codon")
    order = box(page, "dna-to-protein")
    # The display order is a fixed shuffle: bring each item to the top, last one first.
    for item in ("protein", "RNA", "DNA"):
        for _ in range(2):
            order.locator(f".cgt-item[data-item='{item}'] .cgt-up").click()
    match = box(page, "match-cells")
    match.locator("select[data-term='T cell']").select_option("Finds and kills infected cells")
    match.locator("select[data-term='B cell']").select_option("Makes antibodies")
    match.locator("select[data-term='Red blood cell']").select_option("Carries oxygen")
    for question in quiz.load(FIXTURE_COURSE / "lessons/quizzes/01-cells.yml").questions:
        box(page, question.id).locator(".cgt-check").click()
        assert feedback(page, question.id).inner_text().startswith("Correct!"), question.id
    assert score(page) == "7"


def test_wrong_answer_shows_option_feedback_and_explanation(page):
    """A wrong choice says so, gives that option's feedback and the explanation."""
    page.get_by_label("A red blood cell that carries oxygen").check()
    box(page, "what-is-a-lymphocyte").locator(".cgt-check").click()
    text = feedback(page, "what-is-a-lymphocyte").inner_text()
    assert text.startswith("Not quite.")
    assert "Red blood cells carry oxygen" in text
    assert "Lymphocytes are white blood cells" in text
    assert score(page) == "0"


def test_partly_right_multiple_choice_scores_half(page):
    """One of two right options scores 0.5 and says 'Partly right.'"""
    box(page, "cell-parts").get_by_label("A nucleus").check()
    box(page, "cell-parts").locator(".cgt-check").click()
    assert feedback(page, "cell-parts").inner_text().startswith("Partly right.")
    assert score(page) == "0.5"


def test_checking_with_no_answer_asks_for_one(page):
    """Check without an answer explains what to do, and scores nothing."""
    box(page, "doubling").locator(".cgt-check").click()
    assert feedback(page, "doubling").inner_text() == "Choose or type an answer first."


def test_every_type_answered_by_keyboard(page):
    """With only Tab, arrows, Space, Enter and typing, every question type can be answered."""

    def focus(question, selector="input"):
        box(page, question).locator(selector).first.focus()

    def check_with_enter(question):
        box(page, question).locator(".cgt-check").focus()
        page.keyboard.press("Enter")

    focus("what-is-a-lymphocyte")
    page.keyboard.press("Space")  # the first option is the right one
    page.keyboard.press("Tab")  # Tab leaves a radio group: the Check button is next
    page.keyboard.press("Enter")

    focus("cell-parts")
    page.keyboard.press("Space")  # A nucleus
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # DNA
    check_with_enter("cell-parts")

    focus("genes-are-dna")
    page.keyboard.press("Space")
    check_with_enter("genes-are-dna")

    focus("doubling")
    page.keyboard.type("8000")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    focus("codon-length")
    page.keyboard.type("codon")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    # Ordering: bring each item to the top with its "Move up" button, last one first.
    for item in ("protein", "RNA", "DNA"):
        box(page, "dna-to-protein").locator(f".cgt-item[data-item='{item}'] .cgt-up").focus()
        page.keyboard.press("Enter")
        page.keyboard.press("Enter")
    check_with_enter("dna-to-protein")

    focus("match-cells", "select")
    for choice in ("Finds and kills infected cells", "Makes antibodies", "Carries oxygen"):
        # A focused <select> picks the option whose text starts with the letters typed.
        page.keyboard.type(choice[:6])
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    for question in quiz.load(FIXTURE_COURSE / "lessons/quizzes/01-cells.yml").questions:
        assert feedback(page, question.id).inner_text().startswith("Correct!"), question.id
    assert score(page) == "7"


def test_ordering_buttons_work_from_the_keyboard_and_keep_focus(page):
    """Enter on 'Move up' moves the item, and focus stays on the moved item's button."""
    order = box(page, "dna-to-protein")
    last = order.locator(".cgt-item").last
    item = last.get_attribute("data-item")
    last.locator(".cgt-up").focus()
    page.keyboard.press("Enter")
    items = order.locator(".cgt-item").evaluate_all("els => els.map(e => e.dataset.item)")
    assert items[1] == item
    focused = page.evaluate("document.activeElement.closest('.cgt-item').dataset.item")
    assert focused == item


def test_feedback_is_announced_by_a_live_region(page):
    """Feedback appears in a polite live region so screen readers announce it."""
    region = feedback(page, "genes-are-dna")
    assert region.get_attribute("role") == "status"
    assert region.get_attribute("aria-live") == "polite"


def test_progress_survives_a_reload_and_retry_clears_it(page):
    """Answers are kept in localStorage; 'Try again' empties the quiz and the storage."""
    box(page, "doubling").locator("input").fill("8000")
    box(page, "doubling").locator(".cgt-check").click()
    page.reload()
    assert box(page, "doubling").locator("input").input_value() == "8000"
    assert score(page) == "1"
    page.locator(".cgt-retry").click()
    assert box(page, "doubling").locator("input").input_value() == ""
    assert score(page) == "0"
    page.reload()
    assert score(page) == "0"


def test_hostile_quiz_text_renders_inert(browser, tmp_path):
    """Script tags, event handlers and javascript: links in quiz text never run."""
    bank = quiz.load(FIXTURE_COURSE.parent / "quiz" / "hostile-markup.yml")
    target = tmp_path / "hostile.html"
    target.write_text(standalone_page(bank))
    page = browser.new_page()
    page.goto(target.as_uri())
    page.get_by_text("bold?", exact=False).hover()
    page.locator("a", has_text="click me").click() if page.locator(
        "a", has_text="click me"
    ).count() else None
    page.locator(".cgt-option input").last.check()
    page.locator(".cgt-check").click()
    assert page.evaluate("window.pwned === undefined")
    # Only our own script and the JSON data block are scripts; no <img>, <svg>, <iframe>, <style>
    # came from the quiz text.
    quiz_box = page.locator(".cgt-quiz")
    assert quiz_box.locator("script:not(.cgt-quiz-data), img, svg, iframe, style").count() == 0
    assert quiz_box.locator("a[href^='javascript']").count() == 0
    page.close()


def test_standalone_page_works_without_a_server(browser, tmp_path):
    """`curriculum quiz render` output works opened straight from disk."""
    bank = quiz.load(FIXTURE_COURSE / "lessons/quizzes/01-cells.yml")
    target = tmp_path / "quiz.html"
    target.write_text(standalone_page(bank))
    page = browser.new_page()
    page.goto(target.as_uri())
    page.get_by_label("True").check()
    box(page, "genes-are-dna").locator(".cgt-check").click()
    assert feedback(page, "genes-are-dna").inner_text().startswith("Correct!")
    page.close()
