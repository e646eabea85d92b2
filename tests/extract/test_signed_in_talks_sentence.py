"""A document signed in the very sentence of talks dated by a narrated trip takes the talks' day
(links.signed_at_meeting) — wordings of ours."""

import pytest

SIGNED_IN_TALKS = [
    ("С 14 по 16 мая 2024 года делегация Брестской области находилась в Татарстане. В первый день визита гости "
     "встретились с Раисом Татарстана Рустамом Миннихановым и подписали план мероприятий на 2024–2026 годы.",
     "2024-05-14"),
    ("С 3 по 5 июня 2025 года делегация Омской области работала в Павлодарской области. На второй день поездки "
     "делегация провела переговоры с акимом области Асаином Байхановым и подписала меморандум.", "2025-06-04"),
    ("14 мая 2025 года губернатор Омской области прибыл в Павлодар. На следующий день он провел переговоры с акимом "
     "Павлодарской области и подписал дорожную карту.", "2025-05-15"),
]


@pytest.mark.parametrize("text,day", SIGNED_IN_TALKS, ids=["first_day", "second_day", "next_day"])
def test_document_signed_at_the_talks_takes_their_day(extract, text, day):
    docs = [f for f in extract(text) if f["type"] == "agreement"]
    assert [d["date"] for d in docs] == [day], docs
