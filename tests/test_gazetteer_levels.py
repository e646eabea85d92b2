"""Places at every level: units below the region listed or not, towns after a settlement noun,
lists sharing a head noun, regions in apposition to a city, first-level units of partner
countries in any case. Every sentence was written for these tests."""

import pytest

from coopwatch.gazetteer.matcher import find_places
from coopwatch.nlp.annotate import annotate


def mentions(text: str):
    return find_places(annotate(text))


def places(text: str) -> list[str]:
    return [m.id for m in mentions(text)]


# ---- units below the region: "<adjective> <unit noun>" -------------------------------------

@pytest.mark.parametrize("text,expected", [
    # municipal and urban okrugs keep their kind in the name; the region is the one after them
    ("Сокольский муниципальный округ Вологодской области и Лидский район подписали соглашение",
     ["RU-VLG/Сокольский муниципальный округ", "RU-VLG", "BY-HR/Лидский район"]),
    ("глава Тотемского муниципального округа Вологодской области приехал в Гродно",
     ["RU-VLG/Тотемский муниципальный округ", "RU-VLG", "BY-HR/Гродно"]),
    ("делегация Новоуральского городского округа Свердловской области",
     ["RU-SVE/Новоуральский городской округ", "RU-SVE"]),
    # a municipal district is written "район", as the gazetteer writes districts
    ("Кирилловский муниципальный район Вологодской области", ["RU-VLG/Кирилловский район", "RU-VLG"]),
    ("с Дедовичским районом Псковской области", ["RU-PSK/Дедовичский район", "RU-PSK"]),
    # rural units: the adjective agrees with the unit noun
    ("Ивановское сельское поселение Костромской области", ["RU-KOS/Ивановское сельское поселение", "RU-KOS"]),
    # ... or the settlement's name after its noun, as official texts write it
    ("сельское поселение Ивановское Калужской области", ["RU-KLU/Ивановское сельское поселение", "RU-KLU"]),
    ("с городским поселением Песочное Ярославской области", ["RU-YAR/Песочное городское поселение", "RU-YAR"]),
    ("сельское поселение Петровское Тверской области", ["RU-TVE/Петровское сельское поселение", "RU-TVE"]),
    ("председатель Жеребковского сельсовета Белгородской области",
     ["RU-BEL/Жеребковский сельсовет", "RU-BEL"]),
    # a selsovet of a named district nests in it
    ("Знаменский сельсовет Брестского района", ["BY-BR/Брестский район/Знаменский сельсовет", "BY-BR/Брестский район"]),
    # districts of a city nest under the city
    ("Ленинский район Оренбурга", ["RU-ORE/Оренбург/Ленинский район", "RU-ORE/Оренбург"]),
    ("администрация Советского района Махачкалы", ["RU-DA/Махачкала/Советский район", "RU-DA/Махачкала"]),
    ("Центральный район Барнаула", ["RU-ALT/Барнаул/Центральный район", "RU-ALT/Барнаул"]),
    # districts of partner countries: the parent named after them, or the gazetteer's
    ("Ткуарчалского района Абхазии", ["GE-AB/Ткуарчалский район", "GE-AB"]),
    ("делегация Гудаутского района прибыла в Тулу", ["GE-AB/Гудаутский район", "RU-TUL/Тула"]),
    ("Жанибекский район Казахстана граничит с Волгоградской областью",
     ["KZ-27/Жанибекский район", "KZ", "RU-VGG"]),
    ("аким Бурабайского района встретил гостей из Омска", ["KZ-11/Бурабайский район", "RU-OMS/Омск"]),
    ("хоким Кибрайского района и мэр Чебоксар", ["UZ-TO/Кибрайский район", "RU-CU/Чебоксары"]),
    ("в Чиланзарском районе Ташкента", ["UZ-TK/Чиланзарский район", "UZ-TK"]),
    ("Болнисский муниципалитет Грузии", ["GE-KK/Болнисский муниципалитет", "GE"]),
    # an authority of a district the gazetteer does not list stands for the district
    ("Зерноградский районный Совет депутатов Ростовской области",
     ["RU-ROS/Зерноградский район", "RU-ROS"]),
])
def test_units_below_the_region(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("О дружбе договорились Псковский и Могилёвский районы.",
     ["RU-PSK/Псковский район", "BY-MA/Могилёвский район"]),
    ("Кобринский и Гатчинский районы обменялись делегациями",
     ["BY-BR/Кобринский район", "RU-LEN/Гатчинский район"]),
    # "-ским" may be a singular instrumental: the list still holds
    ("соглашение заключено между Дедовичским и Волковысским районами",
     ["RU-PSK/Дедовичский район", "BY-HR/Волковысский район"]),
    ("соглашение заключено между Кукуевским и Волковысским районами",
     ["?/Кукуевский район", "BY-HR/Волковысский район"]),
    ("Тотемский, Сокольский и Вожегодский муниципальные округа Вологодской области",
     ["RU-VLG/Тотемский муниципальный округ", "RU-VLG/Сокольский муниципальный округ",
      "RU-VLG/Вожегодский муниципальный округ", "RU-VLG"]),
])
def test_units_sharing_one_noun(text, expected):
    found = mentions(text)
    assert [m.id for m in found] == expected
    units = [m for m in found if "/" in m.id]
    assert len({m.shared_head for m in units}) == 1 and units[0].shared_head is not None


