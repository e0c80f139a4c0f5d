# Quick start: `make book` builds the course site, `make test` runs every test.
# Both create .venv on first use and reinstall only when pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Stamps record what was installed, so a second `make book` does not reinstall.
BOOK_STAMP := $(VENV)/.book-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: book teacher watch test lint serve clean help

help:
	@echo "make book   build the course site (student edition) into _build/html"
	@echo "make teacher  build the teacher edition into _build/teacher/html"
	@echo "make watch  build, then rebuild the student edition after every save"
	@echo "make test   run every test (installs test tools first)"
	@echo "make lint   check code style with ruff"
	@echo "make serve  serve _build/html on http://127.0.0.1:8000"
	@echo "make clean  remove _build (the site and all caches)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BOOK_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BOOK_STAMP) $@

book: $(BOOK_STAMP)
	$(BIN)/curriculum build

teacher: $(BOOK_STAMP)
	$(BIN)/curriculum build --edition teacher

# While editing lessons: leave this running (and `make serve` in another terminal).
watch: $(BOOK_STAMP)
	$(BIN)/curriculum build --watch

test: $(TEST_STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

serve:
	@test -f _build/html/index.html || { echo "No site yet: run 'make book' first."; exit 1; }
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory _build/html

clean:
	rm -rf _build
