"""A mission told as before the news, of the sender and place of one the text reports opened, is that one's past,
not another mission (institution.its_former_status) — wordings of ours."""

import pytest

FORMER = [
    "В Иркутске открылось Генеральное консульство Монголии. Ранее консульское учреждение Монголии в Иркутске работало "
    "в статусе консульства.",
    "В Казани открылось генеральное консульство Узбекистана. Ранее в Казани работало консульство Узбекистана.",
    "В Екатеринбурге открылось генеральное консульство Киргизии. Напомним, консульство Киргизии в Екатеринбурге "
    "действовало с 2015 года.",
]


@pytest.mark.parametrize("text", FORMER, ids=["irkutsk", "kazan", "yekaterinburg"])
def test_the_former_status_is_no_other_mission(extract, text):
    assert [f["status"] for f in extract(text, "2025-03-03") if f["type"] == "institution"] == ["opened"]


def test_another_senders_mission_stays(extract):
    text = ("В Казани открылось генеральное консульство Узбекистана. Ранее в Казани открылось генеральное консульство "
            "Туркменистана.")
    assert len([f for f in extract(text, "2025-03-03") if f["type"] == "institution"]) == 2
