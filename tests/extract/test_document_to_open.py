"""A link whose opening a document is about is planned (transport.document_to_open); border stations of the
gazetteer end such links ("Махалино – Хуньчунь") — wordings of ours."""

import pytest

TO_OPEN = [
    ("Приморье и провинция Цзилинь подписали соглашение об открытии грузового железнодорожного сообщения Махалино – "
     "Хуньчунь.", ["CN-JL/Хуньчунь", "RU-PRI/Махалино"]),
    ("Оренбургская и Актюбинская области подписали меморандум о запуске автобусного маршрута Орск – Актобе.",
     ["KZ-15/Актобе", "RU-ORE/Орск"]),
    ("Забайкальский край и автономный район Внутренняя Монголия подписали соглашение о возобновлении пассажирского "
     "железнодорожного сообщения Забайкальск – Маньчжурия.", ["CN-NM/Маньчжурия", "RU-ZAB/Забайкальск"]),
]


@pytest.mark.parametrize("text,ends", TO_OPEN, ids=["makhalino", "orsk", "zabaikalsk"])
def test_a_link_a_document_is_to_open_is_planned(extract, text, ends):
    links = [(sorted(f["between"]), f["status"]) for f in extract(text, "2025-04-04") if f["type"] == "transport"]
    assert links == [(ends, "planned")], links


def test_a_link_that_runs_beside_a_document_exists(extract):
    text = "Стороны подписали соглашение о сотрудничестве. Между Омском и Павлодаром курсируют поезда."
    assert [f["status"] for f in extract(text, "2025-04-04") if f["type"] == "transport"] == ["exists"]
