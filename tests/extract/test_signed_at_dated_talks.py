"""A document signed at dated talks takes their date: when a press release's dateline stands above its headline
(context.in_headline: the headline is the line after a dateline), and when 'Главы регионов подписали …' follows the
talks (links.signed_at_meeting) — wordings of ours."""

import pytest

# the headline after a dateline names the document; the body's signing "по итогам встречи" dates it
HEADLINE_AFTER_DATELINE = [
    ("Саратов, 14 марта 2025 г.\n\nСаратовская и Западно-Казахстанская области подписали план мероприятий\n\n13 марта "
     "в Уральске прошли переговоры губернатора Саратовской области Романа Бусаргина и акима Западно-Казахстанской "
     "области Наримана Турегалиева. По итогам встречи главы регионов подписали план мероприятий на 2025–2027 годы.",
     "2025-03-13"),
    ("Омск, 5 мая 2025 г.\n\nОмская и Павлодарская области подписали меморандум\n\n5 мая в Омске губернатор Виталий "
     "Хоценко и аким Павлодарской области Асаин Байханов провели переговоры. По итогам встречи стороны подписали "
     "меморандум о сотрудничестве в сфере образования.", "2025-05-05"),
    ("Курск, 10 апреля 2025 г.\n\nКурская и Гомельская области подписали дорожную карту\n\n9 апреля губернатор "
     "Курской области Александр Хинштейн встретился с председателем Гомельского облисполкома Иваном Крупко. По итогам "
     "переговоров подписана дорожная карта.", "2025-04-09"),
]


@pytest.mark.parametrize("text,day", HEADLINE_AFTER_DATELINE, ids=["plan", "memorandum", "roadmap"])
def test_document_in_headline_after_dateline_takes_the_talks_date(extract, text, day):
    docs = [f for f in extract(text, published="2025-06-01") if f["type"] == "agreement"]
    assert [d["date"] for d in docs] == [day], docs


def test_trade_in_headline_after_dateline_is_one_fact(extract):
    text = ("Пермь, 5 июня 2025 г.\n\nТоварооборот Пермского края и Гродненской области превысил 95 млн долларов\n\n"
            "По итогам 2024 года товарооборот Пермского края с Гродненской областью составил 95,3 млн долларов.")
    assert len([f for f in extract(text) if f["type"] == "trade"]) == 1


# "Главы регионов подписали …" right after the talks: the heads of the talks signed there, that day
HEADS_SIGNED_AFTER = [
    ("Сегодня в Бресте председатель Брестского облисполкома Петр Пархомчик провел переговоры с губернатором Курской "
     "области Александром Хинштейном. Главы регионов подписали программу сотрудничества на 2026–2028 годы.",
     "2026-01-30"),
    ("15 мая губернатор Брянской области Александр Богомаз встретился с председателем Гомельского облисполкома "
     "Иваном Крупко. Главы регионов подписали дорожную карту.", "2025-05-15"),
    ("3 июня мэр Омска Сергей Шелест провел переговоры с акимом Павлодара Асаином Байхановым. Главы городов подписали "
     "меморандум о сотрудничестве.", "2025-06-03"),
    # one head, maybe of another territory, is not "the people of the talks"
    ("15 мая губернатор Брянской области Александр Богомаз встретился с председателем Гомельского облисполкома "
     "Иваном Крупко. Глава Новозыбковского района подписал соглашение с Добрушским районом.", None),
]


@pytest.mark.parametrize("text,day", HEADS_SIGNED_AFTER, ids=["programme", "roadmap", "cities", "one_head"])
def test_heads_who_signed_right_after_the_talks(extract, text, day):
    docs = [f for f in extract(text, published="2026-01-30") if f["type"] == "agreement"]
    assert [d["date"] for d in docs] == [day], docs
