from curriculum.lessons.reading import reading_grade

EASY = "---\nid: x\n---\n# T\n\n" + (
    "A cell is small. It has a part in the middle. The part holds the genes. " * 5
)
HARD = (
    "---\nid: x\n---\n# T\n\n"
    + "Autologous chimeric antigen receptor therapies necessitate individualised manufacturing "
    "infrastructure, consequently generating considerable logistical and economic complexity "
    "for healthcare organisations internationally. " * 4
)


def test_simple_prose_reads_at_a_low_grade():
    assert reading_grade(EASY) < 5


def test_dense_prose_reads_above_the_course_limit():
    assert reading_grade(HARD) > 10


def test_a_page_with_almost_no_prose_has_no_grade():
    assert reading_grade("# Title\n\nToo short.\n") is None
