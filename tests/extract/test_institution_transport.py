"""institution and transport rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

INSTITUTION = [
    ("В Казани будет открыто Генеральное консульство Республики Беларусь.",
     [{"kind": "consulate", "of": "BY", "in": "RU-TA/Казань", "status": "planned"}]),
    ("В Казани и Уфе появятся генеральные консульства Белоруссии.",
     [{"kind": "consulate", "of": "BY", "in": "RU-TA/Казань", "status": "planned"},
      {"kind": "consulate", "of": "BY", "in": "RU-BA/Уфа", "status": "planned"}]),
    ("В 2011 году в столице Татарстана открылось отделение посольства Белоруссии.",
     [{"kind": "embassy_office", "of": "BY", "in": "RU-TA/Казань", "status": "opened", "date": "2011"}]),
    ("В Казани действует Генеральное консульство Казахстана, а в Астане — представительство Татарстана.",
     [{"kind": "consulate", "of": "KZ", "in": "RU-TA/Казань", "status": "exists"},
      {"kind": "representation", "of": "RU-TA", "in": "KZ-71", "status": "exists"}]),
    # the opening ceremony took place: opened, and the headline's news is the same mission
    ("В Казани открылось Генеральное консульство Узбекистана. Вчера в столице Татарстана состоялась "
     "церемония открытия Генерального консульства Узбекистана.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened"}]),
    # where the decision was taken is not where the missions will sit
    ("В Минске решено открыть генеральные консульства в Самаре и Перми.",
     [{"kind": "consulate", "of": "BY", "in": "RU-SAM/Самара", "status": "planned"},
      {"kind": "consulate", "of": "BY", "in": "RU-PER/Пермь", "status": "planned"}]),
    # what an office is turned into is not yet there
    ("Беларусь планирует преобразовать отделение посольства в Новосибирске в генеральное консульство.",
     [{"kind": "embassy_office", "of": "BY", "in": "RU-NVS/Новосибирск", "status": "exists"},
      {"kind": "consulate", "of": "BY", "in": "RU-NVS/Новосибирск", "status": "planned"}]),
    # each clause its own verb
    ("Вице-премьер Татарстана отметил, что в Алматы открыт Торговый дом Татарстана, а в Астане работает "
     "представительство республики.",
     [{"kind": "trade_house", "of": "RU-TA", "in": "KZ-75", "status": "opened"},
      {"kind": "representation", "of": "RU-TA", "in": "KZ-71", "status": "exists"}]),
    # a source label before a colon is no mission, and its clause gives no place to the next
    ("Посольство Беларуси: в Новосибирске откроется отделение посольства Беларуси.",
     [{"kind": "embassy_office", "of": "BY", "in": "RU-NVS/Новосибирск", "status": "planned"}]),
    # "в вашей стране" said to the other side's ambassador; "нашего региона" is the speaker's
    ("Губернатор Омской области Виталий Хоценко встретился с Послом Узбекистана Ботиржоном Асадовым. «В вашей "
     "стране работает представительство нашего региона», — сказал губернатор.",
     [{"kind": "representation", "of": "RU-OMS", "in": "UZ", "status": "exists"}]),
    # an interest or a proposal is not a plan
    ("Белорусская сторона заинтересована в открытии в Нижнем Новгороде отделения посольства.", []),
    ("Губернатор предложил открыть в Казани генеральное консульство Узбекистана.", []),
    # a title is not a mission
    ("Генеральный консул Казахстана в Екатеринбурге Жарас Мамутбеков посетил Курган.", []),
    # multi-word mission names in any case form (the lexicon's mission_phrases)
    ("Работой торгового дома Башкортостана в Бишкеке довольны в обеих странах.",
     [{"kind": "trade_house", "of": "RU-BA", "in": "KG-GB", "status": "exists"}]),
    ("О торговом доме Казахстана в Омске рассказал губернатор.",
     [{"kind": "trade_house", "of": "KZ", "in": "RU-OMS/Омск", "status": "exists"}]),
    ("Татарстан намерен открыть торговые дома в Ташкенте и Самарканде.",
     [{"kind": "trade_house", "of": "RU-TA", "in": "UZ-TK", "status": "planned"},
      {"kind": "trade_house", "of": "RU-TA", "in": "UZ-SA/Самарканд", "status": "planned"}]),
    # "дипломатическое представительство": some diplomatic mission, its kind not known
    ("В Москве действует дипломатическое представительство Узбекистана.",
     [{"kind": "other", "of": "UZ", "in": "RU-MOW", "status": "exists"}]),
    ("Дипломатическим представительством Армении в Самаре руководит консул.",
     [{"kind": "other", "of": "AM", "in": "RU-SAM/Самара", "status": "exists"}]),
    ("Губернатор встретился с руководством дипломатического представительства Казахстана в Омске.",
     [{"kind": "other", "of": "KZ", "in": "RU-OMS/Омск", "status": "exists"}]),
    # "аналогичное дипучреждение": the kind named before
    ("В Казани уже работает генеральное консульство Узбекистана, а в Уфе откроется аналогичное дипучреждение.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "exists"},
      {"kind": "consulate", "of": "UZ", "in": "RU-BA/Уфа", "status": "planned"}]),
]

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
    ("Между Астраханью и Актау восстановлено паромное сообщение.",
     [{"mode": "water", "between": ["RU-AST/Астрахань", "KZ-47/Актау"], "status": "exists"}]),
    ("Автобусные маршруты связывают Псков и Витебск.",
     [{"mode": "road", "between": ["RU-PSK/Псков", "BY-VI/Витебск"], "status": "exists"}]),
    ("Железнодорожное сообщение между Оренбургом и Актобе возобновят летом.",
     [{"mode": "rail", "between": ["RU-ORE/Оренбург", "KZ-15/Актобе"], "status": "planned"}]),
    # "рейс" is a link only after "прямой"/"регулярный" (two words at most) or named twice
    ("Прямые пассажирские рейсы из Казани в Ташкент выполняются дважды в неделю.",
     [{"mode": "air", "between": ["RU-TA/Казань", "UZ-TK"], "status": "exists"}]),
    ("Рейс из Самары в Ташкент задержали из-за тумана.", []),
]


@pytest.mark.parametrize("text,expected", INSTITUTION, ids=[c[0][:40] for c in INSTITUTION])
def test_institution(extract, text, expected):
    assert_facts(extract(text), "institution", expected)


@pytest.mark.parametrize("text,expected", TRANSPORT, ids=[c[0][:40] for c in TRANSPORT])
def test_transport(extract, text, expected):
    assert_facts(extract(text), "transport", expected)
