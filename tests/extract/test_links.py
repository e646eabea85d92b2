"""links between facts of one document (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

CASES = [
    # a range of days stands for its first; the day of a narrated trip counts from it
    ("С 14 по 16 мая 2024 года делегация Брестской области находилась в Татарстане. На второй день поездки "
     "делегация провела переговоры в Казани.", "2024-05-20",
     {"visit": [{"visitor": "BY-BR", "host": "RU-TA", "date": "2024-05-14"}],
      "meeting": [{"kind": "talks", "date": "2024-05-15"}]}),
    ("С 3 по 6 июня делегация Омской области работала в Казахстане. На третий день визита губернатор Виталий "
     "Хоценко встретился с акимом Павлодарской области.", "2025-06-10",
     {"visit": [{"visitor": "RU-OMS", "date": "2025-06-03"}], "meeting": [{"kind": "talks", "date": "2025-06-05"}]}),
    ("С 10 по 12 сентября 2023 года делегация Гродненской области находилась в Вологде. В первый день поездки "
     "делегацию принял губернатор Вологодской области Георгий Филимонов.", "2023-09-15",
     {"visit": [{"visitor": "BY-HR", "date": "2023-09-10"}], "meeting": [{"kind": "talks", "date": "2023-09-10"}]}),
    # a meeting on the trip takes the trip's date, and what was signed after it the meeting's
    ("Губернатор Омской области Виталий Хоценко 13 марта находился с рабочим визитом в Павлодаре. "
     "В ходе поездки он провёл переговоры с акимом Павлодарской области Асаином Байхановым. "
     "По итогам встречи стороны подписали дорожную карту по развитию сотрудничества.",
     "2025-03-14",
     {"visit": [{"visitor": "RU-OMS", "host": "KZ-55", "date": "2025-03-13"}],
      "meeting": [{"kind": "talks", "parties": ["RU-OMS", "KZ-55"], "date": "2025-03-13"}],
      "agreement": [{"kind": "roadmap", "parties": ["RU-OMS", "KZ-55"], "date": "2025-03-13"}]}),
    # "Стороны подписали" right after the talks: signed that day; "в ходе визита": a day of the
    # trip, not necessarily the day of the talks
    ("Мэр Новосибирска Максим Кудрявцев и хоким Ташкента Шавкат Умурзаков 14 августа провели переговоры. "
     "Стороны подписали меморандум о сотрудничестве между городами.",
     "2023-08-15",
     {"agreement": [{"kind": "memorandum", "date": "2023-08-14"}]}),
    ("С визитом в Беларуси находится делегация Самарской области во главе с губернатором Вячеславом "
     "Федорищевым. 27 октября его принял Премьер-министр Беларуси Александр Турчин. В ходе визита министр "
     "промышленности Беларуси Александр Ефимов и Вячеслав Федорищев подписали программу сотрудничества.",
     "2025-10-28",
     {"agreement": [{"kind": "plan", "date": None}],
      "meeting": [{"kind": "talks", "date": "2025-10-27"}]}),
    # the co-chairs of the commission are at its session
    ("В Казани состоялось третье заседание межправительственной комиссии России и Киргизии. Губернатор "
     "встретился с сопредседателями комиссии Иваном Петровым и Азаматом Жумабаевым.",
     None,
     {"meeting": [{"kind": "commission", "number": 3, "participants": ["Иван Петров", "Азамат Жумабаев"]},
                  {"kind": "talks"}]}),
    # talks right after an arrival that name only the hosts: the visitor is the other side; "Стороны"
    # are the people of the sentences before
    ("Аким Костанайской области Кумар Аксакалов 24 апреля прибыл в Челябинскую область. В правительстве "
     "региона состоялись переговоры с губернатором Алексеем Текслером. Стороны подписали соглашение о "
     "сотрудничестве.",
     "2025-04-25",
     {"meeting": [{"kind": "talks", "parties": ["RU-CHE", "KZ-39"],
                   "participants": ["Алексей Текслер", "Кумар Аксакалов"]}],
      "agreement": [{"kind": "agreement", "parties": ["RU-CHE", "KZ-39"]}]}),
    # the head of a delegation is at the meeting that received it
    ("Делегация провинции Хэйлунцзян во главе с губернатором Лян Хуэйлином прибыла в Амурскую область. "
     "Гостей принял губернатор Амурской области Василий Орлов.",
     None,
     {"meeting": [{"kind": "talks", "participants": ["Василий Орлов", "Лян Хуэйлин"]}]}),
    # another pair's meeting is not on this trip
    ("Губернатор Омской области 13 марта находился с визитом в Павлодаре. "
     "Тем временем в Минске председатель Гомельского облисполкома Иван Крупко провёл переговоры с "
     "губернатором Брянской области Александром Богомазом.",
     "2025-03-14",
     {"meeting": [{"parties": ["BY-HO", "RU-BRY"], "date": None}]}),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_links(extract, text, published, expected):
    facts = extract(text, published)
    for kind, wanted in expected.items():
        assert_facts(facts, kind, wanted)
