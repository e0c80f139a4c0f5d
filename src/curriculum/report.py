"""`curriculum report`: the course at a glance, for curriculum designers.

Per lesson: minutes, objectives, quiz questions by type, activity, reading grade, citations
and standards; for the course: total minutes and which lessons cover which standard. The
same report decides whether a lesson is complete (`shortfalls`): the content tests and
`curriculum report --check` use it, so the bar is defined once, here.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import asdict, dataclass, field

from curriculum.errors import Issue
from curriculum.lessons.check import read_lessons
from curriculum.lessons.page import REQUIRED_SECTIONS, LessonPage
from curriculum.lessons.reading import MAX_GRADE, reading_grade
from curriculum.lessons.standards import read_standards
from curriculum.project import Project
from curriculum.quiz.loader import QuizError, load

# What every complete lesson has (issue: "objectives, a quiz of 8+ questions of 3+ types, at
# least one citation, and a reading grade of 10 or below").
MIN_QUESTIONS = 8
MIN_QUESTION_TYPES = 3
MIN_CITATIONS = 1


@dataclass
class LessonSummary:
    id: str
    title: str
    path: str
    minutes: int
    objectives: list[str]
    quiz_questions: int
    quiz_types: dict[str, int]
    activity: str
    reading_grade: float | None
    citations: int
    standards: list[str]
    key_terms: list[str]
    # Details the bar is judged on; kept out of the table, present in JSON.
    missing_sections: list[str] = field(default_factory=list)
    teacher_notes: bool = False
    unlinked_terms: list[str] = field(default_factory=list)
    untested_objectives: list[str] = field(default_factory=list)
    quiz_problem: str = ""


@dataclass
class CourseReport:
    lessons: list[LessonSummary]
    total_minutes: int
    standards: dict[str, list[str]]  # every known code -> the lessons that list it

    def to_dict(self) -> dict:
        return {
            "lessons": [asdict(lesson) for lesson in self.lessons],
            "total_minutes": self.total_minutes,
            "standards": self.standards,
        }


def build_report(project: Project) -> CourseReport:
    lessons = [_summarise(project, page) for page in read_lessons(project)]
    known, _ = read_standards(project)
    coverage: dict[str, list[str]] = {code: [] for code in known}
    for lesson in lessons:
        for code in lesson.standards:
            coverage.setdefault(code, []).append(lesson.id)
    return CourseReport(lessons, sum(lesson.minutes for lesson in lessons), coverage)


def _summarise(project: Project, page: LessonPage) -> LessonSummary:
    lesson_id = page.id or page.path.stem
    types: Counter[str] = Counter()
    tested: set[str] = set()
    quiz_problem = ""
    for quiz in page.quizzes:
        try:
            bank = load(project.quizzes_dir / f"{quiz.target}.yml")
        except QuizError as error:
            quiz_problem = str(error).splitlines()[0]
            continue
        types.update(question.type for question in bank.questions)
        tested.update(question.objective for question in bank.questions)
    linked = {ref.target.casefold() for ref in page.term_links}
    if page.activity == "notebook":
        activity = f"notebook {project.relative(project.notebooks_dir / f'{page.path.stem}.ipynb')}"
    else:
        activity = page.activity
    sections = page.sections
    return LessonSummary(
        id=lesson_id,
        title=page.title,
        path=page.label,
        minutes=page.minutes,
        objectives=page.objectives,
        quiz_questions=sum(types.values()),
        quiz_types=dict(sorted(types.items())),
        activity=activity,
        reading_grade=reading_grade(page.text),
        citations=len(page.cited_keys),
        standards=page.standards,
        key_terms=page.key_terms,
        missing_sections=[s for s in REQUIRED_SECTIONS if s not in sections],
        teacher_notes=page.has_teacher_notes,
        unlinked_terms=[t for t in page.key_terms if t.casefold() not in linked],
        untested_objectives=[o for o in page.objectives if o not in tested],
        quiz_problem=quiz_problem,
    )


def shortfalls(report: CourseReport) -> list[Issue]:
    """Every way a lesson falls short of a complete lesson, one issue each, naming the lesson."""
    issues = []
    for lesson in report.lessons:

        def short(code: str, message: str, lesson=lesson) -> None:
            issues.append(Issue(lesson.path, "", code, f"lesson {lesson.id}: {message}"))

        if not lesson.objectives:
            short("no-objectives", "has no objectives")
        if lesson.quiz_problem:
            short("quiz-unreadable", f"its quiz cannot be read: {lesson.quiz_problem}")
        if lesson.quiz_questions < MIN_QUESTIONS:
            short(
                "quiz-too-short",
                f"its quiz has {lesson.quiz_questions} questions; a lesson needs {MIN_QUESTIONS}+",
            )
        if len(lesson.quiz_types) < MIN_QUESTION_TYPES:
            short(
                "quiz-too-few-types",
                f"its quiz uses {len(lesson.quiz_types)} question type(s); "
                f"a lesson needs {MIN_QUESTION_TYPES}+",
            )
        if lesson.citations < MIN_CITATIONS:
            short("no-citations", "cites no sources; cite every fact with {cite}`key`")
        if lesson.reading_grade is None:
            short("no-prose", "has too little prose to measure its reading level")
        elif lesson.reading_grade > MAX_GRADE:
            short(
                "reading-grade",
                f"reads at grade {lesson.reading_grade}; simplify it to {MAX_GRADE:g} or below",
            )
        for section in lesson.missing_sections:
            short("missing-section", f"has no '## {section}' section")
        if not lesson.teacher_notes:
            short("no-teacher-notes", "has no {teacher-notes} block")
        for term in lesson.unlinked_terms:
            short("unlinked-term", f"key term '{term}' is never linked with {{term}}")
        for objective in lesson.untested_objectives:
            short("untested-objective", f"no quiz question checks the objective '{objective}'")
    return issues


# --- output formats -----------------------------------------------------------------------

TABLE_COLUMNS = (
    "id",
    "minutes",
    "objectives",
    "quiz",
    "quiz types",
    "activity",
    "grade",
    "citations",
    "standards",
)


def _row(lesson: LessonSummary) -> dict[str, str]:
    return {
        "id": lesson.id,
        "minutes": str(lesson.minutes),
        "objectives": str(len(lesson.objectives)),
        "quiz": str(lesson.quiz_questions),
        "quiz types": ", ".join(f"{t} {n}" for t, n in lesson.quiz_types.items()),
        "activity": lesson.activity,
        "grade": "-" if lesson.reading_grade is None else f"{lesson.reading_grade:.1f}",
        "citations": str(lesson.citations),
        "standards": " ".join(lesson.standards),
    }


def render_text(report: CourseReport) -> str:
    out = []
    for lesson in report.lessons:
        row = _row(lesson)
        out.append(f"{lesson.id}  {lesson.title}")
        for column in TABLE_COLUMNS[1:]:
            out.append(f"  {column + ':':<12} {row[column] or '-'}")
        out.append("")
    hours, minutes = divmod(report.total_minutes, 60)
    out.append(
        f"Course: {len(report.lessons)} lessons, {report.total_minutes} minutes "
        f"({hours} h {minutes} min)."
    )
    out.append("Standards (code: lessons):")
    width = max((len(code) for code in report.standards), default=0)
    for code, lessons in report.standards.items():
        out.append(f"  {code:<{width}}  {', '.join(lessons) or 'not covered'}")
    return "\n".join(out) + "\n"


def render_csv(report: CourseReport) -> str:
    buffer = io.StringIO()
    fields = ["id", "title", *TABLE_COLUMNS[1:]]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for lesson in report.lessons:
        writer.writerow({"title": lesson.title, **_row(lesson)})
    return buffer.getvalue()


def render_json(report: CourseReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


RENDERERS = {"text": render_text, "csv": render_csv, "json": render_json}
