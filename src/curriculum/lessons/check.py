"""Check lesson pages against what they point at: standards, glossary, BibTeX, quiz, notebook.

These are the problems that would break the build or mislead a reader, found before the
build with the file and line to fix. Whether a lesson is *complete* (enough questions, a
reading level, citations) is the report's job (`curriculum report --check`), so a lesson in
progress still builds.
"""

from __future__ import annotations

from curriculum.errors import Issue, sorted_issues
from curriculum.lessons.bibliography import bibtex_problems, read_entries
from curriculum.lessons.glossary import glossary_terms
from curriculum.lessons.page import LessonPage, read_lesson
from curriculum.lessons.standards import read_standards
from curriculum.project import Project
from curriculum.yamlfile import read_yaml


def read_lessons(project: Project) -> list[LessonPage]:
    return [read_lesson(path, project.relative(path)) for path in project.lesson_pages()]


def check_lessons(project: Project) -> list[Issue]:
    pages = read_lessons(project)
    standards, issues = read_standards(project)
    entries = read_entries(project.bibliography_path)
    keys = {entry.key for entry in entries}
    terms = glossary_terms(project.glossary_path)
    glossary = project.relative(project.glossary_path)
    bibliography = project.relative(project.bibliography_path)
    issues += bibtex_problems(entries, bibliography)
    for page in pages:
        issues += page.issues
        issues += _unknown_standards(page, standards)
        for ref in page.citations:
            if ref.target not in keys:
                issues.append(
                    Issue(
                        page.label,
                        str(ref.line),
                        "unknown-citation",
                        f"cites '{ref.target}', which is not in {bibliography}",
                    )
                )
        for ref in page.term_links:
            if ref.target.casefold() not in terms:
                issues.append(
                    Issue(
                        page.label,
                        str(ref.line),
                        "unknown-term",
                        f"links the term '{ref.target}', which is not in {glossary}",
                    )
                )
        for term in page.key_terms:
            if term.casefold() not in terms:
                issues.append(
                    Issue(
                        page.label,
                        page.line_of("key_terms"),
                        "unknown-term",
                        f"key term '{term}' has no entry in {glossary}",
                    )
                )
        if page.activity == "notebook":
            notebook = project.notebooks_dir / f"{page.path.stem}.ipynb"
            if not notebook.is_file():
                issues.append(
                    Issue(
                        page.label,
                        page.line_of("activity"),
                        "missing-notebook",
                        f"activity is 'notebook' but {project.relative(notebook)} does not exist",
                    )
                )
        issues += _figure_problems(project, page)
        issues += _quiz_objectives(project, page)
    return sorted_issues(issues)


def _unknown_standards(page: LessonPage, standards: dict[str, str]) -> list[Issue]:
    return [
        Issue(
            page.label,
            page.line_of("standards"),
            "unknown-standard",
            f"standard '{code}' is not listed in lessons/standards.yml",
        )
        for code in page.standards
        if code not in standards
    ]


def _figure_problems(project: Project, page: LessonPage) -> list[Issue]:
    issues = []
    for figure in page.figures:
        if not (project.root / figure.target).is_file():
            issues.append(
                Issue(
                    page.label,
                    str(figure.line),
                    "missing-figure",
                    f"figure script {figure.target} not found "
                    "(give its path from the course folder)",
                )
            )
        if not page.has_alt_text(figure):
            issues.append(
                Issue(
                    page.label,
                    str(figure.line),
                    "figure-alt",
                    f"figure {figure.target} has no :alt: text; describe what it shows",
                )
            )
    return issues


def _quiz_objectives(project: Project, page: LessonPage) -> list[Issue]:
    """Every question of the lesson's quiz checks one of the lesson's objectives, word for word."""
    issues = []
    for quiz in page.quizzes:
        bank = project.quizzes_dir / f"{quiz.target}.yml"
        label = project.relative(bank)
        if not bank.is_file():
            issues.append(
                Issue(
                    page.label,
                    str(quiz.line),
                    "missing-quiz",
                    f"quiz '{quiz.target}' has no bank: {label} does not exist",
                )
            )
            continue
        document, problems = read_yaml(bank, label)
        questions = (
            document.data.get("questions") if document and isinstance(document.data, dict) else None
        )
        if problems or not isinstance(questions, list) or not page.objectives:
            continue  # the bank's own check reports these
        for index, question in enumerate(questions):
            objective = question.get("objective") if isinstance(question, dict) else None
            if isinstance(objective, str) and objective.strip() not in page.objectives:
                issues.append(
                    Issue(
                        label,
                        str(document.line("questions", index, "objective")),
                        "quiz-objective",
                        f"objective '{objective.strip()}' is not one of the objectives of "
                        f"{page.label}; copy one of them exactly",
                    )
                )
    return issues
