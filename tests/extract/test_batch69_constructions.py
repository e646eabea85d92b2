"""Constructions of the o509–o514 batch, in three wordings of ours: a link that 'будет выполняться круглогодично' runs
now and goes on (transport.kept_running); a reception a verb holds 'по случаю' or 'праздничный' is a ceremony, not
talks (meeting.ceremonial_reception); the visiting head acting with the hosts in the sentences before a trip told with
no leader led it (visit.leader_with_hosts_before)."""

import pytest

ALL_YEAR = [
    "Прямые авиарейсы из Красноярска в Ташкент и Самарканд будут выполняться круглогодично.",
    "Рейсы из Уфы в Ош будут выполняться круглогодично, сообщили в аэропорту.",
    "Авиасообщение между Казанью и Ташкентом будет осуществляться круглогодично.",
]


@pytest.mark.parametrize("text", ALL_YEAR, ids=["flights", "airport", "link"])
def test_a_link_run_the_year_round_exists(extract, text):
    got = {f["status"] for f in extract(text, "2026-08-07") if f["type"] == "transport"}
    assert got == {"exists"}, got


def test_year_round_flights_that_will_open_are_planned(extract):
    text = "С 1 октября откроются круглогодичные рейсы из Уфы в Ош."
    assert [f["status"] for f in extract(text, "2026-08-07") if f["type"] == "transport"] == ["planned"]


RECEPTION_HELD = [
    "Генеральное консульство КНР в Хабаровске и правительство края провели совместный приём по случаю Праздника весны. "
    "Генеральный консул КНР Цуй Гоцзе поблагодарил губернатора Дмитрия Демешина.",
    "Посольство Беларуси и правительство Татарстана провели праздничный приём в честь Дня Независимости.",
    "Мэрия Казани и генеральное консульство Узбекистана провели торжественный приём по случаю Навруза.",
]


@pytest.mark.parametrize("text", RECEPTION_HELD, ids=["spring", "independence", "navruz"])
def test_a_reception_a_verb_holds_for_an_occasion_is_no_talks(extract, text):
    assert [f for f in extract(text, "2026-03-19") if f["type"] == "meeting"] == []


LEADER_WITH_HOSTS = [
    ("Губернатор Курганской области Вадим Шумков и аким Костанайской области Кумар Аксакалов подписали дорожную карту. "
     "Делегация Костанайской области находится в регионе с 3 по 5 июня.", "Кумар Аксакалов"),
    ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов осмотрели нефтезавод. "
     "Павлодарская делегация пробудет в Омске до пятницы.", "Асаин Байханов"),
    ("Председатель Гомельского облисполкома Иван Крупко и губернатор Брянской области Александр Богомаз подписали "
     "программу. Брянская делегация находится в Гомеле с рабочим визитом.", "Александр Богомаз"),
]


@pytest.mark.parametrize("text,head", LEADER_WITH_HOSTS, ids=["kurgan", "omsk", "gomel"])
def test_the_visiting_head_acting_with_the_hosts_before_led_the_trip(extract, text, head):
    got = [f["head"] for f in extract(text, "2026-10-16") if f["type"] == "visit"]
    assert got == [head], got


def test_a_host_speaking_before_the_trip_does_not_lead_it(extract):
    text = ("Губернатор Омской области Виталий Хоценко заявил журналистам, что регион ждёт гостей. Делегация Павлодарской "
            "области прибыла в Омск.")
    assert [f["head"] for f in extract(text, "2026-10-16") if f["type"] == "visit"] == [None]
