"""The rules behind a document's facts, shown to editors (``coopwatch explain`` on the document
page): the JSON and the page piece on the live server, who may see them, a fact an editor
corrected, facts loaded ready-made, and that the language models load only when an editor asks."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from coopwatch.cli import app
from coopwatch.extract.rulebook import rules

from .conftest import EDITOR, VIEWER, TracedSite

HTML = {"accept": "text/html"}
CORRECTED_NOTE = "исправлен редактором; правила показаны для извлечённого значения"
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def client(base: str, who: tuple[str, str] | None) -> Iterator[httpx.Client]:
    """An HTTP client, signed in as ``who`` (or not)."""
    with httpx.Client(base_url=base, timeout=120) as c:
        if who is not None:
            r = c.post("/api/login", json={"name": who[0], "password": who[1]})
            assert r.status_code == 200, r.text
        yield c


@pytest.fixture
def editor(traced_site: TracedSite) -> Iterator[httpx.Client]:
    with client(traced_site.base, EDITOR) as c:
        yield c


def explain_output(path: Path) -> str:
    """What ``coopwatch explain FILE`` prints."""
    r = CliRunner().invoke(app, ["explain", str(path)])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize("who", [None, VIEWER], ids=["аноним", "читатель"])
def test_visitors_get_no_trace(traced_site: TracedSite, who: tuple[str, str] | None) -> None:
    doc = traced_site.doc_ids["orenburg-aktobe"]
    with client(traced_site.base, who) as c:
        d = c.get(f"/api/document/{doc}").json()
        assert d["facts"] and d["trace"] is None
        page = c.get(f"/document/{doc}", headers=HTML)
        assert page.status_code == 200 and "li" in page.text
        assert 'id="trace"' not in page.text and "Правила извлечения" not in page.text
        piece = c.get(f"/document/{doc}/trace", headers=HTML)
        assert piece.status_code == (401 if who is None else 403)
        assert "только редакторы" in piece.text and "data-trace-for" not in piece.text


def test_editor_json_ties_every_stored_fact_to_the_rules_that_made_it(
    traced_site: TracedSite, editor: httpx.Client
) -> None:
    d = editor.get(f"/api/document/{traced_site.doc_ids['orenburg-aktobe']}").json()
    t = d["trace"]
    assert t is not None and not t["stale"]  # extracted by this very extractor
    assert t["untraced"] == [] and t["not_stored"] == []
    assert [f["fact_id"] for f in t["facts"]] == [f["fact_id"] for f in d["facts"]]
    stored = {f["fact_id"]: f for f in d["facts"]}
    known = {r.name for r in rules()}
    for ft in t["facts"]:
        assert ft["fact"]["type"] == stored[ft["fact_id"]]["type"]
        assert ft["candidates"], ft["fact"]
        for c in ft["candidates"]:
            assert c["words"] and str(c["sentence"]) in t["sentences"]
            for r in c["rules"]:
                assert r["rule"] in known
                if r["words"]:  # the words are those of the text at the offsets given
                    assert " ".join(d["text"][r["start"] : r["end"]].split()) == r["words"]
    agreement = next(ft for ft in t["facts"] if ft["fact"]["type"] == "agreement")
    assert any(r["rule"].startswith("agreement.") for c in agreement["candidates"] for r in c["rules"])
    sentence = t["sentences"][str(agreement["candidates"][0]["sentence"])]
    assert "подписали соглашение о сотрудничестве" in sentence
    assert t["dropped"] and all(c["dropped"] for c in t["dropped"])


def test_trace_text_is_what_coopwatch_explain_prints(traced_site: TracedSite, editor: httpx.Client) -> None:
    for name, path in traced_site.files.items():
        doc = traced_site.doc_ids[name]
        t = editor.get(f"/api/document/{doc}").json()["trace"]
        assert t["text"].rstrip("\n") == explain_output(path).rstrip("\n"), name


def test_corrected_fact_says_the_rules_are_for_the_extracted_value(
    traced_site: TracedSite, editor: httpx.Client
) -> None:
    doc = traced_site.doc_ids["orenburg-aktobe"]
    t = editor.get(f"/api/document/{doc}").json()["trace"]
    trade = next(ft for ft in t["facts"] if ft["fact_id"] == traced_site.corrected)
    assert trade["corrected"] == traced_site.correction
    assert trade["fact"]["value"] == 1.2e9  # what the rules read, not the editor's value
    assert [ft["corrected"] for ft in t["facts"] if ft is not trade] == [None] * (len(t["facts"]) - 1)
    piece = editor.get(f"/document/{doc}/trace", headers=HTML).text
    assert piece.count(CORRECTED_NOTE) == 1
    block = re.search(rf'data-trace-for="{traced_site.corrected}".*?</details>', piece, re.S)
    assert block is not None and CORRECTED_NOTE in block.group(0)


def test_page_piece_has_each_fact_the_dropped_candidates_and_the_text_to_copy(
    traced_site: TracedSite, editor: httpx.Client
) -> None:
    doc = traced_site.doc_ids["pskov-vitebsk"]
    page = editor.get(f"/document/{doc}", headers=HTML).text
    assert f'data-src="/document/{doc}/trace"' in page
    d = editor.get(f"/api/document/{doc}").json()
    piece = editor.get(f"/document/{doc}/trace", headers=HTML).text
    for f in d["facts"]:
        assert f'data-trace-for="{f["fact_id"]}"' in piece
    assert "Отброшенные кандидаты" in piece and "скопировать" in piece
    assert piece.count('class="reason">отброшен: ') == len(d["trace"]["dropped"]) >= 1
    pre = re.search(r'<pre id="trace-text">(.*?)</pre>', piece, re.S)
    assert pre is not None and html.unescape(pre.group(1)) == d["trace"]["text"]


def test_ready_made_facts_are_told_apart_from_the_rules_output(
    traced_site: TracedSite, editor: httpx.Client
) -> None:
    """A document stored with a hand-written fact the text does not report: the trace says the
    stored facts were not made by these rules, lists that fact as one the rules do not make, and
    the rules' own facts as missing from the knowledge base."""
    doc = traced_site.doc_ids["kostroma-grodno"]
    d = editor.get(f"/api/document/{doc}").json()
    piece = editor.get(f"/document/{doc}/trace", headers=HTML).text
    t = d["trace"]
    assert t["stale"] and t["facts"] == []
    assert t["untraced"] == [f["fact_id"] for f in d["facts"]] and len(t["untraced"]) == 1
    assert "agreement" in {ft["fact"]["type"] for ft in t["not_stored"]}
    assert all(ft["fact_id"] is None and ft["candidates"] for ft in t["not_stored"])
    assert "извлечены другой версией правил или загружены готовыми" in piece
    assert "Факты, которые правила дают сейчас, но которых нет в базе" in piece
    assert f'data-trace-for="{t["untraced"][0]}"' in piece
    assert "Правила сейчас не дают этого факта" in piece


