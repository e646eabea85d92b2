"""One delegation sent by several territories, received by the hosts (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# sides.listed_delegation, meeting.one_per_delegation_member, visit.one_per_listed_sender: "принял делегацию X и Y
# областей" — talks and a trip for each sending territory (FACTS 1.2: lists stand for one fact per member)
RECEIVED = [
    ("Губернатор Алтайского края Виктор Томенко принял делегацию Восточно-Казахстанской и Павлодарской областей.",
     "RU-ALT", ["KZ-55", "KZ-63"]),
    ("В Брянске губернатор Александр Богомаз встретился с делегацией Гомельской, Могилевской и Витебской областей.",
     "RU-BRY", ["BY-HO", "BY-MA", "BY-VI"]),
    ("Председатель Гродненского облисполкома Юрий Караник провел переговоры с делегацией Псковской и Новгородской "
     "областей.", "BY-HR", ["RU-NGR", "RU-PSK"]),
]


@pytest.mark.parametrize("text,host,senders", RECEIVED)
def test_talks_and_trips_per_sending_territory(extract, text, host, senders):
    facts = extract(text)
    talks = sorted(next(p for p in f["parties"] if p != host) for f in of_type(facts, "meeting"))
    trips = sorted(f["visitor"] for f in of_type(facts, "visit") if f["host"] == host)
    assert (talks, trips) == (senders, senders), facts


def test_one_territory_delegation_is_one_meeting(extract):
    got = of_type(extract("Губернатор Алтайского края Виктор Томенко принял делегацию Павлодарской области."), "meeting")
    assert [sorted(f["parties"]) for f in got] == [["KZ-55", "RU-ALT"]], got


# role.holders_of_listed_delegation (and titles: "акимы" is plural whatever the tagger says): a plural title naming
# no territory gives the delegation's territories out in order
HEADS = [
    ("Губернатор Алтайского края Виктор Томенко принял делегацию Восточно-Казахстанской и Павлодарской областей. "
     "Казахстанскую делегацию возглавили акимы Ермек Кошербаев и Асаин Байханов.",
     {"Ермек Кошербаев": "KZ-63", "Асаин Байханов": "KZ-55"}),
    ("Губернатор Брянской области встретился с делегацией Гомельской и Могилевской областей. Делегацию возглавили "
     "председатели облисполкомов Иван Крупко и Анатолий Исаченко.", {"Иван Крупко": "BY-HO", "Анатолий Исаченко": "BY-MA"}),
    ("Председатель Витебского облисполкома принял делегацию Смоленской и Псковской областей во главе с губернаторами "
     "Василием Анохиным и Михаилом Ведерниковым.", {"Василий Анохин": "RU-SMO", "Михаил Ведерников": "RU-PSK"}),
]


@pytest.mark.parametrize("text,heads", HEADS)
def test_heads_of_a_listed_delegation_in_order(extract, text, heads):
    got = {f["person"]: f["of"] for f in of_type(extract(text), "role") if f["person"] in heads}
    assert got == heads, got
