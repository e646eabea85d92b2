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
    # "из Сочи в Гюмри" is where flights go, not where they met
    ("Губернатор Краснодарского края Вениамин Кондратьев встретился с послом Армении Григором Ованнисяном. "
     "Стороны обсудили авиасообщение: с весны планируются рейсы из Сочи в Гюмри.",
     [{"kind": "talks", "parties": ["RU-KDA", "AM"], "place": None}]),
    # a compound ordinal counts its tens
    ("В Казани прошло двадцать первое заседание рабочей группы по сотрудничеству Татарстана и Беларуси.",
     [{"kind": "working_group", "parties": ["RU-TA", "BY"], "number": 21}]),
    # said at a session: the quoted promise does not make the session a plan
    ("Беларусь и Оренбургская область в этом году сохранят товарооборот на уровне 500 млн долларов, сказал "
     "вице-премьер Беларуси Петр Пархомчик на заседании рабочей группы по сотрудничеству с российским регионом.",
     [{"kind": "working_group", "parties": ["BY", "RU-ORE"], "participants": ["Петр Пархомчик"]}]),
    # the year of the event the meeting was held at
    ("Глава Башкортостана Радий Хабиров и губернатор Гомельской области Иван Крупко в рамках встречи на "
     "Петербургском международном экономическом форуме — 2023 подписали соглашение.",
     [{"kind": "talks", "parties": ["RU-BA", "BY-HO"], "date": "2023"}]),
    # talks on the sidelines of a forum are a meeting of their own
    ("В рамках Форума регионов Беларуси и России губернатор Смоленской области Василий Анохин встретился с "
     "председателем Витебского облисполкома Александром Субботиным.",
     [{"kind": "forum", "parties": ["BY", "RU"]},
      {"kind": "talks", "parties": ["RU-SMO", "BY-VI"], "participants": ["Василий Анохин", "Александр Субботин"]}]),
    # taking part in a summit is not being received
    ("В октябре в Казани состоялся саммит БРИКС, участие в котором принял Председатель КНР Си Цзиньпин.", []),
    # planned, or a body without a session: nothing
    ("Встреча губернатора Пензенской области с председателем Брестского облисполкома пройдет в мае.", []),
    ("В прошлом году проведено 11 заседаний рабочей группы по сотрудничеству Татарстана и Минской области.",
     []),
    ("В Минске прошло 5-е заседание рабочей группы по сотрудничеству Брянской и Гомельской областей.",
     [{"kind": "working_group", "parties": ["RU-BRY", "BY-HO"], "number": 5}]),
    # "председательствовали" (read by the tagger as a noun) adds its people; a session is one
    # meeting whoever each sentence names at it
    ("В Гомеле прошло заседание рабочей группы по сотрудничеству Брянской и Гомельской областей. "
     "На нем председательствовали Богомаз и председатель облисполкома Иван Крупко. "
     "В рамках заседания протокол подписали министр экономики Брянской области Ольга Сидорова и Крупко.",
     [{"kind": "working_group", "parties": ["RU-BRY", "BY-HO"],
       "participants": ["Иван Крупко", "Ольга Сидорова"]}]),
    # "обсудили" right after a session: what was done at it, not another meeting
    ("В Гродно прошло заседание совместной комиссии Гродненской и Калининградской областей. Председатель "
     "Гродненского облисполкома Юрий Караев и губернатор Калининградской области Алексей Беспрозванных "
     "обсудили вопросы логистики.",
     [{"kind": "commission", "parties": ["BY-HR", "RU-KGD"],
       "participants": ["Юрий Караев", "Алексей Беспрозванных"]}]),
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


def test_yesterday_far_from_the_meeting_word(extract):
    facts = extract("Вчера в Доме Правительства состоялась встреча Премьер-министра Республики Татарстан Алексея "
                    "Песошина с Послом Республики Казахстан Дауреном Абаевым.", "2025-01-15")
    assert_facts(facts, "meeting", [{"kind": "talks", "parties": ["RU-TA", "KZ"], "date": "2025-01-14"}])


def test_date_of_a_meeting_reported_by_its_verb(extract):
    facts = extract("Губернатор Хабаровского края Дмитрий Демешин 11 ноября встретился с губернатором "
                    "провинции Хэйлунцзян Лян Хуэйлин.", published="2024-11-12")
    assert_facts(facts, "meeting", [{"kind": "talks", "date": "2024-11-11", "parties": ["RU-KHA", "CN-HL"]}])
