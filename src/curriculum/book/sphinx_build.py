"""Run Jupyter Book's Sphinx build in this process, strictly, into a staging folder."""

from __future__ import annotations

from pathlib import Path

from curriculum.project import Project


def build_html(project: Project, outdir: Path, *, strict: bool = True, quiet: bool = True) -> bool:
    """Build the HTML site into `outdir`; True if Sphinx finished with no error or warning.

    Strict means what CI means: every warning is an error, references are checked nitpickily,
    and Sphinx keeps going so that one run reports every warning. Sphinx keeps its incremental
    state beside `outdir`, so only changed pages are read again next time.
    """
    from jupyter_book.sphinx import build_sphinx

    overrides: dict = {
        "external_toc_path": project.toc_path.as_posix(),
        "latex_individualpages": False,
        # The cache that `curriculum build` filled in parallel before this step.
        "nb_execution_cache_path": str(project.cache_dir),
    }
    if strict:
        overrides["nitpicky"] = True
    result = build_sphinx(
        project.root,
        outdir,
        noconfig=True,
        path_config=str(project.config_path),
        confoverrides=overrides,
        doctreedir=outdir.parent / ".doctrees",
        builder="html",
        warningiserror=strict,
        keep_going=strict,
        quiet=quiet,
    )
    return result == 0
