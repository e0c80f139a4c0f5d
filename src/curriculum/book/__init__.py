"""The book: checks of its configuration, notebook execution, the Sphinx build, publishing."""
