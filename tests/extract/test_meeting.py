"""meeting rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

CASES = [
    ("Губернатор Брянской области Александр Богомаз встретился с председателем Гомельского облисполкома "
     "Иваном Крупко.",
     [{"kind": "talks", "parties": ["RU-BRY", "BY-HO"], "participants": ["Александр Богомаз", "Иван Крупко"]}]),
    ("В Минске состоялось 12-е заседание совместной рабочей группы по сотрудничеству Оренбургской области и "
     "Республики Беларусь.",
     [{"kind": "working_group", "parties": ["RU-ORE", "BY"], "number": 12, "place": "BY-HM"}]),
    ("В Казани прошло пятое заседание межправительственной комиссии Татарстана и Узбекистана.",
     [{"kind": "commission", "parties": ["RU-TA", "UZ"], "number": 5}]),
    ("Делегации Брянской и Витебской областей приняли участие в Форуме регионов России и Беларуси.",
     [{"kind": "forum", "parties": ["RU", "BY"]}]),
    # "посла … в России" is where the post is, not where they met
    ("Раис Татарстана Рустам Минниханов принял Чрезвычайного и Полномочного посла Азербайджана в России "
     "Рахмана Мустафаева.",
     [{"kind": "talks", "parties": ["RU-TA", "AZ"], "place": None}]),
    # planned, or a body without a session: nothing
    ("Встреча губернатора Пензенской области с председателем Брестского облисполкома пройдет в мае.", []),
    ("Власти Башкирии создали рабочую группу для развития сотрудничества с Татарстаном.", []),
    # a governor and his own country's ambassador: no partner
    ("Губернатор Курской области Роман Старовойт встретился с послом России в Белоруссии Борисом Грызловым.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_meeting(extract, text, expected):
    assert_facts(extract(text), "meeting", expected)


def test_one_on_one_and_wider_format_are_one_meeting(extract):
    facts = extract("Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Алексей Кушнаренко "
                    "обсудили вопросы сотрудничества в формате «один на один». Далее состоялась встреча в "
                    "расширенном составе.")
    assert_facts(facts, "meeting", [{"kind": "talks", "parties": ["RU-TA", "BY-MI"]}])


def test_participants_from_participation_sentence(extract):
    facts = extract("Раис Татарстана Рустам Минниханов встретился с послом Белоруссии Дмитрием Крутым. "
                    "Во встрече принял участие министр промышленности Татарстана Олег Коробченко.")
    assert_facts(facts, "meeting", [{"kind": "talks", "parties": ["RU-TA", "BY"],
                                     "participants": ["Рустам Минниханов", "Дмитрий Крутой", "Олег Коробченко"]}])
