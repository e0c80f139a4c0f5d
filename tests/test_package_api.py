import importlib
import pkgutil

import curriculum


def test_public_functions_are_not_shadowed_by_submodules():
    """Importing every module keeps `datasets.check` and `quiz.check` the documented functions
    (a submodule with the same name as a package attribute would replace it)."""
    for module in pkgutil.walk_packages(curriculum.__path__, "curriculum."):
        if not module.name.startswith("curriculum.sphinxext"):
            importlib.import_module(module.name)
    from curriculum import datasets, quiz

    assert datasets.check.__module__ == "curriculum.datasets.validate"
    assert quiz.check.__module__ == "curriculum.quiz.grader"
