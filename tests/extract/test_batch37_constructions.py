"""Constructions of the o280–o287 batch, each in three wordings of ours: gapped talks "…, а в Гомеле — с
председателем облисполкома …" (meeting.gapped_talks; the one met in the clause before did not meet him: role.met_by),
and a reception of a delegation two territories sent, told in the next sentence (meeting.one_per_delegation_member)."""

import pytest

GAPPED = [
    ("Губернатор Курской области Александр Хинштейн совершил рабочую поездку в Республику Беларусь. В Минске он провёл "
     "переговоры с Председателем Совета Республики Натальей Кочановой, а в Гомеле — с председателем облисполкома Иваном "
     "Крупко.", [{"RU-KRS", "BY"}, {"RU-KRS", "BY-HO"}]),
    ("Губернатор Омской области Виталий Хоценко находится с визитом в Казахстане. В Астане он провёл переговоры с "
     "министром торговли Казахстана Арманом Шаккалиевым, а в Павлодаре — с акимом области Асаином Байхановым.",
     [{"RU-OMS", "KZ"}, {"RU-OMS", "KZ-55"}]),
    ("Глава Татарстана Рустам Минниханов в Ташкенте встретился с хокимом Ташкента Шавкатом Умурзаковым, а в Самарканде "
     "— с хокимом Самаркандской области Эркинжоном Турдимовым.", [{"RU-TA", "UZ-TK"}, {"RU-TA", "UZ-SA"}]),
]


@pytest.mark.parametrize("text,pairs", GAPPED, ids=["belarus", "kazakhstan", "uzbekistan"])
def test_gapped_talks_are_other_talks(extract, text, pairs):
    talks = [set(f["parties"]) for f in extract(text, "2025-03-27") if f["type"] == "meeting"]
    assert talks == pairs, talks


TWO_SENDERS_RECEIVED = [
    ("Совместная делегация Гомельской и Могилёвской областей посетила Брянскую область. Гостей принял губернатор "
     "Брянской области Александр Богомаз.", [{"RU-BRY", "BY-HO"}, {"RU-BRY", "BY-MA"}]),
    ("Делегация Витебской и Гродненской областей прибыла в Псков. Гостей принял губернатор Псковской области Михаил "
     "Ведерников.", [{"RU-PSK", "BY-VI"}, {"RU-PSK", "BY-HR"}]),
    ("В Омск прибыла делегация Павлодарской и Северо-Казахстанской областей. Делегацию принял губернатор Виталий "
     "Хоценко.", [{"RU-OMS", "KZ-55"}, {"RU-OMS", "KZ-59"}]),
]


@pytest.mark.parametrize("text,pairs", TWO_SENDERS_RECEIVED, ids=["bryansk", "pskov", "omsk"])
def test_a_reception_of_two_senders_is_two_meetings(extract, text, pairs):
    talks = [set(f["parties"]) for f in extract(text, "2025-08-04") if f["type"] == "meeting"]
    assert talks == pairs, talks


def test_a_trip_with_talks_in_two_places_is_to_the_country(extract):
    # links.host_of_the_talks: talks with other partners on the same trip leave the host the country
    text = GAPPED[0][0]
    assert [f["host"] for f in extract(text, "2025-03-27") if f["type"] == "visit"] == ["BY"]
