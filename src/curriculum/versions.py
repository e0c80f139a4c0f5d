"""Which version of a package is installed, for code that mirrors or wraps a package's own.

Such code is written against one version; with any other, the package's own code runs.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def is_installed_version(distribution: str, expected: str) -> bool:
    """True if exactly `expected` of `distribution` (e.g. "myst-nb") is installed."""
    try:
        return version(distribution) == expected
    except PackageNotFoundError:
        return False
