"""Helpers for the knowledge-base tests: documents and facts written in the tests themselves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopwatch.kb import store
from coopwatch.kb.db import KB
from coopwatch.models import Document, fact_from_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "corpus" / "dev"


def doc(name: str, text: str, url: str | None = None, published: str | None = None) -> Document:
    return Document(id=name, text=text, url=url, published=date.fromisoformat(published) if published else None,
                    source=f"{name}.txt")


def prepared(name: str, text: str, facts: list[dict], **kw):  # noqa: ANN201 - store.Prepared
    """A document with facts given as FACTS.md dicts (evidence = a sentence of ``text``)."""
    return store.prepare(doc(name, text, **kw), [fact_from_json(f) for f in facts])


def add(kb: KB, name: str, text: str, facts: list[dict], **kw) -> int:
    with kb.write() as conn:
        _, doc_id = store.add(conn, prepared(name, text, facts, **kw))
    return doc_id


