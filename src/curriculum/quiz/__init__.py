"""Quiz banks: load and check them, grade answers, render them for the site and notebooks.

from curriculum import quiz
bank = quiz.load("lessons/quizzes/03-milestones.yml")
quiz.check(bank, "first-trial", "b")       # Verdict(correct=..., score=..., ...)
"""

from curriculum.quiz.grader import GradeReport, Response, Verdict, check, grade
from curriculum.quiz.loader import QuizError, dump, dumps, load, loads
from curriculum.quiz.model import QUESTION_TYPES, Bank
from curriculum.quiz.show import show

__all__ = [
    "QUESTION_TYPES",
    "Bank",
    "GradeReport",
    "QuizError",
    "Response",
    "Verdict",
    "check",
    "dump",
    "dumps",
    "grade",
    "load",
    "loads",
    "show",
]
