# genero-etl: the targets CI and the README use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint typecheck format bench acceptance check clean fuzz fuzz-quick

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
acceptance: $(STAMP)
	$(BIN)/python tests/acceptance/run_acceptance.py --seeds $(SEEDS) --gold tests/acceptance/gold

## Benchmarks: ratios against a peer run in the same command.
bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_validate.py
	$(BIN)/python bench/bench_tabular.py
	$(BIN)/python bench/bench_pdf.py

## Hostile inputs (scripts/make_hostile_corpus.py), each in a subprocess: expected exit and
## message, < 30 s, < 1 GiB, workspace consistent. fuzz-quick is the CI subset.
fuzz: $(STAMP)
	GENERO_ETL_FUZZ=full $(BIN)/python -m pytest tests/hostile

fuzz-quick: $(STAMP)
	GENERO_ETL_FUZZ=quick $(BIN)/python -m pytest tests/hostile

check: lint typecheck test acceptance

clean:
	rm -rf .genero-etl .pytest_cache .mypy_cache .ruff_cache
