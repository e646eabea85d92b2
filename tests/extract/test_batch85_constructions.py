"""Constructions of the o633–o640 batch, in three wordings of ours: a trip to a country's capital received next by
that country's leaders is the country's guest (visit.capital_received_by_country); a municipal okrug or a городской
округ the text does not place is Russian, in the region of a Russian town the text names (gazetteer.units,
resolve.place_unknown); who took part "в работе комиссии" took part in its session (meeting.participation_sentence)."""

import pytest

CAPITAL_RECEIVED = [
    ("В Минске с рабочим визитом находится делегация Татарстана во главе с Премьер-министром Татарстана Алексеем "
     "Песошиным. Гостей принял Премьер-министр Беларуси Александр Турчин.", "RU-TA", "BY"),
    ("Делегация Омской области прибыла в Астану. Гостей принял Премьер-министр Казахстана Олжас Бектенов.",
     "RU-OMS", "KZ"),
    ("В Ташкенте находится делегация Башкортостана. Её принял Премьер-министр Узбекистана Абдулла Арипов.",
     "RU-BA", "UZ"),
]


@pytest.mark.parametrize("text,visitor,host", CAPITAL_RECEIVED, ids=["minsk", "astana", "tashkent"])
def test_a_trip_to_a_capital_received_by_the_country_is_the_countrys(extract, text, visitor, host):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2026-12-03") if f["type"] == "visit"]
    assert got == [(visitor, host)], got


def test_a_trip_to_a_capital_received_by_the_city_stays_the_citys(extract):
    text = ("В Минске с рабочим визитом находится делегация Казани. Гостей принял председатель Мингорисполкома "
            "Владимир Кухарев.")
    assert [f["host"] for f in extract(text, "2026-12-03") if f["type"] == "visit"] == ["BY-HM"]


RUSSIAN_UNITS = [
    ("Великий Устюг, 18 сентября 2026 года\n\nГлава Великоустюгского муниципального округа Александр Кузьмин провёл "
     "встречу с делегацией Миорского района Витебской области.", "RU-VLG/Великоустюгский муниципальный округ"),
    ("Архангельск, 3 марта 2026 года\n\nГлава Пинежского муниципального округа Андрей Чесноков провёл встречу с "
     "делегацией Жлобинского района Гомельской области.", "RU-ARK/Пинежский муниципальный округ"),
    ("Нижний Тагил, 5 мая 2026 года\n\nГлава Горноуральского городского округа Дмитрий Летников провёл встречу с "
     "делегацией Оршанского района Витебской области.", "RU-SVE/Горноуральский городской округ"),
]


@pytest.mark.parametrize("text,unit", RUSSIAN_UNITS, ids=["velikoustyug", "pinega", "gornouralsky"])
def test_a_municipal_okrug_is_russian_in_the_region_of_a_russian_town_named(extract, text, unit):
    got = [f["of"] for f in extract(text, "2026-09-18") if f["type"] == "role"]
    assert got == [unit], got


IN_ITS_WORK = [
    ("В Оренбурге прошло заседание межрегиональной комиссии Оренбургской и Актюбинской областей. В работе комиссии "
     "принял участие Генеральный консул Казахстана в Оренбурге Ерлан Дуйсенбаев.", "commission"),
    ("В Бресте прошло заседание делового совета Брестской и Калужской областей. В работе совета приняла участие "
     "министр экономики Калужской области Ирина Петрова.", "commission"),
    ("В Омске состоялось заседание межправительственной комиссии России и Казахстана. В работе комиссии участвовал "
     "посол Казахстана в России Даурен Абаев.", "commission"),
]


@pytest.mark.parametrize("text,kind", IN_ITS_WORK, ids=["commission", "council", "intergovernmental"])
def test_who_took_part_in_the_bodys_work_took_part_in_its_session(extract, text, kind):
    got = [(f["kind"], len(f["participants"])) for f in extract(text, "2026-11-06") if f["type"] == "meeting"]
    assert got == [(kind, 1)], got
