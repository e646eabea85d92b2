"""Storing documents and facts, stories, fusion and conflicts — on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from coopwatch.kb import query, store
from coopwatch.kb.db import KB
from coopwatch.kb.schema import canonical_facts, conflicts, document_sketches, documents, facts, people

from . import texts
from .helpers import add, prepared


def count(kb: KB, table: sa.Table) -> int:
    with kb.read() as c:
        return c.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_document_and_evidence_round_trip(kb: KB) -> None:
    doc_id = add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, url="https://example.org/a",
                 published="2026-02-18")
    view = query.document(kb, doc_id)
    assert view.text == texts.KAZAN_PLAN
    assert view.doc.outlet == "example.org" and str(view.doc.published) == "2026-02-18"
    assert [f.type for f in view.facts] == ["agreement", "trade", "role"]
    for f in view.facts:
        if f.evidence:
            assert view.text[f.start:f.end] == f.evidence
    assert all(f.canonical_id for f in view.facts)


def test_same_text_or_url_is_stored_once(kb: KB) -> None:
    first = add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, url="https://example.org/a")
    with kb.write() as c:
        again = store.add(c, prepared("kazan-again", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS))
    assert again == ("skipped", first)
    assert count(kb, documents) == 1 and count(kb, facts) == 3
    # the page at the same URL changed: the document is updated, its facts replaced
    with kb.write() as c:
        outcome = store.add(c, prepared("kazan", texts.BREST, texts.BREST_FACTS, url="https://example.org/a"))
    assert outcome == ("updated", first)
    assert count(kb, documents) == 1
    assert sorted(f.type for f in query.document(kb, first).facts) == ["role", "visit"]
    assert {v.type for v in query.facts(kb).items} == {"role", "visit"}  # orphaned canonical facts removed


def test_near_duplicates_form_one_story_and_count_once(kb: KB) -> None:
    a = add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS)
    b = add(kb, "kazan-copy", texts.KAZAN_PLAN_COPY, texts.KAZAN_PLAN_FACTS)
    c = add(kb, "brest", texts.BREST, texts.BREST_FACTS)
    assert [d.id for d in query.document(kb, a).story] == [b]
    assert query.document(kb, c).story == []
    plan = query.facts(kb, query.FactFilter(type="agreement")).items
    assert len(plan) == 1 and plan[0].n_documents == 2 and plan[0].n_sources == 1


def test_two_outlets_fuse_with_conflicts(kb: KB) -> None:
    add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, published="2026-02-18")
    add(kb, "minsk", texts.MINSK_VIEW, texts.MINSK_VIEW_FACTS, published="2026-02-18")
    assert count(kb, canonical_facts) == 3
    plan = query.facts(kb, query.FactFilter(type="agreement")).items[0]
    assert plan.n_sources == 2
    assert plan.data["period"] == [2026, 2027] and sorted(plan.data["parties"]) == ["BY-MI", "RU-TA"]
    [c] = plan.conflicts
    assert c.field == "signatories" and c.label == "Кушнаренко"
    said = {v.value: {s.name for s in plan.sources if s.fact_id in v.fact_ids} for v in c.values}
    assert said == {"Алексей Кушнаренко": {"kazan"}, "Александр Кушнаренко": {"minsk"}}
    trade = query.facts(kb, query.FactFilter(type="trade")).items[0]
    assert trade.data["value"] in (743e6, 750e6) and [c.field for c in trade.conflicts] == ["value"]
    assert {s.evidence for s in trade.sources} == {texts.KAZAN_PLAN_FACTS[1]["evidence"],
                                                   texts.MINSK_VIEW_FACTS[1]["evidence"]}
    with kb.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(conflicts)).scalar_one() == 3
        # two spellings, two people until a curator merges them
        assert sorted(conn.execute(sa.select(people.c.name)).scalars()) == [
            "Александр Кушнаренко", "Алексей Кушнаренко", "Рустам Минниханов"]


def test_people_across_inflection_and_initials(kb: KB) -> None:
    add(kb, "a", "Губернатор Брянской области А. В. Богомаз провёл встречу.",
        [{"type": "role", "person": "А. В. Богомаз", "title": "губернатор", "of": "RU-BRY"}])
    add(kb, "b", "Глава Брянской области Александр Богомаз подписал соглашение.",
        [{"type": "role", "person": "Александр Богомаз", "title": "глава", "of": "RU-BRY"}])
    [p] = query.facts(kb, query.FactFilter(type="role")).items
    assert p.data["person"] == "Александр Богомаз" and p.n_sources == 2 and not p.conflicts
    with kb.read() as conn:
        [(pid, name)] = conn.execute(sa.select(people.c.id, people.c.name)).all()
    assert name == "Александр Богомаз"
    person = query.person(kb, pid)
    assert sorted(person.names) == ["А. В. Богомаз", "Александр Богомаз"]
    assert [pos.of for pos in person.positions] == ["RU-BRY"]


def test_documents_without_facts_are_flagged_and_reextraction_updates_the_flag(kb: KB) -> None:
    plain = add(kb, "embankment", "В Казани отремонтируют набережную озера Кабан.", [])
    rich = add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS)
    page, hidden = query.documents_list(kb)
    assert [r.doc.id for r in page.items] == [rich] and hidden == 1
    assert {r.doc.id: r.relevant for r in query.documents_list(kb, irrelevant=True)[0].items} == {plain: False, rich: True}
    with kb.write() as c:  # extracted anew: facts found now
        store.replace_facts(c, plain, prepared("embankment", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS).facts, "v2")
        store.replace_facts(c, rich, [], "v2")
    assert {r.doc.id: r.relevant for r in query.documents_list(kb, irrelevant=True)[0].items} == {plain: True, rich: False}


@pytest.mark.parametrize(("text", "named"), [
    ("Фото: press.example\n\nОмская область и Павлодарская область подписали соглашение\nТекст.",
     "Омская область и Павлодарская область подписали соглашение"),
    ("© Иван Петров\nГенконсульство Беларуси откроется в Алматы\nТекст.", "Генконсульство Беларуси откроется в Алматы"),
    ("Posted 19 февраля 2021, 04:29\nPublished 19 февраля 2021\nВласти Башкирии создали рабочую группу\nТекст.",
     "Власти Башкирии создали рабочую группу"),
    ("06 июня 2016, 16:44\nМинск и Шэньян заключили соглашение\nТекст.", "Минск и Шэньян заключили соглашение"),
    ("-32 °С\nОблачно\nГлава Башкирии встретился с премьер-министром Беларуси\nТекст.",
     "Глава Башкирии встретился с премьер-министром Беларуси"),
    ("Новости раздела\nТатарстан и Ташкентская область подписали соглашение\nТекст.",
     "Татарстан и Ташкентская область подписали соглашение"),
    ("Найти в Дзене\nТоварооборот Могилевской области вырос\nТекст.", "Товарооборот Могилевской области вырос"),
    ("Рекламный баннер 990x90px ban-1\nГубернатор провёл встречу с делегацией Бреста\nТекст.",
     "Губернатор провёл встречу с делегацией Бреста"),
    ("Поволжье / Главные события 5 декабря 2024 г. 15:06\nКазань и Минск стали городами-побратимами\nТекст.",
     "Казань и Минск стали городами-побратимами"),
    # a paragraph with a time in it is the article: its first sentence names it
    ("Авиакомпания запустила первый рейс из Минска в Мурманск. Самолёт вылетел в 10:15 и приземлился через три "
     "часа; в аэропорту пассажирам раздавали подарки, а экипаж встречали с цветами и оркестром.",
     "Авиакомпания запустила первый рейс из Минска в Мурманск."),
    # short headlines that say something stay
    ("Экспорт вырос\nВ 2025 году экспорт области вырос на 10 процентов.", "Экспорт вырос"),
    ("Курск – Минск\nСвежий номер: 14 марта 2024", "Курск – Минск"),
])
def test_a_document_is_named_by_its_headline_not_by_what_a_saved_page_starts_with(text: str, named: str) -> None:
    """Credits, the page's date, the weather, a section's name and ads come before the headline in
    saved pages (the dev corpus has each); the document is named by the headline under them."""
    from coopwatch.kb.text import headline

    assert headline(text) == named


def _fact_stories(kb: KB) -> list[tuple[int, int | None, int | None]]:
    """(fact, its story, its document's story) of every fact; and every document's sketch (its
    signature for finding near-duplicates) has its story."""
    with kb.read() as c:
        sketched = c.execute(sa.select(documents.c.id, documents.c.story_id, document_sketches.c.story_id)
                             .join(document_sketches, document_sketches.c.document_id == documents.c.id)).all()
        assert len(sketched) == c.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()
        assert all(r[1] == r[2] for r in sketched), sketched
        return c.execute(sa.select(facts.c.id, facts.c.story_id, documents.c.story_id)
                         .join(documents, documents.c.id == facts.c.document_id).order_by(facts.c.id)).all()


def test_facts_and_sketches_carry_their_documents_story_when_a_document_links_two_stories(kb: KB) -> None:
    # fusion reads a member's story from the fact (``facts.story_id``, migration 0012): it follows
    # the document into the story it joins, into the story two stories are merged into, and into
    # the story of the new text at the same URL
    a = add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS)
    b = add(kb, "brest", texts.BREST, texts.BREST_FACTS)
    assert {s for _, s, _ in _fact_stories(kb)} == {a, b}
    add(kb, "both", texts.KAZAN_PLAN + "\n\n" + texts.BREST, texts.KAZAN_PLAN_FACTS)  # links the two
    got = _fact_stories(kb)
    assert len(got) == 3 + 2 + 3 and {s for _, s, _ in got} == {a}
    assert all(mine == theirs for _, mine, theirs in got)
    other = add(kb, "other", texts.MINSK_VIEW, texts.MINSK_VIEW_FACTS, url="https://example.org/x")
    assert {s for _, s, _ in _fact_stories(kb)} == {a, other}
    with kb.write() as c:  # the page at that URL now retells the Kazan plan: its story
        assert store.add(c, prepared("other", texts.KAZAN_PLAN_COPY, texts.KAZAN_PLAN_FACTS,
                                     url="https://example.org/x"))[0] == "updated"
    got = _fact_stories(kb)
    assert {s for _, s, _ in got} == {a} and all(mine == theirs for _, mine, theirs in got)


def test_a_members_document_day_and_hash_are_read_from_its_rank(kb: KB) -> None:
    # fusion reads a member's document's day and text hash from the fact's rank, and the document
    # only for a fact without a rank (``fuse._MEMBER_FROM``): both give the same
    from coopwatch.kb import fuse

    add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, published="2026-02-18")
    add(kb, "brest", texts.BREST, texts.BREST_FACTS)  # no publication date
    with kb.write() as c:
        expected = {r.id: (r.published, r.content_hash) for r in c.execute(
            sa.select(facts.c.id, documents.c.published, documents.c.content_hash)
            .join(documents, documents.c.id == facts.c.document_id))}
        members = c.execute(fuse._stmt("members_of"), {"ids": sorted({m for m, in c.execute(
            sa.select(facts.c.canonical_id))})}).all()
        assert {r.id: fuse._of_document(r) for r in members} == expected and all(r.published is None for r in members)
        c.execute(facts.update().values(rank=None))  # as stored before revision 0005
        members = c.execute(fuse._stmt("members_of"), {"ids": sorted({m for m, in c.execute(
            sa.select(facts.c.canonical_id))})}).all()
        assert {r.id: fuse._of_document(r) for r in members} == expected