@pytest.mark.parametrize("text,expected", [
    ("Волковысский райисполком", "BY-HR/Волковысский район"),
    ("Лиозненский районный исполнительный комитет", "BY-VI/Лиозненский район"),
    ("с Горецким районом", "BY-MA/Горецкий район"),
    ("Кукуевского района", "?/Кукуевский район"),  # no region anywhere, no town of it: unplaced, no side
    ("Дедовичского района", "RU-PSK/Дедовичский район"),  # the town Дедовичи is in the Pskov region
])
def test_district_in_any_case(text, expected):
    assert places(text) == [expected]


def test_unplaced_district_takes_the_region_the_document_names_before_it():
    assert places("Делегация Псковской области прибыла в Волковыск. Дедовичский район представил "
                  "свои предприятия.") == ["RU-PSK", "BY-HR/Волковыск", "RU-PSK/Дедовичский район"]


@pytest.mark.parametrize("text", [
    "Новый район построят на окраине Казани.",
    "Соседний район помог с техникой.",
    "Приграничный район посетили гости.",
])
def test_common_adjective_opening_a_sentence_is_no_district(text):
    assert all("район" not in (m.id or "") for m in mentions(text))


# ---- towns after a settlement noun -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("мэр наукограда Кольцово Новосибирской области", ["RU-NVS/Кольцово", "RU-NVS"]),
    ("Томская область и ЗАТО Северск", ["RU-TOM", "RU-TOM/Северск"]),
    ("в рабочем посёлке Кольцово под Новосибирском, Новосибирская область",
     ["RU-NVS/Кольцово", "RU-NVS/Новосибирск", "RU-NVS"]),
    # no region in the sentence: the one the document named before
    ("Новосибирская область подписала соглашения с Беларусью. Мэр наукограда Кольцово выступил первым.",
     ["RU-NVS", "BY", "RU-NVS/Кольцово"]),
    # a list after a plural settlement noun
    ("делегация побывала в сёлах Верхняя Тойма и Лойга Архангельской области",
     ["RU-ARK/Верхняя Тойма", "RU-ARK/Лойга", "RU-ARK"]),
])
def test_towns_after_a_settlement_noun(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the document names two regions: the village may lie in either, so it is left out
    ("Губернатор Курской области принял делегацию Брестской области. Гости посетили село Иванино.",
     ["RU-KRS", "BY-BR"]),
    # the country after the town rules out the region named before it
    ("Солдат из Пенсильвании был ранен у города Газни в Афганистане.", ["US-PA", "AF"]),
    ("Делегация Омской области побывала в Казахстане. Гостей встретили в селе Новоишимка (Казахстан).",
     ["RU-OMS", "KZ", "KZ"]),
])
def test_town_without_a_region_of_its_own(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "Делегацию Шэньяна возглавил мэр города Пань Лиго.",  # a person's name, not a town
    "Фестиваль прошёл в городе мастеров.",
    "Казахстан показал город будущего.",
])
def test_no_town_without_a_place_name(text):
    assert all(not m.id.endswith(("/Пань Лиго", "/Пань", "/Мастеров", "/Будущего")) for m in mentions(text))


