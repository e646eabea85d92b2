# Two commands for a fresh machine with Python 3.11:
#   make demo       — install, ingest the bundled sample corpus into SQLite and serve the web UI
#   make test       — install, ruff, and the whole test suite in parallel (one process per core)
#   make test-fast  — the rule, grammar and reader tests alone: no corpus, no database, no browser
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Tests that need nothing beside the package: the extraction rules on sentences written for them,
# the grammars, sentences, the gazetteer, the readers, the entity layer. Tests marked slow are left
# out; no pytest plugin is loaded (hypothesis and schemathesis alone take a second and a half to
# import, and these tests use neither).
FAST_TESTS := tests/extract tests/test_grammars.py tests/test_segment.py tests/test_gazetteer.py tests/test_gazetteer_levels.py \
              tests/test_gazetteer_towns.py tests/test_gazetteer_build.py \
              tests/test_gazetteer_data.py tests/test_ingest.py tests/test_entities.py

.PHONY: install demo test test-fast lint lock eval bench bench-web clean

# Installs are reproducible: every dependency (with the dev extra) pinned, with the hashes of its
# files, in requirements.lock; the package itself is installed on top without resolving anything.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/python -m compileall -q coopwatch  # an editable install leaves no bytecode: start-up would compile it each time
	touch $(STAMP)

# After a change of dependencies in pyproject.toml: pin them again (the versions already locked are
# kept; `make lock UPGRADE=--upgrade` moves everything to the newest allowed).
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
	  --python-platform x86_64-unknown-linux-gnu $(UPGRADE) -o requirements.lock

# Only the environment: .venv with coopwatch in it (then `. .venv/bin/activate`, or .venv/bin/coopwatch …)
install: $(STAMP)

demo: $(STAMP)
	$(BIN)/coopwatch demo

test: $(STAMP)
	$(BIN)/ruff check coopwatch tests benchmarks tools
	$(BIN)/pytest -q -n auto

test-fast: $(STAMP)
	PYTEST_DISABLE_PLUGIN_AUTOLOAD=1 COOPWATCH_ANNOTATION_CACHE=.cache $(BIN)/pytest -q -m "not slow" $(FAST_TESTS)

lint: $(STAMP)
	$(BIN)/ruff check coopwatch tests benchmarks tools

eval: $(STAMP)
	$(BIN)/coopwatch eval ../shared/corpus/dev/gold.jsonl ../shared/corpus/dev/docs

bench-web: $(STAMP)
	$(BIN)/python benchmarks/web_bench.py

clean:
	rm -rf $(VENV) build *.egg-info
