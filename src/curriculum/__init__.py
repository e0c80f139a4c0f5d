"""Tools to build, check and teach the cell and gene therapy course."""

__version__ = "0.1.0"
