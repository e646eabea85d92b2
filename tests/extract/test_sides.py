"""Sides of facts whose sentence does not name them, resolved from the document (sentences
written for these tests)."""

import pytest

from tests.conftest import of_type

# sides.camp_held_level: the headline names the city, the body the region whose head is named;
# "регионы", "области", "стороны" are the regions.
CAMP_HELD_LEVEL = [
    ("Аким Карагандинской области посетил Челябинск\n\nГостей принял губернатор Челябинской области "
     "Алексей Текслер. Ранее регионы заключили соглашение о сотрудничестве.", "agreement", ["KZ-35", "RU-CHE"]),
    ("Делегация Гродненской области побывала в Смоленске\n\nВ Смоленске белорусов принял губернатор "
     "Смоленской области Василий Анохин. Стороны подписали соглашение о сотрудничестве.",
     "agreement", ["BY-HR", "RU-SMO"]),
    ("Губернатор Курской области приехал в Гомель\n\nРоман Старовойт провел переговоры с председателем "
     "Гомельского облисполкома Иваном Крупко. В 2023 году товарооборот регионов составил 120 млн долларов.",
     "trade", ["RU-KRS", "BY-HO"]),
]

# the other way round: the city's own head is named, so the city stays the side
CITY_HELD = [
    ("Мэр Казани посетил Минск\n\nМэр Казани Ильсур Метшин встретился с председателем Минского "
     "горисполкома Владимиром Кухаревым. Стороны подписали соглашение о сотрудничестве.",
     "agreement", ["RU-TA/Казань", "BY-HM"]),
]


@pytest.mark.parametrize("text,kind,parties", CAMP_HELD_LEVEL + CITY_HELD)
def test_camp_side_is_the_held_level(extract, text, kind, parties):
    got = of_type(extract(text), kind)
    assert [sorted(f["parties"]) for f in got] == [sorted(parties)], got



# agreement.twins_not_speaker: the speaker's title names a region; the twins are the two places outside it
TWINS_SPOKEN_OF = [
    ("Марзпет Ширакской области Нвер Погосян отметил, что Ульяновск и Гюмри связывают давние побратимские "
     "отношения.", ["AM-SH/Гюмри", "RU-ULY/Ульяновск"]),
    ("Губернатор Калужской области Владислав Шапша напомнил, что Калуга и Гродно давно стали побратимами.",
     ["BY-HR/Гродно", "RU-KLU/Калуга"]),
    ("Председатель Брестского облисполкома Юрий Шулейко рассказал, что Брест и Орёл являются побратимами с 2004 года.",
     ["BY-BR/Брест", "RU-ORL/Орёл"]),
]


@pytest.mark.parametrize("text,parties", TWINS_SPOKEN_OF)
def test_twins_not_the_speakers_region(extract, text, parties):
    got = [f for f in of_type(extract(text), "agreement") if f["kind"] == "twinning"]
    assert [sorted(f["parties"]) for f in got] == [parties], got


# agreement.between_of_other_fact: a 'между' on a link's or trade's noun later in the sentence
INTRO = "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
BETWEEN_OF_ANOTHER_FACT = [
    "Стороны обсудили реализацию соглашения о дружественных связях, подписанного в 2019 году, а также развитие "
    "прямого авиасообщения между Омском и Павлодаром.",
    "Стороны обсудили выполнение соглашения о сотрудничестве, подписанного в 2021 году, и рост товарооборота между "
    "Омском и Павлодаром.",
    "Стороны напомнили о меморандуме, подписанном в 2021 году, и обсудили запуск железнодорожного сообщения между "
    "Омском и Павлодаром.",
]


@pytest.mark.parametrize("sentence", BETWEEN_OF_ANOTHER_FACT)
def test_between_of_another_fact_is_not_the_documents(extract, sentence):
    got = [f for f in of_type(extract(INTRO + sentence), "agreement")]
    assert [sorted(f["parties"]) for f in got] == [["KZ-55", "RU-OMS"]], got


