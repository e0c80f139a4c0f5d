"""Show a quiz in a live notebook (JupyterLab, Notebook 7, VS Code, Colab).

    from curriculum import quiz
    quiz.show("01-cells")          # a bank of this course, by name
    quiz.show("path/to/bank.yml")  # or by path, or a loaded Bank

The widget carries its own style and script, so it needs no extension and no network.
"""

from __future__ import annotations

from pathlib import Path

from curriculum.quiz.loader import load
from curriculum.quiz.model import Bank
from curriculum.quiz.render import notebook_html


class QuizDisplay:
    """What `show` returns: notebooks display it as the interactive quiz."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank

    def _repr_html_(self) -> str:
        return notebook_html(self.bank)

    def __repr__(self) -> str:
        return f"<quiz '{self.bank.title}': {len(self.bank.questions)} questions>"


def show(bank: Bank | str | Path) -> QuizDisplay:
    return QuizDisplay(_resolve(bank))


def _resolve(bank: Bank | str | Path) -> Bank:
    if isinstance(bank, Bank):
        return bank
    path = Path(bank)
    if path.suffix in (".yml", ".yaml") or path.exists():
        return load(path)
    from curriculum.project import Project

    return load(Project.find().quizzes_dir / f"{bank}.yml")
