"""One trip told on two days: its date is the earlier (visit.earlier_day); received by a city's
mayor and by the region's head, its host is the region (visit.host_received_closer) — wordings of ours."""

import pytest

TWO_DAYS = [
    ("Мэр Казани Ильсур Метшин 20 мая принял делегацию китайской провинции Хунань во главе с заместителем губернатора "
     "провинции Ли Дяньсюнем. Накануне, 19 мая, делегацию из провинции принял Раис Татарстана Рустам Минниханов.",
     "2025-05-19", "RU-TA"),
    ("12 марта делегацию Гомельской области принял мэр Брянска Александр Макаров. 11 марта гомельчан принял "
     "губернатор Брянской области Александр Богомаз.", "2025-03-11", "RU-BRY"),
    ("Глава Уфы Ратмир Мавлиев 5 апреля встретился с делегацией Андижанской области. 4 апреля делегацию из "
     "Андижана принял Глава Республики Башкортостан Радий Хабиров.", "2025-04-04", "RU-BA"),
]


@pytest.mark.parametrize("text,day,host", TWO_DAYS, ids=["kazan", "bryansk", "ufa"])
def test_the_trip_dates_from_its_first_day_and_the_region_hosts_it(extract, text, day, host):
    got = [(f["date"], f["host"]) for f in extract(text, published="2025-05-21") if f["type"] == "visit"]
    assert got == [(day, host)], got


def test_a_trip_recalled_stays_apart(extract):
    text = ("12 марта делегацию Гомельской области принял губернатор Брянской области Александр Богомаз. В сентябре "
            "прошлого года брянская делегация побывала в Гомеле.")
    got = sorted(f["date"] or "" for f in extract(text, published="2025-03-13") if f["type"] == "visit")
    assert got == ["2024-09", "2025-03-12"], got
