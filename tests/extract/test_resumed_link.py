"""A link that resumes ("возобновится сообщение …, прерванное в 2020 году") is opened or planned,
not stopped (transport: 'возобновиться' is a verb of opening a link) — wordings of ours."""

import pytest

RESUMED = [
    ("Также было объявлено, что с 1 июля возобновится регулярное автобусное сообщение между Благовещенском и Хэйхэ, "
     "прерванное в 2020 году.", "planned"),
    ("С 1 июня возобновится железнодорожное сообщение между Читой и Маньчжурией, приостановленное в 2020 году.",
     "planned"),
    ("Вчера возобновилось авиасообщение между Казанью и Ташкентом, прерванное весной.", "opened"),
]


@pytest.mark.parametrize("text,status", RESUMED, ids=["bus", "rail", "air"])
def test_a_resumed_link(extract, text, status):
    assert [f["status"] for f in extract(text, published="2025-06-19") if f["type"] == "transport"] == [status]


def test_a_stopped_link_is_none(extract):
    text = "С марта приостановлено железнодорожное сообщение между Читой и Маньчжурией."
    assert not [f for f in extract(text, published="2025-06-19") if f["type"] == "transport"]
