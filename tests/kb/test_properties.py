"""Property tests: any Cyrillic text and any evidence offsets come back exactly as stored."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coopwatch.facttypes.agreement import AgreementFact
from coopwatch.kb import query, store
from coopwatch.kb.db import KB, open_kb
from coopwatch.kb.text import normalize_text
from coopwatch.models import Evidence

from .helpers import doc

CYRILLIC = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF)
# Russian text as it comes: letters, stress marks, ё, digits, punctuation, spaces, line breaks, no-break
# spaces, quotes, dashes, an emoji now and then. (PostgreSQL cannot store NUL in text; readers drop it.)
CHARS = st.one_of(CYRILLIC, CYRILLIC, CYRILLIC, st.sampled_from(list(" \n\t\u00a0\u0301ёЁ«»—–-.,;:!?()0123456789🙂")))
TEXTS = st.text(CHARS, min_size=1, max_size=400).filter(lambda t: t.strip() != "")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared_kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    from .conftest import PG_SKIP, drop_pg_database, make_pg_database, pg_server_url

    if request.param == "sqlite":
        kb = open_kb(str(tmp_path_factory.mktemp("prop") / "kb.db"))
        yield kb
        kb.dispose()
        return
    if not pg_server_url():
        pytest.skip(PG_SKIP)
    url = make_pg_database()
    kb = open_kb(url)
    yield kb
    kb.dispose()
    drop_pg_database(url)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, data=st.data())
def test_document_and_offsets_round_trip(shared_kb: KB, text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fact = AgreementFact(kind="agreement", parties=["RU-TA", "BY"],
                         evidence=Evidence(start=start, end=end, text=text[start:end]))
    name = f"d{uuid.uuid4().hex[:8]}"
    with shared_kb.write() as conn:
        outcome, doc_id = store.add(conn, store.prepare(doc(name, text), [fact]))
    view = query.document(shared_kb, doc_id)
    if outcome == "skipped":  # the same text (up to spaces and line ends) was stored by an earlier example
        assert normalize_text(view.text) == normalize_text(text)
        return
    assert view.text == text
    [f] = view.facts
    assert (f.start, f.end, f.evidence) == (start, end, text[start:end])
    assert view.text[f.start:f.end] == f.evidence


WORDS = st.text(st.characters(min_codepoint=0x0430, max_codepoint=0x044F), min_size=4, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=TEXTS, word=WORDS, after=TEXTS)
def test_a_stored_word_is_found(shared_kb: KB, before: str, word: str, after: str) -> None:
    if shared_kb.dialect == "postgresql":
        # the 'russian' configuration drops stop words and stems by rules of its own; a table-driven
        # test covers it (test_query.py)
        pytest.skip("свойство проверяется на SQLite; PostgreSQL — табличным тестом")
    text = f"{before} {word} {after}"
    with shared_kb.write() as conn:
        outcome, doc_id = store.add(conn, store.prepare(doc(f"w{uuid.uuid4().hex[:8]}", text), []))
    assume(outcome == "added")
    hits = query.search(shared_kb, word, per_page=200)
    assert doc_id in {h.doc.id for h in hits.items} or hits.total > 200
