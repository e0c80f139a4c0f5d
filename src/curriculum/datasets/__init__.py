"""The course's datasets: the manifest that describes them, checks, and typed loading.

from curriculum import datasets
approvals = datasets.load("approvals")      # a typed pandas DataFrame
datasets.catalog()                           # every dataset with its as-of date
datasets.check()                             # every problem, as Issue records
"""

from curriculum.datasets.load import DatasetError, catalog, load
from curriculum.datasets.manifest import ColumnSpec, DatasetSpec, Manifest, read_manifest
from curriculum.datasets.validate import check

__all__ = [
    "ColumnSpec",
    "DatasetError",
    "DatasetSpec",
    "Manifest",
    "catalog",
    "check",
    "load",
    "read_manifest",
]
