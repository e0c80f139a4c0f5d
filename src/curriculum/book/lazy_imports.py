"""Keep slow imports that a build does not use out of the build's processes.

A one-page rebuild is mostly Python importing Sphinx and its extensions, so every import that
is never used counts. Two kinds are avoided here, both only in processes this package runs
(the `curriculum` command and its Sphinx helper), never in a program that imports it:

- jsonschema imports rfc3987-syntax whenever it is installed, for its "iri" format checks,
  and that package builds a grammar parser as it is imported: about 2 s. JupyterLab's
  jupyter-events installs it, so it is in the test environment of `make test`. Nothing here
  checks "iri" formats, so it is never imported.
- myst-nb imports its notebook-execution clients, and with them jupyter-cache and SQLAlchemy
  (about 0.3 s), even for a build that executes nothing, such as the student edition's (its
  notebooks carry their outputs already). Those clients are loaded on first use.
"""

from __future__ import annotations

import importlib
import sys
import types

_NEVER_USED = ("rfc3987_syntax",)

# The myst-nb version whose modules the stand-ins below mirror: module -> its client class.
_MYST_NB_VERSION = "1.4.0"
_EXECUTION_CLIENTS = {
    "myst_nb.core.execute.cache": "NotebookClientCache",
    "myst_nb.core.execute.direct": "NotebookClientDirect",
}


def skip_unused_imports() -> None:
    """Have `import` of the never-used packages fail, as if they were not installed: their
    importers treat them as optional."""
    for name in _NEVER_USED:
        sys.modules.setdefault(name, None)


def defer_notebook_execution_imports() -> None:
    """Stand in for myst-nb's execution-client modules until a notebook is executed.

    Call before myst-nb is set up. Each stand-in module holds a class of the same name whose
    first use imports the real module and puts the real class where myst-nb looks it up."""
    from curriculum.versions import is_installed_version

    if not is_installed_version("myst-nb", _MYST_NB_VERSION):
        return  # another version may lay its modules out differently
    if any(name in sys.modules for name in ("myst_nb.core.execute", *_EXECUTION_CLIENTS)):
        return  # too late: already imported
    for module_name, class_name in _EXECUTION_CLIENTS.items():
        sys.modules[module_name] = _stand_in(module_name, class_name)


def _stand_in(module_name: str, class_name: str) -> types.ModuleType:
    module = types.ModuleType(module_name, f"Stands in for {module_name} until first use.")

    def load_real(cls, *args, **kwargs):
        return _real_class(module_name, class_name)(*args, **kwargs)

    setattr(module, class_name, type(class_name, (), {"__new__": load_real}))
    module._curriculum_stand_in = True
    return module


def _real_class(module_name: str, class_name: str) -> type:
    if getattr(sys.modules.get(module_name), "_curriculum_stand_in", False):
        del sys.modules[module_name]
    real = getattr(importlib.import_module(module_name), class_name)
    # The package imported the stand-in's class by name: give it the real one.
    package = importlib.import_module(module_name.rpartition(".")[0])
    setattr(package, class_name, real)
    return real
