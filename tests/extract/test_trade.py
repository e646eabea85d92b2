"""trade and target rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts, of_type

TRADE = [
    # "импорт из …" names where goods come from; a figure whose sentence names no period has none (the
    # one of the sentence before is not carried over); the headline's change joins the one figure it describes
    ("Экспорт Татарстана в Казахстан вырос в полтора раза. В 2023 году экспорт продукции из Татарстана в "
     "Казахстан достиг 630 млн долларов США. Импорт из Казахстана составил 190 млн долларов.",
     [{"parties": ["RU-TA", "KZ"], "metric": "export", "period": ["2023-01", "2023-12"], "value": 630e6,
       "growth_pct": 50},
      {"parties": ["KZ", "RU-TA"], "metric": "import", "period": None, "value": 190e6}]),
    # the figure compared with a year is the next year's
    ("Объем экспорта Пензенской области в Беларусь по сравнению с 2022 годом увеличился до 80 млн долларов.",
     [{"parties": ["RU-PNZ", "BY"], "metric": "export", "period": ["2023-01", "2023-12"], "value": 80e6}]),
    # "сейчас" is another time: no period carried over
    ("За 2023 год товарооборот Татарстана с Узбекистаном составил 500 млн долларов. Сейчас он около 600 млн "
     "долларов.",
     [{"period": ["2023-01", "2023-12"], "value": 500e6}, {"period": None, "value": 600e6}]),
    ("За 2024 год товарооборот Татарстана с Белоруссией составил 743 млн долларов США.",
     [{"parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2024-01", "2024-12"], "value": 743e6,
       "currency": "USD", "approx": False}]),
    ("По итогам первого полугодия 2025 года товарооборот между Татарстаном и Казахстаном вырос на 45%.",
     [{"parties": ["RU-TA", "KZ"], "period": ["2025-01", "2025-06"], "value": None, "growth_pct": 45}]),
    ("Экспорт нижегородских товаров в Белоруссию увеличился в 1,5 раза до $345,6 миллионов.",
     [{"parties": ["RU-NIZ", "BY"], "metric": "export", "value": 345.6e6, "growth_pct": 50, "period": None}]),
    ("В прошлом году импорт из Белоруссии в Татарстан составил более 474,5 млн долларов.",
     [{"parties": ["BY", "RU-TA"], "metric": "import", "approx": True, "period": ["2024-01", "2024-12"]}]),
    ("Товарооборот Могилевской области с Россией за три года вырос со 130 млрд российских рублей до 230 млрд.",
     [{"parties": ["BY-MA", "RU"], "value": 230e9, "currency": "RUB"}]),
    # export and import ordered [from, to]
    ("За январь–ноябрь 2024 года экспорт белорусских товаров в Нижегородскую область составил 420 млн долларов.",
     [{"parties": ["BY", "RU-NIZ"], "metric": "export", "period": ["2024-01", "2024-11"], "value": 420e6}]),
    ("В 2023 году внешнеторговый оборот Татарстана с Турцией составил 1,9 млрд долларов, что на 7% меньше "
     "показателя 2022 года.",
     [{"parties": ["RU-TA", "TR"], "value": 1.9e9, "growth_pct": -7, "period": ["2023-01", "2023-12"]}]),
    # the first words of a text: "Внешнеторговый оборот …" (the slice before the word must not wrap around)
    ("Внешнеторговый оборот Хабаровского края с КНР в январе–марте 2025 года составил 425 млн долларов США, "
     "что на 8,3% меньше, чем за аналогичный период прошлого года.",
     [{"parties": ["RU-KHA", "CN"], "period": ["2025-01", "2025-03"], "value": 425e6, "growth_pct": -8.3}]),
    # vague or only a potential: nothing
    ("Товарооборот Брянской области и Беларуси показывает положительную динамику.", []),
    ("Потенциал роста товарооборота между Казахстаном и Челябинской областью оценивается в 500 млн долларов.", []),
]

TARGET = [
    ("Нижегородская область и Белоруссия намерены довести товарооборот до 1 млрд долларов.",
     [{"parties": ["RU-NIZ", "BY"], "value_min": 1e9, "value_max": 1e9, "currency": "USD"}]),
    ("Татарстан и Белоруссия могут выйти на уровень товарооборота в один миллиард долларов, а в "
     "долгосрочной перспективе — и на два.",
     [{"value_max": 1e9}, {"value_max": 2e9}]),
    ("Стороны ставят задачу нарастить товарооборот Курской области и Беларуси до 1,5–2 млрд долларов.",
     [{"parties": ["RU-KRS", "BY"], "value_min": 1.5e9, "value_max": 2e9}]),
    # "его": the turnover of the sentence before
    ("Товарооборот Пензенской области и Беларуси растет третий год подряд. Стороны поставили "
     "задачу довести его до 300 млн долларов к 2027 году.",
     [{"parties": ["RU-PNZ", "BY"], "value_max": 3e8, "year": 2027}]),
    # "выйти на 1 млрд" is the level aimed at, the trade word after it
    ("Мы ставим задачу в ближайшие годы выйти на 1 млрд долларов товарооборота с Беларусью, заявил губернатор "
     "Омской области.",
     [{"parties": ["RU-OMS", "BY"], "value_max": 1e9}]),
    # a forecast for "this year" is for the year of publication
    ("Губернатор Курской области уверен, что товарооборот с Беларусью в текущем году превысит 1 млрд долларов.",
     [{"parties": ["RU-KRS", "BY"], "value_max": 1e9, "year": 2025}]),
]


@pytest.mark.parametrize("text,expected", TRADE, ids=[c[0][:40] for c in TRADE])
def test_trade(extract, text, expected):
    assert_facts(extract(text, published="2025-03-01"), "trade", expected)


@pytest.mark.parametrize("text,expected", TARGET, ids=[c[0][:40] for c in TARGET])
def test_target(extract, text, expected):
    facts = extract(text, published="2025-03-01")
    assert_facts(facts, "target", expected)
    assert not [f for f in facts if f["type"] == "trade"], "цель не должна стать фактом о торговле"


def test_relative_period_without_date_stays_null(extract):
    facts = extract("В прошлом году товарооборот Брянской области с Беларусью составил 920,9 млн долларов.")
    assert_facts(facts, "trade", [{"period": None, "value": 920.9e6}])


# ---- named rules: the trace of candidates and switching rules off ---------------------------------


def _traced(text: str, published: str | None = "2025-03-01"):
    from datetime import date

    from coopwatch.extract import extract_document
    from coopwatch.extract.rulebook import tracing
    from coopwatch.models import Document

    doc = Document(id="t", text=text, published=date.fromisoformat(published) if published else None)
    with tracing(text) as trace:
        facts = extract_document(doc).facts
    return facts, trace


def test_trade_fact_is_explained_by_its_trade_word():
    facts, trace = _traced("За 2023 год внешнеторговый оборот Ставропольского края с Арменией составил 95 млн "
                           "долларов, что на 12% больше, чем годом ранее.")
    [fact] = [f for f in facts if f.type == "trade"]
    [c] = trace.candidates_of(fact)
    assert (c.type, c.words) == ("trade", "оборот")
    fired = {f.rule for f in c.firings}
    assert {"trade.period_of_figure", "trade.stated_change", "trade.change_up"} <= fired


def test_target_sentence_is_a_dropped_trade_candidate_and_a_target():
    facts, trace = _traced("Удмуртия и Беларусь рассчитывают довести товарооборот до 500 млн долларов.")
    assert [f.type for f in facts if f.type in ("trade", "target")] == ["target"]
    [dropped] = [c for c in trace.dropped() if c.type == "trade"]
    assert dropped.words == "товарооборот" and "цель" in dropped.dropped
    [target] = [f for f in facts if f.type == "target"]
    assert [c.type for c in trace.candidates_of(target)] == ["target"]


def test_merged_figures_explain_the_one_fact():
    facts, trace = _traced("Экспорт Чувашии в Казахстан вырос вдвое. В 2024 году экспорт Чувашии в Казахстан "
                           "составил 40 млн долларов.")
    [fact] = [f for f in facts if f.type == "trade"]
    assert fact.growth_pct == 100 and fact.value == 40e6
    assert len(trace.candidates_of(fact)) == 2  # the headline's change and the body's amount


@pytest.mark.parametrize("rule,text,on,off", [
    # an estimate is nothing; switched off, the amount of the potential reads as a figure
    ("trade.estimate_not_figure",
     "Потенциал роста товарооборота Пензенской области и Беларуси оценивается в 300 млн долларов.",
     [], [("turnover", ["RU-PNZ", "BY"], 300e6)]),
    # "с 20 млрд" is where the change started; switched off, it is taken as the value
    ("trade.amount_of_change",
     "Товарооборот Гродненской области с Калининградской областью вырос с 20 млрд до 26 млрд российских рублей.",
     [("turnover", ["BY-HR", "RU-KGD"], 26e9)], [("turnover", ["BY-HR", "RU-KGD"], 20e9)]),
    # an import named with its owner first; switched off, the pair keeps the order of the text
    ("trade.importer_named_first",
     "Белорусский импорт в торговле с Казахстаном составил 90 млн долларов.",
     [("import", ["KZ", "BY"], 90e6)], [("import", ["BY", "KZ"], 90e6)]),
    # the goods' adjective names where they come from; switched off, the importer is taken to be named first
    ("trade.goods_origin_adjective",
     "Импорт белорусской продукции Омской областью составил 70 млн долларов.",
     [("import", ["BY", "RU-OMS"], 70e6)], [("import", ["RU-OMS", "BY"], 70e6)]),
])
def test_rule_switched_off_changes_the_facts(extract, rule, text, on, off):
    from coopwatch.extract.rulebook import switched_off

    def figures(facts):
        return [(f["metric"], f["parties"], f["value"]) for f in of_type(facts, "trade")]

    assert figures(extract(text, published="2025-03-01")) == on
    with switched_off(rule):
        assert figures(extract(text, published="2025-03-01")) == off


# the sentence prefilters admit every form of the trade words of the lexicon: the period and the
# amount of a figure are read whichever form names it
PREFILTERED = [
    ("За 2024 год ввоз белорусских товаров в Татарстан составил 300 млн долларов.",
     [{"parties": ["BY", "RU-TA"], "metric": "import", "period": ["2024-01", "2024-12"], "value": 300e6}]),
    ("За 2023 год вывоз омской продукции в Казахстан достиг 250 млн долларов.",
     [{"parties": ["RU-OMS", "KZ"], "metric": "export", "period": ["2023-01", "2023-12"], "value": 250e6}]),
    ("Товарооборот Брянской области и Беларуси растёт. За 2024 год объём его составил 900 млн долларов.",
     [{"parties": ["RU-BRY", "BY"], "period": ["2024-01", "2024-12"], "value": 900e6}]),
    # every currency of the money grammar's class, in any form, belongs to the amount
    ("Товарооборот Омской области и Азербайджана в 2024 году составил 5 млн манатов.",
     [{"parties": ["RU-OMS", "AZ"], "value": 5e6, "currency": "AZN"}]),
    ("В 2023 году товарооборот Оренбургской области с Молдовой достиг 40 млн леев.",
     [{"parties": ["RU-ORE", "MD"], "value": 40e6, "currency": "MDL"}]),
    ("Объём торговли Самарской области и Индии за 2024 год составил 120 млн рупий.",
     [{"parties": ["RU-SAM", "IN"], "value": 120e6, "currency": "INR"}]),
]


@pytest.mark.parametrize("text,expected", PREFILTERED, ids=[c[0][:40] for c in PREFILTERED])
def test_prefilter_admits_every_form(extract, text, expected):
    assert_facts(extract(text, published="2025-03-01"), "trade", expected)


def test_prefilter_forms():
    from coopwatch.extract.pipeline import trade_money, trade_words

    # ("Поставки" too: shipments from one side to the other are its export, trade.shipment_between)
    for sentence in ("Торговлей заняты многие.", "Объём вырос.", "Довести его до цели.", "О нём много писали.",
                     "Поставки выросли."):
        assert trade_words().search(sentence), sentence
    for sentence in ("Регион развивается.", "Экспортёры довольны.", "Поставщики довольны."):
        assert not trade_words().search(sentence), sentence
    assert trade_money().search("Довести его до 500 млн долларов.")
    assert not trade_money().search("Регион получил 500 млн долларов.")


# ---- constructions of unseen news: each rule on wordings of its own (published 2025-03-01) --------

Y = ["2024-01", "2024-12"]
RULES = [
    # colloquial and approximate amounts (the money grammar), the currency from context
    ("money.colloquial", "Губернатор Томской области встретился с послом Беларуси. Объём взаимной торговли — триста "
     "с небольшим миллионов долларов.",
     [{"parties": ["RU-TOM", "BY"], "value": 300e6, "currency": "USD", "approx": True}], []),
    ("money.colloquial", "Товарооборот Ярославской области и Беларуси за 2024 год составил 600 с лишним миллионов "
     "долларов.", [{"period": Y, "value": 600e6, "approx": True}], []),
    ("money.colloquial", "За 2024 год экспорт Брянской области в Беларусь составил два с половиной миллиарда "
     "долларов.", [{"parties": ["RU-BRY", "BY"], "metric": "export", "value": 2.5e9, "approx": False}], []),
    ("money.colloquial", "В 2024 году товарооборот Омской области с Казахстаном был в районе 900 млн долларов.",
     [{"value": 900e6, "approx": True}], []),
    # "почти на 12 млн" is a change even when approximate; the level follows "до"
    ("trade.amount_of_change", "В 2024 году экспорт Псковской области в Беларусь увеличился почти на 12 млн "
     "долларов — до 250 млн долларов.", [{"value": 250e6, "approx": False, "period": Y}], []),
    # changes in times and in fractions, with no level
    ("growth.fractions", "За последние пять лет товарооборот Татарстана и Узбекистана вырос в два с половиной раза.",
     [{"parties": ["RU-TA", "UZ"], "value": None, "growth_pct": 150}], []),
    ("growth.fractions", "В 2024 году товарооборот Курской области и Беларуси вырос более чем на треть.",
     [{"period": Y, "growth_pct": 33.3, "approx": True}], []),
    ("growth.fractions", "Экспорт Омской области в Казахстан за 2024 год увеличился на четверть.",
     [{"metric": "export", "growth_pct": 25, "approx": False}], []),
    ("growth.fractions", "Импорт белорусской продукции в Тульскую область в 2024 году сократился наполовину.",
     [{"parties": ["BY", "RU-TUL"], "metric": "import", "growth_pct": -50}], []),
    # periods of several years and parts of a year
    ("period.grammar", "За три года, с 2021 по 2023 год, товарооборот Пензенской области и Казахстана вырос на 40%.",
     [{"period": ["2021-01", "2023-12"], "growth_pct": 40}], []),
    ("period.grammar", "По итогам 2009-го внешнеторговый оборот Иркутской области с Монголией превысил 380 млн "
     "долларов.", [{"parties": ["RU-IRK", "MN"], "period": ["2009-01", "2009-12"], "approx": True}], []),
    ("period.grammar", "С января по сентябрь 2024 года товарооборот Алтайского края и Казахстана составил 800 млн "
     "долларов.", [{"period": ["2024-01", "2024-09"], "value": 800e6}], []),
    ("period.grammar", "В первой половине 2024 года товарооборот Тюменской области с Казахстаном достиг 300 млн "
     "долларов.", [{"period": ["2024-01", "2024-06"], "value": 300e6}], []),
    # the period nearest before the amount, in the clause that states it
    ("trade.period_of_figure", "В 2023 году товарооборот Омской области и Казахстана снизился, но в 2024 году "
     "превысил 900 млн долларов.", [{"period": Y, "value": 900e6, "approx": True}], []),
    ("trade.period_of_figure", "Товарооборот Алтайского края с Казахстаном в 2022 году упал, а в 2023-м вырос до 1,1 "
     "млрд долларов.", [{"period": ["2023-01", "2023-12"], "value": 1.1e9}], []),
    ("trade.period_of_figure", "Товарооборот Красноярского края и Беларуси в 2022 году составил 234 млн долларов. "
     "В 2023 году он снизился, но в 2024 году превысил 221 миллион.",
     [{"period": ["2022-01", "2022-12"], "value": 234e6},
      {"period": Y, "value": 221e6, "currency": "USD", "approx": True}], []),
    # the base of a comparison is not the figure's period
    ("trade.base_period", "Товарооборот Приморского края и Китая составил 1,2 млрд долларов, что на 5% больше, чем "
     "в 2023 году.", [{"period": None, "value": 1.2e9, "growth_pct": 5}], []),
    ("trade.base_period", "Экспорт Омской области в Казахстан достиг 700 млн долларов, это на 10% меньше, чем за "
     "2022 год.", [{"period": None, "growth_pct": -10}], []),
    ("trade.base_period", "За 2024 год товарооборот Тульской области и Беларуси составил 600 млн долларов — на 15% "
     "больше, чем в первом полугодии 2023 года.", [{"period": Y, "value": 600e6}], []),
    # two figures of two periods in one sentence
    ("trade.level_of_other_period", "Товарооборот Хабаровского края и Китая увеличился с 1,8 млрд долларов в 2021 "
     "году до 2,3 млрд долларов в 2023 году.",
     [{"period": ["2021-01", "2021-12"], "value": 1.8e9}, {"period": ["2023-01", "2023-12"], "value": 2.3e9}], []),
    ("trade.level_of_other_period", "Экспорт Омской области в Казахстан вырос с 600 млн долларов в 2022 году до 750 "
     "млн.", [{"period": ["2022-01", "2022-12"], "value": 600e6}, {"period": None, "value": 750e6,
                                                                   "currency": "USD"}], []),
    ("trade.level_of_other_period", "В 2024 году товарооборот Курской области и Беларуси составил 1,1 млрд долларов "
     "против 950 млн долларов в 2023 году.",
     [{"period": Y, "value": 1.1e9}, {"period": ["2023-01", "2023-12"], "value": 950e6}], []),
    ("trade.level_of_other_period", "Товарооборот Брянской области и Беларуси вырос с 400 млн до 500 млн долларов в "
     "2024 году.", [{"period": Y, "value": 500e6}], []),
    ("trade.listed_period", "В 2023 году товарооборот Новосибирской области с Беларусью составил 300 млн долларов, "
     "а в первом полугодии 2024 года — 170 млн долларов.",
     [{"period": ["2023-01", "2023-12"], "value": 300e6}, {"period": ["2024-01", "2024-06"], "value": 170e6}], []),
    ("trade.listed_period", "Товарооборот Вологодской области и Беларуси в 2024 году составил 80 млн долларов, в "
     "2023-м — 75 млн.", [{"period": Y, "value": 80e6}, {"period": ["2023-01", "2023-12"], "value": 75e6,
                                                          "currency": "USD"}], []),
    ("trade.listed_period", "Экспорт Омской области в Казахстан: в 2022 году — 500 млн долларов, в 2023 году — 650 "
     "млн долларов.", [{"period": ["2022-01", "2022-12"], "value": 500e6},
                       {"period": ["2023-01", "2023-12"], "value": 650e6}], []),
    ("trade.listed_period", "Экспорт Омской области в Казахстан составил 650 млн долларов, с Беларусью — 90 млн "
     "долларов.", [{"parties": ["RU-OMS", "KZ"], "value": 650e6},
                   {"parties": ["RU-OMS", "BY"], "period": None, "value": 90e6}], []),
    ("trade.turnover_again", "Губернатор Тульской области встретился с послом Беларуси. За январь–май рост торговли "
     "составил 8%, тогда как весь 2023 год стороны закрыли с оборотом 410 млн долларов.",
     [{"period": ["2024-01", "2024-05"], "value": None, "growth_pct": 8},
      {"period": ["2023-01", "2023-12"], "value": 410e6, "growth_pct": None}], []),
    ("trade.turnover_again", "В первом квартале 2025 года рост торговли Омской области с Казахстаном составил 5%, а "
     "2024 год регионы завершили с оборотом 1 млрд долларов.",
     [{"period": ["2025-01", "2025-03"], "growth_pct": 5}, {"period": Y, "value": 1e9}], []),
    ("trade.turnover_again", "Взаимная торговля Татарстана и Казахстана в январе–июне 2024 года выросла на 12%, а "
     "по итогам 2023 года оборот составил 2 млрд долларов.",
     [{"period": ["2024-01", "2024-06"], "growth_pct": 12}, {"period": ["2023-01", "2023-12"], "value": 2e9}], []),
    ("trade.turnover_again", "Оборот предприятий Омской области в 2024 году составил 2 млрд долларов.", [], []),
    # "почти на столько же": the change (or amount) of the sentence before, for a period of its own
    ("trade.same_again", "С 2021 по 2023 год товарооборот Пензенской области и Казахстана вырос более чем на треть. "
     "И почти на столько же — за девять месяцев 2024 года.",
     [{"period": ["2021-01", "2023-12"], "growth_pct": 33.3, "approx": True},
      {"period": ["2024-01", "2024-09"], "growth_pct": 33.3, "approx": True}], []),
    ("trade.same_again", "За 2023 год экспорт Омской области в Казахстан вырос на 15%. Примерно на столько же он "
     "вырос в первом полугодии 2024 года.",
     [{"period": ["2023-01", "2023-12"], "growth_pct": 15, "approx": False},
      {"period": ["2024-01", "2024-06"], "growth_pct": 15, "approx": True}], []),
    ("trade.same_again", "В 2023 году товарооборот Тюменской области и Казахстана составил 400 млн долларов. "
     "Столько же стороны наторговали и в 2024 году.",
     [{"period": ["2023-01", "2023-12"], "value": 400e6}, {"period": Y, "value": 400e6}], []),
    ("trade.same_again", "В 2023 году товарооборот Тюменской области и Казахстана вырос на 15%. Столько же "
     "предприятий открылось в регионе в 2024 году.", [{"period": ["2023-01", "2023-12"], "growth_pct": 15}], []),
    # a generalisation over the years is not a figure
    ("trade.always_not_figure", "Товарооборот Пензенской области и Беларуси растёт, но в районе 100 млн долларов мы "
     "обычно и остаёмся.", [], []),
    ("trade.always_not_figure", "Товарооборот Курской области с Беларусью всегда держится на уровне около 1 млрд "
     "долларов.", [], []),
    ("trade.always_not_figure", "Обычно товарооборот Омской области и Казахстана составляет 500–600 млн долларов в "
     "год.", [], []),
    ("trade.always_not_figure", "В 2024 году товарооборот Омской области и Казахстана, как всегда, вырос и составил "
     "600 млн долларов.", [{"period": Y, "value": 600e6}], []),
    # what trade ought to be is a target
    ("trade.obligation_before", "Омская область и Беларусь должны иметь товарооборот хотя бы 300 млн долларов.",
     [], [{"parties": ["RU-OMS", "BY"], "value_max": 300e6}]),
    ("trade.obligation_before", "Товарооборот Курской области и Беларуси должен составлять не меньше 1 млрд "
     "долларов.", [], [{"value_max": 1e9}]),
    ("trade.obligation_before", "Товарооборот Тульской области и Беларуси необходимо нарастить до 700 млн долларов.",
     [], [{"value_max": 700e6}]),
    # a figure reached in the past and one aimed at, in one sentence; the aim's year is the one set for it
    ("trade.reached_in_past", "Товарооборот Омской области и Казахстана в 2024 году составил 1 млрд долларов, а в "
     "2025 году он должен вырасти до 1,2 млрд долларов.", [{"period": Y, "value": 1e9}],
     [{"value_max": 1.2e9, "year": 2025}]),
    ("trade.reached_in_past", "В 2024 году товарооборот Курской области с Беларусью достиг 1 млрд долларов, в этом "
     "году стороны намерены нарастить его до 1,3 млрд долларов.", [{"period": Y, "value": 1e9}],
     [{"value_max": 1.3e9, "year": 2025}]),
    ("trade.reached_in_past", "Экспорт Тульской области в Беларусь за 2024 год вырос до 500 млн долларов, и регион "
     "планирует сохранить этот уровень.", [{"metric": "export", "period": Y, "value": 500e6}], []),
    ("target.year_set", "Стороны поставили задачу довести товарооборот Пензенской области и Беларуси до 300 млн "
     "долларов к 2027 году.", [], [{"value_max": 300e6, "year": 2027}]),
    ("target.year_set", "По оценкам экспертов, к 2030 году товарооборот Ярославской области с Беларусью вырастет до "
     "400 млн долларов.", [], [{"value_max": 400e6, "year": 2030}]),
    ("target.year_set", "Губернатор Псковской области заявил, что товарооборот с Беларусью в этом году составит около "
     "600 млн долларов.", [], [{"parties": ["RU-PSK", "BY"], "value_max": 600e6, "year": 2025}]),
    # an aim before a clause that reports the figure itself
    ("trade.figure_clause", "Ранее стояла задача вывести товарооборот Татарстана и Беларуси на миллиард долларов, в "
     "прошлом году эта цифра составила 1,1 млрд долларов.", [{"period": Y, "value": 1.1e9}],
     [{"value_max": 1e9, "year": None}]),
    ("trade.figure_clause", "План был довести товарооборот Омской области и Казахстана до 1 млрд долларов, за 2024 "
     "год этот показатель составил 850 млн долларов.", [{"period": Y, "value": 850e6}], [{"value_max": 1e9}]),
    ("trade.figure_clause", "Цель — довести товарооборот Пензенской области и Беларуси до 500 млн долларов, а в 2024 "
     "году он достиг 420 млн долларов.", [{"period": Y, "value": 420e6}], [{"value_max": 500e6}]),
    ("trade.figure_clause", "Задача — довести товарооборот Курской области и Беларуси до 2 млрд долларов.", [],
     [{"value_max": 2e9}]),
    # an amount without a currency takes the one of the figure before
    ("trade.currency_of_figure_before", "Экспорт Омской области в Казахстан в 2023 году составил 700 млн долларов. В "
     "2024 году он достиг 800 миллионов.", [{"value": 700e6}, {"value": 800e6, "currency": "USD"}], []),
    ("trade.currency_of_figure_before", "Товарооборот Алтайского края и Казахстана за 2023 год — 1,2 млрд долларов. "
     "За 2024 год товарооборот Алтайского края и Казахстана вырос до 1,4 миллиарда.",
     [{"value": 1.2e9}, {"value": 1.4e9, "currency": "USD"}], []),
    ("trade.currency_of_figure_before", "За 2023 год товарооборот Оренбургской области с Казахстаном составил 2 млрд "
     "рублей. За 2024 год он вырос до 2,5 миллиарда.", [{"value": 2e9}, {"value": 2.5e9, "currency": "RUB"}], []),
    ("trade.currency_of_figure_before", "Товарооборот Алтайского края и Казахстана за 2024 год составил 1,4 "
     "миллиарда.", [{"value": 1.4e9, "currency": None}], []),
    # whose import: the goods' adjective names where they come from
    ("trade.goods_origin_adjective", "Губернатор Иркутской области провёл встречу с послом Беларуси. Импорт "
     "белорусской продукции вырос на 16%.", [{"parties": ["BY", "RU-IRK"], "metric": "import"}], []),
    ("trade.goods_origin_adjective", "Импорт казахстанской продукции Омской областью вырос на 12%.",
     [{"parties": ["KZ", "RU-OMS"], "metric": "import"}], []),
    ("trade.goods_origin_adjective", "Экспорт узбекских товаров в Татарстан в 2024 году составил 150 млн долларов.",
     [{"parties": ["UZ", "RU-TA"], "metric": "export"}], []),
    ("trade.goods_origin_adjective", "Белорусский импорт в торговле с Казахстаном составил 90 млн долларов.",
     [{"parties": ["KZ", "BY"], "metric": "import"}], []),
    # an export or import with no side in its sentence is the home side's
    ("trade.flow_of_home_side", "Узбекистан остаётся важным партнёром Пензенской области, отметил губернатор региона "
     "Олег Иванов. В 2024 году экспорт вырос на 30%.",
     [{"parties": ["RU-PNZ", "UZ"], "metric": "export", "growth_pct": 30}], []),
    ("trade.flow_of_home_side", "Беларусь — главный торговый партнёр Брянской области, заявил губернатор Александр "
     "Богомаз. За 2024 год импорт сократился на 5%.",
     [{"parties": ["BY", "RU-BRY"], "metric": "import", "growth_pct": -5}], []),
    ("trade.flow_of_home_side", "Китай — крупнейший партнёр Хабаровского края, сообщил министр экономики края Иван "
     "Сидоров. В 2024 году объём экспортных поставок достиг 1 млрд долларов.",
     [{"parties": ["RU-KHA", "CN"], "metric": "export", "value": 1e9}], []),
    # a place inside an amount is its currency's
    ("trade.currency_country", "Экспорт Приморского края в Китай в 2024 году составил 2,1 млрд долл США.",
     [{"parties": ["RU-PRI", "CN"], "value": 2.1e9, "currency": "USD"}], []),
    ("trade.currency_country", "Импорт Хабаровского края из Китая за 2024 год — 900 млн долл. США.",
     [{"parties": ["CN", "RU-KHA"], "metric": "import", "value": 900e6}], []),
    ("trade.currency_country", "Товарооборот Амурской области с Китаем за 2024 год составил 1,5 млрд долл. США, а "
     "импорт из Китая — 600 млн долл. США.",
     [{"metric": "turnover", "value": 1.5e9}, {"parties": ["CN", "RU-AMU"], "metric": "import", "value": 600e6}], []),
    # one fact per figure: exact figures that differ are two, a figure told twice is one
    ("trade.different_figures", "Товарооборот Приморского края и Китая составил 1,2 млрд долларов. Позднее "
     "товарооборот Приморского края и Китая достиг 2,1 млрд долларов.",
     [{"period": None, "value": 1.2e9}, {"period": None, "value": 2.1e9}], []),
    ("trade.different_figures", "Товарооборот Татарстана и Беларуси превысил 1 млрд долларов. По последним данным "
     "товарооборот Татарстана и Беларуси составил 1,28 млрд долларов.",
     [{"value": 1.28e9, "approx": False}], []),
    ("trade.restated_figure", "Товарооборот российского региона с Беларусью вырос на 25%. Товарооборот Беларуси и "
     "Орловской области вырос на 25% и составил 300 млн долларов.",
     [{"parties": ["BY", "RU-ORL"], "growth_pct": 25, "value": 300e6}], []),
    ("trade.restated_figure", "Товарооборот российского региона с Казахстаном за 2024 год вырос на 12%. Губернатор "
     "Омской области сообщил, что за 2024 год товарооборот с Казахстаном увеличился на 12%.",
     [{"parties": ["RU-OMS", "KZ"], "period": Y, "growth_pct": 12}], []),
    ("trade.restated_figure", "Экспорт российского региона в Беларусь вырос на 10%. Экспорт Смоленской области в "
     "Беларусь в 2024 году вырос на 10%.", [{"parties": ["RU-SMO", "BY"], "period": Y, "growth_pct": 10}], []),
    ("trade.restated_figure", "Товарооборот Витебской и Псковской областей достиг 180 млн долларов. По итогам 2024 "
     "года товарооборот Витебской и Псковской областей составил около 180 млн долларов.",
     [{"parties": ["BY-VI", "RU-PSK"], "period": Y, "value": 180e6}], []),
    ("trade.restated_figure", "Товарооборот Омской области и Казахстана вырос на 12%. Товарооборот Омской области и "
     "Беларуси вырос на 12%.", [{"parties": ["RU-OMS", "KZ"]}, {"parties": ["RU-OMS", "BY"]}], []),
    ("trade.merge_figures", "Товарооборот Омской области с Казахстаном вырос почти на 30%. С начала года товарооборот "
     "Омской области с Казахстаном увеличился на 28,7%.", [{"growth_pct": 28.7, "approx": False}], []),
    # a forecast, a plan, a guideline named before the trade word: an aim, not a figure reached
    ("trade.aim_noun_before", "Прогноз товарооборота Омской области и Казахстана на 2026 год — 1 млрд долларов.", [],
     [{"value_max": 1e9, "year": 2026}]),
    ("trade.aim_noun_before", "Ориентир по товарообороту Брянской области и Беларуси — 2 млрд долларов.", [],
     [{"value_max": 2e9}]),
    ("trade.aim_noun_before", "План по товарообороту Омской области и Казахстана на 2025 год — 900 млн долларов.", [],
     [{"value_max": 900e6, "year": 2025}]),
    # an amount under a past verb was reached, though the sentence goes on to what trade should become
    ("trade.reached_in_past", "Товарооборот Курской области и Беларуси в 2023 году составил 800 млн долларов, а в 2024 "
     "году он должен вырасти до 1 млрд долларов.", [{"value": 800e6}], [{"value_max": 1e9, "year": 2024}]),
    ("trade.reached_in_past", "Товарооборот Брянской области и Беларуси в 2024 году составил 1,5 млрд долларов, а к "
     "2027 году он должен вырасти до 2 млрд долларов.", [{"period": Y, "value": 1.5e9}], [{"value_max": 2e9, "year": 2027}]),
    ("trade.reached_in_past", "Товарооборот Омской области с Казахстаном в 2024 году достиг 900 млн долларов, в 2025 "
     "году он может вырасти до 1 млрд долларов.", [{"period": Y, "value": 900e6}], [{"value_max": 1e9, "year": 2025}]),
    # a percent of the level before: the change is the percent less 100
    ("trade.percent_of_level", "Товарооборот Гомельской области с Брянской областью составил 118,2% к уровню "
     "прошлого года.", [{"growth_pct": 18.2, "value": None}], []),
    ("trade.percent_of_level", "Товарооборот Татарстана и Беларуси в 2024 году составил 112% к 2023 году.",
     [{"period": Y, "growth_pct": 12}], []),
    ("trade.percent_of_level", "Экспорт Омской области в Казахстан составил 95% к уровню 2023 года.",
     [{"metric": "export", "growth_pct": -5}], []),
    # the currency named once, after the last of several amounts, is every amount's
    ("trade.currency_of_other_amount", "Товарооборот Курской области и Беларуси в 2024 году составил 900 млн, а в "
     "2023 году — 800 млн долларов.", [{"value": 900e6, "currency": "USD"}, {"value": 800e6, "currency": "USD"}], []),
    ("trade.currency_of_other_amount", "Экспорт Омской области в Казахстан в 2024 году составил 300 млн, в 2023 году — "
     "250 млн долларов.", [{"value": 300e6, "currency": "USD"}, {"value": 250e6, "currency": "USD"}], []),
    ("trade.currency_of_other_amount", "Товарооборот Брянской области и Беларуси в первом полугодии составил 400 млн, "
     "за весь прошлый год — 750 млн долларов.", [{"value": 400e6, "currency": "USD"}, {"value": 750e6, "currency": "USD"}],
     []),
]


@pytest.mark.parametrize("construction,text,trade,target", RULES,
                         ids=[f"{c[0]}:{c[1][:30]}" for c in RULES])
def test_constructions(extract, construction, text, trade, target):
    facts = extract(text, published="2025-03-01")
    assert_facts(facts, "trade", trade)
    assert_facts(facts, "target", target)


def test_unanchored_part_of_year_keeps_the_figure(extract):
    """Without a publication date "за первые три месяца текущего года" cannot be placed: the figure stays
    with an unknown period (FACTS: relative expressions with no date stay unresolved, null)."""
    cases = [
        ("В первые три месяца текущего года экспорт Амурской области в Китай составил 200 млн долларов.",
         {"metric": "export", "period": None, "value": 2e8}),
        ("За январь–май этого года товарооборот Омской области с Казахстаном составил 400 млн долларов.",
         {"metric": "turnover", "period": None, "value": 4e8}),
        ("В первом квартале нынешнего года импорт Приморья из провинции Хэйлунцзян вырос до 90 млн долларов.",
         {"metric": "import", "period": None, "value": 9e7}),
    ]
    for text, trade in cases:
        assert_facts(extract(text), "trade", [trade])

# the same figure said exactly in the headline and "около" in the body is a round figure
ROUNDED_AGAIN = [
    "Товарооборот Курганской области и Казахстана достиг 1,2 млрд долларов\n\nПо итогам 2024 года товарооборот "
    "Курганской области с Казахстаном составил около 1,2 млрд долларов.",
    "Товарооборот Омской области и Казахстана составил 900 млн долларов\n\nВ 2024 году товарооборот Омской области "
    "с Казахстаном составил порядка 900 млн долларов.",
    "Экспорт Брянской области в Беларусь вырос до 500 млн долларов\n\nЗа 2024 год экспорт Брянской области в "
    "Беларусь составил почти 500 млн долларов.",
]


@pytest.mark.parametrize("text", ROUNDED_AGAIN)
def test_same_figure_rounded_in_the_body_is_approximate(extract, text):
    trades = [f for f in extract(text, published="2025-03-01") if f["type"] == "trade"]
    assert len(trades) == 1 and trades[0]["approx"] is True


# a target told through a word standing for the figure ("довести его") keeps the year of its own sentence
TARGET_BY_PRONOUN = [
    "Товарооборот Ульяновской области с Узбекистаном в прошлом году достиг 120 млн долларов. К 2027 году стороны "
    "намерены довести его до 250 млн долларов.",
    "Товарооборот Омской области с Казахстаном составил 900 млн долларов. Стороны планируют к 2027 году увеличить его "
    "до 1,2 млрд долларов.",
    "Экспорт Брянской области в Беларусь вырос до 500 млн долларов. В 2027 году его планируется довести до 700 млн "
    "долларов.",
]


@pytest.mark.parametrize("text", TARGET_BY_PRONOUN)
def test_target_through_a_pronoun_keeps_its_year(extract, text):
    targets = [f for f in extract(text, published="2025-03-01") if f["type"] == "target"]
    assert [t["year"] for t in targets] == [2027]


# trade.contrasted_period: a clause after ", но"/", а"/", однако" with its own period and amount is that period's figure;
# a change "на …" is no figure
CONTRASTED = [
    ("Товарооборот Омской области и Казахстана за 2022 год составил 900 млн долларов, но в 2023 году снизился до "
     "800 млн долларов.", [(["2022-01", "2022-12"], 900e6), (["2023-01", "2023-12"], 800e6)]),
    ("Товарооборот Омской области и Казахстана в 2023 году вырос до 1 млрд долларов, однако в первом полугодии "
     "2024 года составил лишь 400 млн долларов.", [(["2023-01", "2023-12"], 1e9), (["2024-01", "2024-06"], 400e6)]),
    ("Экспорт Татарстана в Беларусь в 2022 году достиг 300 млн долларов, а в 2023 году увеличился до 350 млн "
     "долларов.", [(["2022-01", "2022-12"], 300e6), (["2023-01", "2023-12"], 350e6)]),
    ("Товарооборот Омской области и Казахстана в 2023 году составил 1 млрд долларов, но в 2024 году снизился на "
     "100 млн долларов.", [(["2023-01", "2023-12"], 1e9)]),
]


@pytest.mark.parametrize("text,figures", CONTRASTED, ids=[c[0][:40] for c in CONTRASTED])
def test_figure_of_a_contrasted_period(extract, text, figures):
    assert sorted((f["period"], f["value"]) for f in extract(text) if f["type"] == "trade") == sorted(figures)


# trade.months_of_publication_year: a part of a year with no year in a dated text is of the publication's year, or
# the year before when it has not ended by the publication's month
YEARLESS_PERIODS = [
    ("За январь–октябрь товарооборот Гомельской области с Брянской составил 180 млн долларов.", "2024-12-28",
     ["2024-01", "2024-10"]),
    ("Товарооборот Новосибирской области с Кыргызстаном за восемь месяцев вырос на 20% и составил 210 млн долларов.",
     "2025-10-30", ["2025-01", "2025-08"]),
    ("В первом полугодии товарооборот Омской области и Казахстана составил 500 млн долларов.", "2025-10-30",
     ["2025-01", "2025-06"]),
    # not over by publication: last year's
    ("За январь–ноябрь товарооборот Омской области и Казахстана составил 500 млн долларов.", "2025-10-30",
     ["2024-01", "2024-11"]),
    # no publication date: unknown
    ("За январь–октябрь товарооборот Гомельской области с Брянской составил 180 млн долларов.", None, None),
]


@pytest.mark.parametrize("text,published,period", YEARLESS_PERIODS)
def test_part_of_a_year_without_its_year(extract, text, published, period):
    got = [f["period"] for f in extract(text, published) if f["type"] == "trade"]
    assert got == [period], got


# trade.shipment_between: "Поставки из Беларуси в Татарстан составили …" — shipments between the sides are an export
# figure; a contract's deliveries, or a figure in tonnes, are not
SHIPMENTS = [
    ("Поставки из Беларуси в Татарстан в 2024 году составили 250 млн долларов.", [(["BY", "RU-TA"], 250e6)]),
    ("Поставки из Омской области в Казахстан в прошлом году превысили 1,1 млрд долларов.", [(["RU-OMS", "KZ"], 1.1e9)]),
    ("В 2024 году поставки из Китая в Хабаровский край выросли на 10% и достигли 900 млн долларов.",
     [(["CN", "RU-KHA"], 900e6)]),
    ("Предприятия заключили контракты на поставки из Беларуси в Татарстан на 15 млн долларов.", []),
    ("Поставки зерна в Казахстан составили 500 тысяч тонн.", []),
]


@pytest.mark.parametrize("text,figures", SHIPMENTS)
def test_shipments_between_the_sides(extract, text, figures):
    got = [(f["parties"], f["value"]) for f in extract(text, "2025-06-15") if f["type"] == "trade"]
    assert got == figures, got


# target.years_ahead: "в ближайшие три года", "в течение пяти лет", "через два года" count from the publication
YEARS_AHEAD = [
    ("Товарооборот Самарской области и Казахстана в 2024 году превысил 1 млрд долларов. Губернатор поставил задачу в "
     "ближайшие три года увеличить его до 1,5 млрд долларов.", 2028),
    ("Губернатор Омской области и аким Павлодарской области договорились в течение пяти лет довести товарооборот до "
     "1 млрд долларов.", 2030),
    ("Через два года товарооборот Татарстана и Беларуси должен достичь 5 млрд долларов.", 2027),
    ("За ближайшие 3 года стороны намерены увеличить товарооборот Курской области и Беларуси до 2 млрд долларов.", 2028),
    # a year named wins; years that passed are no target's
    ("Товарооборот Курской области и Беларуси за три года вырос и должен достичь 2 млрд долларов к 2027 году.", 2027),
]


@pytest.mark.parametrize("text,year", YEARS_AHEAD)
def test_target_years_ahead_of_the_publication(extract, text, year):
    targets = [f for f in extract(text, published="2025-11-20") if f["type"] == "target"]
    assert [t["year"] for t in targets] == [year]


# trade.sides_of_its_clause: the speakers ("Стороны отметили, что …") are not the figure's sides when its own clause
# names them; "между регионами" in that clause is the regions
SIDES_OF_ITS_CLAUSE = [
    ("Губернатор Новосибирской области Андрей Травников и полномочный представитель президента Кыргызской Республики "
     "в Чуйской области Нуржигит Кадырбеков провели переговоры в Новосибирске. Стороны отметили, что за 2024 год "
     "товарооборот региона с Кыргызстаном составил 180 млн долларов.", ["KG", "RU-NVS"]),
    ("Губернатор Самарской области Вячеслав Федорищев и хоким Самаркандской области Эркинжон Турдимов провели "
     "переговоры в Самаре. Стороны отметили, что товарооборот региона с Узбекистаном за 2024 год составил 400 млн "
     "долларов.", ["RU-SAM", "UZ"]),
    ("Глава Бурятии Алексей Цыденов и губернатор аймака Сэлэнгэ Ганболд Доржсурэн провели переговоры в Улан-Удэ. "
     "Стороны подчеркнули, что товарооборот республики с Монголией в 2024 году вырос до 40 млн долларов.",
     ["MN", "RU-BU"]),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны отметили, что товарооборот между "
     "регионами в 2024 году вырос до 1 млрд долларов.", ["KZ-55", "RU-OMS"]),
]


@pytest.mark.parametrize("text,parties", SIDES_OF_ITS_CLAUSE, ids=["novosibirsk", "samara", "buryatia", "between"])
def test_sides_of_the_figures_own_clause(extract, text, parties):
    got = [sorted(f["parties"]) for f in extract(text) if f["type"] == "trade"]
    assert got == [parties], got


# trade.year_before_period: "за аналогичный период прошлого года", "годом ранее" — the period of the figure before, a
# year earlier; trade.figure_told_on: a sentence with no trade word, a period and "– <amount>" after a figure
YEAR_BEFORE = [
    ("Товарооборот Томской области с Казахстаном за первое полугодие 2025 года составил 160 млн долларов, а за "
     "аналогичный период прошлого года – 140 млн долларов.",
     [(["2025-01", "2025-06"], 160e6), (["2024-01", "2024-06"], 140e6)]),
    ("Товарооборот Томской области с Казахстаном в 2024 году составил 300 млн долларов. Годом ранее он составлял 250 "
     "млн долларов.", [(["2024-01", "2024-12"], 300e6), (["2023-01", "2023-12"], 250e6)]),
    ("Товарооборот Томской области с Казахстаном за первое полугодие 2025 года составил 160 млн долларов. А годом "
     "ранее за тот же период – 140 млн.", [(["2025-01", "2025-06"], 160e6), (["2024-01", "2024-06"], 140e6)]),
    ("Экспорт Омской области в Казахстан за 2024 год составил 900 млн долларов. За 2023 год – 850 млн долларов.",
     [(["2024-01", "2024-12"], 900e6), (["2023-01", "2023-12"], 850e6)]),
    ("Товарооборот Удмуртии и Беларуси в 2024 году составил 410 млн долларов. В 2023 году – около 380 млн долларов.",
     [(["2024-01", "2024-12"], 410e6), (["2023-01", "2023-12"], 380e6)]),
    # a comparison's base is no figure; another noun before the dash is another figure's
    ("Товарооборот Томской области с Казахстаном за январь–сентябрь 2025 года вырос на 12% по сравнению с "
     "аналогичным периодом прошлого года и составил 250 млн долларов.", [(["2025-01", "2025-09"], 250e6)]),
    ("Товарооборот Омской области с Казахстаном за 2024 год составил 900 млн долларов. Инвестиции за 2023 год – 50 "
     "млн долларов.", [(["2024-01", "2024-12"], 900e6)]),
]


@pytest.mark.parametrize("text,figures", YEAR_BEFORE, ids=["same_period", "year_before", "told_on", "told_on_year",
                                                           "told_on_approx", "base", "other_noun"])
def test_figure_of_the_year_before(extract, text, figures):
    got = [(f["period"], f["value"]) for f in extract(text) if f["type"] == "trade"]
    assert got == figures, got


# trade.share_not_change: a percent beside "доля", "на долю … пришлось", "удельный вес" is a share, not the change
SHARE = [
    ("В 2024 году товарооборот Тюменской области с Казахстаном превысил 500 млн долларов, при этом на долю "
     "Северо-Казахстанской области пришлось около 40%.", None),
    ("Экспорт Омской области в Казахстан в 2024 году составил 1 млрд долларов, на долю Павлодарской области "
     "приходится 35%.", None),
    ("Товарооборот Оренбургской области с Узбекистаном за 2024 год составил 300 млн долларов, и на долю "
     "машиностроения в нем приходится почти 30%.", None),
    ("Товарооборот Оренбургской области с Казахстаном за 2024 год вырос на 8% и составил 2 млрд долларов.", 8.0),
]


@pytest.mark.parametrize("text,growth", SHARE, ids=["share_of", "region_share", "goods_share", "growth"])
def test_share_is_no_change(extract, text, growth):
    got = [f["growth_pct"] for f in extract(text) if f["type"] == "trade"]
    assert got == [growth], got


# trade.period_of_whole_before: a part told in the next sentence ("Из них", "В том числе") with no period is of the
# whole's; a figure told without such an opening keeps its own (none)
PART_OF_WHOLE_BEFORE = [
    ("По итогам 2024 года товарооборот Татарстана и Беларуси составил 780 млн долларов. Из них на экспорт белорусской "
     "продукции в республику пришлось 520 млн долларов.", ["2024-01", "2024-12"]),
    ("Товарооборот Омской области с Казахстаном за 2024 год составил 1,2 млрд долларов. В том числе экспорт омской "
     "продукции в Казахстан составил 800 млн долларов.", ["2024-01", "2024-12"]),
    ("За первое полугодие 2025 года товарооборот Курской области и Беларуси составил 300 млн долларов. Из этой суммы "
     "импорт белорусских товаров составил 200 млн долларов.", ["2025-01", "2025-06"]),
    ("Товарооборот Омской области с Казахстаном за 2024 год составил 1,2 млрд долларов. Экспорт омской продукции в "
     "Казахстан составил 800 млн долларов.", None),
]


@pytest.mark.parametrize("text,period", PART_OF_WHOLE_BEFORE, ids=["of_them", "including", "of_the_sum", "own"])
def test_part_told_next_takes_the_wholes_period(extract, text, period):
    got = [f["period"] for f in extract(text) if f["type"] == "trade" and f["metric"] != "turnover"]
    assert got == [period], got


# trade.group_partner: a figure with a group of countries is no bilateral figure; "с регионами России" stands for Russia
GROUP_PARTNER = [
    ("Губернатор Омской области встретился с акимом Павлодарской области. Товарооборот области со странами СНГ в 2024 "
     "году составил 2 млрд долларов.", []),
    ("Губернатор Курской области встретился с послом Беларуси. Товарооборот области со странами ЕАЭС вырос на 10%.",
     []),
    ("Председатель Витебского облисполкома посетил Смоленск. Товарооборот Витебской области с зарубежными "
     "государствами в 2024 году превысил 3 млрд долларов.", []),
    ("Товарооборот Могилевской области с регионами России за 3 года увеличился в 1,8 раза.", [["BY-MA", "RU"]]),
]


@pytest.mark.parametrize("text,parties", GROUP_PARTNER, ids=["cis", "eaeu", "foreign_states", "regions_of_russia"])
def test_trade_with_a_group_is_no_figure(extract, text, parties):
    got = [sorted(f["parties"]) for f in extract(text) if f["type"] == "trade"]
    assert got == parties, got
