import pytest

from curriculum.book.figures import draw, inputs_fingerprint


def script(tmp_path, code):
    path = tmp_path / "figure.py"
    path.write_text("import matplotlib.pyplot as plt\n" + code, encoding="utf-8")
    return path


def test_a_script_figure_becomes_svg_with_its_labels_as_text(tmp_path):
    svg = draw(script(tmp_path, "fig, ax = plt.subplots()\nax.set_title('Collect cells')\n"))
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    assert b"Collect cells" in svg  # text stays text: translatable and searchable


def test_the_same_script_gives_the_same_bytes(tmp_path):
    """No dates or random ids: an unchanged figure does not change the site."""
    path = script(tmp_path, "fig, ax = plt.subplots()\nax.plot([1, 2], [3, 4])\n")
    assert draw(path) == draw(path)


def test_a_script_must_draw_exactly_one_figure(tmp_path):
    with pytest.raises(ValueError, match="exactly one figure, it drew 2"):
        draw(script(tmp_path, "plt.figure()\nplt.figure()\n"))


def test_figures_are_closed_even_when_a_script_fails(tmp_path):
    import matplotlib.pyplot as plt

    with pytest.raises(ZeroDivisionError):
        draw(script(tmp_path, "plt.figure()\n1 / 0\n"))
    assert plt.get_fignums() == []


@pytest.mark.slow
@pytest.mark.parametrize("edition", ["html", "teacher/html"])
def test_built_figure_has_alt_text_and_caption(built_course, edition):
    page = (built_course.build_dir / edition / "lessons" / "01-cells.html").read_text()
    assert 'alt="A line rising faster and faster: 1 cell on day 0, 32 cells on day 5."' in page
    assert "One cell that divides every day makes 32 cells in five days." in page
    assert (built_course.build_dir / edition / "_images" / "01_doubling.svg").is_file()


def test_a_figure_is_drawn_again_only_when_its_inputs_change(tmp_path):
    """Script and course data are the inputs; an unchanged figure costs no drawing."""
    course = tmp_path / "course"
    (course / "data").mkdir(parents=True)
    (course / "data" / "milestones.csv").write_text("year\n1990\n")
    path = script(course, "plt.figure()\n")
    before = inputs_fingerprint(path, course)
    assert inputs_fingerprint(path, course) == before
    (course / "data" / "milestones.csv").write_text("year\n1990\n2017\n")
    after_data = inputs_fingerprint(path, course)
    path.write_text(path.read_text() + "plt.title('New')\n")
    assert len({before, after_data, inputs_fingerprint(path, course)}) == 3


def test_figures_are_drawn_ahead_once_and_then_left_alone(course):
    from curriculum.book.config_check import pages_in_toc
    from curriculum.book.figures import draw_ahead, figure_path

    pages = pages_in_toc(course)
    assert draw_ahead(course, pages, 2, lambda message: None) == 1
    svg = figure_path(course.root, course.root / "lessons" / "figures" / "01_doubling.py")
    assert svg.read_bytes().startswith(b"<?xml")
    assert draw_ahead(course, pages, 2, lambda message: None) == 0


def test_a_failing_figure_is_left_for_the_book_build_to_report(course):
    from curriculum.book.config_check import pages_in_toc
    from curriculum.book.figures import draw_ahead

    (course.root / "lessons" / "figures" / "01_doubling.py").write_text("1 / 0\n")
    assert draw_ahead(course, pages_in_toc(course), 2, lambda message: None) == 0