# ---- lists sharing a head noun ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("переговоры с руководством Тульской, Рязанской областей и Алтайского края",
     [("RU-TUL", True), ("RU-RYA", True), ("RU-ALT", False)]),
    ("торговые дома Самарской, Пензенской и Ульяновской областей",
     [("RU-SAM", True), ("RU-PNZ", True), ("RU-ULY", True)]),
    ("подписи руководителей Гомельской и Калужской областей",
     [("BY-HO", True), ("RU-KLU", True)]),
    ("губернаторы провинций Мазандаран и Гилян", [("IR-02", True), ("IR-01", True)]),
    ("города Бабольсер и Решт", [("IR-02/Бабольсер", True), ("IR-01/Решт", True)]),
    ("аймаков Дорнод и Хэнтий", [("MN-061", True), ("MN-039", True)]),
])
def test_members_of_a_list_are_places_of_their_own(text, expected):
    found = mentions(text)
    assert [(m.id, m.shared_head is not None) for m in found] == expected
    assert all(m.form != "adj" for m in found)  # "Тульской" names the region itself


# ---- a region in apposition to its city ------------------------------------------------------

@pytest.mark.parametrize("text,city,region", [
    ("Администрация Ижевска, столицы Удмуртии, и Гродненский горисполком", "RU-UD/Ижевск", "RU-UD"),
    ("Брест, административный центр Брестской области, принял гостей", "BY-BR/Брест", "BY-BR"),
    ("делегация Тольятти — крупнейшего города Самарской области", "RU-SAM/Тольятти", "RU-SAM"),
    ("мэрия Ижевска (Удмуртия) сообщила", "RU-UD/Ижевск", "RU-UD"),
])
def test_region_in_apposition_only_locates_the_city(text, city, region):
    found = {m.id: m for m in mentions(text)}
    assert found[region].locates == found[city].start


def test_region_beside_a_city_is_not_an_apposition():
    found = {m.id: m for m in mentions("Казань и Республика Татарстан подписали соглашение с Гродно")}
    assert found["RU-TA"].locates is None


# ---- first-level units of partner countries, in any case ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("губернатор встретился с руководством аймака Дорнод", ["MN-061"]),
    ("делегация Улан-Батора", ["MN-1"]),
    ("в Восточном аймаке Монголии", ["MN-061", "MN"]),
    ("остана Мазендеран", ["IR-02"]),
    ("в провинции Гилян", ["IR-01"]),
    ("из Мазандарана", ["IR-02"]),
    ("в провинции Бариа-Вунгтау", ["VN-43"]),
    ("в провинции Хэйлунцзян и в Харбине", ["CN-HL", "CN-HL/Харбин"]),
    ("мэр Шэньяна", ["CN-LN/Шэньян"]),
    ("в Ереване", ["AM-ER"]),
    ("с Абхазией", ["GE-AB"]),
    ("в Чуйской области и Иссык-Кульской области", ["KG-C", "KG-Y"]),
    ("в Согдийской и Хатлонской областях", ["TJ-SU", "TJ-KT"]),
    ("Нахичеванской Автономной Республикой", ["AZ-NX"]),
])
def test_first_level_units_of_partners(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Брест и китайский Лишуй стали городами-побратимами", ["BY-BR/Брест", "CN", "CN-ZJ/Лишуй"]),
    ("делегация Цзюцзяна посетила Гомель", ["CN-JX/Цзюцзян", "BY-HO/Гомель"]),
    ("в Лояне и Кайфэне провинции Хэнань", ["CN-HA/Лоян", "CN-HA/Кайфэн", "CN-HA"]),
])
def test_prefecture_cities_of_china(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("в Гилянской провинции", ["IR-01"]),
    ("делегации Ширакского и Лорийского марзов", ["AM-SH", "AM-LO"]),
    ("в Ахалском и Лебапском велаятах", ["TM-A", "TM-L"]),
    # Azerbaijan's rayons are its first-level units
    ("Губинский и Гусарский районы Азербайджана", ["AZ-QBA", "AZ-QUS", "AZ"]),
])
def test_level_nouns_of_partner_countries(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("с хокимиятами Андижанской, Ташкентсткой и Бухарской областей", ["UZ-AN", "UZ-TO", "UZ-BU"]),
    ("с Курской, Брянскй и Орловской областями", ["RU-KRS", "RU-BRY", "RU-ORL"]),
    ("руководители Гомельской и Могилевкой областей", ["BY-HO", "BY-MA"]),
])
def test_misspelt_adjective_inside_a_list_of_regions(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "Ташкентсткий делегат приехал в Курск.",  # no list, no level noun: not forgiven
    "с Курской, Ташкетсткой и Орловской областями",  # two letters away from "ташкентский"
])
def test_misspelling_is_forgiven_only_in_a_list_one_letter_away(text):
    assert not any(p.startswith("UZ") for p in places(text))


