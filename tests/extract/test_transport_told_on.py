"""A link opened by its first trip, told in the next sentence without its ends (sentences written for these
tests): transport.first_trip_of_link_before."""

import pytest

from tests.conftest import of_type

FIRST_TRIP_AFTER = [
    ("Стороны договорились о возобновлении регулярного авиасообщения между Хабаровском и Харбином. Первый рейс "
     "авиакомпании «Аврора» выполнен 1 июля.", "air"),
    ("Регионы решили запустить поезд между Оренбургом и Актобе. Первый поезд отправился в путь 3 марта.", "rail"),
    ("Псковская и Витебская области договорились открыть автобусный маршрут между Псковом и Витебском. Первый "
     "автобусный рейс выполнен в понедельник.", "road"),
]


@pytest.mark.parametrize("text,mode", FIRST_TRIP_AFTER)
def test_first_trip_after_opens_the_link(extract, text, mode):
    got = of_type(extract(text), "transport")
    assert [(f["mode"], f["status"]) for f in got] == [(mode, "opened")], got


def test_a_first_trip_planned_keeps_it_planned(extract):
    got = of_type(extract("Стороны договорились о запуске авиасообщения между Хабаровском и Харбином. Первый рейс "
                          "выполнят в июле."), "transport")
    assert [f["status"] for f in got] == ["planned"], got


# transport.same_link_named_closer: the link between the regions of a link's own cities is that link
SAME_LINK_NAMED_CLOSER = [
    ("Авиакомпания «Аврора» 1 июня 2026 года выполнила первый рейс по маршруту Владивосток — Шэньян. Ранее "
     "губернаторы Приморья и Ляонина договорились о восстановлении прямого авиасообщения.",
     [("air", ["CN-LN/Шэньян", "RU-PRI/Владивосток"], "opened")]),
    ("Из Екатеринбурга в Ош начались прямые рейсы. Авиасообщение между Свердловской областью и Киргизией "
     "планировалось открыть ещё в прошлом году.", [("air", ["KG-GO", "RU-SVE/Екатеринбург"], "opened")]),
    ("Поезд Гомель — Брянск снова курсирует. Железнодорожное сообщение между Гомельской и Брянской областями "
     "восстановлено в прошлом месяце.", [("rail", ["BY-HO/Гомель", "RU-BRY/Брянск"], "exists")]),
    # another mode is another link
    ("Между Казанью и Минском выполняются авиарейсы. Кроме того, между Татарстаном и Беларусью курсирует поезд.",
     [("air", ["BY-HM", "RU-TA/Казань"], "exists"), ("rail", ["BY", "RU-TA"], "exists")]),
]


@pytest.mark.parametrize("text,links", SAME_LINK_NAMED_CLOSER)
def test_same_link_at_a_higher_level_is_one(extract, text, links):
    got = of_type(extract(text), "transport")
    assert [(f["mode"], sorted(f["between"]), f["status"]) for f in got] == links, got


# transport.with_transfer: a journey with a transfer is no direct link
WITH_TRANSFER = [
    ("Сейчас перелёт из Минска в Новосибирск возможен только с пересадкой в Москве.", []),
    ("Добраться из Казани в Ташкент можно стыковочным рейсом через Самару.", []),
    ("Из Уфы в Бишкек пока летают только транзитом через Москву.", []),
    ("Между Казанью и Минском выполняются прямые рейсы, а в Брест можно долететь только с пересадкой.",
     [("air", ["BY-HM", "RU-TA/Казань"])]),
]


@pytest.mark.parametrize("text,links", WITH_TRANSFER)
def test_transfer_is_no_direct_link(extract, text, links):
    got = of_type(extract(text), "transport")
    assert [(f["mode"], sorted(f["between"])) for f in got] == links, got


# transport.flight_qualified: a bare "рейс" before a route ("рейс Тюмень — Актобе") is a link; transport.mode_word: a
# vehicle that runs between places ("курсирует автобус", "ходит паром") is one
ROUTES_AND_VEHICLES = [
    ("Действующий рейс Тюмень — Актобе продолжит работу.", [("air", ["KZ-15/Актобе", "RU-TYU/Тюмень"])]),
    ("Рейс Казань — Ташкент выполняется дважды в неделю.", [("air", ["RU-TA/Казань", "UZ-TK"])]),
    ("Между Оренбургом и Актобе курсирует автобус.", [("road", ["KZ-15/Актобе", "RU-ORE/Оренбург"])]),
    ("Между Благовещенском и Хэйхэ ходит паром.", [("water", ["CN-HL/Хэйхэ", "RU-AMU/Благовещенск"])]),
    # a bus that carried a delegation is no link
    ("Автобус доставил делегацию из Омска в Павлодар.", []),
]


@pytest.mark.parametrize("text,links", ROUTES_AND_VEHICLES)
def test_route_and_running_vehicle(extract, text, links):
    got = [(f["mode"], sorted(f["between"])) for f in of_type(extract(text), "transport")]
    assert got == links, got
