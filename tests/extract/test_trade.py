"""trade and target rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts, of_type

TRADE = [
    # "импорт из …" names where goods come from; the next sentence's figure continues the period;
    # the headline's change joins the one figure it describes
    ("Экспорт Татарстана в Казахстан вырос в полтора раза. В 2023 году экспорт продукции из Татарстана в "
     "Казахстан достиг 630 млн долларов США. Импорт из Казахстана составил 190 млн долларов.",
     [{"parties": ["RU-TA", "KZ"], "metric": "export", "period": ["2023-01", "2023-12"], "value": 630e6,
       "growth_pct": 50},
      {"parties": ["KZ", "RU-TA"], "metric": "import", "period": ["2023-01", "2023-12"], "value": 190e6}]),
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
     "Белорусский импорт казахстанских товаров составил 90 млн долларов.",
     [("import", ["KZ", "BY"], 90e6)], [("import", ["BY", "KZ"], 90e6)]),
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
]


@pytest.mark.parametrize("text,expected", PREFILTERED, ids=[c[0][:40] for c in PREFILTERED])
def test_prefilter_admits_every_form(extract, text, expected):
    assert_facts(extract(text, published="2025-03-01"), "trade", expected)


def test_prefilter_forms():
    from coopwatch.extract.pipeline import trade_money, trade_words

    for sentence in ("Торговлей заняты многие.", "Объём вырос.", "Довести его до цели.", "О нём много писали."):
        assert trade_words().search(sentence), sentence
    for sentence in ("Регион развивается.", "Экспортёры довольны.", "Поставки выросли."):
        assert not trade_words().search(sentence), sentence
    assert trade_money().search("Довести его до 500 млн долларов.")
    assert not trade_money().search("Регион получил 500 млн долларов.")
