"""Documents told as the outcome of an event, adopted by a bare noun, or meant to be made: rules of
agreement.outcome_of_event, agreement.plan_named_again, sides.trip_destination and clauses.infinitive_of_noun,
each on wordings of ours (three that need the rule, and one it must leave alone)."""

import pytest

from tests.conftest import assert_facts

TALKS_YAR = ("Губернатор Ярославской области Михаил Евраев провел переговоры с Премьер-министром Республики Беларусь "
             "Александром Турчиным. ")
TALKS_KGN = "Губернатор Курганской области Вадим Шумков встретился с акимом Костанайской области Кумаром Аксакаловым. "

# agreement.outcome_of_event: "Итогом визита стала программа" — the document has been concluded
OUTCOME = [
    (TALKS_YAR + "Итогом визита стала программа сотрудничества на 2025–2027 годы.",
     [{"kind": "plan", "parties": ["RU-YAR", "BY"], "period": [2025, 2027]}]),
    ("Мэр Новосибирска Максим Кудрявцев провел переговоры с председателем Мингорисполкома Владимиром Кухаревым. "
     "Главным итогом встречи стал меморандум о сотрудничестве между городами.",
     [{"kind": "memorandum", "parties": ["RU-NVS/Новосибирск", "BY-HM"]}]),
    ("Глава Удмуртии Александр Бречалов встретился с акимом Костанайской области. Результатом переговоров явилось "
     "соглашение о сотрудничестве в сфере образования.", [{"kind": "agreement", "parties": ["RU-UD", "KZ-39"]}]),
    # still to come: no document
    ("Глава Удмуртии Александр Бречалов встретился с акимом Костанайской области. Итогом переговоров станет "
     "соглашение о сотрудничестве в сфере образования.", []),
]


@pytest.mark.parametrize("text,expected", OUTCOME, ids=["plan", "memorandum", "agreement", "future"])
def test_document_that_is_the_outcome_of_an_event(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.plan_named_again: "Программу приняли …" after a plan was named is that plan, signed by them
PLAN_AGAIN = [
    (TALKS_YAR + "Итогом визита стала программа сотрудничества на 2025–2027 годы. Программу приняли губернатор и "
     "премьер.", ["Евраев", "Турчин"]),
    (TALKS_KGN + "Итогом встречи стала программа совместных действий на 2026 год. Утвердили программу Вадим Шумков "
     "и Кумар Аксакалов.", ["Шумков", "Аксакалов"]),
    (TALKS_KGN + "Результатом встречи стала программа сотрудничества до 2027 года. Программу подписали губернатор и "
     "аким.", ["Шумков", "Аксакалов"]),
]


@pytest.mark.parametrize("text,signers", PLAN_AGAIN, ids=["adopted", "approved", "signed"])
def test_bare_plan_noun_names_the_plan_again(extract, text, signers):
    plans = [f for f in extract(text) if f["type"] == "agreement"]
    assert len(plans) == 1, plans
    assert sorted(s.split()[-1] for s in plans[0]["signatories"]) == sorted(signers), plans


def test_a_plan_of_its_own_is_no_document(extract):
    # "программу визита": the visit's programme, not the plan named before
    text = TALKS_KGN + "Итогом встречи стал план совместных действий на 2026 год. Стороны приняли программу визита."
    assert_facts(extract(text), "agreement", [{"kind": "plan", "period": [2026, 2026], "signatories": []}])


# sides.trip_destination: "визит … в Ярославль" is where the document was made, not a side
TRIP = [
    (TALKS_YAR + "Итогом визита белорусского премьера в Ярославль стала программа сотрудничества на 2025–2027 годы.",
     ["BY", "RU-YAR"]),
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. В ходе "
     "поездки губернатора в Павлодар подписано соглашение о сотрудничестве.", ["KZ-55", "RU-OMS"]),
    ("Глава Удмуртии провел переговоры с председателем Гродненского облисполкома. По итогам визита гродненской "
     "делегации в Ижевск подписана дорожная карта.", ["BY-HR", "RU-UD"]),
    # the sides named by the document itself stay
    ("Делегация Гродненской области подписала в Ижевске дорожную карту с Удмуртией.", ["BY-HR", "RU-UD"]),
]


@pytest.mark.parametrize("text,parties", TRIP, ids=["premier", "governor", "delegation", "own_sides"])
def test_where_the_trip_went_is_no_side(extract, text, parties):
    got = [sorted(f["parties"]) for f in extract(text) if f["type"] == "agreement"]
    assert got == [parties], got


# clauses.infinitive_of_noun: "идею разработать соглашение" — meant to be made, not made
MEANT = [
    "Депутаты одобрили идею разработать соглашение между Омской и Павлодарской областями.",
    "Стороны приняли решение заключить соглашение между Омской и Павлодарской областями.",
    "Областная дума одобрила инициативу заключить договор о побратимстве между Гомелем и Брянском.",
    "Главы городов поддержали мысль подписать меморандум между Омском и Павлодаром.",
]


@pytest.mark.parametrize("text", MEANT, ids=["idea", "decision", "initiative", "thought"])
def test_document_meant_to_be_made_is_no_fact(extract, text):
    assert_facts(extract(text), "agreement", [])


def test_document_signed_to_do_something_is_a_fact(extract):
    text = "Омская и Павлодарская области подписали соглашение, чтобы развивать торговлю."
    assert_facts(extract(text), "agreement", [{"parties": ["RU-OMS", "KZ-55"]}])
