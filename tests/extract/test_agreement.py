"""agreement rules, one sentence each (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

CASES = [
    # signed, with period, signatories and sides from the signatories' titles
    ("Губернатор Астраханской области Игорь Бабушкин и аким Атырауской области Серик Шапкенов "
     "подписали план мероприятий на 2025–2027 годы.",
     [{"kind": "plan", "parties": ["RU-AST", "KZ-23"], "period": [2025, 2027],
       "signatories": ["Игорь Бабушкин", "Серик Шапкенов"]}]),
    # "между A и B" names the sides; an earlier framework agreement with its own date
    ("Подписан План мероприятий между Правительством Республики Татарстан и Минским областным "
     "исполнительным комитетом в рамках Соглашения о сотрудничестве от 12 декабря 2019 года.",
     [{"kind": "plan", "parties": ["RU-TA", "BY-MI"]},
      {"kind": "agreement", "parties": ["RU-TA", "BY-MI"], "date": "2019-12-12"}]),
    # twinning whatever the document is called; the date from the weekday and publication
    ("Мэр Казани Ильсур Метшин и председатель Мингорисполкома Владимир Кухарев подписали в четверг "
     "соглашение об установлении побратимских отношений.",
     [{"kind": "twinning", "parties": ["RU-TA/Казань", "BY-HM"], "date": "2024-12-05"}]),
    # twinning stated without a document
    ("Омск и Витебск — города-побратимы.", [{"kind": "twinning", "parties": ["RU-OMS/Омск", "BY-VI/Витебск"]}]),
    ("Брянск и Гомель являются городами-побратимами с 1993 года.",
     [{"kind": "twinning", "parties": ["RU-BRY/Брянск", "BY-HO/Гомель"], "date": "1993"}]),
    # the region right after a district only says where the district is
    ("Стародорожский район Минской области и Рыбно-Слободский муниципальный район Республики Татарстан "
     "подписали соглашение о сотрудничестве.",
     [{"kind": "agreement", "parties": ["BY-MI/Стародорожский район", "RU-TA/Рыбно-Слободский район"]}]),
    # those in whose presence it was signed are not signatories; "подписи поставили" is a signing
    ("В присутствии Раиса Татарстана Рустама Минниханова и Премьер-министра Беларуси Романа Головченко министр "
     "экономики РТ Мидхат Шагиахметов и министр экономики Беларуси Юрий Чеботарь подписали дорожную карту.",
     [{"kind": "roadmap", "parties": ["RU-TA", "BY"], "signatories": ["Мидхат Шагиахметов", "Юрий Чеботарь"]}]),
    ("Подписи под меморандумом поставили мэр Уфы Ратмир Мавлиев и хоким Бухары Жамшид Ибрагимов.",
     [{"kind": "memorandum", "parties": ["RU-BA/Уфа", "UZ-BU/Бухара"],
       "signatories": ["Ратмир Мавлиев", "Жамшид Ибрагимов"]}]),
    # a plan's years after the phrase of the agreement it implements; an authority is no organisation
    ("Стороны подписали план мероприятий по реализации соглашения между Правительством Псковской области и "
     "Витебским областным исполнительным комитетом на 2024–2026 годы.",
     [{"kind": "plan", "parties": ["RU-PSK", "BY-VI"], "period": [2024, 2026]}]),
    # the years at the end belong to the roadmap, not to the agreement it implements
    ("Мордовия и Гродненская область подписали дорожную карту по реализации соглашения о сотрудничестве на "
     "2025–2026 годы.",
     [{"kind": "roadmap", "parties": ["RU-MO", "BY-HR"], "period": [2025, 2026]},
      {"kind": "agreement", "parties": ["RU-MO", "BY-HR"], "period": None}]),
    # one fact per "между" pair of a plural
    ("В ходе визита были подписаны соглашения между Татарстаном и Гомельской областью, а также между Казанью и "
     "Гомелем.",
     [{"kind": "agreement", "parties": ["RU-TA", "BY-HO"]},
      {"kind": "agreement", "parties": ["RU-TA/Казань", "BY-HO/Гомель"]}]),
    # one fact per listed partner
    ("Между Республикой Беларусь и Курской областью действуют соглашения с тремя регионами "
     "(Гомельской, Могилевской и Брестской областями).",
     [{"kind": "agreement", "parties": ["RU-KRS", "BY-HO"]}, {"kind": "agreement", "parties": ["RU-KRS", "BY-MA"]},
      {"kind": "agreement", "parties": ["RU-KRS", "BY-BR"]}]),
    # planned, hoped or counted: nothing
    ("Губернатор Курской области провел переговоры в Гомеле. Планируется подписание меморандума "
     "о сотрудничестве Курской и Гомельской областей.", []),
    ("Гомельская область намерена подписать соглашение с Курской областью.", []),
    # "Соглашение подписали" after a twinning statement names that twinning
    ("Витебск и Смоленск стали городами-побратимами. Соглашение подписали председатель Витебского "
     "горисполкома Виктор Николайкин и глава Смоленска Александр Новиков.",
     [{"kind": "twinning", "parties": ["BY-VI/Витебск", "RU-SMO/Смоленск"],
       "signatories": ["Виктор Николайкин", "Александр Новиков"]}]),
    # a year the signing verb governs, however far from it
    ("Ранее, в 2021 году, Смоленская область и Витебская область утвердили программу сотрудничества "
     "на 2021–2023 годы.",
     [{"kind": "plan", "parties": ["RU-SMO", "BY-VI"], "date": "2021", "period": [2021, 2023]}]),
    ("Ожидается подписание соглашения между Брестской и Смоленской областями.", []),
    ("Всего между регионами России и Беларуси заключено 26 соглашений.", []),
    # a roadmap and the agreement it implements
    ("Северо-Казахстанская и Курганская области подписали дорожную карту по реализации соглашения "
     "о сотрудничестве.",
     [{"kind": "roadmap", "parties": ["KZ-59", "RU-KGN"]}, {"kind": "agreement", "parties": ["KZ-59", "RU-KGN"]}]),
    # each partner of a list with one home side; "аналогичные" takes the kind before it
    ("Глава Администрации Уфы Ратмир Мавлиев и мэр Оша Жанарбек Акаев подписали меморандум об установлении "
     "побратимских связей. Ранее Уфа заключила аналогичные соглашения с Бишкеком и Ташкентом.",
     [{"kind": "twinning", "parties": ["RU-BA/Уфа", "KG-GO"]}, {"kind": "twinning", "parties": ["RU-BA/Уфа", "KG-GB"]},
      {"kind": "twinning", "parties": ["RU-BA/Уфа", "UZ-TK"]}]),
    # "до 2015 года" is an open start
    ("Власти Белоруссии и Башкортостана подписали программу сотрудничества до 2015 года.",
     [{"kind": "plan", "parties": ["BY", "RU-BA"], "period": [None, 2015]}]),
    # a document noun coordinated with a counted one is counted too: no fact
    ("За время визита подписано 9 соглашений и протоколов между омской и казахстанской сторонами.", []),
    ("Регионы заключили более 20 договоров и меморандумов между Брестской и Смоленской областями.", []),
    ("Всего подписано пять меморандумов и соглашений между Гродненской и Ленинградской областями.", []),
    # the document named again after its predicate ("обусловлено", "стало") is the same document
    ("Брестская и Смоленская области подписали соглашение о сотрудничестве. Подписание соглашения обусловлено "
     "ростом торговли между областями.",
     [{"kind": "agreement", "parties": ["BY-BR", "RU-SMO"]}]),
    ("Гомельская и Брянская области подписали меморандум. Подписание меморандума стало итогом визита белорусской "
     "делегации.", [{"kind": "memorandum", "parties": ["BY-HO", "RU-BRY"]}]),
    # ... and gives it the date it was signed
    ("Создана рабочая группа по реализации соглашения между Башкортостаном и Татарстаном. Отметим, что "
     "соглашение было заключено в апреле 2019 года.",
     [{"kind": "agreement", "parties": ["RU-BA", "RU-TA"], "date": "2019-04"}]),
    # signed "между": the sides follow the signing participle
    ("Соглашение о сотрудничестве подписано между Витебской областью и Псковской областью.",
     [{"kind": "agreement", "parties": ["BY-VI", "RU-PSK"]}]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_agreement(extract, text, expected):
    assert_facts(extract(text, published="2024-12-05"), "agreement", expected)


def test_signatories_named_in_next_sentence(extract):
    facts = extract("Татарстан и Ташкентская область подписали соглашение о сотрудничестве. "
                    "Подписи под документом поставили Рустам Минниханов и хоким Ташкентской области "
                    "Гуломжон Ибрагимов.")
    assert_facts(facts, "agreement", [{"kind": "agreement", "parties": ["RU-TA", "UZ-TO"],
                                       "signatories": ["Рустам Минниханов", "Гуломжон Ибрагимов"]}])
