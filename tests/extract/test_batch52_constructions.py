"""Constructions of the o395–o400 batch, in three wordings of ours: guests received ('гостей принял …', 'делегацию
принял …') are the side of the delegation the text told of (meeting.with_the_guests), even when the parser hangs
'гостей' on a word before."""

import pytest

GUESTS = [
    ("Делегация Самаркандской области находилась с визитом в Казани, где есть улица Самарканд и сквер Самарканда. "
     "В первый день гостей принял Раис Татарстана Рустам Минниханов.", {"RU-TA", "UZ-SA"}),
    ("Делегация Ферганской области находилась с визитом в Казани, где обсуждались рейсы Казань – Фергана и Фергана – "
     "Казань. В первый день гостей принял Раис Татарстана Рустам Минниханов.", {"RU-TA", "UZ-FA"}),
    ("Делегация Наманганской области находилась с визитом в Уфе: обсуждались побратимство Уфы и Намангана и рейс "
     "Уфа – Наманган. В первый день гостей принял Глава Башкортостана Радий Хабиров.", {"RU-BA", "UZ-NG"}),
]


@pytest.mark.parametrize("text,parties", GUESTS, ids=["streets", "flights", "twins"])
def test_guests_received_are_the_delegations_side(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2025-09-24") if f["type"] == "meeting"]
    assert got == [parties], got
