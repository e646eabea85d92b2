"""Constructions of the o421–o426 batch, in three wordings of ours: a document being carried out ('обсудили
выполнение программы', 'ход реализации дорожной карты') is in force (agreement.being_carried_out), and twins named as
its sides ('между городами-побратимами') do not make a plan a twinning (agreement.twinning_nearby); the missions a new
one came after opened at its time (institution.opened_before_it)."""

import pytest

CARRIED_OUT = [
    ("Мэр Казани Ильсур Метшин встретился с председателем Минского горисполкома Владимиром Кухаревым. Стороны обсудили "
     "выполнение программы сотрудничества на 2024–2026 годы.", ("plan", {"RU-TA/Казань", "BY-HM"})),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны рассмотрели ход реализации дорожной "
     "карты.", ("roadmap", {"RU-OMS", "KZ-55"})),
    ("Губернатор и председатель облисполкома обсудили исполнение плана мероприятий Брянской и Гомельской областей на "
     "2025 год.", ("plan", {"RU-BRY", "BY-HO"})),
]


@pytest.mark.parametrize("text,doc", CARRIED_OUT, ids=["programme", "roadmap", "plan"])
def test_a_document_being_carried_out_is_in_force(extract, text, doc):
    got = [(f["kind"], set(f["parties"])) for f in extract(text, "2025-11-02") if f["type"] == "agreement"]
    assert got == [doc], got


def test_a_draft_discussed_is_no_document(extract):
    text = "Стороны обсудили проект программы сотрудничества Омской и Павлодарской областей на 2026–2028 годы."
    assert [f for f in extract(text, "2025-11-02") if f["type"] == "agreement"] == []


def test_a_plan_between_twins_stays_a_plan(extract):
    text = "Подписан план мероприятий между городами-побратимами Витебском и Смоленском на 2026 год."
    kinds = sorted(f["kind"] for f in extract(text, "2025-11-02") if f["type"] == "agreement")
    assert kinds == ["plan", "twinning"], kinds


BEFORE_IT = [
    ("В Минске начал работу Торговый дом Ульяновской области. Он стал третьим торговым домом российских регионов, "
     "открытым в белорусской столице в этом году, после торговых домов Пензенской и Тульской областей.",
     {"RU-PNZ", "RU-TUL"}, "2025"),
    ("В Ташкенте открылся торговый дом Самарской области — четвёртый, открытый в узбекской столице в 2025 году, после "
     "торговых домов Татарстана, Башкортостана и Пензенской области.", {"RU-TA", "RU-BA", "RU-PNZ"}, "2025"),
    ("В Бишкеке открылся торговый дом Оренбургской области — третий, открытый в столице Киргизии в 2024 году, после "
     "торговых домов Омской и Новосибирской областей.", {"RU-OMS", "RU-NVS"}, "2024"),
]


@pytest.mark.parametrize("text,senders,year", BEFORE_IT, ids=["minsk", "tashkent", "bishkek"])
def test_missions_a_new_one_came_after_opened_then(extract, text, senders, year):
    got = {f["of"]: (f["status"], f["date"]) for f in extract(text, "2025-04-29") if f["type"] == "institution"}
    assert all(got.get(s) == ("opened", year) for s in senders), got
