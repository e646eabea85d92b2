"""A fall "вдвое", "в 4 раза" leaves 1/times of the level (trade.change_in_times); a percent a share verb governs
("на Гомельскую область пришлось около 40% объема") is a share, not a change (trade.share_not_change) — wordings of
ours."""

import pytest

FALLS = [
    ("Импорт Новосибирской области из Монголии сократился вдвое – до 2,1 млн долларов.", -50.0),
    ("Экспорт Новосибирской области в Монголию снизился в 4 раза.", -75.0),
    ("Товарооборот Омской области с Казахстаном уменьшился в 1,25 раза.", -20.0),
]


@pytest.mark.parametrize("text,growth", FALLS, ids=["halved", "quartered", "fifth"])
def test_a_fall_in_times(extract, text, growth):
    assert [f["growth_pct"] for f in extract(text, "2025-07-28") if f["type"] == "trade"] == [growth]


def test_a_rise_in_times(extract):
    text = "Экспорт Новосибирской области в Монголию вырос вдвое."
    assert [f["growth_pct"] for f in extract(text, "2025-07-28") if f["type"] == "trade"] == [100.0]


SHARES = [
    "Товарооборот Брянской области с Беларусью в прошлом году достиг почти 1,5 млрд долларов. При этом на Гомельскую "
    "область пришлось около 40% объема.",
    "Товарооборот Омской области с Казахстаном в 2024 году составил 1,1 млрд долларов, на Павлодарскую область "
    "приходится 35%.",
    "Товарооборот Курганской области с Казахстаном в 2024 году вырос до 900 млн долларов; на экспорт пришлось 60%.",
]


@pytest.mark.parametrize("text", SHARES, ids=["gomel", "pavlodar", "export"])
def test_a_share_is_no_change(extract, text):
    assert all(f["growth_pct"] is None for f in extract(text, "2025-06-09") if f["type"] == "trade")
