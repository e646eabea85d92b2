"""A meeting's name ends at a predicate, a short passive participle too (meeting.name_ended) — wordings of ours."""

import pytest

SIGNED_ON_THE_SIDELINES = [
    "ХII Форум регионов Беларуси и России прошел в Витебске. На полях форума подписаны соглашения между Витебской и "
    "Псковской областями.",
    "Форум регионов России и Казахстана прошел в Уральске. На полях форума заключен договор между Оренбургской и "
    "Актюбинской областями.",
    "В Омске состоялся Форум межрегионального сотрудничества России и Казахстана. На площадке форума подписан "
    "меморандум между Омской и Павлодарской областями.",
]


@pytest.mark.parametrize("text", SIGNED_ON_THE_SIDELINES, ids=["signed-plural", "contract", "memorandum"])
def test_a_signing_after_the_forum_noun_does_not_name_its_sides(extract, text):
    got = [f for f in extract(text, published="2025-06-27") if f["type"] == "meeting" and f["kind"] == "forum"]
    assert len(got) == 1 and "/" not in "".join(got[0]["parties"]) and all("-" not in p for p in got[0]["parties"]), got


def test_the_forums_own_name_still_names_a_region(extract):
    # a region in the forum's own name, before any predicate, is a side
    text = "В Ярославле прошел форум Ярославской области и Беларуси. На форуме подписано соглашение о сотрудничестве."
    got = [f for f in extract(text, published="2025-06-27") if f["type"] == "meeting" and f["kind"] == "forum"]
    assert [sorted(f["parties"]) for f in got] == [["BY", "RU-YAR"]], got
