"""Constructions of the o649–o656 batch, in three wordings of ours: a commission or working group told by its bare
noun right after the body named with its sides is of those sides (meeting.body_named_before); a "протокол заседания"
belongs to the one session, told before or after it (links.protocol_of_the_session); "…, который действует с 2023
года" after a mission dates it (institution.working_in_relative_clause); "Пензенскую делегацию возглавил …,
ульяновскую — …" gives each listed sender its head (visit.heads_of_listed_senders)."""

import pytest

BODY_BEFORE = [
    ("Сопредседатель комиссии по сотрудничеству Тюменской области и Казахстана Вячеслав Вахрин и заместитель акима "
     "Северо-Казахстанской области Серик Тасмаганбетов выступили с докладами. Заседание комиссии прошло в "
     "Петропавловске.", {"RU-TYU", "KZ"}),
    ("Руководитель рабочей группы по сотрудничеству Омской области и Республики Казахстан Сергей Иванов и аким "
     "Павлодарской области Асаин Байханов рассказали о планах. Заседание рабочей группы прошло в Павлодаре.", {"RU-OMS", "KZ"}),
    ("Председатель комиссии по сотрудничеству Курганской области и Республики Казахстан Вадим Шумков и аким "
     "Костанайской области Кумар Аксакалов дали интервью. Очередное заседание комиссии прошло в Костанае.",
     {"RU-KGN", "KZ"}),
]


@pytest.mark.parametrize("text,parties", BODY_BEFORE, ids=["tyumen", "omsk", "kurgan"])
def test_a_body_named_by_its_noun_after_its_full_name_is_of_its_sides(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-10-07") if f["type"] == "meeting"]
    assert got == [parties], got


PROTOCOL_OF_SESSION = [
    ("Заместитель губернатора Тюменской области Вячеслав Вахрин и заместитель акима Северо-Казахстанской области Серик "
     "Тасмаганбетов подписали протокол заседания. Заседание комиссии по сотрудничеству Тюменской области и "
     "Казахстана прошло в Петропавловске.", {"Вячеслав Вахрин", "Серик Тасмаганбетов"}),
    ("Протокол заседания подписали министр Омской области Игорь Петров и заместитель акима Павлодарской области "
     "Нурлан Садыков. Заседание рабочей группы по сотрудничеству Омской и Павлодарской областей прошло в Омске.",
     {"Игорь Петров", "Нурлан Садыков"}),
    ("Губернатор Курганской области Вадим Шумков и аким Костанайской области Кумар Аксакалов подписали протокол "
     "заседания. Заседание рабочей группы Курганской и Костанайской областей прошло в Кургане.",
     {"Вадим Шумков", "Кумар Аксакалов"}),
]


@pytest.mark.parametrize("text,people", PROTOCOL_OF_SESSION, ids=["tyumen", "passive", "kurgan"])
def test_the_signers_of_a_sessions_protocol_took_part_in_it(extract, text, people):
    facts = extract(text, "2026-10-07")
    sessions = [f for f in facts if f["type"] == "meeting"]
    assert len(sessions) == 1 and people <= set(sessions[0]["participants"]), sessions
    protocols = [f for f in facts if f["type"] == "agreement"]
    assert [set(f["parties"]) for f in protocols] == [set(sessions[0]["parties"])], protocols


WORKING_SINCE = [
    ("Стороны обсудили работу Торгового дома Башкортостана в Алматы, который действует с 2023 года.", "2023"),
    ("Губернатор посетил представительство Татарстана в Минске, которое работает с 2010 года.", "2010"),
    ("Посол рассказал о работе отделения посольства Беларуси в Новосибирске, которое функционирует с 2021 года.",
     "2021"),
]


@pytest.mark.parametrize("text,date", WORKING_SINCE, ids=["trade_house", "representation", "embassy_office"])
def test_a_mission_at_work_since_a_year_in_a_relative_clause_opened_then(extract, text, date):
    got = [(f["status"], f["date"]) for f in extract(text, "2026-01-21") if f["type"] == "institution"]
    assert got == [("exists", date)], got


def test_a_relative_clause_of_another_noun_dates_no_mission(extract):
    text = "Стороны обсудили работу Торгового дома Башкортостана в Алматы и выставку, которая действует с 2023 года."
    assert [f["date"] for f in extract(text, "2026-01-21") if f["type"] == "institution"] == [None]


HEADS_OF_LISTED = [
    ("Делегации Пензенской и Ульяновской областей приняли участие в переговорах в Андижане. Пензенскую делегацию "
     "возглавил министр Михаил Гусев, ульяновскую — министр Андрей Тюрин.",
     {("RU-PNZ", "Михаил Гусев"), ("RU-ULY", "Андрей Тюрин")}),
    ("Делегации Брестской и Гродненской областей побывали в Смоленске. Брестскую делегацию возглавил заместитель "
     "председателя облисполкома Андрей Ивашко, гродненскую — заместитель председателя облисполкома Игорь Попов.",
     {("BY-BR", "Андрей Ивашко"), ("BY-HR", "Игорь Попов")}),
    ("Делегации Омской и Тюменской областей посетили Павлодар. Омскую делегацию возглавил Виталий Хоценко, "
     "тюменскую — Александр Моор.", {("RU-OMS", "Виталий Хоценко"), ("RU-TYU", "Александр Моор")}),
]


@pytest.mark.parametrize("text,heads", HEADS_OF_LISTED, ids=["penza_ulyanovsk", "brest_grodno", "omsk_tyumen"])
def test_each_listed_delegation_gets_the_head_named_after_its_adjective(extract, text, heads):
    got = {(f["visitor"], f["head"]) for f in extract(text, "2026-11-30") if f["type"] == "visit"}
    assert got == heads, got
