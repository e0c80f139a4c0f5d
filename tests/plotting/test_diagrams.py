import matplotlib

matplotlib.use("agg")

import matplotlib.pyplot as plt

from curriculum.plotting.diagrams import arrow_between, titled_box


def test_a_titled_box_is_an_edged_box_with_a_bold_title_and_returns_its_centre():
    fig, ax = plt.subplots()
    centre = titled_box(ax, 1, 2, 4, 3, "Collect", "#0072B2")
    [box], [title] = ax.patches, ax.texts
    assert centre == 3
    assert (title.get_text(), title.get_fontweight()) == ("Collect", "bold")
    assert title.get_position() == (3, 4.7)
    assert box.get_edgecolor()[:3] == matplotlib.colors.to_rgb("#0072B2")
    plt.close(fig)


def test_an_arrow_spans_the_gap_after_a_box():
    fig, ax = plt.subplots()
    arrow_between(ax, 5, 1, 2)
    [arrow] = ax.texts
    assert (arrow.xy, arrow.xyann) == ((5.98, 2), (5.02, 2))
    plt.close(fig)
