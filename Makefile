# Two commands for a fresh machine with Python 3.11:
#   make demo  — install, ingest the bundled sample corpus into SQLite and serve the web UI
#   make test  — install and run the whole test suite
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval bench bench-web clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/coopwatch demo

test: $(STAMP)
	$(BIN)/ruff check coopwatch tests benchmarks tools
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check coopwatch tests benchmarks tools

eval: $(STAMP)
	$(BIN)/coopwatch eval ../shared/corpus/dev/gold.jsonl ../shared/corpus/dev/docs

bench-web: $(STAMP)
	$(BIN)/python benchmarks/web_bench.py

clean:
	rm -rf $(VENV) build *.egg-info