def test_between_on_the_document(extract):
    got = of_type(extract(INTRO + "Подписано соглашение между Омском и Павлодаром о развитии авиасообщения."),
                  "agreement")
    assert [sorted(f["parties"]) for f in got] == [["KZ-55/Павлодар", "RU-OMS/Омск"]], got


def test_between_on_the_documents_topic(extract):
    got = of_type(extract("Подписано соглашение об установлении дружественных связей между Брестом и Орлом."),
                  "agreement")
    assert [sorted(f["parties"]) for f in got] == [["BY-BR/Брест", "RU-ORL/Орёл"]], got


# sides.unlisted_below_other_side: a district the gazetteer cannot place is below the host side's region;
# with no such region, no visit rather than a broken one
PLACED_BELOW_HOST = [
    ("Губернатор Челябинской области Алексей Текслер принял делегацию Брестской области в Сосновском районе.",
     "RU-CHE", "RU-CHE/Сосновский район"),
    ("Делегация Гродненской области побывала в Красноармейском районе. Гостей принял губернатор Челябинской области "
     "Алексей Текслер.", "RU-CHE", "RU-CHE/Красноармейский район"),
    ("Губернатор Самарской области Вячеслав Федорищев встретил делегацию Витебской области в Красноармейском районе.",
     "RU-SAM", "RU-SAM/Красноармейский район"),
]


@pytest.mark.parametrize("text,host,place", PLACED_BELOW_HOST)
def test_unlisted_district_below_the_host(extract, text, host, place):
    got = of_type(extract(text), "visit")
    assert [(f["host"], f["places"]) for f in got] == [(host, [place])], got


def test_unlisted_district_without_a_region_gives_no_broken_visit():
    from coopwatch.extract import extract_document
    from coopwatch.models import Document

    got = extract_document(Document(id="t", text="Глава района Игорь Лысенко принял делегацию Брестской области в "
                                                  "Сосновском районе."))
    assert got.warnings == [] and [f for f in got.facts if f.type == "visit"] == []


# sides.one_side_two_levels: a country's adjective and its own region in the sentence before name one side
ONE_SIDE_TWO_LEVELS = [
    ("В Оренбурге прошло заседание рабочей группы. Казахстанскую делегацию возглавил заместитель акима Актюбинской "
     "области Ерлан Сапаров, российскую — вице-губернатор Оренбургской области Андрей Гриценко. Участники обсудили "
     "выполнение соглашения, подписанного в 2019 году.", ["KZ-15", "RU-ORE"]),
    ("В Бресте прошли переговоры. Российскую делегацию возглавил губернатор Смоленской области Василий Анохин, "
     "белорусскую — председатель Брестского облисполкома Пётр Пархомчик. Гости напомнили о плане мероприятий, "
     "утверждённом в 2023 году.", ["BY-BR", "RU-SMO"]),
    ("В Чебоксарах прошла встреча. Узбекскую делегацию возглавил хоким Навоийской области Нормат Турсунов, "
     "российскую — заместитель председателя кабинета министров Чувашии Иван Моторин. Участники обсудили ход "
     "выполнения меморандума, подписанного в 2022 году.", ["RU-CU", "UZ-NW"]),
]


@pytest.mark.parametrize("text,parties", ONE_SIDE_TWO_LEVELS)
def test_country_and_its_region_are_one_side(extract, text, parties):
    got = of_type(extract(text), "agreement")
    assert [sorted(f["parties"]) for f in got] == [parties], got


