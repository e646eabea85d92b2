"""A knowledge base (SQLite in a temporary folder) built from the short items in ``texts.py``
through the knowledge base's own writer, for the report tests; the reports' day is fixed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coopwatch.kb.db import KB, open_kb
from tests.kb.helpers import add

from .texts import DOCUMENTS

TODAY = date(2026, 5, 5)
OUT = Path(__file__).resolve().parents[2] / "test-output" / "reports"


def build(db: str, documents: list = DOCUMENTS) -> tuple[KB, dict[str, int]]:
    kb = open_kb(db)
    ids = {name: add(kb, name, text, facts, url=url, published=published)
           for name, text, url, published, facts in documents}
    return kb, ids


@pytest.fixture(scope="session")
def report_kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KB]:
    kb, _ = build(str(tmp_path_factory.mktemp("report") / "kb.db"))
    yield kb
    kb.dispose()


@pytest.fixture(scope="session")
def out_dir() -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT
