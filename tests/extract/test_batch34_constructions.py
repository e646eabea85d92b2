"""Constructions of the o256–o263 batch, each in three wordings of ours: a speaker "с докладом выступил" right after a
session (meeting.report_right_after), a statistics office named in one word is no person ("по данным
Смоленскстата": people), and a trip with no date of its own dated by the talks its head held at its destination
(links.trip_dated_by_its_talks)."""

import pytest

SPEAKERS = [
    ("Заседание межрегиональной рабочей группы Омской и Павлодарской областей прошло в режиме видеоконференции. "
     "Заседание открыл первый заместитель председателя правительства Омской области Валерий Бойко. С докладом "
     "выступил заместитель акима Павлодарской области Ерлан Ахметов.", "Ерлан Ахметов"),
    ("В Павлодаре прошло заседание рабочей группы Омской и Павлодарской областей. С докладом выступил министр "
     "экономики Омской области Андрей Петров.", "Андрей Петров"),
    ("Заседание межрегиональной рабочей группы Оренбургской и Актюбинской областей прошло в Актобе. Затем выступил "
     "заместитель акима Актюбинской области Ерлан Ахметов.", "Ерлан Ахметов"),
]


@pytest.mark.parametrize("text,speaker", SPEAKERS, ids=["report", "minister", "then"])
def test_a_speaker_right_after_the_session_was_at_it(extract, text, speaker):
    sessions = [f for f in extract(text, "2025-06-19") if f["type"] == "meeting"]
    assert len(sessions) == 1 and speaker in sessions[0]["participants"], sessions


OFFICES = [
    "Губернатор Смоленской области Василий Анохин принял делегацию Могилёвской области. Глава региона отметил рост "
    "торговли. По данным Смоленскстата, товарооборот Смоленщины с Могилёвской областью составил 254 млн долларов.",
    "Товарооборот Иркутской области с Монголией вырос, сообщил Иркутскстат. Губернатор Игорь Кобзев назвал это "
    "хорошим результатом.",
    "По данным Белстата, товарооборот Беларуси с Омской областью составил 300 млн долларов. Губернатор Виталий "
    "Хоценко отметил рост.",
]


@pytest.mark.parametrize("text", OFFICES, ids=["smolenskstat", "irkutskstat", "belstat"])
def test_a_statistics_office_is_no_person(extract, text):
    people = {f["person"] for f in extract(text, "2025-11-12") if f["type"] == "role"} | {
        p for f in extract(text, "2025-11-12") if f["type"] == "meeting" for p in f["participants"]}
    assert not any(p.lower().endswith(("стат", "стата")) for p in people), people


DATED_BY_TALKS = [
    ("В минувшую пятницу, 17 октября, в Астане прошли переговоры акима города Астаны Жениса Касымбека и мэра Казани "
     "Ильсура Метшина. На следующий день казанская делегация посетила индустриальный парк «Астана».", "2025-10-17"),
    ("3 июня в Минске губернатор Брянской области Александр Богомаз провёл переговоры с Премьер-министром Беларуси "
     "Александром Турчиным. Брянская делегация во главе с губернатором также посетила МТЗ.", "2025-06-03"),
    ("12 мая в Ташкенте глава Башкортостана Радий Хабиров встретился с хокимом Ташкента Шавкатом Умурзаковым. В "
     "рамках визита делегация Башкортостана во главе с Хабировым побывала на выставке.", "2025-05-12"),
]


@pytest.mark.parametrize("text,day", DATED_BY_TALKS, ids=["astana", "minsk", "tashkent"])
def test_the_trip_is_dated_by_its_talks(extract, text, day):
    assert [f["date"] for f in extract(text, "2025-10-20") if f["type"] == "visit"] == [day]
