"""Each lower layer imports on its own, in a fresh interpreter: the gazetteer, the lexicon and the NLP stages stand
below the fact rules (``coopwatch.extract``), so importing one of them first must not run into the rules (a cycle
through ``extract`` once broke ``import coopwatch.gazetteer.matcher`` while every test, importing ``extract`` first,
passed)."""

import pkgutil
import subprocess
import sys

import pytest

import coopwatch.gazetteer
import coopwatch.lexicon
import coopwatch.nlp

LOWER = sorted({f"{pkg.__name__}.{m.name}" for pkg in (coopwatch.gazetteer, coopwatch.nlp)
                for m in pkgutil.iter_modules(pkg.__path__)} | {"coopwatch.lexicon"})


def test_lower_layers_import_alone():
    failed = []
    for name in LOWER:
        run = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True)
        if run.returncode:
            failed.append(f"{name}: {run.stderr.strip().splitlines()[-1]}")
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("name", ["coopwatch.gazetteer.matcher"])
def test_the_matcher_does_not_import_the_rules_at_load(name):
    run = subprocess.run([sys.executable, "-c", f"import sys, {name}; print('coopwatch.extract.pipeline' in sys.modules)"],
                         capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.strip() == "False", run.stderr
