"""Slow unused imports are kept out of the build's processes, and deferred ones still work.

Each test runs in a fresh Python: what it checks is which modules a process has imported.
"""

import json
import subprocess
import sys
import textwrap


def _run(code: str) -> dict:
    """Run `code` in a new interpreter; it prints one JSON object as its last line."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_skipped_package_cannot_be_imported():
    result = _run(
        """
        import json
        from curriculum.book.lazy_imports import skip_unused_imports
        skip_unused_imports()
        try:
            import rfc3987_syntax
            imported = True
        except ImportError:
            imported = False
        print(json.dumps({"imported": imported}))
        """
    )
    assert result == {"imported": False}


def test_jsonschema_still_validates_after_skipping():
    result = _run(
        """
        import json
        from curriculum.book.lazy_imports import skip_unused_imports
        skip_unused_imports()
        import jsonschema
        errors = list(jsonschema.Draft202012Validator({"type": "string"}).iter_errors(3))
        print(json.dumps({"errors": len(errors)}))
        """
    )
    assert result == {"errors": 1}


def test_myst_nb_loads_without_the_notebook_cache():
    result = _run(
        """
        import json, sys
        from curriculum.book.lazy_imports import defer_notebook_execution_imports
        defer_notebook_execution_imports()
        import myst_nb.core.execute
        import myst_nb.sphinx_ext
        print(json.dumps({"cache": "jupyter_cache.cache.db" in sys.modules}))
        """
    )
    assert result == {"cache": False}


def test_deferred_client_is_the_real_one_on_first_use():
    result = _run(
        """
        import json, logging
        import nbformat
        from curriculum.book.lazy_imports import defer_notebook_execution_imports
        defer_notebook_execution_imports()
        import myst_nb.core.execute as execute
        from myst_nb.core.config import NbParserConfig

        client = execute.NotebookClientCache(
            nbformat.v4.new_notebook(), None, NbParserConfig(), logging.getLogger("test")
        )
        print(json.dumps({
            "module": type(client).__module__,
            "package_has_real_class": execute.NotebookClientCache is type(client),
        }))
        """
    )
    assert result == {"module": "myst_nb.core.execute.cache", "package_has_real_class": True}


def test_execution_in_cache_mode_goes_through_the_deferred_client():
    result = _run(
        """
        import json, logging
        import nbformat
        from curriculum.book.lazy_imports import defer_notebook_execution_imports
        defer_notebook_execution_imports()
        from myst_nb.core.execute import create_client
        from myst_nb.core.config import NbParserConfig

        config = NbParserConfig(execution_mode="cache")
        client = create_client(nbformat.v4.new_notebook(), "<string>", config, logging.getLogger())
        print(json.dumps({"client": type(client).__name__, "module": type(client).__module__}))
        """
    )
    assert result == {"client": "NotebookClientCache", "module": "myst_nb.core.execute.cache"}
