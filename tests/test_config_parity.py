import yaml

from tests.conftest import FIXTURE_COURSE, REPO


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_fixture_course_uses_the_real_course_settings():
    """The fast tests only prove something if the fixture is configured like the real course."""
    real, fixture = load(REPO / "_config.yml"), load(FIXTURE_COURSE / "_config.yml")
    real.pop("title"), fixture.pop("title")
    assert fixture == real
