"""transport rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

TRANSPORT = [
    ("Раис высоко оценил наличие прямого авиасообщения между Казанью и Минском.",
     [{"mode": "air", "between": ["RU-TA/Казань", "BY-HM"], "status": "exists"}]),
    ("Прямое авиа- и железнодорожное сообщение связывает Казань, Астану и Алматы.",
     [{"mode": "air", "between": ["RU-TA/Казань", "KZ-71"]}, {"mode": "air", "between": ["RU-TA/Казань", "KZ-75"]},
      {"mode": "rail", "between": ["RU-TA/Казань", "KZ-71"]}, {"mode": "rail", "between": ["RU-TA/Казань", "KZ-75"]}]),
    ("Руководители договорились о возобновлении прямого авиасообщения между Иркутском и Минском.",
     [{"mode": "air", "between": ["RU-IRK/Иркутск", "BY-HM"], "status": "planned"}]),
    ("Из Уфы в Минск будут открыты прямые авиарейсы.",
     [{"mode": "air", "between": ["RU-BA/Уфа", "BY-HM"], "status": "planned"}]),
    ("Также обсуждалось открытие прямого авиарейса между Самарой и Ташкентом.",
     [{"mode": "air", "between": ["RU-SAM/Самара", "UZ-TK"], "status": "planned"}]),
    # a clause naming one new end links it to the home end of the link just named
    ("Сейчас между Пекином и Иркутском выполняются прямые рейсы, а с декабря планируется открыть рейсы в Шэньян.",
     [{"mode": "air", "between": ["RU-IRK/Иркутск", "CN-BJ"], "status": "exists"},
      {"mode": "air", "between": ["RU-IRK/Иркутск", "CN-LN/Шэньян"], "status": "planned"}]),
    # two clauses, two links: each its own ends and status
    ("Сейчас из Краснодара в Ереван выполняются регулярные рейсы, а с весны планируется запуск рейсов "
     "из Сочи в Гюмри.",
     [{"mode": "air", "between": ["RU-KDA/Краснодар", "AM-ER"], "status": "exists"},
      {"mode": "air", "between": ["RU-KDA/Сочи", "AM-SH/Гюмри"], "status": "planned"}]),
    # a mode word right before a link noun
    ("Между Астраханью и Актау восстановлено паромное сообщение.",  # restored: opened, as 'возобновлено' (own o163)
     [{"mode": "water", "between": ["RU-AST/Астрахань", "KZ-47/Актау"], "status": "opened"}]),
    ("Автобусные маршруты связывают Псков и Витебск.",
     [{"mode": "road", "between": ["RU-PSK/Псков", "BY-VI/Витебск"], "status": "exists"}]),
    ("Железнодорожное сообщение между Оренбургом и Актобе возобновят летом.",
     [{"mode": "rail", "between": ["RU-ORE/Оренбург", "KZ-15/Актобе"], "status": "planned"}]),
    # "рейс" is a link only after "прямой"/"регулярный" (two words at most) or named twice
    ("Прямые пассажирские рейсы из Казани в Ташкент выполняются дважды в неделю.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "exists"}]),
    ("Рейс из Самары в Ташкент задержали из-за тумана.", []),
    # an airline in the sentence makes a bare "рейс" a flight
    ("«Уральские авиалинии» сохранят рейсы из Екатеринбурга в Бишкек, сообщила авиакомпания.",
     [{"mode": "air", "between": ["RU-SVE/Екатеринбург", "KG-GB"], "status": "exists"}]),
    # transport.first_trip, transport.first_trip_made: the trip that opens a route
    ("Авиакомпания «Белавиа» в среду запустила первый рейс из Гомеля в Сочи.",
     [{"mode": "air", "between": ["BY-HO/Гомель", "RU-KDA/Сочи"], "status": "opened"}]),
    ("Первый прямой рейс из Казани в Ташкент приземлился вечером.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "opened"}]),
    ("Первый поезд из Оренбурга в Актобе отправился в понедельник.",
     [{"mode": "rail", "between": ["RU-ORE/Оренбург", "KZ-15/Актобе"], "status": "opened"}]),
    ("Первый автобусный рейс из Пскова в Витебск отправился утром.",
     [{"mode": "road", "between": ["RU-PSK/Псков", "BY-VI/Витебск"], "status": "opened"}]),
    ("Первый рейс из Уфы в Минск вылетит 1 июня.",
     [{"mode": "air", "between": ["RU-BA/Уфа", "BY-HM"], "status": "planned"}]),
    ("Последний рейс из Самары в Ташкент задержали из-за тумана.", []),
    # transport.route_in_name: a route "A – B", in quotes too; both ends in one country is no link
    ("Поезд «Москва – Минск» отправляется каждый вечер.",
     [{"mode": "rail", "between": ["RU-MOW", "BY-HM"], "status": "exists"}]),
    ("Международный поезд «Иркутск – Улан-Батор» перевёз за год десять тысяч пассажиров.",
     [{"mode": "rail", "between": ["RU-IRK/Иркутск", "MN-1"], "status": "exists"}]),
    ("По автобусному маршруту «Псков – Витебск» ездят студенты.",
     [{"mode": "road", "between": ["RU-PSK/Псков", "BY-VI/Витебск"], "status": "exists"}]),
    ("Поезд «Иркутск – Наушки» ходит ежедневно.", []),
    # transport.capital_end: "в столицу X" is X's capital
    ("Из Перми в столицу Узбекистана летают прямые рейсы.",
     [{"mode": "air", "between": ["RU-PER/Пермь", "UZ-TK"], "status": "exists"}]),
    ("Из столицы Беларуси в Казань ходит поезд.",
     [{"mode": "rail", "between": ["BY-HM", "RU-TA/Казань"], "status": "exists"}]),
    ("Прямые рейсы из Новосибирска в столицу Киргизии выполняются трижды в неделю.",
     [{"mode": "air", "between": ["RU-NVS/Новосибирск", "KG-GB"], "status": "exists"}]),
    # transport.capitals_of_sides: the capitals of the two sides, at the level the noun names
    ("Глава Башкортостана встретился с премьер-министром Беларуси. Стороны решили открыть авиасообщение между "
     "столицами двух республик.",
     [{"mode": "air", "between": ["RU-BA/Уфа", "BY-HM"], "status": "planned"}]),
    ("Глава Татарстана встретился с послом Казахстана. Между столицами двух стран летают прямые рейсы.",
     [{"mode": "air", "between": ["RU-MOW", "KZ-71"], "status": "exists"}]),
    ("Губернатор Омской области провёл переговоры с акимом Павлодарской области. Столицы обеих областей свяжет "
     "автобусный маршрут.",
     [{"mode": "road", "between": ["RU-OMS/Омск", "KZ-55/Павлодар"], "status": "planned"}]),
    ("Губернатор Омской области провёл переговоры с акимом Павлодарской области. Между двумя регионами летают "
     "прямые рейсы.",
     [{"mode": "air", "between": ["RU-OMS", "KZ-55"], "status": "exists"}]),
    # transport.only_discussed: a link that is only a topic of talks; its opening talked of is planned
    ("На встрече обсуждались вопросы развития железнодорожного сообщения между Омском и Павлодаром.", []),
    ("Стороны обсудили авиасообщение между Уфой и Ташкентом.", []),
    ("Губернатор и посол говорили о расширении паромного сообщения между Астраханью и Актау.", []),
    ("Стороны обсудили запуск поезда из Оренбурга в Актобе.",
     [{"mode": "rail", "between": ["RU-ORE/Оренбург", "KZ-15/Актобе"], "status": "planned"}]),
    # an opening under negotiations, an accord or work in progress is planned (clauses.unrealised,
    # lexicon intent_words), not a link running now; once the talks are over and it opened, it is opened
    ("Сейчас ведутся переговоры о запуске прямого авиарейса Челябинск – Костанай.",
     [{"mode": "air", "between": ["RU-CHE/Челябинск", "KZ-39/Костанай"], "status": "planned"}]),
    ("Прорабатывается вопрос открытия рейса Казань – Ташкент.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "planned"}]),
    ("Достигнута договоренность о запуске автобусного сообщения между Омском и Павлодаром.",
     [{"mode": "road", "between": ["RU-OMS/Омск", "KZ-55/Павлодар"], "status": "planned"}]),
    ("После переговоров в Омске открыт рейс Омск – Павлодар.",
     [{"mode": "air", "between": ["RU-OMS/Омск", "KZ-55/Павлодар"], "status": "opened"}]),
    ("Развитию туризма способствует прямое авиасообщение между Екатеринбургом и Астаной.",
     [{"mode": "air", "between": ["RU-SVE/Екатеринбург", "KZ-71"], "status": "exists"}]),
    # transport.suspended: FACTS has no status for a link stopped — no fact; a reopening is planned
    ("С марта приостановлено железнодорожное сообщение между Читой и Маньчжурией.", []),
    ("Из-за ремонта моста перестанут ходить поезда между Читой и Маньчжурией.", []),
    ("Авиакомпания отменила рейсы из Сочи в Ереван.", []),
    ("Приостановленные весной прямые рейсы из Казани в Стамбул возобновят в июне.",
     [{"mode": "air", "between": ["RU-TA/Казань", "TR-34/Стамбул"], "status": "planned"}]),
    # transport.suspended_link_not_working: the link stopped, at any level of its ends, gives no fact elsewhere
    ("Россия приостановила железнодорожное сообщение с Монголией. Билеты на поезд «Москва – Улан-Батор» можно "
     "сдать в кассу.", []),
    ("Казахстан временно прекратил авиасообщение с Россией. Прямые рейсы из Астаны в Новосибирск вернутся не "
     "скоро.", []),
    ("Авиасообщение между Узбекистаном и Россией приостановлено. Раньше из Ташкента в Казань летали прямые рейсы.",
     []),
    ("Авиасообщение между Узбекистаном и Россией приостановлено, но с июня прямые рейсы из Ташкента в Казань "
     "возобновят.",
     [{"mode": "air", "between": ["UZ-TK", "RU-TA/Казань"], "status": "planned"}]),
    ("Беларусь прекратила автобусное сообщение с Литвой. Поезд «Минск – Вильнюс» пока курсирует.",
     [{"mode": "rail", "between": ["BY-HM", "LT-VL/Вильнюс"], "status": "exists"}]),
    # transport.kept_running: a link extended or running until a time exists, whatever the tense
    ("Авиасообщение между Пермью и Ташкентом продлится до весны.",
     [{"mode": "air", "between": ["RU-PER/Пермь", "UZ-TK"], "status": "exists"}]),
    ("Прямые рейсы из Самары в Бишкек будут выполняться до 30 марта.",
     [{"mode": "air", "between": ["RU-SAM/Самара", "KG-GB"], "status": "exists"}]),
    ("Перевозчик решил сохранить прямые рейсы из Уфы в Минск.",
     [{"mode": "air", "between": ["RU-BA/Уфа", "BY-HM"], "status": "exists"}]),
    ("Авиакомпания продлит прямые рейсы из Казани в Ташкент до конца октября.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "exists"}]),
    ("Прямые рейсы из Самары в Бишкек будут выполняться с 30 марта.",
     [{"mode": "air", "between": ["RU-SAM/Самара", "KG-GB"], "status": "planned"}]),
    ("Прямые рейсы из Уфы до Минска будут выполняться дважды в неделю.",
     [{"mode": "air", "between": ["RU-BA/Уфа", "BY-HM"], "status": "planned"}]),
]


@pytest.mark.parametrize("text,expected", TRANSPORT, ids=[c[0][:40] for c in TRANSPORT])
def test_transport(extract, text, expected):
    assert_facts(extract(text), "transport", expected)


# clauses.counterfactual: a link that "would be" is neither running nor planned
IMAGINED = [
    ("Губернатор отметил, что прямой рейс между Омском и Ташкентом был бы востребован.", []),
    ("Прямое авиасообщение между Казанью и Минском помогло бы туристам.", []),
    ("Если бы открылся поезд между Оренбургом и Актобе, поток пассажиров вырос бы.", []),
    ("Прямой рейс между Омском и Ташкентом откроется в мае.", [{"mode": "air", "status": "planned"}]),
]


@pytest.mark.parametrize("text,expected", IMAGINED, ids=[c[0][:40] for c in IMAGINED])
def test_imagined_link_is_no_fact(extract, text, expected):
    assert_facts(extract(text), "transport", expected)


# sides.linked_places / sides.our_places: "Города связывает …", "Наши регионы связывают …" — the places linked are both
# sides; "не только …, но и …" is one clause (clauses.split_clauses); a topic of talks stays none
LINKED_PLACES = [
    ("Мэр Иркутска и мэр Улан-Батора встретились в Иркутске. Города связывает прямое авиасообщение.",
     [{"mode": "air", "between": ["MN-1", "RU-IRK/Иркутск"], "status": "exists"}]),
    ("Губернатор Астраханской области встретился с акимом Мангистауской области. Области соединяет паромное "
     "сообщение.", [{"mode": "water", "between": ["KZ-47", "RU-AST"], "status": "exists"}]),
    ("Мэр Казани встретился с хокимом Ташкента. Города также связывают прямые авиарейсы.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "exists"}]),
    ("Мэр Иркутска Руслан Болотов и мэр Улан-Батора встретились в Иркутске. «Наши города связывает не только "
     "история, но и прямое авиасообщение», – отметил Руслан Болотов.",
     [{"mode": "air", "between": ["MN-1", "RU-IRK/Иркутск"], "status": "exists"}]),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Наши регионы обсудили авиасообщение.", []),
]


@pytest.mark.parametrize("text,expected", LINKED_PLACES, ids=["cities", "ferry", "kazan", "not_only_but", "topic"])
def test_places_linked_are_both_sides(extract, text, expected):
    assert_facts(extract(text), "transport", expected)


# sides.both_sides: "между нашими городами" — the possessive between the pair word and the plural
BETWEEN_OURS = [
    ("Мэр Новосибирска встретился с делегацией Харбина. «Рассчитываем, что будет возобновлено прямое авиасообщение "
     "между нашими городами», – сказал мэр.", [{"mode": "air", "between": ["CN-HL/Харбин", "RU-NVS/Новосибирск"],
                                               "status": "planned"}]),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Между нашими регионами курсируют "
     "автобусы.", [{"mode": "road", "between": ["KZ-55", "RU-OMS"], "status": "exists"}]),
    ("Мэр Казани встретился с хокимом Ташкента. «Между нашими городами летают прямые рейсы», – сказал мэр.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "exists"}]),
    ("Мэр Казани встретился с хокимом Ташкента. «Наши города развивают туризм», – сказал мэр.", []),
]


@pytest.mark.parametrize("text,expected", BETWEEN_OURS, ids=["harbin", "buses", "kazan", "no_link"])
def test_between_our_places(extract, text, expected):
    assert_facts(extract(text), "transport", expected)
