"""Fuzzing (issue 15) with hypothesis: the readers on arbitrary bytes, the grammars and the extractor
on arbitrary and on news-like Cyrillic text. Nothing may raise, no rule may fail (a failing rule
is reported as a warning, which here counts as a crash), and no document may take over 2 s."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coopwatch.ingest import ReadFailure, read_bytes
from coopwatch.ingest.reader import read_jsonl
from coopwatch.models import Document

LIMIT_S = 2.0
CYRILLIC = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF)
PUNCT = list(" \n\t\u00a0ёЁ«»—–-.,;:!?()%$№/0123456789")
# words the rules and grammars react to, so that the fuzzer reaches them
VOCAB = (  # noqa: SIM905 - a line of words reads better than a list of strings
    "Татарстан Татарстана Беларусь Беларуси Минск Минской области Казань Казани Узбекистана Башкортостан "
    "соглашение соглашения план меморандум подписали подписан встреча встретился визит прибыл посетил "
    "товарооборот составил вырос млн млрд тыс долларов рублей евро около почти более на % процента "
    "2024 2025 2026 году года январе февраля марта 18 1 12 31 первом квартале полугодии I II III "
    "консульство представительство торговый дом рейс авиасообщение открыт губернатор раис президент "
    "председатель облисполкома министр Рустам Минниханов Алексей Кушнаренко заседание межправкомиссии "
    "пятое 5-е XI"
).split()
WORD = st.one_of(st.sampled_from(VOCAB), st.text(CYRILLIC, min_size=1, max_size=12),
                 st.integers(0, 3000).map(str), st.sampled_from(PUNCT))
NEWS_LIKE = st.lists(WORD, min_size=1, max_size=120).map(" ".join)
ANY_TEXT = st.one_of(NEWS_LIKE, st.text(st.one_of(CYRILLIC, st.sampled_from(PUNCT)), max_size=600),
                     st.text(max_size=300))
# a longer hunt: COOPWATCH_FUZZ_EXAMPLES=2000 .venv/bin/pytest tests/test_fuzz.py
EXAMPLES = int(os.environ.get("COOPWATCH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Models and grammars load once, outside the timing (a cold start is measured elsewhere)."""
    from coopwatch.extract import extract_document
    from coopwatch.nlp.grammars import date, money, ordinal, percent, period

    text = "Казань и Минск 18 февраля 2026 года подписали соглашение на 5 млн рублей, рост на 5%, 2025–2026 годы."
    extract_document(Document(id="warm", text=text))
    for find in (date.find_dates, money.find_money, percent.find_growth, ordinal.find_ordinals,
                 period.find_year_ranges, period.find_trade_periods):
        find(text)


def timed(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)``, which must take under ``LIMIT_S`` of this process's processor time (the
    clock would count the other sessions sharing the machine)."""
    started = time.process_time()
    out = fn(*args)
    took = time.process_time() - started
    assert took < LIMIT_S, f"{took:.1f} с на {args[0][:200]!r}"
    return out


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), NEWS_LIKE.map(lambda t: t.encode("utf-8")),
                      NEWS_LIKE.map(lambda t: t.encode("utf-16")),
                      NEWS_LIKE.map(lambda t: t.encode("cp1251", errors="ignore"))))
def test_readers_take_any_bytes(data: bytes) -> None:
    for name in ("x.txt", "x.html"):
        out = timed(read_bytes, data, name, "x")
        assert isinstance(out, Document | ReadFailure)
        if isinstance(out, Document):
            assert "\x00" not in out.text and out.text.strip()
        else:
            assert out.reason
    for item in timed(lambda d: list(read_jsonl(d, "x.jsonl")), data):
        assert isinstance(item, Document | ReadFailure)


@FUZZ
@given(lines=st.lists(st.one_of(
    st.binary(max_size=200),
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False).encode(),
              st.text(max_size=10), ANY_TEXT),
    st.builds(lambda v: json.dumps(v).encode(), st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=5), kids, max_size=4),
        max_leaves=20)),
), max_size=12))
def test_json_lines_fail_line_by_line(lines: list[bytes]) -> None:
    items = list(read_jsonl(b"\n".join(lines), "feed.jsonl"))
    for item in items:
        if isinstance(item, ReadFailure):
            assert item.source.startswith("feed.jsonl") and item.reason


@FUZZ
@given(text=ANY_TEXT)
def test_grammars_take_any_text(text: str) -> None:
    from coopwatch.nlp.grammars.date import find_dates
    from coopwatch.nlp.grammars.money import find_money
    from coopwatch.nlp.grammars.ordinal import find_ordinals
    from coopwatch.nlp.grammars.percent import find_growth
    from coopwatch.nlp.grammars.period import find_trade_periods, find_year_ranges

    for find in (find_dates, find_money, find_growth, find_ordinals, find_year_ranges, find_trade_periods):
        for m in timed(find, text):
            assert 0 <= m.start <= m.stop <= len(text)


@settings(max_examples=max(EXAMPLES * 2 // 3, 1), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT.filter(lambda t: t.strip() != ""))
@example(text="Казань 𗀀слово и Минск подписали соглашение.")  # a letter without a Unicode name (pymorphy2)
def test_the_extractor_takes_any_text(text: str) -> None:
    from coopwatch.extract import extract_document

    result = timed(lambda t: extract_document(Document(id="fuzz", text=t)), text)
    assert not [w for w in result.warnings if "не сработали" in w], result.warnings
    for f in result.facts:
        f.to_json()  # the contract's JSON of every fact can be written
        if f.evidence is not None and f.evidence.start >= 0:
            assert text[f.evidence.start:f.evidence.end] == f.evidence.text
