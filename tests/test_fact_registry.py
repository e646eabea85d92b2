"""A fact type added from outside, touching no file of coopwatch: registered here, it is extracted by
the pipeline, stored and fused by ``coopwatch ingest``, listed on the web (page and JSON API on a
live server), exported (JSON Lines, CSV), and gone again when unregistered.

The type: ``exhibition`` — a joint exhibition of the document's two sides, read from a sentence
with the word «выставка» in any form that names a place of each side. The news items are written
for this test."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import httpx
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from coopwatch import facttypes
from coopwatch.cli import app as cli
from coopwatch.extract import extract_document
from coopwatch.extract.context import Context
from coopwatch.extract.pipeline import STAGES
from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import place_name, places, short_place
from coopwatch.kb import merge
from coopwatch.kb.db import open_kb
from coopwatch.kb.rules import Member, more_specific, same_place
from coopwatch.kb.schema import canonical_facts
from coopwatch.models import Document, FactBase, fact_from_json
from tests.web.conftest import serving

runner = CliRunner()


class ExhibitionFact(FactBase):
    type: Literal["exhibition"] = "exhibition"
    parties: list[str]


WORD = re.compile(r"выставк", re.IGNORECASE)


def find_exhibitions(ctx: Context) -> list[ExhibitionFact]:
    """One fact per sentence about an exhibition that names a place of each of the two sides."""
    if len(ctx.camps) < 2:
        return []
    found = []
    for s in ctx.sentences:
        if not WORD.search(s.text):
            continue
        ids = [m.resolved for m in ctx.places_in(s.index)]
        sides = [next((p for p in ids if camp.contains(p)), None) for camp in ctx.camps[:2]]
        if None not in sides:
            found.append(ExhibitionFact(parties=sides, evidence=ctx.evidence(s.index)))
    return found


def _match(xs: list[str], ys: list[str]) -> list[tuple[str, str]] | None:
    """Each side of one report paired with a side of the other at any level of its hierarchy (a type
    of this test's own: a venue named as the city or as the region is the same exhibition)."""
    rest, out = list(ys), []
    for x in xs:
        y = next((y for y in rest if same_place(x, y)), None)
        if y is None:
            return None
        rest.remove(y)
        out.append((x, y))
    return out if len(xs) == len(ys) else None


def same_exhibition(a: Member, b: Member) -> bool:
    return _match(a.data["parties"], b.data["parties"]) is not None


def fuse_exhibition(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    for m in members[1:]:  # as specific as either report names them
        out["parties"] = [more_specific(x, y) for x, y in _match(out["parties"], m.data["parties"]) or []]
    return []


EXHIBITION = FactType(
    name="exhibition",
    model=ExhibitionFact,
    extraction=Extraction(find_exhibitions, ("places", "camps")),
    fusion=Fusion(block=lambda d: "exhibition|", compatible=same_exhibition, fuse=fuse_exhibition),
    labels=Labels(one="Выставка", many="Выставки", fields={"parties": "стороны"}),
    summary=lambda d: "Выставка: " + places(d["parties"]),
    describe=lambda d: (places(d["parties"], short_place), "выставка", ""),
    sides=lambda d: [(p, "party") for p in d["parties"]],
    export=("parties",),
)

# Two outlets report one exhibition in their own words.
MUSEUM = (
    " date 2025-03-12\nSource URL: https://example.org/museum\n"
    "В Национальном музее Татарстана открылась совместная выставка мастеров Татарстана и Беларуси. "
    "Экспозиция будет работать до конца апреля."
)
GALLERY = (
    " date 2025-03-13\nSource URL: https://example.org/gallery\n"
    "Белорусские художники привезли в Казань свои работы: выставку Беларуси и Татарстана уже посетили "
    "тысячи человек. Организаторы обещают продолжить обмен."
)


@pytest.fixture
def exhibition() -> Iterator[FactType]:
    facttypes.register(EXHIBITION)
    try:
        yield EXHIBITION
    finally:
        facttypes.unregister("exhibition")


def run(*args: str) -> str:
    r = runner.invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_a_type_registered_from_outside_goes_all_the_way(exhibition: FactType, tmp_path: Path) -> None:
    assert [s.name for s in STAGES][-2:] == ["exhibition", "links"]

    facts = extract_document(Document(id="museum", text=MUSEUM.split("\n", 2)[2])).facts
    found = [f.to_json() for f in facts if f.type == "exhibition"]
    assert [sorted(f["parties"]) for f in found] == [["BY", "RU-TA"]]
    assert "выставка мастеров" in found[0]["evidence"]
    assert fact_from_json(found[0]).type == "exhibition"

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "museum.txt").write_text(MUSEUM, encoding="utf-8")
    (docs / "gallery.txt").write_text(GALLERY, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    run("ingest", str(docs), "--db", db, "-j", "0", "--no-progress")

    kb = open_kb(db)
    try:
        with kb.read() as conn:
            rows = conn.execute(sa.select(canonical_facts).where(canonical_facts.c.type == "exhibition")).all()
        assert len(rows) == 1, "both reports fuse into one canonical fact"
        assert rows[0].n_documents == 2 and rows[0].n_sources == 2
        cid = rows[0].id

        with serving(kb) as base:
            api = httpx.get(f"{base}/api/facts", params={"type": "exhibition"}).json()
            page = httpx.get(f"{base}/facts", params={"type": "exhibition"}).text
            fact_page = httpx.get(f"{base}/fact/{cid}").text
            spec = httpx.get(f"{base}/openapi.json").json()
        assert api["total"] == 1
        [item] = api["items"]
        assert item["id"] == cid and item["n_sources"] == 2
        assert item["summary"] == f"Выставка: {place_name(item['data']['parties'][0])} — " \
                                  f"{place_name(item['data']['parties'][1])}"
        assert item["summary"] in page and "Выставка" in page and f"/fact/{cid}" in page
        assert len(item["sources"]) == 2 and "стороны" in fact_page
        params = spec["paths"]["/api/facts"]["get"]["parameters"]
        assert "exhibition" in json.dumps(next(p for p in params if p["name"] == "type"))
    finally:
        kb.dispose()

    run("export", "--db", db, "--format", "jsonl", "--out", str(tmp_path / "facts.jsonl"))
    exported = [json.loads(x) for x in (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    [shown] = [x for x in exported if x["type"] == "exhibition"]
    assert sorted(shown["parties"]) == ["BY", "RU-TA/Казань"] and len(shown["sources"]) == 2

    run("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "facts.csv"))
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as fh:  # for a Russian Excel
        [row] = [r for r in csv.DictReader(fh, delimiter=";") if r["type"] == "exhibition"]
    assert sorted(row["parties"].split(", ")) == ["BY", "RU-TA/Казань"] and row["n_sources"] == "2"


def test_unregistered_type_is_gone(exhibition: FactType) -> None:
    facttypes.unregister("exhibition")
    assert "exhibition" not in facttypes.names()
    assert "exhibition" not in [s.name for s in STAGES]
    with pytest.raises(ValueError, match="неизвестный тип факта"):
        fact_from_json({"type": "exhibition", "parties": ["RU-TA", "BY"]})


def test_a_stage_whose_needs_no_stage_meets_is_refused() -> None:
    def never(ctx: Context) -> list[Any]:
        return []

    odd = FactType(name="odd", model=ExhibitionFact, extraction=Extraction(never, ("telepathy",)),
                   fusion=EXHIBITION.fusion, labels=EXHIBITION.labels, summary=EXHIBITION.summary,
                   describe=EXHIBITION.describe, sides=EXHIBITION.sides)
    with pytest.raises(RuntimeError, match="telepathy"):
        facttypes.register(odd)
    assert "odd" not in facttypes.names() and "odd" not in [s.name for s in STAGES]


def test_builtin_types_say_everything_about_themselves() -> None:
    """Every built-in type: its rules resolve, every field has a Russian name, every coded value too,
    the fields it names people in and exports are its own."""
    assert facttypes.names() == facttypes.BUILTIN  # the extraction stages run in this order
    for ft in facttypes.all_types():
        assert callable(ft.extraction.extract) and ft.extraction.extract.__module__ == f"coopwatch.extract.{ft.name}"
        if ft.extraction.merge is not None:
            assert callable(facttypes._resolve(ft.extraction.merge))
        fields = ft.fields()
        assert fields <= set(ft.labels.fields), f"{ft.name}: поля без названия {sorted(fields - set(ft.labels.fields))}"
        assert set(ft.people) <= fields and set(ft.export) <= fields and ft.editable() <= fields
        for name, info in ft.model.model_fields.items():
            codes = get_args(info.annotation) if get_origin(info.annotation) is Literal else ()
            if name != "type" and codes:
                unnamed = set(codes) - set(ft.labels.values.get(info.alias or name, {}))
                assert not unnamed, f"{ft.name}.{name}: значения без названия {sorted(unnamed)}"
        assert ft.labels.one and ft.labels.many


def test_labels_and_sections_as_the_pages_ask_for_them() -> None:
    assert facttypes.type_label("agreement") == "Соглашение"
    assert facttypes.type_label("agreement", plural=True) == "Соглашения"
    assert facttypes.value_label("memorandum") == "меморандум" and facttypes.value_label("air", "mode") == "авиа"
    assert facttypes.field_label("in", "institution") == "где" and facttypes.field_label("nonesuch") == "nonesuch"
    assert facttypes.people_label("signatories") == "подписал(а)"
    assert facttypes.section("person.positions") == ("role",)
    assert "role" not in facttypes.section("pair.timeline") and "agreement" in facttypes.section("pair.timeline")
    with pytest.raises(ValueError, match="неизвестный тип факта"):
        facttypes.get("nonesuch")