@pytest.mark.parametrize("text,expected", [
    # a plural unit noun after one adjective: the region's units, not one of them
    ("Вологодские муниципальные округа развивают связи с Беларусью", ["RU-VLG", "BY"]),
    ("Брестские районы приняли гостей", ["BY-BR"]),
    ("Гости побывали в Гомельских районах.", ["BY-HO"]),
    # a singular noun belongs to the adjective next to it only; "Волжский" here is the town
    ("Город Волжский и Палласовский район Волгоградской области",
     ["RU-VGG/Волжский", "RU-VGG/Палласовский район", "RU-VGG"]),
])
def test_one_adjective_with_a_plural_noun_is_no_unit(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "регионов России и Беларуси",  # the noun's complement, not a list of regions
    "столица Татарстана Казань",
    "стран Азии и Африки",
])
def test_complement_of_a_noun_is_no_list(text):
    assert all(m.shared_head is None for m in mentions(text))


def test_abbreviation_after_a_settlement_noun_is_no_town():
    assert places("Ассамблея столиц и крупных городов СНГ собралась в Астане") == ["KZ-71"]


@pytest.mark.parametrize("text,expected", [
    # every district of Belarus is listed: an unknown one lies in the Russian region named
    ("Делегация Курской области посетила Брестскую область. В Сосновском районе открыли выставку.",
     ["RU-KRS", "BY-BR", "RU-KRS/Сосновский район"]),
    ("Игорь Петров принял делегацию Брестской области в Сосновском районе.",
     ["BY-BR", "?/Сосновский район"]),
    # a selsovet may well be Belarusian
    ("Делегация Брестской области посетила Знаменский сельсовет.", ["BY-BR", "BY-BR/Знаменский сельсовет"]),
])
def test_unknown_district_is_not_in_a_country_whose_districts_are_all_listed(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Октябрьский район города Уфы", ["RU-BA/Уфа/Октябрьский район", "RU-BA/Уфа"]),
    ("делегация Советского района г. Махачкалы", ["RU-DA/Махачкала/Советский район", "RU-DA/Махачкала"]),
    # a district named like several the gazetteer knows: the one in the city the document names
    ("Делегация Уфы прибыла в Гродно. Глава Октябрьского района рассказал о планах.",
     ["RU-BA/Уфа", "BY-HR/Гродно", "RU-BA/Уфа/Октябрьский район"]),
])
def test_district_of_a_city(text, expected):
    assert places(text) == expected


def test_a_country_before_a_list_of_regions_does_not_share_their_noun():
    found = mentions("договор с Беларусью, Смоленской и Брянской областями")
    assert [(m.id, m.shared_head is not None) for m in found] == [("BY", False), ("RU-SMO", True), ("RU-BRY", True)]


@pytest.mark.parametrize("text,expected", [
    ("Ошская и Джалал-Абадская области Кыргызстана", [("KG-O", True), ("KG-J", True), ("KG", False)]),
    ("Хэйлунцзянская делегация прибыла в Благовещенск", [("CN-HL", False), ("RU-AMU/Благовещенск", False)]),
    ("В монгольском аймаке Дорнод побывали забайкальцы", [("MN", False), ("MN-061", False), ("RU-ZAB", False)]),
])
def test_names_and_adjectives_of_partners_regions(text, expected):
    assert [(m.id, m.shared_head is not None) for m in mentions(text)] == expected
