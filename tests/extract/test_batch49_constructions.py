"""Constructions of the o371–o378 batch, each in three wordings of ours: a country's adjective before a town it holds
(sides.adjective_of_named_part), documents of several kinds signed together 'Документы подписали …'
(agreement.documents_signed_together) and a new document 'между нашими городами' said to act
(agreement.new_document_acts)."""

import pytest

NAMED_PARTS = [
    ("Брест и китайский город Лишуй подписали соглашение о побратимстве.", {"BY-BR/Брест", "CN-ZJ/Лишуй"}),
    ("Астрахань и казахстанский город Актау подписали меморандум о сотрудничестве.", {"RU-AST/Астрахань", "KZ-47/Актау"}),
    ("Гродно и китайский город Сиань подписали соглашение о сотрудничестве.", {"BY-HR/Гродно", "CN-SN/Сиань"}),
]


@pytest.mark.parametrize("text,parties", NAMED_PARTS, ids=["lishui", "aktau", "xian"])
def test_a_countrys_adjective_before_its_town_gives_way_to_the_town(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2025-05-30") if f["type"] == "agreement"]
    assert got == [parties], got


def test_a_delegation_of_a_foreign_town_is_the_towns(extract):
    text = "Гродно посетила делегация китайского города Сиань. Гостей принял мэр Гродно Юрий Гоммерштадт."
    assert [f["visitor"] for f in extract(text, "2025-05-20") if f["type"] == "visit"] == ["CN-SN/Сиань"]


TOGETHER = [
    ("Брест и Лишуй подписали соглашение о побратимстве; тогда же был утверждён и план совместных мероприятий. "
     "Документы подписали председатель Брестского горисполкома Александр Рогачук и заместитель мэра Лишуя Чэнь Ли.",
     "Рогачук"),
    ("Омская и Павлодарская области подписали соглашение о сотрудничестве и дорожную карту на 2025–2026 годы. "
     "Документы подписали губернатор Виталий Хоценко и аким Асаин Байханов.", "Хоценко"),
    ("Губернатор Псковской области и председатель Витебского облисполкома подписали соглашение о сотрудничестве; "
     "тогда же была утверждена дорожная карта. Документы скрепили подписями Михаил Ведерников и Александр Субботин.",
     "Ведерников"),
]


@pytest.mark.parametrize("text,signer", TOGETHER, ids=["twinning-and-plan", "agreement-and-roadmap", "sealed"])
def test_documents_signed_together_are_each_signed(extract, text, signer):
    docs = [f for f in extract(text, "2025-05-30") if f["type"] == "agreement"]
    assert len(docs) == 2 and all(any(s.endswith(signer) for s in f["signatories"]) for f in docs), docs


def test_one_document_signed_names_only_the_last(extract):
    text = ("Омская и Павлодарская области подписали соглашение о сотрудничестве и дорожную карту. Документ подписали "
            "губернатор Виталий Хоценко и аким Асаин Байханов.")
    docs = {f["kind"]: f["signatories"] for f in extract(text, "2025-05-30") if f["type"] == "agreement"}
    assert docs["agreement"] == [], docs


IN_PASSING = [
    ("Аким Астаны Женис Касымбек принял делегацию Новосибирска во главе с мэром Максимом Кудрявцевым. «Новое "
     "соглашение о сотрудничестве между нашими городами даст импульс торговле», — отметил Женис Касымбек.",
     {"KZ-71", "RU-NVS/Новосибирск"}),
    ("Аким Астаны встретился с мэром Новосибирска. «Новое соглашение о сотрудничестве между нашими городами даст "
     "импульс торговле», — отметил аким.", {"KZ-71", "RU-NVS/Новосибирск"}),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Новое соглашение между регионами позволит "
     "нарастить поставки.", {"RU-OMS", "KZ-55"}),
]


@pytest.mark.parametrize("text,parties", IN_PASSING, ids=["quoted", "quoted-untitled", "regions"])
def test_a_new_document_between_the_sides_said_to_act_exists(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2025-11-20") if f["type"] == "agreement"]
    assert got == [parties], got


def test_a_new_document_to_be_signed_is_no_fact(extract):
    text = ("Губернатор Омской области встретился с акимом Павлодарской области. Новое соглашение между регионами будет "
            "подписано осенью.")
    assert [f for f in extract(text, "2025-11-20") if f["type"] == "agreement"] == []
