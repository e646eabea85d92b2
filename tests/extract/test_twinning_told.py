"""Twinning told as relations the cities keep, and since when (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# agreement.twinned_since: the date after the noun the twinning adjective qualifies
SINCE = [
    ("Кроме того, Ярославль и Могилёв, которые связывают побратимские отношения с 2003 года, договорились о "
     "проведении Дней культуры.", "2003"),
    ("Казань и Минск поддерживают побратимские отношения уже с 2008 года.", "2008"),
    ("Гомель и Брянск связывают дружеские отношения с 1993 года.", "1993"),
]


@pytest.mark.parametrize("text,year", SINCE)
def test_twinned_since(extract, text, year):
    got = of_type(extract(text), "agreement")
    assert [(f["kind"], f["date"]) for f in got] == [("twinning", year)], got


# agreement.friendly_relations_set with 'поддерживать', 'связывать'; clauses.participle_clause: a present participle
# clause states what is, whatever the main clause intends
KEPT = [
    "Омск и Павлодар, поддерживающие дружественные отношения, договорились о совместной выставке.",
    "Витебск и Псков поддерживают дружеские связи.",
    "Витебск и Смоленск, поддерживающие дружеские связи, намерены провести фестиваль.",
]


@pytest.mark.parametrize("text", KEPT)
def test_friendly_relations_kept_are_twinning(extract, text):
    got = of_type(extract(text), "agreement")
    assert [f["kind"] for f in got] == ["twinning"], got


def test_countries_keeping_friendly_relations_are_no_twins(extract):
    assert not of_type(extract("Россия и Узбекистан поддерживают дружественные отношения."), "agreement")


# agreement.friendly_document: a document about friendly relations themselves is a twinning, of regions too
FRIENDLY_DOCUMENTS = [
    ("С провинцией Цзянсу Татарстан связывает соглашение о дружественных связях, подписанное в 2019 году.",
     [("twinning", {"CN-JS", "RU-TA"})]),
    ("Татарстан и провинция Цзянсу подписали соглашение об установлении дружественных связей.",
     [("twinning", {"CN-JS", "RU-TA"})]),
    ("Хабаровский край и провинция Хэйлунцзян заключили соглашение об установлении дружественных отношений в 1998 "
     "году.", [("twinning", {"CN-HL", "RU-KHA"})]),
    # two countries; a document about developing them is another document
    ("Россия и Китай подписали соглашение о дружественных отношениях.", [("agreement", {"CN", "RU"})]),
    ("Омская область и Павлодарская область подписали соглашение о развитии дружественных связей.",
     [("agreement", {"KZ-55", "RU-OMS"})]),
]


@pytest.mark.parametrize("text,facts", FRIENDLY_DOCUMENTS, ids=["jiangsu", "established", "khabarovsk", "countries",
                                                                "developing"])
def test_document_of_friendly_relations_is_twinning(extract, text, facts):
    got = [(f["kind"], set(f["parties"])) for f in of_type(extract(text), "agreement")]
    assert got == facts, got
