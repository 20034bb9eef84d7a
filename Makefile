# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench bench-large docs evaluate clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## Run the whole job on the bundled sample into warehouse/parley.duckdb (or $$PARLEY_WAREHOUSE).
run: $(STAMP)
	$(BIN)/parley run

## Install, lint and run the default test suite (a few minutes).
test: $(STAMP)
	$(BIN)/ruff check ingest tests bench
	$(BIN)/pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check ingest tests bench

evaluate: $(STAMP)
	$(BIN)/parley evaluate --gold tests/fixtures/sample_gold.json

## Benchmark: 10k synthetic + 5k real-text articles against two spaCy references and the d296686 extractor (a few minutes).
bench: $(STAMP)
	$(BIN)/python -m bench.run --articles 10000 --real-articles 5000 --baseline-rev d296686 --scaleout 2000

bench-large: $(STAMP)
	$(BIN)/python -m bench.run --articles 100000

docs: $(STAMP)
	$(BIN)/parley docs --serve

clean:
	rm -rf warehouse target logs .pytest_cache
