"""The course style, the colour palette, and the plumbing every chart shares."""

from __future__ import annotations

import contextlib
import datetime as dt
import textwrap
from collections.abc import Iterator
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt

STYLE_FILE = Path(__file__).with_name("course.mplstyle")
# Okabe and Ito's colour-blind-safe palette, without yellow first (weak on white).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
_ALT_TEXT = "_curriculum_alt_text"


@contextlib.contextmanager
def course_style() -> Iterator[None]:
    """Use the course style inside a `with` block (the helpers do this themselves)."""
    interactive = mpl.is_interactive()
    with mpl.style.context(STYLE_FILE):
        try:
            yield
        finally:
            # pyplot may pick its backend inside the block, and Jupyter's inline backend then
            # switches interactive mode on. Leaving the style must not undo that, or no later
            # chart in the notebook would be shown.
            interactive = mpl.is_interactive()
    mpl.interactive(interactive)


def new_axes(ax=None):
    """The caller's Axes, or a new figure's Axes in the course style."""
    if ax is not None:
        return ax
    with course_style():
        _, ax = plt.subplots()
    return ax


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def marker_for(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


def set_alt_text(ax, text: str) -> None:
    setattr(ax, _ALT_TEXT, text)
    setattr(ax.figure, _ALT_TEXT, text)


def alt_text(chart) -> str:
    """The text description a helper gave its figure (pass the Axes or the Figure)."""
    try:
        return getattr(chart, _ALT_TEXT)
    except AttributeError:
        raise ValueError(
            "This figure has no description: only figures made by curriculum.plotting have one."
        ) from None


def provenance(frame, as_of: dt.date | str | None, source: str | None) -> tuple[str, str]:
    """The as-of date and source for a figure: given explicitly, or from a loaded dataset."""
    as_of = as_of or frame.attrs.get("as_of")
    source = source or frame.attrs.get("source")
    if not as_of or not source:
        raise ValueError(
            "A data figure must say where its data comes from and when: pass as_of= and "
            "source=, or use a frame from curriculum.datasets.load()"
        )
    if isinstance(as_of, dt.date):
        as_of = as_of.isoformat()
    return str(as_of), str(source)


def add_data_note(ax, as_of: str, source: str) -> str:
    """Write 'Data as of ... Source: ...' along the bottom edge, wrapped to the figure's width,
    and lay the figure out around it, so that no label is cut off or hidden; returns the note."""
    note = f"Data as of {as_of}. Source: {source}."
    # About 12 characters of 11-point text per inch of figure width.
    width = max(30, int(ax.figure.get_figwidth() * 12))
    lines = textwrap.wrap(note, width=width)
    ax.annotate(
        "\n".join(lines),
        xy=(0, 0),
        xycoords="figure fraction",
        xytext=(8, 6),
        textcoords="offset points",
        fontsize=11,
        color="#444444",
        ha="left",
        va="bottom",
    )
    note_height = (8 + 14 * len(lines)) / (ax.figure.get_figheight() * ax.figure.dpi)
    ax.figure.tight_layout(rect=(0, note_height, 1, 1))
    return note
