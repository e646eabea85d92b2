"""institution rules (texts written for these tests)."""

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
    # institution.senders_listed: a plural mission noun with a list of senders, one mission per sender
    ("В Ташкенте действуют торговые дома Самарской, Пензенской и Ульяновской областей.",
     [{"kind": "trade_house", "of": "RU-SAM", "in": "UZ-TK", "status": "exists"},
      {"kind": "trade_house", "of": "RU-PNZ", "in": "UZ-TK", "status": "exists"},
      {"kind": "trade_house", "of": "RU-ULY", "in": "UZ-TK", "status": "exists"}]),
    ("В Бишкеке работают представительства Татарстана и Башкортостана.",
     [{"kind": "representation", "of": "RU-TA", "in": "KG-GB", "status": "exists"},
      {"kind": "representation", "of": "RU-BA", "in": "KG-GB", "status": "exists"}]),
    ("Генеральные консульства Беларуси и Казахстана открылись в Новосибирске.",
     [{"kind": "consulate", "of": "BY", "in": "RU-NVS/Новосибирск", "status": "opened"},
      {"kind": "consulate", "of": "KZ", "in": "RU-NVS/Новосибирск", "status": "opened"}]),
    ("В Алматы откроются торговые дома Омской и Новосибирской областей.",
     [{"kind": "trade_house", "of": "RU-OMS", "in": "KZ-75", "status": "planned"},
      {"kind": "trade_house", "of": "RU-NVS", "in": "KZ-75", "status": "planned"}]),
    ("Торговые дома Татарстана в Ташкенте и Алматы работают успешно.",
     [{"kind": "trade_house", "of": "RU-TA", "in": "UZ-TK"}, {"kind": "trade_house", "of": "RU-TA", "in": "KZ-75"}]),
    # institution.misspelt_noun: a mission noun one letter off
    ("В Уфе готовится к открытию Генконсулство Узбекистана.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-BA/Уфа", "status": "planned"}]),
    ("В Казани работает генконсулство Казахстана.",
     [{"kind": "consulate", "of": "KZ", "in": "RU-TA/Казань", "status": "exists"}]),
    ("Посолство Беларуси в Москве провело приём.",
     [{"kind": "embassy", "of": "BY", "in": "RU-MOW", "status": "exists"}]),
    ("В Бишкеке открыто представительсво Башкортостана.",
     [{"kind": "representation", "of": "RU-BA", "in": "KG-GB", "status": "opened"}]),
    ("В Казани завершилось председательство Узбекистана в организации.", []),
    # "готовится к открытию": planned
    ("Консульство Казахстана в Омске готовится к открытию.",
     [{"kind": "consulate", "of": "KZ", "in": "RU-OMS/Омск", "status": "planned"}]),
    # institution.new_premises: new premises of a working mission (FACTS 1.2) — it exists
    ("В Минске открылся новый офис представительства Татарстана.",
     [{"kind": "representation", "of": "RU-TA", "in": "BY-HM", "status": "exists"}]),
    ("В Харбине открыли новый офис Генконсульства России.",
     [{"kind": "consulate", "of": "RU", "in": "CN-HL/Харбин", "status": "exists"}]),
    ("В Казани открылось новое здание генерального консульства Узбекистана.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "exists"}]),
    ("В Минске открылся офис представительства Татарстана.",
     [{"kind": "representation", "of": "RU-TA", "in": "BY-HM", "status": "opened"}]),
    # institution.work_started: starting work is opening
    ("С сегодняшнего дня в Казани начинает работу генеральное консульство Узбекистана.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened"}]),
    ("Премьер-министр Узбекистана дал старт работе генерального консульства в Казани.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened"}]),
    ("Торговый дом Татарстана приступил к работе в Ташкенте.",
     [{"kind": "trade_house", "of": "RU-TA", "in": "UZ-TK", "status": "opened"}]),
    ("Представительство Башкортостана в Бишкеке начнёт работу в марте.",
     [{"kind": "representation", "of": "RU-BA", "in": "KG-GB", "status": "planned"}]),
    ("Генеральное консульство Узбекистана в Казани продолжает работу.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "exists"}]),
    # institution.page_timestamp: a date beside a clock time is when the page was posted
    ("Генеральное консульство Узбекистана открылось в Казани 12 марта 2019, 14:05",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened", "date": None}]),
    ("Открыто генеральное консульство Узбекистана в Казани 14:05, 12.03.2019",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened", "date": None}]),
    ("В Казани открылось генеральное консульство Узбекистана 14:05 12.03.2019",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened", "date": None}]),
    ("Генеральное консульство Узбекистана открылось в Казани в 2019 году.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened", "date": "2019"}]),
    # honorary consulates are consulates; an honorary consul is a title
    ("Почётное консульство Кыргызстана открылось в Самаре.",
     [{"kind": "consulate", "of": "KG", "in": "RU-SAM/Самара", "status": "opened"}]),
    ("Почётный консул Киргизии в Самаре Иван Петров встретился с губернатором.", []),
    ("Руководитель отделения посольства Беларуси в Смоленске Иван Петров посетил выставку.", []),
    # institution.mission_named_again: a bare "представительство" of a country is its consulate or embassy again
    ("В Самаре открылось почётное консульство Киргизии. Консул пообещал, что двери представительства в Самаре "
     "будут открыты для всех.",
     [{"kind": "consulate", "of": "KG", "in": "RU-SAM/Самара", "status": "opened"}]),
    ("Генеральное консульство Узбекистана работает в Казани. Это представительство Узбекистана в Казани помогает "
     "бизнесу.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "exists"}]),
    ("В Москве действует посольство Казахстана. Представительство Казахстана в Москве провело приём.",
     [{"kind": "embassy", "of": "KZ", "in": "RU-MOW", "status": "exists"}]),
    ("В Москве действует посольство Казахстана. Торговое представительство Казахстана в Москве провело приём.",
     [{"kind": "embassy", "of": "KZ", "in": "RU-MOW"}, {"kind": "representation", "of": "KZ", "in": "RU-MOW"}]),
    # institution.list_of_other_name: a list right after another mission's name is that mission's
    ("Помимо посольства Беларуси в Москве генеральные консульства Беларуси работают в Казани и Уфе.",
     [{"kind": "embassy", "of": "BY", "in": "RU-MOW"}, {"kind": "consulate", "of": "BY", "in": "RU-TA/Казань"},
      {"kind": "consulate", "of": "BY", "in": "RU-BA/Уфа"}]),
    ("Кроме посольства Узбекистана в Москве генконсульство Узбекистана действует в Казани.",
     [{"kind": "embassy", "of": "UZ", "in": "RU-MOW"}, {"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань"}]),
    ("Помимо консульского отдела в посольстве Казахстана в Москве генеральное консульство Казахстана есть в Омске.",
     [{"kind": "embassy", "of": "KZ", "in": "RU-MOW"}, {"kind": "consulate", "of": "KZ", "in": "RU-OMS/Омск"}]),
    # institution.at_home: a region's mission in its own country's capital is not on the other side
    ("Глава Татарстана встретился с послом Узбекистана. Представительство Татарстана в Москве провело приём.", []),
    ("Глава Татарстана встретился с главой Башкортостана. В Уфе работает представительство Татарстана.",
     [{"kind": "representation", "of": "RU-TA", "in": "RU-BA/Уфа", "status": "exists"}]),
]


@pytest.mark.parametrize("text,expected", INSTITUTION, ids=[c[0][:40] for c in INSTITUTION])
def test_institution(extract, text, expected):
    assert_facts(extract(text), "institution", expected)


# constructions of a mission's status and sender, three wordings each
CONSTRUCTIONS = [
    # institution.counted_missions: a count of missions is no mission
    ("Беларусь открыла в России несколько генеральных консульств.", []),
    ("В Казахстане действуют пять торговых домов Омской области.", []),
    ("Узбекистан открыл в России ряд консульств.", []),
    # institution.staff_means_exists: the mission's building, staff or head: the mission as it is
    ("Здание генерального консульства Узбекистана в Казани отремонтируют к осени.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "exists"}]),
    ("Здание посольства Узбекистана в Москве отремонтируют.",
     [{"kind": "embassy", "of": "UZ", "in": "RU-MOW", "status": "exists"}]),
    ("Здание торгового дома Омской области в Павлодаре расширят в следующем году.",
     [{"kind": "trade_house", "of": "RU-OMS", "in": "KZ-55/Павлодар", "status": "exists"}]),
    # institution.deadline: "до <date>" is a deadline of something else, not the day it opened
    ("Представительство Башкортостана в Бишкеке открыто; его штат доукомплектуют до 1 марта 2026 года.",
     [{"kind": "representation", "of": "RU-BA", "status": "opened", "date": None}]),
    ("В Уфе открыто консульство Казахстана, документы принимают до 20 мая 2025 года.",
     [{"kind": "consulate", "of": "KZ", "in": "RU-BA/Уфа", "status": "opened", "date": None}]),
    ("В Омске открыто генконсульство Казахстана, запись на приём продлится до 30 июня 2025 года.",
     [{"kind": "consulate", "of": "KZ", "in": "RU-OMS/Омск", "status": "opened", "date": None}]),
    # institution.decided_to_open: a decision to open is a plan
    ("Подписано распоряжение об учреждении представительства Татарстана в Ташкенте.",
     [{"kind": "representation", "of": "RU-TA", "in": "UZ-TK", "status": "planned"}]),
    ("Принято решение об открытии генконсульства Узбекистана в Казани.",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "planned"}]),
    ("Правительство издало постановление об открытии торгового дома Омской области в Павлодаре.",
     [{"kind": "trade_house", "of": "RU-OMS", "in": "KZ-55/Павлодар", "status": "planned"}]),
    # institution.sender_of_mission_before: "…, а торговый дом — в Бишкеке": the sender of the mission before
    ("Представительство Татарстана работает в Ташкенте, а торговый дом — в Бишкеке.",
     [{"kind": "representation", "of": "RU-TA", "in": "UZ-TK"}, {"kind": "trade_house", "of": "RU-TA", "in": "KG-GB"}]),
    ("Торговый дом Татарстана работает в Алматы, а представительство — в Ташкенте.",
     [{"kind": "trade_house", "of": "RU-TA"}, {"kind": "representation", "of": "RU-TA", "in": "UZ-TK"}]),
    ("Представительство Омской области работает в Астане, а торговый дом — в Бишкеке.",
     [{"kind": "representation", "of": "RU-OMS", "in": "KZ-71"}, {"kind": "trade_house", "of": "RU-OMS", "in": "KG-GB"}]),
    # institution.sender_named_closer: the headline's country and the body's region send one mission
    ("Белорусский торговый дом в Иркутске\n\nВ Иркутске начал работу торговый дом Могилевской области.",
     [{"kind": "trade_house", "of": "BY-MA", "in": "RU-IRK/Иркутск", "status": "opened"}]),
    ("Торговый дом Узбекистана открылся в Казани\n\nВ Казани открылся торговый дом Самаркандской области.",
     [{"kind": "trade_house", "of": "UZ-SA", "in": "RU-TA/Казань", "status": "opened"}]),
    ("Торговый дом Казахстана в Омске\n\nВ Омске открылся торговый дом Павлодарской области.",
     [{"kind": "trade_house", "of": "KZ-55", "in": "RU-OMS/Омск", "status": "opened"}]),
    # ... in the body, a country's mission and its region's are two
    ("В Казани работает торговый дом Узбекистана. Еще один торговый дом — Ферганской области — откроется в Казани "
     "в 2026 году.", [{"kind": "trade_house", "of": "UZ", "status": "exists"},
                      {"kind": "trade_house", "of": "UZ-FA", "status": "planned"}]),
    ("Губернатор рассказал о связях. В Казани открылся торговый дом Узбекистана. В Казани также открылся торговый дом "
     "Ферганской области.", [{"kind": "trade_house", "of": "UZ"}, {"kind": "trade_house", "of": "UZ-FA"}]),
]


@pytest.mark.parametrize("text,expected", CONSTRUCTIONS, ids=[c[0][:40] for c in CONSTRUCTIONS])
def test_institution_constructions(extract, text, expected):
    assert_facts(extract(text), "institution", expected)


# the day a mission opened, in a dated text: the day the text gives, not the day it was published
DATED = [
    ("В Санкт-Петербурге 6 июня состоялось открытие почётного консульства Кыргызстана.", "2008-06-10",
     [{"kind": "consulate", "of": "KG", "in": "RU-SPE", "status": "opened", "date": "2008-06-06"}]),
    ("Сегодня губернатор принял посла Кыргызстана. В Самаре 6 июня прошло торжественное открытие генерального "
     "консульства Кыргызстана.", "2008-06-10",
     [{"kind": "consulate", "of": "KG", "in": "RU-SAM/Самара", "status": "opened", "date": "2008-06-06"}]),
    ("Открыто почётное консульство Кыргызстана в Санкт-Петербурге 23:44 10.06.2008. В Санкт-Петербурге 6 июня "
     "состоялось открытие почётного консульства Кыргызстана.", "2008-06-10",
     [{"kind": "consulate", "of": "KG", "in": "RU-SPE", "status": "opened", "date": "2008-06-06"}]),
    # "с сегодняшнего дня": news of the day
    ("С сегодняшнего дня в Казани начинает работу генеральное консульство Узбекистана.", "2008-06-10",
     [{"kind": "consulate", "of": "UZ", "in": "RU-TA/Казань", "status": "opened", "date": "2008-06-10"}]),
]


@pytest.mark.parametrize("text,published,expected", DATED, ids=[c[0][:40] for c in DATED])
def test_institution_dated(extract, text, published, expected):
    assert_facts(extract(text, published), "institution", expected)


# institution.closed_already and clauses.counterfactual: a mission closed, or only imagined, is no fact; one that is to
# close later still works
NOT_WORKING = [
    ("Генеральное консульство Польши в Калининграде закрыто в 2023 году.", []),
    ("Консульство Латвии в Пскове прекратило работу.", []),
    ("В 2022 году Литва закрыла генконсульство в Калининграде.", []),
    ("Если бы в Казани появилось консульство Узбекистана, это упростило бы работу.", []),
    ("Открытие торгового дома Татарстана в Ташкенте помогло бы бизнесу.", []),
    ("Отделение посольства Беларуси в Новосибирске закроют после открытия генконсульства.",
     [{"kind": "embassy_office", "status": "exists"}, {"kind": "consulate", "status": "planned"}]),
]


@pytest.mark.parametrize("text,expected", NOT_WORKING, ids=[c[0][:40] for c in NOT_WORKING])
def test_closed_or_imagined_mission(extract, text, expected):
    assert_facts(extract(text), "institution", expected)


# institution.senders_counted: missions of a set of territories, counted or not named one by one, are no fact
COUNTED = [
    ("Сейчас в Беларуси уже работают представительства 12 российских регионов.", []),
    ("В Ташкенте работают торговые дома российских регионов.", []),
    ("В Казани открыты консульства 5 государств.", []),
    ("В Минске работают представительства Свердловской, Челябинской и Тюменской областей.",
     [{"of": "RU-SVE"}, {"of": "RU-CHE"}, {"of": "RU-TYU"}]),
]


@pytest.mark.parametrize("text,expected", COUNTED, ids=[c[0][:40] for c in COUNTED])
def test_missions_of_a_counted_set(extract, text, expected):
    assert_facts(extract(text), "institution", expected)


# institution.ceremony_after: a mission opened with no date of its own takes the ceremony's told right after
CEREMONY_AFTER = [
    ("В Ставрополе торжественно открылось почетное консульство Республики Армения. Церемония состоялась 5 ноября с "
     "участием губернатора Ставропольского края.", "2025-11-05"),
    ("В Казани открылось генеральное консульство Узбекистана. Торжественная церемония прошла 12 марта.", "2025-03-12"),
    ("В Уфе открыт торговый дом Кыргызстана. Церемония открытия состоялась 3 июня в присутствии посла.", "2025-06-03"),
    # a ceremony of something else, later on
    ("В Казани открылось генеральное консульство Узбекистана. Через неделю в Ташкенте прошла выставка.", None),
]


@pytest.mark.parametrize("text,day", CEREMONY_AFTER, ids=["stavropol", "kazan", "ufa", "other"])
def test_opening_ceremony_told_after(extract, text, day):
    got = [f["date"] for f in extract(text, "2025-11-20") if f["type"] == "institution"]
    assert got == [day], got


# a document that provides for an opening ("Документ предусматривает открытие …") plans it (clauses.unrealised,
# lexicon intent_words); a mission open now that a document provided for is open
PROVIDED_FOR = [
    ("Подписан меморандум между Новосибирской и Чуйской областями. Документ предусматривает открытие в Бишкеке "
     "торгового представительства Новосибирской области.",
     [{"kind": "representation", "of": "RU-NVS", "in": "KG-GB", "status": "planned"}]),
    ("Соглашение предусматривает создание в Ташкенте торгового дома Самарской области.",
     [{"kind": "trade_house", "of": "RU-SAM", "in": "UZ-TK", "status": "planned"}]),
    ("Дорожной картой предусмотрено открытие представительства Татарстана в Ташкенте.",
     [{"kind": "representation", "of": "RU-TA", "in": "UZ-TK", "status": "planned"}]),
    ("В Ташкенте открыт торговый дом Самарской области, создание которого предусмотрено соглашением.",
     [{"kind": "trade_house", "of": "RU-SAM", "in": "UZ-TK", "status": "opened"}]),
]


@pytest.mark.parametrize("text,expected", PROVIDED_FOR, ids=["memorandum", "agreement", "roadmap", "opened"])
def test_opening_a_document_provides_for_is_planned(extract, text, expected):
    assert_facts(extract(text), "institution", expected)