# sides.regions_acting: "регионы" as the subject are each side's region
REGIONS_ACTING = [
    ("Глава Удмуртии Александр Бречалов встретился с послом Узбекистана Ботиржоном Асадовым. В прошлом году Удмуртию "
     "посетила делегация Андижанской области. По итогам визита регионы подписали дорожную карту.", ["RU-UD", "UZ-AN"]),
    ("Губернатор Омской области встретился с послом Казахстана в России. Посол напомнил о визите делегации "
     "Павлодарской области в Омск. Тогда регионы заключили соглашение о сотрудничестве.", ["KZ-55", "RU-OMS"]),
    ("Председатель Брестского облисполкома принял посла России в Беларуси. Он рассказал о связях с Калужской "
     "областью. Области подписали план мероприятий.", ["BY-BR", "RU-KLU"]),
]

# sides.heads_of_regions: "руководители регионов", "губернаторы регионов" as the subject — not the countries of the
# forum named in the sentence before
HEADS_OF_REGIONS = [
    ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов обсудили поставки зерна. "
     "Встреча состоялась в рамках Форума межрегионального сотрудничества России и Казахстана. По итогам встречи "
     "руководители регионов подписали соглашение.", ["KZ-55", "RU-OMS"]),
    ("Глава Чувашии Олег Николаев и председатель Гродненского облисполкома Юрий Караев провели переговоры. Они прошли "
     "на полях Форума регионов Беларуси и России. Затем руководители регионов подписали план мероприятий.",
     ["BY-HR", "RU-CU"]),
    ("Губернатор Оренбургской области Евгений Солнцев встретился с акимом Актюбинской области. Мероприятие прошло в "
     "рамках визита делегации России в Казахстан. Губернаторы регионов подписали дорожную карту.",
     ["KZ-15", "RU-ORE"]),
]

@pytest.mark.parametrize("text,parties", REGIONS_ACTING + HEADS_OF_REGIONS)
def test_regions_as_subject_are_the_regions(extract, text, parties):
    got = of_type(extract(text), "agreement")
    assert [sorted(f["parties"]) for f in got] == [parties], got


# sides.of_its_kind: 'края', 'провинцией', 'аймаком', 'республики' stand for the side whose official name has
# that word — the camps also hold a country and a city (a consul's, an ambassador's sentence)
OF_ITS_KIND = [
    ("Губернатор Хабаровского края Дмитрий Демешин провел переговоры с губернатором провинции Хэйлунцзян Ван Цзы. "
     "В переговорах участвовал генеральный консул КНР в Хабаровске. За девять месяцев 2025 года товарооборот края с "
     "провинцией составил 1,2 млрд долларов.", "trade", ["CN-HL", "RU-KHA"]),
    ("Глава Бурятии Алексей Цыденов встретился с губернатором аймака Сэлэнгэ Ганболдом Доржсурэном. Присутствовал "
     "генеральный консул Монголии в Улан-Удэ. Товарооборот республики с аймаком в 2024 году вырос до 40 млн "
     "долларов.", "trade", ["MN-049", "RU-BU"]),
    ("Раис Татарстана Рустам Минниханов встретился с председателем Минского облисполкома. В беседе участвовал "
     "посол Беларуси в России. Товарооборот республики с областью в 2024 году составил 300 млн долларов.",
     "trade", ["BY-MI", "RU-TA"]),
    ("Губернатор Алтайского края Виктор Томенко принял акима Восточно-Казахстанской области. На встрече был "
     "генеральный консул Казахстана в Новосибирске. Соглашение между краем и областью подписали в 2019 году.",
     "agreement", ["KZ-63", "RU-ALT"]),
]


@pytest.mark.parametrize("text,kind,parties", OF_ITS_KIND)
def test_generic_word_of_its_kind(extract, text, kind, parties):
    got = of_type(extract(text), kind)
    assert [sorted(f["parties"]) for f in got] == [parties], got


