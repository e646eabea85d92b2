"""Curation: decisions and corrections are audit-logged and survive re-ingest and re-extraction."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from coopwatch.kb import curate, query, store
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.schema import documents, people

from . import texts
from .helpers import add, prepared


def canonical(kb: KB, type_: str) -> query.FactView:
    [v] = query.facts(kb, query.FactFilter(type=type_)).items
    return v


@pytest.fixture
def two_outlets(kb: KB) -> KB:
    add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, published="2026-02-18")
    add(kb, "minsk", texts.MINSK_VIEW, texts.MINSK_VIEW_FACTS, published="2026-02-18")
    return kb


def test_decisions_are_logged_with_who_and_when(two_outlets: KB) -> None:
    kb = two_outlets
    plan, trade = canonical(kb, "agreement"), canonical(kb, "trade")
    curate.confirm(kb, plan.id, who="аналитик", note="сверено с сайтом")
    curate.correct(kb, trade.id, {"value": 743000000, "approx": False}, who="аналитик")
    curate.reject(kb, canonical(kb, "role").id, who="редактор")
    assert query.fact(kb, plan.id).status == "confirmed"
    t = query.fact(kb, trade.id)
    assert t.data["value"] == 743000000 and t.n_conflicts == 0 and t.conflicts[0].resolved
    log = curate.history(kb)
    assert [(e["action"], e["who"]) for e in log] == [("reject", "редактор"), ("correct", "аналитик"),
                                                      ("confirm", "аналитик")]
    assert log[2]["note"] == "сверено с сайтом" and log[2]["at"] is not None
    assert log[1]["before"]["corrected"] is None and log[1]["after"]["corrected"]["value"] == 743000000


BAD = [
    ({"value": "много"}, "не подходит"),
    ({"colour": "red"}, "нельзя исправить"),
]


@pytest.mark.parametrize(("changes", "message"), BAD)
def test_bad_corrections_are_refused(two_outlets: KB, changes: dict, message: str) -> None:
    with pytest.raises(KBError, match=message):
        curate.correct(two_outlets, canonical(two_outlets, "trade").id, changes)
    assert curate.history(two_outlets) == []


def test_unknown_fact(kb: KB) -> None:
    with pytest.raises(KBError, match="№999 не найден"):
        curate.confirm(kb, 999)


def test_merge_people(two_outlets: KB) -> None:
    kb = two_outlets
    with kb.read() as c:
        ids = dict(c.execute(sa.select(people.c.name, people.c.id)).all())
    keep, merge = ids["Алексей Кушнаренко"], ids["Александр Кушнаренко"]
    curate.merge_people(kb, keep, merge, who="аналитик", note="ошибка в имени у одного источника")
    p = query.person(kb, merge)  # the merged number leads to the person kept
    assert p.id == keep and sorted(p.names) == ["Александр Кушнаренко", "Алексей Кушнаренко"]
    assert p.merged_from == [merge] and len(p.positions) == 1
    # a later document with the merged spelling resolves to the person kept
    add(kb, "later", "Александр Кушнаренко посетил Казань.",
        [{"type": "role", "person": "Александр Кушнаренко", "title": "председатель облисполкома", "of": "BY-MI"}])
    assert query.person(kb, keep).positions[0].n_sources == 3
    with pytest.raises(KBError, match="уже объединён"):
        curate.merge_people(kb, keep, merge)
    assert curate.history(kb, "person", keep)[0]["action"] == "merge_people"


def test_curation_survives_reingest_and_reextraction(two_outlets: KB) -> None:
    kb = two_outlets
    trade = canonical(kb, "trade")
    curate.correct(kb, trade.id, {"value": 743000000, "approx": False}, who="аналитик")
    plan = canonical(kb, "agreement")
    curate.reject(kb, plan.id, who="аналитик")
    # re-ingest of the same text adds nothing
    with kb.write() as c:
        assert store.add(c, prepared("kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS))[0] == "skipped"
    # re-extraction by a changed extractor: the trade figure is now read without its period, the plan with
    # other sides — the curated canonical facts keep their sources (same sentences) and decisions
    with kb.read() as c:
        doc_ids = dict(c.execute(sa.select(documents.c.name, documents.c.id)).all())
    changed = [dict(f) for f in texts.KAZAN_PLAN_FACTS]
    changed[0] = {**changed[0], "parties": ["RU-TA", "BY"], "period": None}
    changed[1] = {**changed[1], "period": None}
    new = prepared("kazan", texts.KAZAN_PLAN, changed)
    with kb.write() as c:
        store.replace_facts(c, doc_ids["kazan"], new.facts, "v2")
    t = query.fact(kb, trade.id)
    assert t.status == "confirmed" and t.data["value"] == 743000000 and t.n_documents == 2
    p = query.fact(kb, plan.id)
    assert p.status == "rejected" and p.n_documents == 2
    assert [e["action"] for e in curate.history(kb)] == ["reject", "correct"]


def test_curated_fact_without_sources_is_kept(kb: KB) -> None:
    doc_id = add(kb, "brest", texts.BREST, texts.BREST_FACTS)
    visit = canonical(kb, "visit")
    curate.confirm(kb, visit.id, who="аналитик")
    with kb.write() as c:
        store.replace_facts(c, doc_id, [], "v2")  # the new extractor finds nothing
    kept = query.fact(kb, visit.id)
    assert kept.status == "confirmed" and kept.n_documents == 0 and kept.data["host"] == "BY-BR"
    assert [v.id for v in query.facts(kb).items] == [visit.id]  # the unconfirmed role is gone


def test_organisations_and_their_merge(kb: KB) -> None:
    role = {"type": "role", "person": "Андрей Рыбаков", "title": "генеральный директор", "of": "ОАО «МТЗ»"}
    add(kb, "a", "Генеральный директор ОАО «МТЗ» Андрей Рыбаков прибыл в Казань.", [role])
    add(kb, "b", "Минский тракторный завод подписал договор с Татарстаном.",
        [{"type": "agreement", "kind": "contract", "parties": ["BY-HM", "RU-TA"], "orgs": ["Минский тракторный завод",
                                                                                          "«КАМАЗ»"]}])
    found = {o.name: o.id for o in query.organisations(kb)}
    assert sorted(found) == ["КАМАЗ", "МТЗ", "Минский тракторный завод"]  # quotes and legal form dropped
    curate.merge_orgs(kb, found["Минский тракторный завод"], found["МТЗ"], who="аналитик")
    [mtz] = query.organisations(kb, "мтз")
    assert (mtz.name, mtz.aliases) == ("Минский тракторный завод", ["МТЗ"])
    add(kb, "c", "Делегация «МТЗ» посетила Казань.", [{**role, "person": "А. Рыбаков", "of": "МТЗ"}])
    assert len(query.organisations(kb)) == 2  # the alias resolves to the organisation kept
    assert curate.history(kb, "org")[0]["action"] == "merge_orgs"


def test_fusion_finds_a_blocks_curated_facts_by_their_own_index(two_outlets: KB) -> None:
    """Fusion asks for a block's curated canonical facts whenever it partitions the block: the
    partial index of curated facts (migration 0015) answers, so the uncurated facts of a large block
    are not read for it; confirmed, rejected and corrected facts are all found, the others not."""
    from coopwatch.kb import fuse
    from coopwatch.kb.schema import canonical_facts

    kb = two_outlets
    plan, trade, role = canonical(kb, "agreement"), canonical(kb, "trade"), canonical(kb, "role")
    curate.confirm(kb, plan.id, who="аналитик")
    curate.correct(kb, trade.id, {"value": 743000000, "approx": False}, who="аналитик")
    with kb.read() as conn:
        blocks = dict(conn.execute(sa.select(canonical_facts.c.id, canonical_facts.c.block)).all())

        def curated_of(blk: str) -> set[int]:
            return {r.id for r in conn.execute(fuse._stmt("curated_or_owners"), {"blk": blk, "ids": []})}

        assert curated_of(blocks[plan.id]) == {plan.id}
        assert curated_of(blocks[trade.id]) == {trade.id}
        assert curated_of(blocks[role.id]) == set()
        if kb.dialect == "sqlite":  # the statement as run, explained
            ran: list[tuple[str, object]] = []
            sa.event.listen(conn, "before_cursor_execute", lambda *a: ran.append((a[2], a[3])))
            curated_of(blocks[plan.id])
            plan_rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + ran[-1][0], ran[-1][1]).all()
            assert any("ix_canonical_facts_curated_block" in r[-1] for r in plan_rows), plan_rows
    curate.reject(kb, role.id, who="редактор")
    with kb.read() as conn:
        assert {r.id for r in conn.execute(fuse._stmt("curated_or_owners"),
                                           {"blk": blocks[role.id], "ids": []})} == {role.id}
