import json
import re
from html.parser import HTMLParser

from curriculum import quiz
from curriculum.quiz.render import ASSET_NAMES, asset_text, display_order, notebook_html, widget
from tests.conftest import FIXTURE_COURSE

BANK = quiz.load(FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml")
HOSTILE = quiz.load(FIXTURE_COURSE.parent / "quiz" / "hostile-markup.yml")


def test_widget_assets_weigh_at_most_25_kb():
    """Script and style together stay small enough for slow school networks."""
    assert sum(len(asset_text(name).encode()) for name in ASSET_NAMES) <= 25 * 1024


def test_widget_has_one_fieldset_per_question_with_a_legend():
    """Each question is a fieldset with a legend, so screen readers group its inputs."""
    markup = widget(BANK, element_id="q")
    assert markup.count("<fieldset") == len(BANK.questions)
    assert markup.count("<legend>") == len(BANK.questions)


def test_display_order_is_fixed_and_never_the_answer():
    """Shuffled items are the same every time and not already in the right order."""
    items = ["DNA", "RNA", "protein"]
    first = display_order(BANK, "dna-to-protein", items)
    assert first == display_order(BANK, "dna-to-protein", items)
    assert first != items and sorted(first) == sorted(items)


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def test_hostile_text_is_escaped_in_markup():
    """No element, event handler or javascript: link from quiz text survives as markup."""
    parser = _Elements()
    parser.feed(widget(HOSTILE, element_id="q"))
    tags = [tag for tag, _ in parser.found]
    assert tags.count("script") == 1  # the JSON data block only
    assert not {"img", "svg", "iframe", "style", "a", "b"} & set(tags)
    attributes = [name for _, attrs in parser.found for name in attrs]
    assert not [name for name in attributes if name.startswith("on")]


def test_json_block_cannot_close_its_script_element():
    """Quiz text containing '</script>' cannot end the data block early."""
    markup = widget(HOSTILE, element_id="q")
    data = re.search(r'class="cgt-quiz-data">(.*?)</script>', markup, re.S).group(1)
    assert "</" not in data
    assert json.loads(data)["questions"][0]["id"] == "hostile"


def test_notebook_html_is_self_contained():
    """The notebook widget carries its style and script inline and loads nothing."""
    markup = notebook_html(BANK)
    assert "<style>" in markup and "window.cgtQuiz.init(" in markup
    assert not re.search(r"(src|href)=\"https?://", markup)


def test_show_returns_a_notebook_display():
    """quiz.show gives an object notebooks render as HTML."""
    display = quiz.show(FIXTURE_COURSE / "lessons" / "quizzes" / "01-cells.yml")
    assert display._repr_html_().count('class="cgt-quiz"') == 1
    assert "7 questions" in repr(display)
