# genero-etl: the targets CI and the README use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint typecheck format bench acceptance check clean fuzz fuzz-quick

# pydatajson validates data.json in the tests (the DCAT-AR profile's own validator). It pins
# jsonschema 2.6, which frictionless cannot use, so it goes in without its pins (it runs on
# today's jsonschema), with the few small packages it imports.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps pydatajson==0.4.67 unidecode rfc3987 unicodecsv six pytz
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
	$(BIN)/lint-imports  # the layers in pyproject.toml: no import goes up, no circle

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

## Precision and recall of extraction against the gold files, over ../shared/seeds.
SEEDS ?= ../shared/seeds
## Real tables from several countries: expected values, forbidden values, personal data, row counts.
CORPUS ?= ../shared/corpus
## Local snapshots of public repositories, for the sets whose files are not committed
## (every tests/acceptance/corpus_devN is run, in order; each is skipped, with a message, where
## its snapshots are absent).
MIRRORS ?= /work/.mirror
acceptance: $(STAMP)
	$(BIN)/python tests/acceptance/run_acceptance.py --seeds $(SEEDS) --gold tests/acceptance/gold
	$(BIN)/python tests/acceptance/corpus/run_corpus.py --corpus $(CORPUS) --gold tests/acceptance/corpus
	@for d in $$(ls -d tests/acceptance/corpus_dev* | sort -V); do \
	  $(BIN)/python $$d/run.py --mirrors $(MIRRORS) || exit $$?; done

## The held-out sets of real tables (never tuned on; holdout3's study half excepted, see its
## README): they measure and exit 0, each skipped with a message where its snapshot is absent.
HOLDOUT1 := $(MIRRORS)/idatosabiertos+femicidios-latam/repo
.PHONY: acceptance-heldout
acceptance-heldout: $(STAMP)
	@if [ -e "$(HOLDOUT1)" ]; then \
	  tmp=$$(mktemp -d) && \
	  $(BIN)/python tests/acceptance/corpus_holdout/assemble.py --clone "$(HOLDOUT1)" --out "$$tmp" >/dev/null && \
	  $(BIN)/python tests/acceptance/corpus/run_corpus.py --corpus "$$tmp" --gold tests/acceptance/corpus_holdout; \
	  status=$$?; rm -rf "$$tmp"; exit $$status; \
	else echo "corpus_holdout: skipped, no snapshot at $(HOLDOUT1)" >&2; fi
	@for d in $$(ls -d tests/acceptance/corpus_holdout?* | sort -V); do \
	  $(BIN)/python $$d/run.py --mirrors $(MIRRORS) || exit $$?; done

## Precision and recall on the corpus of real text reports (tests/acceptance/texts), dev and
## held-out parts apart, per country. It measures and exits 0;
## SPLIT=dev|dev3|...|dev66|holdout|holdout2|...|holdout65|all, DETAILS=--details.
.PHONY: acceptance-texts
SPLIT ?= all
acceptance-texts: $(STAMP)
	$(BIN)/python tests/acceptance/run_texts.py --split $(SPLIT) $(DETAILS)

## The same texts saved as .docx, .odt and .pdf (A4, wrapped, running header, "Página N de M"):
## precision and recall per format against the gold, and the values each format loses or adds
## against the .txt; held-out parts as totals only. It measures and exits 0;
## FORMATS_SPLIT=dev-all (every development part)|dev|...|all, DETAILS=--details.
.PHONY: acceptance-formats
FORMATS_SPLIT ?= all
acceptance-formats: $(STAMP)
	$(BIN)/python tests/acceptance/formats_texts.py --split $(FORMATS_SPLIT) $(DETAILS)

## Benchmarks: ratios against a peer run in the same command. BEFORE=<src of another
## checkout> also runs bench_national.py with that code, side by side.
bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_validate.py
	$(BIN)/python bench/bench_tabular.py
	$(BIN)/python bench/bench_register.py
	$(BIN)/python bench/bench_pdf.py
	$(BIN)/python bench/bench_national.py $(if $(BEFORE),--before $(BEFORE))
	$(BIN)/python bench/bench_startup.py $(if $(BEFORE),--before $(BEFORE))

## Hostile inputs (scripts/make_hostile_corpus.py), each in a subprocess: expected exit and
## message, < 30 s, < 1 GiB, workspace consistent. fuzz-quick is the CI subset.
fuzz: $(STAMP)
	GENERO_ETL_FUZZ=full $(BIN)/python -m pytest tests/hostile

fuzz-quick: $(STAMP)
	GENERO_ETL_FUZZ=quick $(BIN)/python -m pytest tests/hostile

check: lint typecheck test acceptance

clean:
	rm -rf .genero-etl/staging .pytest_cache .mypy_cache .ruff_cache  # keeps review decisions