LAZY = """
import json, sys
import httpx
from coopwatch.nlp import annotate
from tests.web.conftest import EDITOR, build_kb, serving

kb, ids = build_kb(sys.argv[1])
doc = ids["tatar-plan"]
loaded = []
with serving(kb) as base, httpx.Client(base_url=base, timeout=120) as c:
    html = {"accept": "text/html"}
    assert c.get(f"/document/{doc}", headers=html).status_code == 200
    assert c.get(f"/api/document/{doc}").json()["trace"] is None
    loaded.append(bool(annotate._models))
    c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]})
    assert 'id="trace"' in c.get(f"/document/{doc}", headers=html).text
    loaded.append(bool(annotate._models))
    assert "data-trace-for" in c.get(f"/document/{doc}/trace", headers=html).text
    loaded.append(bool(annotate._models))
print(json.dumps({"loaded": loaded}))
"""


def test_models_load_only_when_an_editor_asks(tmp_path: Path) -> None:
    """In a fresh process: visitors' pages and the editor's page itself leave the Natasha models
    unloaded; the trace the page fetches loads them."""
    r = subprocess.run(
        [sys.executable, "-c", LAZY, str(tmp_path / "kb.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["loaded"] == [False, False, True], out


def test_an_extraction_failure_is_shown_not_raised(
    traced_site: TracedSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor bug on one text gives the editor the error to report, not a server error."""
    from coopwatch.extract import explain
    from coopwatch.kb import query
    from coopwatch.web.trace import document_trace

    def broken(doc: object) -> None:
        raise ValueError("сбой правила на этом тексте")

    monkeypatch.setattr(explain, "explain_document", broken)
    view = query.document(traced_site.kb, traced_site.doc_ids["pskov-vitebsk"])
    t = document_trace(traced_site.kb, view)
    assert t.error == "ошибка извлечения: ValueError: сбой правила на этом тексте"
    assert t.untraced == [f.fact_id for f in view.facts] and t.facts == [] and t.dropped == []
    assert t.text == f"Документ pskov-vitebsk\n  {t.error}\n"
