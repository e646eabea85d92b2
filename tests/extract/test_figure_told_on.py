"""A figure told on in the next sentence: 'оборот' with no qualifier right after a trade sentence is that trade
(trade.turnover_again), "Прошлый год стороны закрыли …" is a period, and a figure that names its sides only by
"стороны" is between the sides of the figure before, not the document's camps (trade.sides_of_figure_before) —
wordings of ours."""

import pytest

TOLD_ON = [
    ("Министр промышленности Пермского края Алексей Чибисов провел переговоры с первым заместителем хокима "
     "Ташкентской области Жахонгиром Исмоиловым. Делегация Ташкентской области прибыла в Прикамье. Товарооборот Пермского края и Узбекистана за девять месяцев "
     "2025 года вырос на 12%. Весь прошлый год стороны закрыли с оборотом в 100 млн долларов.",
     ["RU-PER", "UZ"], ["2024-01", "2024-12"], 100_000_000),
    ("Губернатор Курганской области Вадим Шумков провел переговоры с акимом Костанайской области Кумаром "
     "Аксакаловым. Делегация Костанайской области прибыла в Курган. Товарооборот Курганской области и Казахстана в первом полугодии "
     "вырос на 5%. Прошлый год регионы закрыли с оборотом 240 млн долларов.",
     ["RU-KGN", "KZ"], ["2024-01", "2024-12"], 240_000_000),
    ("Губернатор Брянской области Александр Богомаз провел переговоры с председателем Гомельского облисполкома "
     "Иваном Крупко. Делегация Гомельской области прибыла в Брянск. Товарооборот Брянской области и Беларуси за январь–май "
     "снизился на 3%. 2024 год стороны завершили с оборотом 1,1 млрд долларов.",
     ["RU-BRY", "BY"], ["2024-01", "2024-12"], 1_100_000_000),
]


@pytest.mark.parametrize("text,parties,period,value", TOLD_ON, ids=["perm", "kurgan", "bryansk"])
def test_the_year_closed_with_a_turnover(extract, text, parties, period, value):
    figures = [f for f in extract(text, "2025-09-20") if f["type"] == "trade" and f["value"]]
    assert [(sorted(f["parties"]), f["period"], f["value"]) for f in figures] == [(sorted(parties), period, value)], \
        figures


def test_an_aim_after_them_is_between_the_same_sides(extract):
    text = TOLD_ON[0][0] + " Стороны договорились в ближайшие два года выйти на 150–200 млн долларов."
    targets = [f for f in extract(text, "2025-09-20") if f["type"] == "target"]
    assert [sorted(f["parties"]) for f in targets] == [["RU-PER", "UZ"]], targets


def test_a_turnover_of_something_else_is_no_trade(extract):
    text = ("Губернатор Пермского края встретился с хокимом Ташкентской области. Оборот розничной торговли в крае "
            "вырос до 900 млрд рублей.")
    assert [f for f in extract(text, "2025-09-20") if f["type"] == "trade"] == []
