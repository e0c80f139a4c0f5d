from importlib.metadata import version

from curriculum.versions import is_installed_version


def test_the_installed_version_is_recognised():
    assert is_installed_version("pyyaml", version("pyyaml"))


def test_another_version_is_not():
    assert not is_installed_version("pyyaml", "0.0.1")


def test_a_package_that_is_not_installed_is_not():
    assert not is_installed_version("no-such-package-here", "1.0")
