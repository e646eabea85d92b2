"""A diplomat met is his country's side, unless an official of a region of it is told by the meeting (the
delegation's head: meeting.diplomat_attends); one told only after it, as a future visitor, changes nothing —
wordings of ours."""

import pytest

MET = [
    ("Между Астраханью и Актау запущена паромная линия. Об этом на встрече с консулом Республики Казахстан в Астрахани Бауыржаном Жанбуршиным сообщил губернатор "
     "Астраханской области Игорь Бабушкин. В сентябре Астрахань посетит аким Мангистауской области Нурдаулет Килыбай.",
     {"KZ", "RU-AST"}),
    ("Губернатор Оренбургской области Евгений Солнцев встретился с генеральным консулом Казахстана в Оренбурге "
     "Маратом Ахметовым. Предприятия региона и Актюбинской области заключили контракты на поставку зерна. Осенью в "
     "регион приедет аким Актюбинской области Асхат Шахаров.", {"KZ", "RU-ORE"}),
    ("Между Уфой и Андижаном запущен автобусный маршрут. Об этом на встрече с генеральным консулом Узбекистана в "
     "Уфе Рустамом Каримовым сообщил Глава Башкортостана Радий Хабиров. В декабре республику посетит хоким "
     "Андижанской области Шухратбек Абдурахмонов.", {"UZ", "RU-BA"}),
]


@pytest.mark.parametrize("text,parties", MET, ids=["astrakhan", "orenburg", "ufa"])
def test_the_consul_met_is_his_countrys_side(extract, text, parties):
    talks = [f for f in extract(text, "2025-08-09") if f["type"] == "meeting"]
    assert [set(f["parties"]) for f in talks] == [parties], talks


def test_the_consul_beside_a_delegation_head_is_no_side(extract):
    text = ("Делегация Липецкой области во главе с первым заместителем губернатора Александром Ремневым прибыла в "
            "Брест. Состоялись переговоры с председателем Брестского облисполкома Петром Пархомчиком. Во встрече "
            "участвовал генеральный консул России в Бресте Иван Сидоров.")
    talks = [f for f in extract(text, "2025-08-09") if f["type"] == "meeting"]
    assert [set(f["parties"]) for f in talks] == [{"RU-LIP", "BY-BR"}], talks