# sides.trade_of_both: "товарооборот областей" names both sides — the regions, not a diplomat's country or a capital
TRADE_OF_BOTH = [
    ("Губернатор Липецкой области встретился с председателем Брестского облисполкома. Присутствовал генеральный "
     "консул России в Бресте. В 2024 году товарооборот областей достиг 96 млн долларов.", ["BY-BR", "RU-LIP"]),
    ("Глава Чувашии встретился с председателем Витебского облисполкома. В беседе участвовал посол Беларуси в России. "
     "Товарооборот регионов за 2024 год составил 40 млн долларов.", ["BY-VI", "RU-CU"]),
    ("Губернатор Курской области приехал в Гомель\n\nРоман Старовойт провел переговоры с председателем Гомельского "
     "облисполкома. В 2023 году взаимная торговля регионов составила 120 млн долларов.", ["BY-HO", "RU-KRS"]),
]


@pytest.mark.parametrize("text,parties", TRADE_OF_BOTH)
def test_trade_of_both_regions(extract, text, parties):
    got = of_type(extract(text), "trade")
    assert [sorted(f["parties"]) for f in got] == [parties], got


# meeting.diplomat_attends: a consul or an ambassador at regional talks attends for his country; the side is the
# region whose named official came — unless nobody of that country but the diplomat is named
DIPLOMAT_ATTENDS = [
    ("Делегация Липецкой области во главе с первым заместителем губернатора Александром Ремневым прибыла в Брест. "
     "Состоялись переговоры с председателем Брестского облисполкома Петром Пархомчиком. Во встрече участвовал "
     "генеральный консул России в Бресте Иван Сидоров.", ["BY-BR", "RU-LIP"]),
    ("Вице-губернатор Омской области Сергей Бойко прибыл в Павлодар. Переговоры с акимом Павлодарской области Асаином "
     "Байхановым прошли при участии консула России в Павлодаре Олега Иванова.", ["KZ-55", "RU-OMS"]),
    ("Министр экономики Татарстана Мидхат Шагиахметов находится в Минске. Встреча с председателем Минского "
     "облисполкома прошла с участием посла России в Беларуси Бориса Грызлова.", ["BY-MI", "RU-TA"]),
    # the diplomat is the one who meets: his country is the side
    ("Губернатор Курской области Алексей Смирнов встретился с послом Беларуси в России Дмитрием Крутым.",
     ["BY", "RU-KRS"]),
]


@pytest.mark.parametrize("text,parties", DIPLOMAT_ATTENDS)
def test_diplomat_attends_for_the_country(extract, text, parties):
    got = of_type(extract(text), "meeting")
    assert [sorted(f["parties"]) for f in got] == [parties], got


# sides.both_sides: "Стороны" are the people of the meeting told up to three sentences before, not the places of what
# they discussed
SIDES_THREE_BACK = [
    "Губернатор Нижегородской области Глеб Никитин провел встречу с хокимом Ташкентской области Зойиржоном Мирзаевым. "
    "В Ташкенте действуют торговые дома трех областей. По словам губернатора, там откроется и нижегородский. Стороны "
    "также обсудили открытие авиарейса Нижний Новгород — Ташкент.",
    "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Омские "
    "компании работают в Павлодаре давно. Их число растет. Стороны обсудили маршрут Омск — Павлодар.",
    "Глава Чувашии Олег Николаев провел переговоры с председателем Витебского облисполкома Александром Субботиным. "
    "Витебские тракторы работают в республике. Поставки растут. Стороны обсудили рейс Чебоксары — Минск.",
]


@pytest.mark.parametrize("text", SIDES_THREE_BACK)
def test_sides_are_the_meetings_three_sentences_back(extract, text):
    assert len(of_type(extract(text), "meeting")) == 1


