# genero-etl: the targets CI and the README use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint typecheck format bench acceptance check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## The main job: ingest the sample reports in raw/ and publish a new version into published/.
run: $(STAMP)
	$(BIN)/genero-etl ingest raw/
	$(BIN)/genero-etl publish

## The test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

## Precision and recall of extraction against the gold files, over ../shared/seeds.
SEEDS ?= ../shared/seeds
## Real tables from several countries: expected values, forbidden values, personal data, row counts.
CORPUS ?= ../shared/corpus
acceptance: $(STAMP)
	$(BIN)/python tests/acceptance/run_acceptance.py --seeds $(SEEDS) --gold tests/acceptance/gold
	$(BIN)/python tests/acceptance/corpus/run_corpus.py --corpus $(CORPUS) --gold tests/acceptance/corpus

## Benchmarks: ratios against a peer run in the same command.
bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_validate.py
	$(BIN)/python bench/bench_tabular.py
	$(BIN)/python bench/bench_register.py
	$(BIN)/python bench/bench_pdf.py

check: lint typecheck test acceptance

clean:
	rm -rf .genero-etl .pytest_cache .mypy_cache .ruff_cache
