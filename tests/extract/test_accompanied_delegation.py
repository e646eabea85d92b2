"""One who went along with the delegation, told right after its meeting ("Армянскую делегацию
сопровождал Генеральный консул …"), was at the meeting (meeting.accompanied_delegation) — wordings of ours."""

import pytest

ACCOMPANIED = [
    ("Губернатор Ставропольского края Владимир Владимиров провел встречу с марзпетом Ширакской области Арамом "
     "Хачатряном. Армянскую делегацию сопровождал генеральный консул Армении Ваган Мхитарян.", "Ваган Мхитарян"),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином Байхановым. "
     "Казахстанскую делегацию сопровождал генеральный консул Казахстана в Омске Ерлан Искаков.", "Ерлан Искаков"),
    ("Раис Татарстана Рустам Минниханов встретился с председателем Минского облисполкома Александром Турчиным. "
     "Белорусскую делегацию сопровождал посол Беларуси в России Александр Рогожник.", "Александр Рогожник"),
]


@pytest.mark.parametrize("text,person", ACCOMPANIED, ids=["consul", "consul-in-city", "ambassador"])
def test_the_companion_was_at_the_meeting(extract, text, person):
    got = [f["participants"] for f in extract(text) if f["type"] == "meeting"]
    assert len(got) == 1 and person in got[0], got


def test_a_companion_told_later_is_not(extract):
    text = ("Раис Татарстана Рустам Минниханов встретился с председателем Минского облисполкома Александром Турчиным. "
            "Стороны обсудили поставки техники. Гости осмотрели завод. Белорусскую делегацию в поездке сопровождал "
            "посол Беларуси в России Александр Рогожник.")
    got = [f["participants"] for f in extract(text) if f["type"] == "meeting"]
    assert all("Александр Рогожник" not in p for p in got), got
