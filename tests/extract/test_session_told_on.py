"""A session's sides, people and the earlier session, told around the session's own sentence
(sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# meeting.narrowest_named: the countries' adjectives in a body's name say whose regions the sides are
NARROWEST_NAMED = [
    ("В Калуге прошло третье заседание Белорусско-российского делового совета Брестской и Калужской областей.",
     ["BY-BR", "RU-KLU"]),
    ("В Омске состоялось пятое заседание российско-казахстанской рабочей группы Омской и Павлодарской областей.",
     ["KZ-55", "RU-OMS"]),
    ("В Гродно прошло заседание белорусско-китайского совета Гродненской области и провинции Хэйлунцзян.",
     ["BY-HR", "CN-HL"]),
    # countries alone stay countries
    ("В Москве прошло заседание российско-белорусской рабочей группы по сотрудничеству.", ["BY", "RU"]),
]


@pytest.mark.parametrize("text,parties", NARROWEST_NAMED)
def test_body_named_by_countries_and_regions(extract, text, parties):
    got = of_type(extract(text), "meeting")
    assert [sorted(f["parties"]) for f in got] == [parties], got


# meeting.led_right_after: who led the session or a side at it, in the next sentence
LED_RIGHT_AFTER = [
    ("В Калуге прошло заседание делового совета Брестской и Калужской областей. Его провели председатель "
     "Брестского облисполкома Пётр Пархомчик и губернатор Калужской области Владислав Шапша.",
     {"Пархомчик", "Шапша"}),
    ("В Оренбурге состоялось заседание рабочей группы Оренбургской и Актюбинской областей. Казахстанскую "
     "делегацию возглавил заместитель акима Актюбинской области Ерлан Сапаров, российскую часть группы — "
     "вице-губернатор Оренбургской области Андрей Гриценко.", {"Сапаров", "Гриценко"}),
    ("В Минске прошло заседание совета делового сотрудничества Минской и Самарской областей. Заседание "
     "возглавили первый заместитель председателя Минского облисполкома Игорь Карпенко и вице-губернатор "
     "Самарской области Виктор Кудряшов.", {"Карпенко", "Кудряшов"}),
]


@pytest.mark.parametrize("text,people", LED_RIGHT_AFTER)
def test_people_who_led_it_take_part(extract, text, people):
    got = of_type(extract(text), "meeting")
    assert len(got) == 1 and {p.split()[-1] for p in got[0]["participants"]} == people, got


def test_leading_told_later_or_planned_is_not_taking_part(extract):
    text = ("В Калуге прошло заседание делового совета Брестской и Калужской областей. Стороны обсудили поставки. "
            "Следующее заседание проведут губернатор Калужской области Владислав Шапша и председатель Брестского "
            "облисполкома Пётр Пархомчик.")
    got = of_type(extract(text), "meeting")
    assert [f["participants"] for f in got] == [[]], got


# meeting.speaker_in_turn: "В своём выступлении …" after the session
SPEECH_IN_TURN = [
    "В Калуге прошло заседание делового совета Брестской и Калужской областей. На заседании присутствовали "
    "руководители предприятий. В своём выступлении первый заместитель председателя Брестского облисполкома "
    "Сергей Лисичёнок отметил рост поставок.",
    "В Омске прошли переговоры Омской и Павлодарской областей. Стороны обсудили поставки зерна. В своём "
    "выступлении аким Павлодарской области Асаин Байханов подчеркнул важность сотрудничества.",
    "В Бресте прошло заседание рабочей группы Брестской и Смоленской областей. В свою очередь заместитель "
    "губернатора Смоленской области Олег Петров отметил рост поставок.",
]


@pytest.mark.parametrize("text", SPEECH_IN_TURN)
def test_speaker_in_turn(extract, text):
    got = of_type(extract(text), "meeting")
    assert len(got) == 1 and len(got[0]["participants"]) == 1, got


# meeting.same_body_again: "Предыдущее заседание совета …" without a number is another session
PREVIOUS_SESSION = [
    ("В Калуге 17 февраля 2026 года прошло третье заседание делового совета Брестской и Калужской областей. "
     "Предыдущее заседание совета состоялось в Бресте в октябре 2024 года.", "2024-10"),
    ("В Омске 5 марта 2025 года прошло заседание рабочей группы Омской и Павлодарской областей. Прошлое заседание "
     "группы прошло в Павлодаре в 2023 году.", "2023"),
    ("В Ташкенте 14 мая 2025 года прошло заседание межправительственной комиссии России и Узбекистана. "
     "Прошлое заседание комиссии состоялось в Самарканде в сентябре 2024 года.", "2024-09"),
]


@pytest.mark.parametrize("text,earlier", PREVIOUS_SESSION)
def test_previous_session_is_another(extract, text, earlier):
    got = of_type(extract(text), "meeting")
    assert len(got) == 2 and got[1]["date"] == earlier, got


# agreement.spheres_of_the_sides: signed documents told apart by sphere, no side in their sentence
SPHERES_OF_THE_SIDES = [
    ("Губернатор Омской области встретился с акимом Павлодарской области. По итогам встречи подписаны "
     "соглашения в области культуры и спорта.", ["KZ-55", "RU-OMS"], 2),
    ("Глава Чувашии провёл переговоры с послом Кыргызстана. В ходе встречи стороны заключили соглашения в сферах "
     "туризма, образования и медицины.", ["KG", "RU-CU"], 3),
    ("В Калуге прошло заседание делового совета Брестской и Калужской областей. Кроме того, подписаны соглашения "
     "в сферах образования и здравоохранения.", ["BY-BR", "RU-KLU"], 2),
    # one sphere does not tell plural documents apart
    ("Губернатор Омской области встретился с акимом Павлодарской области. Губернатор рассказал о выполнении "
     "заключённых соглашений в сфере образования.", None, 0),
]


@pytest.mark.parametrize("text,parties,count", SPHERES_OF_THE_SIDES)
def test_documents_by_sphere_take_the_camps(extract, text, parties, count):
    got = of_type(extract(text), "agreement")
    assert len(got) == count and all(sorted(f["parties"]) == parties for f in got), got


# meeting.coming_event: an event the text puts ahead ("предстоящего", "следующем") is not held
COMING_EVENT = [
    "Губернатор Оренбургской области Евгений Солнцев получил от акима Актюбинской области приглашение посетить Актобе "
    "в ходе предстоящего форума приграничного сотрудничества регионов России и Казахстана.",
    "Губернатор Омской области и аким Павлодарской области договорились обсудить поставки на следующем заседании "
    "рабочей группы Омской и Павлодарской областей.",
    "Глава Чувашии пригласил посла Кыргызстана принять участие в грядущем Форуме регионов России и Кыргызстана.",
]


@pytest.mark.parametrize("text", COMING_EVENT)
def test_coming_event_is_not_held(extract, text):
    assert not of_type(extract(text), "meeting")


def test_regular_session_is_held(extract):
    text = "В Минске прошло очередное заседание рабочей группы Минской и Самарской областей."
    assert len(of_type(extract(text), "meeting")) == 1


# meeting.delegation_members: the members listed "в составе делегации" after the meeting took part in it
DELEGATION_MEMBERS = [
    ("Делегация Могилёвской области провела переговоры с губернатором Ярославской области Михаилом Евраевым. Стороны "
     "обсудили поставки. В составе белорусской делегации — заместитель председателя облисполкома Валерий Малашко и "
     "мэр Могилёва Леонид Шапошников.", {"Евраев", "Малашко", "Шапошников"}),
    ("Губернатор Омской области встретился с делегацией Павлодарской области. В состав делегации вошли заместитель "
     "акима области Ернат Нурсултанов и аким Павлодара Асхат Шахаров.", {"Нурсултанов", "Шахаров"}),
    ("Глава Чувашии провёл переговоры с делегацией Кыргызстана. Стороны обсудили поставки. В составе кыргызской "
     "делегации также были министр экономики Данияр Амангельдиев и посол Аскарбек Шадиев.",
     {"Амангельдиев", "Шадиев"}),
]


@pytest.mark.parametrize("text,people", DELEGATION_MEMBERS)
def test_delegation_members_take_part(extract, text, people):
    got = of_type(extract(text), "meeting")
    assert len(got) == 1 and {p.split()[-1] for p in got[0]["participants"]} == people, got


def test_members_of_another_delegation_are_not_at_the_meeting(extract):
    text = ("Губернатор Омской области встретился с акимом Павлодарской области Асаином Байхановым. Сейчас делегация "
            "Омской области находится с визитом в Казахстане. В составе делегации — министр промышленности Омской "
            "области Иван Петров.")
    got = of_type(extract(text), "meeting")
    assert got and all("Иван Петров" not in f["participants"] for f in got), got


# meeting.pronoun_participants: "он" is the one person named first before, not the first two
ONE_PRONOUN = [
    ("Председатель Гродненского облисполкома Юрий Караев провёл переговоры с губернатором Пензенской области Олегом "
     "Мельниченко. С губернатором Липецкой области Игорем Артамоновым он встретился днём позже.",
     [["BY-HR", "RU-PNZ"], ["BY-HR", "RU-LIP"]]),
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Затем он "
     "провёл переговоры с акимом Костанайской области Кумаром Аксакаловым.", [["KZ-55", "RU-OMS"], ["KZ-39", "RU-OMS"]]),
    ("Мэр Казани Ильсур Метшин встретился с председателем Минского горисполкома Владимиром Кухаревым. Позже она "
     "прошла в мэрии.", [["BY-HM", "RU-TA/Казань"]]),
]


@pytest.mark.parametrize("text,parties", ONE_PRONOUN)
def test_he_is_one_person(extract, text, parties):
    got = of_type(extract(text), "meeting")
    assert sorted(sorted(f["parties"]) for f in got) == sorted(parties), got


# meeting.guest_is_the_visitor: "Гость встретился с …" — the visiting official named before takes part
GUEST = [
    ("Мэр Бишкека Айбек Джунушалиев находится с визитом в столице Урала. В мэрии Екатеринбурга его принял глава "
     "города Алексей Орлов. Гость также встретился с губернатором Свердловской области Денисом Паслером.",
     ["KG-GB", "RU-SVE"], {"Джунушалиев", "Паслер"}),
    ("Аким Павлодарской области Асаин Байханов прибыл в Омск. Гость встретился с губернатором Омской области "
     "Виталием Хоценко.", ["KZ-55", "RU-OMS"], {"Байханов", "Хоценко"}),
    ("Председатель Гомельского облисполкома Иван Крупко прибыл в Брянск. Делегация встретилась с губернатором "
     "Брянской области Александром Богомазом.", ["BY-HO", "RU-BRY"], {"Крупко", "Богомаз"}),
]


@pytest.mark.parametrize("text,parties,people", GUEST)
def test_guest_is_the_visitor(extract, text, parties, people):
    got = [f for f in of_type(extract(text), "meeting") if sorted(f["parties"]) == parties]
    assert len(got) == 1 and {p.split()[-1] for p in got[0]["participants"]} == people, got


# meeting.guest_is_the_visitor with the guests as the object: "Гостей принял губернатор …"
GUESTS_RECEIVED = [
    ("В Ульяновск прибыла делегация Навоийской области во главе с хокимом Норматом Турсуновым. Гостей принял "
     "губернатор Ульяновской области Алексей Русских.", {"Турсунов", "Русских"}),
    ("Аким Павлодарской области Асаин Байханов прибыл в Омск. Гостя принял губернатор Омской области Виталий "
     "Хоценко.", {"Байханов", "Хоценко"}),
    ("Председатель Гомельского облисполкома Иван Крупко приехал в Брянск. Гостей встретил губернатор Брянской "
     "области Александр Богомаз.", {"Крупко", "Богомаз"}),
]


@pytest.mark.parametrize("text,people", GUESTS_RECEIVED)
def test_guests_received_take_part(extract, text, people):
    got = of_type(extract(text), "meeting")
    assert len(got) == 1 and {p.split()[-1] for p in got[0]["participants"]} == people, got
