"""The knowledge base is the same whatever the batches, the order of arrival or a resume (issue 15,
item 12), and it never fuses two different facts (issue 11): the Tatarstan–Belarus agreement of 2004
stays itself next to two districts' agreement of 2022.

The corpus: the demonstration notes (``coopwatch/samples``), issue 11's case in the team's own words
(``texts.ISSUE_11``) and four reprints of one note. The real extractor reads it once (facts file);
then it is ingested, each time into a new database, in one run, in runs of 1 + 4 + the rest, in
reverse order with a batch per document, one document per run, and shuffled in batches of three —
and every time the canonical facts, their sources, conflicts, stories and people are exactly the same.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from coopwatch.extract import extract_document
from coopwatch.ingest import read_paths
from coopwatch.kb import ingest as ingest_module
from coopwatch.kb import query
from coopwatch.kb.db import KB, open_kb
from coopwatch.kb.ingest import ingest
from coopwatch.kb.schema import canonical_facts, facts, kb_settings
from coopwatch.models import Document
from coopwatch.paths import PACKAGE

from . import texts
from .helpers import add, snapshot

SAMPLES = PACKAGE / "samples"
REPRINTED = "01-tatarstan-minsk-oblast-plan"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path]:
    """The corpus as files, and the facts the real extractor reads from them."""
    folder = tmp_path_factory.mktemp("corpus")
    for src in sorted(SAMPLES.glob("*.txt")):
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    original = (SAMPLES / f"{REPRINTED}.txt").read_text(encoding="utf-8")
    for i, line in enumerate(texts.REPRINT_LINES, start=1):
        (folder / f"{REPRINTED}-reprint{i}.txt").write_text(original.rstrip("\n") + "\n" + line + "\n", encoding="utf-8")
    for name, text in texts.ISSUE_11.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    files = sorted(folder.glob("*.txt"))
    lines = []
    for doc in read_paths(files):
        assert isinstance(doc, Document), doc
        lines.append(json.dumps({"doc": doc.id, "facts": [f.to_json() for f in extract_document(doc).facts]},
                                ensure_ascii=False))
    facts_file = folder.parent / f"{folder.name}-facts.jsonl"
    facts_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files, facts_file


def run(tmp_path: Path, name: str, facts_file: Path, runs: list[list[Path]]) -> KB:
    kb = open_kb(str(tmp_path / f"{name}.db"))
    for paths in runs:
        s = ingest(kb, [str(p) for p in paths], workers=0, facts_file=facts_file, progress=False)
        assert not s.failures
    return kb


def reprints_first(files: list[Path]) -> list[list[Path]]:
    """One reprint, then the four other copies, then the rest (issue 15: 1 + 4 gave duplicates)."""
    copies = [f for f in files if f.stem.startswith(REPRINTED)]
    return [copies[1:2], copies[:1] + copies[2:], [f for f in files if f not in copies]]


SPLITS: dict[str, tuple[Callable[[list[Path]], list[list[Path]]], int | None]] = {
    "1+4+rest": (reprints_first, None),
    "reversed, a batch per document": (lambda fs: [fs[::-1]], 1),
    "one document per run": (lambda fs: [[f] for f in fs], None),
    "shuffled, batches of three": (lambda fs: [random.Random(5).sample(fs, len(fs))], 3),
    "two runs, second reversed": (lambda fs: [fs[::2], fs[1::2][::-1]], 2),
}


@pytest.fixture(scope="module")
def at_once(corpus: tuple[list[Path], Path], tmp_path_factory: pytest.TempPathFactory) -> KB:
    files, facts_file = corpus
    return run(tmp_path_factory.mktemp("once"), "once", facts_file, [files])


@pytest.mark.parametrize("split", list(SPLITS))
def test_the_same_knowledge_base_whatever_the_batches(split: str, corpus: tuple[list[Path], Path], at_once: KB,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files, facts_file = corpus
    runs, batch = SPLITS[split]
    if batch is not None:
        monkeypatch.setattr(ingest_module, "BATCH_DOCS", batch)
    kb = run(tmp_path, "split", facts_file, runs(files))
    expected, got = snapshot(at_once), snapshot(kb)
    assert got["stories"] == expected["stories"]
    assert got["people"] == expected["people"]
    missing = [c for c in expected["canonical"] if c not in got["canonical"]]
    extra = [c for c in got["canonical"] if c not in expected["canonical"]]
    assert not missing and not extra, f"{split}: not made {missing[:2]}; made instead {extra[:2]}"
    assert got == expected


def test_reprints_are_one_story_and_their_facts_one_each(at_once: KB) -> None:
    snap = snapshot(at_once)
    story = next(g for g in snap["stories"] if REPRINTED in g)
    copies = [d for d in story if d.startswith(REPRINTED)]
    assert len(copies) == 5  # (the story also holds the samples' own repost of the release)
    for kind in ("meeting", "visit", "agreement"):
        holding = [c for c in snap["canonical"] if c[0] == kind and any(s[0] == REPRINTED for s in c[9])]
        for c in holding:
            assert {s[0] for s in c[9]} >= set(copies), f"{kind}: every copy reports it: {c[9]}"
            assert c[4] == 1, "copies of one release count as one source"


def agreements(kb: KB) -> list[dict]:
    with kb.read() as c:
        rows = c.execute(sa.select(canonical_facts.c.id, canonical_facts.c.data, canonical_facts.c.n_documents)
                         .where(canonical_facts.c.type == "agreement")).all()
    return [{"id": r.id, **r.data, "n": r.n_documents} for r in rows]


def test_the_2004_agreement_is_never_fused_into_the_districts_2022(at_once: KB) -> None:
    found = agreements(at_once)
    old = [a for a in found if a.get("date") == "2004"]
    assert len(old) == 1 and sorted(old[0]["parties"]) == ["BY", "RU-TA"] and old[0]["n"] == 1
    districts = [a for a in found if sorted(a["parties"]) == ["BY-MI/Стародорожский район",
                                                                "RU-TA/Рыбно-Слободский район"]]
    assert len(districts) == 1 and districts[0]["date"] == "2022-09-14" and districts[0]["n"] == 1
    mixed = [a for a in found if sorted(a["parties"]) == ["BY-MI/Стародорожский район", "RU-TA"]]
    assert len(mixed) == 1 and mixed[0]["n"] == 1  # the district and the republic: a third fact
    pair = query.pair(at_once, "RU-TA", "BY")
    assert any(a.data.get("date") == "2004" for a in pair.agreements), "the 2004 agreement is on the pair page"
    fact = query.fact(at_once, old[0]["id"])
    assert [s.name for s in fact.sources] == ["tatarstan-belarus-2004"] and not fact.conflicts


def test_a_knowledge_base_fused_by_older_rules_is_fused_anew(corpus: tuple[list[Path], Path], tmp_path: Path) -> None:
    """As the old rules left it: the 2004 agreement in the districts' canonical fact. Opening the
    knowledge base with rules of another version partitions it anew."""
    files, facts_file = corpus
    db = str(tmp_path / "old.db")
    kb = run(tmp_path, "old", facts_file, [[f for f in files if f.stem in texts.ISSUE_11]])
    clean = snapshot(kb)
    [old] = [a for a in agreements(kb) if a.get("date") == "2004"]
    [districts] = [a for a in agreements(kb) if a.get("date") == "2022-09-14"]
    with kb.write() as c:
        c.execute(facts.update().where(facts.c.canonical_id == old["id"]).values(canonical_id=districts["id"]))
        c.execute(canonical_facts.delete().where(canonical_facts.c.id == old["id"]))
        c.execute(kb_settings.update().values(value="rules of another version"))
    kb.dispose()
    again = open_kb(db)
    assert snapshot(again) == clean


def test_the_people_of_a_surname_do_not_depend_on_arrival(tmp_path: Path) -> None:
    """«А. Кушнаренко» fits both «Алексей» and «Александр Кушнаренко»: whichever comes first, it stands
    apart, and the two full names are two people (until a curator merges them)."""
    names = ["А. Кушнаренко", "Алексей Кушнаренко", "Александр Кушнаренко"]
    found = set()
    for n, order in enumerate(itertools.permutations(names)):
        kb = open_kb(str(tmp_path / f"p{n}.db"))
        for name in order:
            i = names.index(name)
            add(kb, f"d{i}", f"Председатель Минского облисполкома {name} выступил на форуме ({i}).",
                [{"type": "role", "person": name, "title": "председатель облисполкома", "of": "BY-MI"}])
        found.add(repr(snapshot(kb)))
        kb.dispose()
    assert len(found) == 1
    assert "('Алексей Кушнаренко', ['Алексей Кушнаренко'])" in found.pop()


def test_the_same_on_either_database(db_url: str, corpus: tuple[list[Path], Path], at_once: KB,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Reversed, a batch per document, on SQLite and on PostgreSQL: the knowledge base SQLite makes
    with everything at once."""
    files, facts_file = corpus
    monkeypatch.setattr(ingest_module, "BATCH_DOCS", 1)
    kb = open_kb(db_url)
    ingest(kb, [str(f) for f in files[::-1]], workers=0, facts_file=facts_file, progress=False)
    assert snapshot(kb) == snapshot(at_once)
    kb.dispose()
