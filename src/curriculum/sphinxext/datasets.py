"""The `dataset` directive: a dataset's description, columns, sources and table, on a page.

    ```{dataset} approvals
    ```

It reads data/datasets.yml and the CSV at build time, so the "Data and sources" pages can
never drift from the data; the page is rebuilt whenever either file changes.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from curriculum.csvfile import read_csv
from curriculum.datasets.manifest import MANIFEST_FILE, read_manifest
from curriculum.project import Project

URL_TYPES = ("url",)


class DatasetDirective(SphinxDirective):
    required_arguments = 1
    has_content = False
    option_spec = {"columns": directives.unchanged}  # noqa: RUF012 - docutils API

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        project = Project(self.env.srcdir)
        manifest, issues = read_manifest(project)
        self.env.note_dependency(str(project.data_dir / MANIFEST_FILE))
        if name not in manifest.datasets:
            problems = "; ".join(issue.format() for issue in issues) or "not in the manifest"
            raise self.error(f"dataset '{name}' cannot be shown: {problems}")
        spec = manifest.datasets[name]
        self.env.note_dependency(str(project.root / spec.file))
        table, problems = read_csv(project.root / spec.file, spec.file)
        if table is None or problems:
            raise self.error("; ".join(p.format() for p in problems))
        shown = self.options.get("columns")
        columns = [c.strip() for c in shown.split(",")] if shown else spec.column_names
        unknown = [c for c in columns if c not in spec.column_names]
        if unknown:
            raise self.error(f"unknown column(s) for '{name}': {', '.join(unknown)}")
        return [
            *self._about(spec, len(table.rows)),
            _section_title("Columns"),
            _table(
                ["Column", "Type", "What it holds"],
                [[c.name, c.type, _column_text(c)] for c in spec.columns],
                classes=["dataset-columns"],
            ),
            _section_title(f"The data ({len(table.rows)} rows)"),
            _table(
                columns,
                [[_cell(row[c], spec.column(c).type) for c in columns] for row in table.rows],
                classes=["dataset-rows"],
            ),
        ]

    def _about(self, spec, rows: int) -> list[nodes.Node]:
        summary = nodes.paragraph()
        summary += nodes.Text(spec.description + " ")
        facts = nodes.bullet_list()
        for label, value in (
            ("File", spec.file),
            ("Rows", str(rows)),
            ("Checked as of", spec.as_of.isoformat()),
            ("Licence", spec.licence),
        ):
            item = nodes.list_item()
            paragraph = nodes.paragraph()
            paragraph += nodes.strong(text=f"{label}: ")
            paragraph += nodes.literal(text=value) if label == "File" else nodes.Text(value)
            item += paragraph
            facts += item
        sources = nodes.bullet_list()
        for source in spec.sources:
            item = nodes.list_item()
            paragraph = nodes.paragraph()
            paragraph += nodes.reference(text=source["title"], refuri=source["url"])
            item += paragraph
            sources += item
        return [summary, facts, _section_title("Main sources"), sources]


def _section_title(text: str) -> nodes.Node:
    # A bold paragraph, not a section: directives cannot add sections to the page's outline.
    paragraph = nodes.paragraph(classes=["dataset-heading"])
    paragraph += nodes.strong(text=text)
    return paragraph


def _column_text(column) -> str:
    text = column.description
    if column.allowed:
        text += f" Allowed: {', '.join(column.allowed)}."
    if column.required:
        text += " Required."
    return text.strip()


def _cell(value: str, kind: str) -> nodes.Node:
    paragraph = nodes.paragraph()
    if kind in URL_TYPES and value:
        paragraph += nodes.reference(text="source", refuri=value)
    else:
        paragraph += nodes.Text(value)
    return paragraph


def _table(headers: list[str], rows: list[list], classes: list[str]) -> nodes.table:
    table = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(headers))
    table += group
    group += [nodes.colspec(colwidth=1) for _ in headers]
    head = nodes.thead()
    group += head
    head += _row([nodes.paragraph(text=h) for h in headers])
    body = nodes.tbody()
    group += body
    for cells in rows:
        body += _row([c if isinstance(c, nodes.Node) else nodes.paragraph(text=c) for c in cells])
    return table


def _row(cells: list[nodes.Node]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += cell
        row += entry
    return row
