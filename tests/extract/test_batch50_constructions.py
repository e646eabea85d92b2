"""Constructions of the o379–o386 batch, each in three wordings of ours: a mission before the news that goes on
beside a new one (institution.kept_beside_new), flights counted 'частоту рейсов' (transport.flight_qualified), the
ends of a link told in the sentence before a document are not its sides (agreement.route_of_its_link), an aim after
a sentence that only says who told the figure (trade.trade_word_over_report) and 'к концу года'
(target.end_of_this_year)."""

import pytest

KEPT = [
    ("Сегодня в Казани начало работу отделение посольства Республики Беларусь. Ранее функции представительства "
     "выполнял отдел Генерального консульства Беларуси в Казани, которое продолжит работу.", ("BY", "RU-TA/Казань")),
    ("Сегодня в Екатеринбурге открылось отделение посольства Казахстана. Ранее его функции выполняло генеральное "
     "консульство Казахстана в Екатеринбурге, которое продолжит работу.", ("KZ", "RU-SVE/Екатеринбург")),
    ("В Уфе открылся торговый дом Узбекистана. Ранее интересы страны представляло почётное консульство Узбекистана в "
     "Уфе, которое сохранится.", ("UZ", "RU-BA/Уфа")),
]


@pytest.mark.parametrize("text,consulate", KEPT, ids=["embassy-office", "yekaterinburg", "trade-house"])
def test_a_mission_that_goes_on_stays_beside_the_new_one(extract, text, consulate):
    got = {(f["kind"], f["of"], f["in"], f["status"]) for f in extract(text, "2025-10-01") if f["type"] == "institution"}
    assert ("consulate", *consulate, "exists") in got and len(got) == 2, got


def test_a_former_status_is_the_new_missions_past(extract):
    text = ("В Иркутске открылось Генеральное консульство Монголии. Ранее консульское учреждение Монголии в Иркутске "
            "работало в статусе консульства.")
    assert len([f for f in extract(text, "2025-10-01") if f["type"] == "institution"]) == 1


COUNTED = [
    ("Авиакомпания «Белавиа» открывает рейсы из Минска в Самару. Кроме того, «Белавиа» увеличивает частоту рейсов в "
     "Казань до ежедневных.", ("BY-HM", "RU-TA/Казань")),
    ("«Белавиа» выполняет рейсы из Минска в Уфу. С июня «Белавиа» увеличит частоту рейсов в Казань.",
     ("BY-HM", "RU-TA/Казань")),
    ("Авиакомпания «Ютэйр» выполняет рейсы из Тюмени в Ташкент. Летом «Ютэйр» увеличит частоту рейсов в Наманган.",
     ("RU-TYU/Тюмень", "UZ-NG/Наманган")),
]


@pytest.mark.parametrize("text,link", COUNTED, ids=["daily", "june", "summer"])
def test_flights_counted_are_a_link(extract, text, link):
    got = {tuple(f["between"]) for f in extract(text, "2025-03-28") if f["type"] == "transport" and f["mode"] == "air"}
    assert link in got, got


ROUTE_BEFORE = [
    ("Глава Бурятии Алексей Цыденов провёл переговоры с губернатором аймака Сэлэнгэ Монголии Ганбаатаром Дамдином. "
     "Стороны договорились о запуске регулярного автобусного сообщения Улан-Удэ – Сухэ-Батор с 1 сентября. Также "
     "подписана дорожная карта развития сотрудничества на 2025–2027 годы.", {"RU-BU", "MN-049"}),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны договорились о запуске автобусного "
     "сообщения Омск – Павлодар. Также подписан план мероприятий на 2026 год.", {"RU-OMS", "KZ-55"}),
    ("Глава Бурятии провёл переговоры с губернатором аймака Сэлэнгэ. Решено открыть автобусное сообщение между "
     "Улан-Удэ и Сухэ-Батором. Кроме того, подписан меморандум о сотрудничестве.", {"RU-BU", "MN-049"}),
]


@pytest.mark.parametrize("text,parties", ROUTE_BEFORE, ids=["roadmap", "plan", "between"])
def test_the_ends_of_a_link_before_are_not_a_documents_sides(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2025-06-25") if f["type"] == "agreement"]
    assert got == [parties], got


def test_a_document_between_two_towns_keeps_them(extract):
    got = [set(f["parties"]) for f in extract("Подписано соглашение между Омском и Павлодаром.", "2025-06-25")
           if f["type"] == "agreement"]
    assert got == [{"RU-OMS/Омск", "KZ-55/Павлодар"}], got


OVER_REPORT = [
    ("Товарооборот Пензенской области с Узбекистаном составил 40 млн долларов. Об этом сообщил министр Михаил Гусев. "
     "К концу года стороны рассчитывают выйти на 150 млн долларов.", ("RU-PNZ", "UZ", 150e6)),
    ("Товарооборот Курганской области с Казахстаном составил 700 млн долларов. Об этом сообщили в правительстве "
     "региона. Задача — выйти на 1 млрд долларов к 2030 году.", ("RU-KGN", "KZ", 1e9)),
    ("В 2024 году товарооборот Омской области с Казахстаном составил 1,2 млрд долларов. Об этом рассказал губернатор "
     "Виталий Хоценко. Стороны намерены выйти на 2 млрд долларов.", ("RU-OMS", "KZ", 2e9)),
]


@pytest.mark.parametrize("text,aim", OVER_REPORT, ids=["minister", "government", "governor"])
def test_an_aim_after_the_report_of_a_figure_is_its_target(extract, text, aim):
    got = [(*f["parties"], f["value_max"]) for f in extract(text, "2025-05-15") if f["type"] == "target"]
    assert got == [aim], got


def test_an_aim_after_another_story_is_no_target(extract):
    text = ("В 2024 году товарооборот Омской области с Казахстаном составил 1,2 млрд долларов. Губернатор Виталий "
            "Хоценко посетил завод. Стороны намерены выйти на 2 млрд долларов.")
    assert [f for f in extract(text, "2025-05-15") if f["type"] == "target"] == []


YEAR_END = [
    "Товарооборот Пензенской области с Узбекистаном составил 40 млн долларов. К концу года стороны рассчитывают "
    "выйти на 150 млн долларов.",
    "Товарооборот Омской области с Казахстаном вырос на 10%. Губернатор рассчитывает, что по итогам года он "
    "достигнет 2 млрд долларов.",
    "Товарооборот Брянской области с Беларусью составил 1,5 млрд долларов. До конца года стороны намерены довести его "
    "до 2 млрд долларов.",
]


@pytest.mark.parametrize("text", YEAR_END, ids=["by-the-end", "results", "until-the-end"])
def test_the_years_end_is_the_publications_year(extract, text):
    assert [f["year"] for f in extract(text, "2025-05-15") if f["type"] == "target"] == [2025]


def test_a_years_results_with_its_year_keep_it(extract):
    text = ("Товарооборот Брянской области с Беларусью составил 1,5 млрд долларов. По итогам 2026 года он должен "
            "превысить 2 млрд долларов.")
    assert [f["year"] for f in extract(text, "2025-05-15") if f["type"] == "target"] == [2026]