# sides.both_sides: "между регионами" is each camp's region when the region and its towns are named about as often as
# its country; a country the text is really about stays
BETWEEN_REGIONS = [
    ("Казахстан и Оренбургская область: цель – миллиард\n\nАким Западно-Казахстанской области Нариман Турегалиев и "
     "губернатор Оренбургской области Евгений Солнцев провели встречу в Уральске. Главы регионов отметили, что по "
     "итогам 2024 года товарооборот между регионами составил 580 млн долларов США.", {"KZ-27", "RU-ORE"}),
    ("Беларусь и Смоленщина\n\nГубернатор Смоленской области Василий Анохин провел переговоры в Витебске с "
     "председателем Витебского облисполкома Александром Субботиным. Товарооборот между регионами в 2024 году "
     "составил 300 млн долларов.", {"BY-VI", "RU-SMO"}),
    ("Китай и Хабаровский край\n\nГубернатор Хабаровского края Дмитрий Демешин посетил Харбин и провел переговоры с "
     "губернатором провинции Хэйлунцзян. Товарооборот между регионами в 2024 году составил 2 млрд долларов.",
     {"CN-HL", "RU-KHA"}),
    # a country named throughout, its region once in passing
    ("Иркутская область и Республика Беларусь развивают связи. Беларусь остаётся ключевым партнёром Иркутской "
     "области, отметил посол Беларуси. В заседании участвовал председатель Брестского облисполкома. Белорусские "
     "компании расширяют поставки. Товарооборот между регионами за девять месяцев 2024 года превысил 77 млн "
     "долларов.", {"BY", "RU-IRK"}),
]


@pytest.mark.parametrize("text,parties", BETWEEN_REGIONS, ids=["uralsk", "vitebsk", "harbin", "country"])
def test_trade_between_regions(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text) if f["type"] == "trade"]
    assert got == [parties], got


# "между городами", "между муниципалитетами": the places of that level, however often their regions are named
BETWEEN_TOWNS = [
    ("Мэр Уфы Ратмир Мавлиев и аким Шымкента Габит Сыздыкбеков подписали соглашение. Как отметил аким, с лета между "
     "городами планируется запустить прямой авиарейс.", {"RU-BA/Уфа", "KZ-79"}, "transport"),
    ("Делегация Иркутского района Иркутской области посетила Монголию. Стороны обсудили сотрудничество Иркутского "
     "района с аймаком Хувсгел Монголии. Между муниципалитетами в 2022 году подписано соглашение о сотрудничестве.",
     {"RU-IRK/Иркутский район", "MN-041"}, "agreement"),
]


@pytest.mark.parametrize("text,parties,kind", BETWEEN_TOWNS, ids=["cities", "municipalities"])
def test_between_places_of_a_level(extract, text, parties, kind):
    got = [set(f.get("between") or f.get("parties")) for f in extract(text) if f["type"] == kind]
    assert parties in got, got


# sides.kind_named_before: "города", "района" right after a city or district its sentence names is that one, not the
# document's main city; a sentence naming none keeps the document's (the role and the meeting alike)
KIND_NAMED_BEFORE = [
    ("Делегация Гомельской области посетила Брянск. На следующий день гости побывали в Новозыбкове и встретились с "
     "главой администрации города Сергеем Сыровым.", "RU-BRY/Новозыбков", ["BY-HO", "RU-BRY/Новозыбков"]),
    ("Губернатор Омской области провел переговоры в Павлодаре. Затем делегация посетила Экибастуз, где гостей принял "
     "аким города Нурлан Петров.", "KZ-55/Экибастуз", None),
    ("Делегация Витебской области прибыла в Псков. Гости осмотрели предприятия Великих Лук и встретились с главой "
     "города Петром Ивановым.", "RU-PSK/Великие Луки", ["BY-VI", "RU-PSK/Великие Луки"]),
    ("Делегация Гомеля прибыла в Брянск. Глава города Иван Петров встретил гостей.", "RU-BRY/Брянск",
     ["BY-HO/Гомель", "RU-BRY/Брянск"]),
]


@pytest.mark.parametrize("text,of,parties", KIND_NAMED_BEFORE, ids=["novozybkov", "ekibastuz", "velikie_luki", "bryansk"])
def test_generic_city_named_before_in_its_sentence(extract, text, of, parties):
    facts = extract(text)
    assert [f["of"] for f in of_type(facts, "role")] == [of]
    if parties:
        assert [sorted(f["parties"]) for f in of_type(facts, "meeting")] == [parties]
