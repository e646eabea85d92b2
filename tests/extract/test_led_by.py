"""Who led a delegation when 'возглавить' has its own subject (visit.subject_of_lead), and a welcome told with a
relative clause of leading is no part of the talks before it (meeting.led_right_after) — wordings of ours."""

import pytest

TALKS_SAR = ("13 марта 2025 года в Уральске прошли переговоры губернатора Саратовской области Романа Бусаргина и "
             "акима Западно-Казахстанской области Наримана Турегалиева. ")

# visit.subject_of_lead: the subject of "возглавил" leads, not the next name in the sentence
LED_BY_SUBJECT = [
    (TALKS_SAR + "Делегацию, которую возглавил губернатор, в аэропорту Уральска встречал первый заместитель акима "
     "области Бахытжан Нарымбетов.", ("RU-SAR", "KZ-27", "Бусаргин")),
    ("Мэр Омска Сергей Шелест провел переговоры с акимом Павлодара. Омскую делегацию, которую возглавил мэр, на "
     "вокзале встретил заместитель акима города Ерлан Тлеубаев.", ("RU-OMS/Омск", "KZ-55", "Шелест")),
    ("Глава Удмуртии Александр Бречалов посетил Гродно. Делегацию, которую возглавлял глава республики, принял "
     "председатель Гродненского облисполкома Юрий Караев.", ("RU-UD", "BY-HR", "Бречалов")),
]


@pytest.mark.parametrize("text,trip", LED_BY_SUBJECT, ids=["governor", "mayor", "next_sentence"])
def test_subject_of_leading_is_the_head(extract, text, trip):
    visits = [f for f in extract(text) if f["type"] == "visit"]
    visitor, host, head = trip  # the host at its region's level or below
    assert len(visits) == 1, visits
    assert visits[0]["visitor"] == visitor and visits[0]["host"].startswith(host), visits
    assert (visits[0]["head"] or "").endswith(head), visits


def test_leader_named_after_the_verb_still_leads(extract):
    text = "Делегация Омской области, которую возглавил вице-губернатор Юрий Федоров, прибыла в Павлодар."
    visits = [f for f in extract(text) if f["type"] == "visit"]
    assert [v["head"] for v in visits] == ["Юрий Федоров"], visits


# meeting.led_right_after: "Делегацию, которую возглавил …, встречал X" right after the talks — X was not at them
WELCOME_AFTER_TALKS = [
    TALKS_SAR + "Делегацию, которую возглавил губернатор, в аэропорту Уральска встречал первый заместитель акима "
    "области Бахытжан Нарымбетов.",
    TALKS_SAR + "Гостей, которых возглавил губернатор, на вокзале встретил первый заместитель акима области Бахытжан "
    "Нарымбетов.",
    TALKS_SAR + "Саратовцев, которых возглавил губернатор, у трапа самолёта встречал первый заместитель акима области "
    "Бахытжан Нарымбетов.",
]


@pytest.mark.parametrize("text", WELCOME_AFTER_TALKS, ids=["airport", "station", "aircraft"])
def test_welcome_after_the_talks_adds_no_participant(extract, text):
    talks = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(talks) == 1 and "Бахытжан Нарымбетов" not in talks[0]["participants"], talks


def test_who_led_the_session_right_after_took_part(extract):
    text = ("В Калуге прошло заседание делового совета Брестской и Калужской областей. Его провели председатель "
            "Брестского облисполкома Пётр Пархомчик и губернатор Калужской области Владислав Шапша.")
    talks = [f for f in extract(text) if f["type"] == "meeting"]
    assert {p.split()[-1] for p in talks[0]["participants"]} >= {"Пархомчик", "Шапша"}, talks
