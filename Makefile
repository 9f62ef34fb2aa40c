# `make run` and `make test` set everything up on a fresh machine (python3, make and
# the package index are all they need); a second call skips what is already done.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLE ?= sample_articles/poutine-kim-vostochny.txt

.PHONY: run test lint format bench catalogs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-install only when the project's declared dependencies change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/reader $(ARTICLE)

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

# The guard rails: style, types and the one-way layers (docs/ARCHITECTURE.md).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)
	for b in $(filter-out bench/_harness.py,$(wildcard bench/*.py)); do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The message catalogs: extract the strings the code uses, merge them into each
# language's .po (translate the new ones there), compile the .mo files the app reads.
# click's own words (Usage:, its errors) have a catalog of their own, French only.
LOCALES := reader/locale
catalogs: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --omit-header -o $(LOCALES)/reader.pot reader annotations
	$(BIN)/pybabel update --no-fuzzy-matching --no-wrap --ignore-obsolete -i $(LOCALES)/reader.pot -d $(LOCALES) -D reader
	$(BIN)/pybabel compile --statistics -d $(LOCALES) -D reader
	$(BIN)/pybabel extract --no-location --sort-output --omit-header -o $(LOCALES)/click.pot \
		$$($(BIN)/python -c 'import click, os; print(os.path.dirname(click.__file__))')
	$(BIN)/pybabel update --no-fuzzy-matching --no-wrap --ignore-obsolete -i $(LOCALES)/click.pot -d $(LOCALES) -D click
	$(BIN)/pybabel compile --statistics -d $(LOCALES) -D click

clean:
	rm -rf $(VENV) .pytest_cache
