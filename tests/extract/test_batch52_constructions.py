"""Constructions of the o395–o400 batch, in three wordings of ours: the region a speaker named just before a figure
rather than its town the camp names most (trade.speakers_camps), a twinning document signed in the sentence that names it
(agreement.signers_of_last), a bare "миллиард" as an amount (large_scales), and guests received ('гостей принял …', 'делегацию
принял …') are the side of the delegation the text told of (meeting.with_the_guests), even when the parser hangs
'гостей' on a word before."""

from pathlib import Path

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


BARE_SCALES = [
    ("Товарооборот Курганской области с Казахстаном составил 700 млн долларов. Задача — выйти на миллиард к 2030 году.",
     ("RU-KGN", 1e9, "USD", 2030)),
    ("Товарооборот Омской области с Казахстаном составил 800 млн долларов. Стороны намерены к 2027 году выйти на "
     "миллиард.", ("RU-OMS", 1e9, "USD", 2027)),
    ("Товарооборот Татарстана с Узбекистаном составил 900 млн долларов. В 2026 году он должен превысить миллиард.",
     ("RU-TA", 1e9, "USD", 2026)),
]


@pytest.mark.parametrize("text,aim", BARE_SCALES, ids=["task", "intend", "exceed"])
def test_a_bare_billion_is_an_amount_in_the_figures_currency(extract, text, aim):
    got = [(f["parties"][0], f["value_max"], f["currency"], f["year"]) for f in extract(text, "2025-05-15")
           if f["type"] == "target"]
    assert got == [aim], got


TWINNING_SIGNED = [
    ("Казань и Самарканд подписали соглашение о побратимстве. Документ о побратимстве скрепили подписями мэр Казани "
     "Ильсур Метшин и хоким Самарканда Фуркат Рахимов.", "Метшин"),
    ("Гродно и Калуга стали побратимами. Документ о побратимстве подписали мэр Калуги Дмитрий Денисов и председатель "
     "Гродненского горисполкома Мечислав Гой.", "Денисов"),
    ("Витебск и Смоленск договорились о побратимстве. Документ об установлении побратимских связей скрепили подписями "
     "мэр Смоленска Александр Новиков и председатель Витебского горисполкома Виктор Николайкин.", "Новиков"),
]


@pytest.mark.parametrize("text,signer", TWINNING_SIGNED, ids=["sealed", "signed", "links"])
def test_the_twinning_document_signed_in_its_own_sentence(extract, text, signer):
    got = [f["signatories"] for f in extract(text, "2025-09-24") if f["type"] == "agreement"]
    assert len(got) == 1 and any(s.endswith(signer) for s in got[0]), got


OWN_DOCS = Path(__file__).resolve().parent.parent / "data" / "own" / "docs"
# o395 and two wordings of it for other oblasts: the town of the guests' region is named more often than the region
SWAPS = {"samarkand": {}, "fergana": {"Самаркандск": "Ферганск", "Самаркандом": "Ферганой", "Самарканда": "Ферганы",
                                     "Самарканде": "Фергане", "Самарканд": "Фергана"},
         "andijan": {"Самаркандск": "Андижанск", "Самаркандом": "Андижаном", "Самарканда": "Андижана",
                     "Самарканде": "Андижане", "Самарканд": "Андижан"}}
REGIONS = {"samarkand": "UZ-SA", "fergana": "UZ-FA", "andijan": "UZ-AN"}


@pytest.mark.parametrize("which", list(SWAPS))
def test_the_region_the_speaker_named_before_is_the_figures_side(extract, which):
    text = (OWN_DOCS / "o395.txt").read_text(encoding="utf-8")
    for a, b in SWAPS[which].items():
        text = text.replace(a, b)
    got = [set(f["parties"]) for f in extract(text, "2025-09-24") if f["type"] == "trade"]
    assert got == [{"RU-TA", REGIONS[which]}], got
