"""A meeting's date told in a later sentence about it (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

DATED_AFTER = [
    ("Глава Чувашии Олег Николаев встретился с послом Кыргызстана Аскарбеком Шадиевым. Встреча прошла 14 ноября "
     "2024 года в Чебоксарах.", "2024-11-14"),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином "
     "Байхановым. Переговоры состоялись 5 марта 2025 года в Омске.", "2025-03-05"),
    ("Мэр Казани Ильсур Метшин встретился с председателем Минского горисполкома Владимиром Кухаревым. Их встреча "
     "состоялась 20 июня 2023 года.", "2023-06-20"),
    # the date of what was discussed is not the meeting's
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
     "Стороны обсудили выставку, которая пройдет 5 марта 2025 года.", None),
]


@pytest.mark.parametrize("text,day", DATED_AFTER)
def test_date_of_the_event_in_a_later_sentence(extract, text, day):
    got = of_type(extract(text), "meeting")
    assert [f["date"] for f in got] == [day], got


# a headline names the document, the body tells it was signed at a dated meeting: the meeting's date
HEADLINE_THEN_SIGNING = [
    "Ширак и Ульяновская область подписали меморандум\n\nВ Гюмри 21 мая 2024 года прошло заседание рабочей группы по "
    "сотрудничеству между Ульяновской областью и Ширакской областью. По итогам заседания стороны подписали "
    "меморандум о сотрудничестве в сфере высшего образования.",
    "Омская и Павлодарская области подписали соглашение\n\n21 мая 2024 года губернатор Омской области Виталий "
    "Хоценко встретился с акимом Павлодарской области Асаином Байхановым. По итогам встречи стороны подписали "
    "соглашение о сотрудничестве.",
    "Курская и Гомельская области утвердили дорожную карту\n\n21 мая 2024 года в Курске прошли переговоры "
    "губернатора Курской области Романа Старовойта и председателя Гомельского облисполкома Ивана Крупко. По "
    "итогам переговоров стороны подписали дорожную карту.",
]


@pytest.mark.parametrize("text", HEADLINE_THEN_SIGNING)
def test_document_in_headline_takes_the_meeting_date(extract, text):
    got = of_type(extract(text), "agreement")
    assert [f["date"] for f in got] == ["2024-05-21"], got


# agreement.signed_at_the_event + links.signed_at_meeting: a document signed "в ходе встречи" paragraphs after the
# meeting has the meeting's sides and date, not the places of the sentence before; the document it implements
# keeps no date
SIGNED_AT_THE_MEETING_FAR_ON = [
    ("Председатель Витебского облисполкома Александр Субботин 15 апреля 2025 года провел встречу с губернатором "
     "Псковской области Михаилом Ведерниковым. Товарооборот регионов вырос. Стороны обсудили туризм. С 2023 года "
     "между Псковом и Витебском курсирует автобус. В ходе встречи был подписан план мероприятий по реализации "
     "соглашения о сотрудничестве на 2025–2026 годы.", "plan", ["BY-VI", "RU-PSK"], "2025-04-15"),
    ("5 марта 2025 года губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином "
     "Байхановым. Стороны обсудили поставки зерна. Отмечен рост торговли. Между Омском и Павлодаром ежедневно ходит "
     "автобус. По итогам переговоров подписана дорожная карта на 2025–2027 годы.", "roadmap", ["KZ-55", "RU-OMS"],
     "2025-03-05"),
    ("12 апреля 2023 года в Курске прошли переговоры губернатора Курской области Романа Старовойта и председателя "
     "Гомельского облисполкома Ивана Крупко. Товарооборот регионов растет. Обсуждался туризм. Из Курска в Гомель "
     "летом пустят поезд. В рамках встречи утверждена программа сотрудничества на 2023–2025 годы.", "plan",
     ["BY-HO", "RU-KRS"], "2023-04-12"),
]


@pytest.mark.parametrize("text,kind,parties,day", SIGNED_AT_THE_MEETING_FAR_ON)
def test_signed_at_the_meeting_far_on(extract, text, kind, parties, day):
    got = [f for f in of_type(extract(text), "agreement") if f["kind"] == kind]
    assert [(sorted(f["parties"]), f["date"]) for f in got] == [(parties, day)], got


def test_implemented_document_keeps_no_date(extract):
    got = [f for f in of_type(extract(SIGNED_AT_THE_MEETING_FAR_ON[0][0]), "agreement") if f["kind"] == "agreement"]
    assert [f["date"] for f in got] == [None], got


# agreement.signed_on: the day of a sentence that tells the last document's signing
SIGNED_ON = [
    "Гродненский район и Гатчинский муниципальный округ стали побратимами. Соглашение подписали председатель "
    "Гродненского райисполкома Алексей Савко и глава Гатчинского округа Людмила Нещадим. Документ скреплен "
    "подписями 27 марта 2025 года в Гатчине.",
    "Омская и Павлодарская области подписали меморандум о сотрудничестве. Документ подписан 27 марта 2025 года.",
    "Могилевская и Брянская области утвердили программу сотрудничества. Подписи под документом поставлены "
    "27 марта 2025 года в Брянске.",
]


@pytest.mark.parametrize("text", SIGNED_ON)
def test_signed_on_the_day_of_the_next_sentence(extract, text):
    got = of_type(extract(text), "agreement")
    assert [f["date"] for f in got] == ["2025-03-27"], got


# meeting.same_body_again: an earlier session of the same body, told with its own number and year
SAME_BODY_AGAIN = [
    ("В Минске прошло седьмое заседание Совета делового сотрудничества Беларуси и Нижегородской области. "
     "Предыдущее, шестое заседание совета состоялось в Нижнем Новгороде в 2024 году.", "commission", 6, "2024"),
    ("В Минске прошло седьмое заседание рабочей группы Беларуси и Нижегородской области. Предыдущее, шестое "
     "заседание группы состоялось в Нижнем Новгороде в 2024 году.", "working_group", 6, "2024"),
    ("В Казани прошло пятое заседание совместной комиссии Татарстана и Узбекистана. Четвертое заседание комиссии "
     "проходило в Ташкенте в 2023 году.", "commission", 4, "2023"),
]


@pytest.mark.parametrize("text,kind,number,year", SAME_BODY_AGAIN)
def test_earlier_session_of_the_same_body(extract, text, kind, number, year):
    got = sorted((f["number"], f["date"]) for f in of_type(extract(text), "meeting") if f["kind"] == kind)
    assert got == [(number, year), (number + 1, None)], got


def test_the_same_session_again_is_one(extract):
    got = of_type(extract("В Минске прошло седьмое заседание Совета делового сотрудничества Беларуси и Нижегородской "
                          "области. На заседании совета выступил губернатор."), "meeting")
    assert [f["number"] for f in got] == [7]


# meeting.pronoun_for_it: "Оно прошло 2 июля" right after the meeting dates it
PRONOUN_FOR_IT = [
    ("В Ульяновске прошло заседание рабочей группы Ульяновской и Ширакской областей. Оно прошло 2 июля 2025 года.",
     "2025-07-02"),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Она состоялась 5 марта 2025 года в Омске.",
     "2025-03-05"),
    ("В Минске прошла встреча председателя Минского облисполкома с губернатором Самарской области. Она прошла 14 мая "
     "2024 года.", "2024-05-14"),
    ("В Минске прошла встреча председателя облисполкома с губернатором Самарской области. Она пройдёт 14 мая 2024 "
     "года.", None),
]


@pytest.mark.parametrize("text,day", PRONOUN_FOR_IT)
def test_pronoun_for_the_meeting_dates_it(extract, text, day):
    got = of_type(extract(text), "meeting")
    assert [f["date"] for f in got] == [day], got


# meeting.headline_session_told_in_body: the headline calls the session by another joint body than the body does;
# one session between those sides in the body is the headline's
HEADLINE_SESSION = [
    ("Заседание межправкомиссии Узбекистана и Башкортостана прошло в Уфе\n\nВ Уфе состоялось третье заседание "
     "рабочей группы по сотрудничеству между Башкортостаном и Узбекистаном.", [("working_group", 3)]),
    ("Рабочая группа Беларуси и Нижегородской области собралась в Минске\n\nВ Минске прошло седьмое заседание Совета "
     "делового сотрудничества Беларуси и Нижегородской области.", [("commission", 7)]),
    ("Омская и Павлодарская области провели заседание комиссии\n\nВ Омске состоялось заседание рабочей группы по "
     "приграничному сотрудничеству Омской и Павлодарской областей.", [("working_group", None)]),
    # two sessions of different bodies told in the body: the headline names one of them
    ("Заседание межправкомиссии Узбекистана и Башкортостана прошло в Уфе\n\nВ Уфе состоялось заседание рабочей "
     "группы Башкортостана и Узбекистана. Затем прошло заседание межправительственной комиссии Башкортостана и "
     "Узбекистана.", [("commission", None), ("working_group", None)]),
]


@pytest.mark.parametrize("text,sessions", HEADLINE_SESSION)
def test_headline_session_named_otherwise(extract, text, sessions):
    got = sorted((f["kind"], f["number"]) for f in extract(text) if f["type"] == "meeting")
    assert got == sorted(sessions, key=str), got


# meeting.reporter_not_participant: who reports a meeting is not at it — unless the report was made at it ("…,
# сообщил посол … на встрече с губернатором")
REPORTED_AT_IT = [
    ("Генеральное консульство Кыргызстана откроется в Новосибирске в 2026 году, сообщил посол Кыргызстана в России "
     "Жусупбек Шаришев на встрече с губернатором Андреем Травниковым.", ["Жусупбек Шаришев", "Андрей Травников"]),
    ("Поставки зерна вырастут вдвое, заявил аким Павлодарской области Асаин Байханов в ходе переговоров с губернатором "
     "Омской области Виталием Хоценко.", ["Асаин Байханов", "Виталий Хоценко"]),
    ("Рейс Минск — Казань откроется весной, отметил председатель Минского облисполкома Александр Турчин на переговорах "
     "с Раисом Татарстана Рустамом Миннихановым.", ["Александр Турчин", "Рустам Минниханов"]),
    # the press secretary reports it
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином Байхановым, "
     "сообщил пресс-секретарь губернатора Иван Сидоров.", ["Виталий Хоценко", "Асаин Байханов"]),
]


@pytest.mark.parametrize("text,people", REPORTED_AT_IT)
def test_reported_at_the_meeting(extract, text, people):
    got = [f["participants"] for f in of_type(extract(text), "meeting")]
    assert [sorted(p) for p in got] == [sorted(people)], got


# meeting.when_clause_date: "началось в 2018 году, когда состоялась встреча …" — the year before ", когда" is the
# meeting's
WHEN_CLAUSE = [
    ("Сотрудничество между Волжским и Жанибекским районом началось в 2018 году, когда состоялась встреча главы города "
     "Игоря Воронина с руководителями района.", "2018"),
    ("Дружба Омска и Павлодара началась в 2015 году, когда мэр Омска встретился с акимом Павлодара.", "2015"),
    ("Связи окрепли в 2019 году, когда прошла встреча губернатора Курганской области и акима Костанайской области.",
     "2019"),
    # a year of something else in the sentence: not the meeting's
    ("В 2019 году регионы подписали соглашение, а встреча губернатора Курганской области и акима Костанайской области "
     "прошла позже.", None),
]


@pytest.mark.parametrize("text,year", WHEN_CLAUSE)
def test_year_before_a_when_clause(extract, text, year):
    got = [f["date"] for f in of_type(extract(text), "meeting")]
    assert got == [year], got


# meeting.guest_is_the_visitor: the delegation that goes on to a second host region met there through its own head —
# not the first host, a region of the same country
GUEST_GOES_ON = [
    ("Делегацию Башкортостана во главе с вице-премьером Ириной Шафиковой принял хоким Самаркандской области Эркинжон "
     "Турдимов. Башкирская делегация также посетила Бухару, где провела переговоры с хокимом Бухарской области Ботиром "
     "Зариповым.", ["Ботир Зарипов", "Ирина Шафикова"]),
    ("Делегацию Омской области во главе с вице-губернатором Сергеем Бойко принял аким Павлодарской области Асаин "
     "Байханов. Затем омская делегация провела переговоры с акимом Северо-Казахстанской области Гаухар Нугмановой.",
     ["Гаухар Нугманова", "Сергей Бойко"]),
    ("Делегацию Гродненской области во главе с председателем облисполкома Юрием Караником принял губернатор Калужской "
     "области Владислав Шапша. "
     "Затем гости встретились с губернатором Тульской области Дмитрием Миляевым.", ["Дмитрий Миляев", "Юрий Караник"]),
]


@pytest.mark.parametrize("text,people", GUEST_GOES_ON)
def test_guest_goes_on_to_another_host(extract, text, people):
    second = of_type(extract(text), "meeting")[-1]
    assert sorted(second["participants"]) == people, second


# lexicon talk_nouns: a video bridge of officials is talks held online
VIDEO_BRIDGE = [
    ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов провели видеомост.",
     ["KZ-55", "RU-OMS"]),
    ("В режиме видеомоста прошла встреча мэра Казани Ильсура Метшина и председателя Минского горисполкома Владимира "
     "Кухарева.", ["BY-HM", "RU-TA/Казань"]),
    ("Глава Чувашии Олег Николаев и председатель Витебского облисполкома Александр Субботин пообщались в формате "
     "видеомоста.", ["BY-VI", "RU-CU"]),
]


@pytest.mark.parametrize("text,parties", VIDEO_BRIDGE)
def test_video_bridge_is_talks(extract, text, parties):
    got = [sorted(f["parties"]) for f in of_type(extract(text), "meeting")]
    assert got == [parties], got


# meeting.opened_it: who opened or closed the event told right before took part in it; opening something else does not
OPENED_IT = [
    ("XII Форум регионов Беларуси и России прошел в Бресте. Форум открыли Председатель Совета Республики Наталья "
     "Кочанова и Председатель Совета Федерации Валентина Матвиенко.", ["Наталья Кочанова", "Валентина Матвиенко"]),
    ("В Уфе прошел бизнес-форум Башкортостана и Узбекистана. Его открыл глава Башкортостана Радий Хабиров.",
     ["Радий Хабиров"]),
    ("В Минске состоялся III Форум регионов России и Беларуси. Форум закрыл вице-премьер Беларуси Игорь Петришенко.",
     ["Игорь Петришенко"]),
    ("В Омске прошли переговоры Омской и Павлодарской областей. Накануне министр экономики Омской области Иван Петров "
     "открыл новый завод в Таре.", []),
]


@pytest.mark.parametrize("text,participants", OPENED_IT, ids=["brest", "ufa", "minsk", "plant"])
def test_who_opened_the_event_took_part(extract, text, participants):
    got = [f["participants"] for f in of_type(extract(text), "meeting")]
    assert got == [participants], got


# meeting.date_of_a_plan: the date of an invited, planned or future event is not the meeting's
PLANNED_DATES = [
    ("Губернатор Омской области встретился с акимом Павлодарской области Асаином Байхановым и пригласил его посетить "
     "Омск в сентябре.", None),
    ("Глава Якутии Айсен Николаев провел переговоры с послом Монголии, который пригласил его посетить Улан-Батор в "
     "сентябре.", None),
    ("Губернатор Курганской области встретился с акимом Костанайской области; следующую встречу стороны проведут в "
     "декабре.", None),
    # the meeting's own date stays
    ("Губернатор Омской области встретился 5 июня с акимом Павлодарской области и пригласил его посетить Омск в "
     "сентябре.", "2025-06-05"),
]


@pytest.mark.parametrize("text,day", PLANNED_DATES, ids=["omsk", "yakutia", "kurgan", "own_date"])
def test_date_of_a_planned_event_is_not_the_meetings(extract, text, day):
    got = [f["date"] for f in of_type(extract(text, "2025-11-20"), "meeting")]
    assert got == [day], got


def test_date_of_making_a_plan_is_kept(extract):
    # the date on the verb of agreeing is when the agreeing was done, at the session
    text = ("О приезде делегации мы договорились в мае, на заседании Совета регионов России и Узбекистана, которое "
            "провели главы государств.")
    got = [f["date"] for f in of_type(extract(text, "2024-07-04"), "meeting")]
    assert got == ["2024-05"], got


# meeting.phrase_sides: a forum's own name ends at a colon, a dash or a finite verb; the sides its name gives win over
# sides completed from the sentence's subject (a headline "Итоги Форума регионов: Брянская область подписала …")
FORUM_NAMED_IN_BODY = [
    "Итоги Форума регионов: Брянская область подписала пять документов\n\nНа полях XI Форума регионов Беларуси и "
    "России в Минске губернатор Брянской области Александр Богомаз подписал соглашение с Гомельской областью.",
    "Форум регионов — Смоленская область подписала три соглашения\n\nВ рамках XI Форума регионов Беларуси и России "
    "губернатор Смоленской области Василий Анохин подписал соглашение с Витебской областью.",
    "Итоги форума: Омская область заключила соглашения\n\nНа XX Форуме межрегионального сотрудничества России и "
    "Казахстана губернатор Омской области Виталий Хоценко подписал соглашение с Павлодарской областью.",
]


@pytest.mark.parametrize("text", FORUM_NAMED_IN_BODY, ids=["bryansk", "smolensk", "omsk"])
def test_forum_sides_from_its_own_name(extract, text):
    got = [sorted(f["parties"]) for f in of_type(extract(text), "meeting") if f["kind"] == "forum"]
    assert len(got) == 1 and len(got[0]) == 2 and all("-" not in p for p in got[0]), got


# meeting.delegation_adjective_refined: visitors called by their country's demonym are the delegation's territory
DEMONYM_REFINED = [
    ("Делегация Гродненской области во главе с председателем облисполкома Юрием Караевым прибыла в Казахстан. "
     "Белорусы провели переговоры с акимом Карагандинской области Ермаганбетом Булекпаевым.", {"BY-HR", "KZ-35"}),
    ("Делегация Самаркандской области прибыла в Пензу. Узбекистанцы провели переговоры с губернатором Пензенской "
     "области Олегом Мельниченко.", {"UZ-SA", "RU-PNZ"}),
    ("Делегация Алтайского края прибыла в Павлодар. Россияне провели переговоры с акимом Павлодарской области Асаином "
     "Байхановым.", {"RU-ALT", "KZ-55"}),
]


@pytest.mark.parametrize("text,parties", DEMONYM_REFINED, ids=["belarusians", "uzbeks", "russians"])
def test_demonym_of_the_country_is_the_delegations_territory(extract, text, parties):
    got = [set(f["parties"]) for f in of_type(extract(text), "meeting")]
    assert got == [parties], got


# meeting.quoted_apart, links.trip_quoted_apart: a trip told inside a quotation is not where or when the meeting the
# quotation was said at took place
QUOTED_TRIP = [
    "«В прошлом году наша делегация побывала в Андижане, где мы договорились об открытии филиала университета», – "
    "рассказал губернатор Ульяновской области Алексей Русских на встрече с послом Узбекистана в России Ботиржоном "
    "Асадовым.",
    "«В 2023 году мы посетили Гродно и подписали там дорожную карту», – отметил губернатор Псковской области Михаил "
    "Ведерников на встрече с послом Беларуси Дмитрием Крутым.",
    "«Весной наша делегация была в Ташкенте», – сказал глава Татарстана Рустам Минниханов на переговорах с послом "
    "Узбекистана Ботиржоном Асадовым.",
]


@pytest.mark.parametrize("text", QUOTED_TRIP, ids=["andijan", "grodno", "tashkent"])
def test_trip_in_a_quotation_is_not_the_meetings(extract, text):
    got = [(f["place"], f["date"]) for f in of_type(extract(text, "2025-11-20"), "meeting") if f["kind"] == "talks"]
    assert got and all(g == (None, None) for g in got), got


# meeting.sides_discussed_after: "Стороны обсудили" right after talks tells what was done at them — one meeting, and
# the people told on take part in it
SIDES_DISCUSSED = [
    ("Генеральный консул Казахстана в Екатеринбурге Нурлан Кулбаев прибыл в Курган. Вчера его принял губернатор "
     "Курганской области Вадим Шумков. Стороны обсудили приграничную торговлю. Во встрече также участвовал заместитель "
     "губернатора Дмитрий Коровин.", ["Нурлан Кулбаев", "Вадим Шумков", "Дмитрий Коровин"]),
    ("Губернатор Омской области Виталий Хоценко принял посла Казахстана Даурена Абаева. Стороны обсудили поставки "
     "зерна. В беседе участвовал министр экономики Омской области Иван Петров.",
     ["Виталий Хоценко", "Даурен Абаев", "Иван Петров"]),
    ("Аким Павлодарской области Асаин Байханов встретился с губернатором Омской области Виталием Хоценко. Они обсудили "
     "логистику. Во встрече принял участие заместитель акима Ерлан Иманзаипов.",
     ["Асаин Байханов", "Виталий Хоценко", "Ерлан Иманзаипов"]),
]


@pytest.mark.parametrize("text,people", SIDES_DISCUSSED, ids=["kurgan", "omsk", "pavlodar"])
def test_sides_discussing_after_talks_are_at_them(extract, text, people):
    got = [f["participants"] for f in of_type(extract(text, "2025-11-20"), "meeting")]
    assert got == [people], got
