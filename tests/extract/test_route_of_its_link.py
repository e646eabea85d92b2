"""The ends of a route named right after a link's noun in a document's phrase are the link's, not the document's
sides (agreement.route_of_its_link) — wordings of ours."""

import pytest

ROUTES = [
    ("Приморье и китайская провинция Цзилинь подписали соглашение об открытии грузового железнодорожного сообщения "
     "Махалино – Хуньчунь.", {"RU-PRI", "CN-JL"}),
    ("Приморье и китайская провинция Цзилинь подписали соглашение об открытии грузового железнодорожного сообщения "
     "Владивосток – Хуньчунь.", {"RU-PRI", "CN-JL"}),
    ("Оренбургская и Актюбинская области подписали меморандум о запуске автобусного маршрута Орск – Актобе.",
     {"RU-ORE", "KZ-15"}),
]


@pytest.mark.parametrize("text,sides", ROUTES, ids=["unnamed-end", "named-ends", "bus"])
def test_the_route_is_the_links_not_the_documents(extract, text, sides):
    docs = [set(f["parties"]) for f in extract(text, "2025-04-04") if f["type"] == "agreement"]
    assert docs == [sides], docs


def test_a_document_between_two_cities(extract):
    text = "Владивосток и Хуньчунь подписали соглашение о сотрудничестве."
    assert [set(f["parties"]) for f in extract(text, "2025-04-04") if f["type"] == "agreement"] == \
        [{"RU-PRI/Владивосток", "CN-JL/Хуньчунь"}]
