"""The place matcher: every case, adjectives, authorities, districts (phrases written for these tests)."""

import pytest

from coopwatch.gazetteer.matcher import find_places
from coopwatch.gazetteer.places import capital_of, lineage
from coopwatch.nlp.annotate import annotate


def places(text: str) -> list[str]:
    return [m.id for m in find_places(annotate(text))]


@pytest.mark.parametrize("text,expected", [
    ("с Республикой Татарстан и Минской областью", ["RU-TA", "BY-MI"]),
    ("в Свердловской области и Соединенных Штатах", ["RU-SVE", "US"]),
    ("председатель Минского облисполкома", ["BY-MI"]),
    ("председатель Мингорисполкома", ["BY-HM"]),
    ("Гомельский областной исполнительный комитет", ["BY-HO"]),
    ("с Курской и Брянской областями", ["RU-KRS", "RU-BRY"]),
    ("Волковысский район заключил соглашение с Вяземским районом Смоленской области",
     ["BY-HR/Волковысский район", "RU-SMO/Вяземский район", "RU-SMO"]),
    ("между Казанью и Минском", ["RU-TA/Казань", "BY-HM"]),
    ("в Нижнем Новгороде", ["RU-NIZ/Нижний Новгород"]),
    ("российско-белорусских отношений", ["RU", "BY"]),
    ("Госсовет РТ", ["RU-TA"]),
    ("белорусская делегация", ["BY"]),
    ("мэр Тяньцзиня", ["CN-TJ"]),
    ("делегация из села Лойга Архангельской области", ["RU-ARK/Лойга", "RU-ARK"]),
    # an authority's name does not swallow the first word of a longer place name
    ("Председатель Государственного Совета Республики Татарстан", ["RU-TA"]),
    ("Совет Республики Национального собрания", ["BY"]),
    # a district named like one we know, placed by the text in another city
    ("Первомайский район Бишкека", ["KG-GB/Первомайский район", "KG-GB"]),
    # two towns of one name: the region's capital unless the document says otherwise
    ("делегация прибыла в Иваново", ["RU-IVA/Иваново"]),
    # a town followed by a region that does not hold the town we know by that name is that region's own
    ("делегация побывала в Кирове Калужской области", ["RU-KLU/Киров", "RU-KLU"]),
    ("делегация Гродно побывала в Кировске Мурманской области", ["BY-HR/Гродно", "RU-MUR/Кировск", "RU-MUR"]),
    ("встреча прошла в Кирове", ["RU-KIR/Киров"]),
    # a word that is a city's instrumental or an adjective's locative is the adjective only before a noun it agrees with
    ("Казань подписала с Минском соглашение", ["RU-TA/Казань", "BY-HM"]),
    ("Гомель заключил с Брянском договор", ["BY-HO/Гомель", "RU-BRY/Брянск"]),
    ("делегация побывала на Минском тракторном заводе", ["BY-MI"]),
    ("о Минском соглашении рассказал посол", ["BY-MI"]),
    # a district's name given once with its region means that district wherever it is named alone
    ("Кировский район Калужской области принял гостей. Глава Кировского района рассказал о планах.",
     ["RU-KLU/Кировский район", "RU-KLU", "RU-KLU/Кировский район"]),
    ("Октябрьский район Курской области и Лидский район подписали соглашение. Октябрьский район готовит визит.",
     ["RU-KRS/Октябрьский район", "RU-KRS", "BY-HR/Лидский район", "RU-KRS/Октябрьский район"]),
    ("Первомайский район Бишкека и Уфа подписали соглашение. Делегация Первомайского района прибыла в Уфу.",
     ["KG-GB/Первомайский район", "KG-GB", "RU-BA/Уфа", "KG-GB/Первомайский район", "RU-BA/Уфа"]),
])
def test_places(text, expected):
    assert places(text) == expected


def test_ambiguous_abbreviation_follows_the_document():
    assert places("Республика Башкортостан ... Правительство РБ сообщило") == ["RU-BA", "RU-BA"]
    assert places("Республика Беларусь ... Правительство РБ сообщило") == ["BY", "BY"]
    # "РА": Armenia, Abkhazia or Adygea, whichever the document is about
    assert places("Делегация Абхазии прибыла в Москву. В её составе глава МИД РА.") == ["GE-AB", "RU-MOW", "GE-AB"]
    assert places("Премьер-министр Армении выступил в Ереване. Правительство РА одобрило план.")[-1] == "AM"
    assert places("Глава Адыгеи провёл совещание в Майкопе. Кабинет министров РА утвердил программу.")[-1] == "RU-AD"


def test_surname_is_not_a_town():
    assert "RU-MOS/Королёв" not in places("Сергей Королёв выступил с докладом")


@pytest.mark.parametrize("text,expected", [
    # a first name that is also a town, first in a name after a title: the person
    ("аким Туркестанской области Дархан Сатыбалды подписал меморандум", ["KZ-61"]),
    ("Дархан Сатыбалды встретился с губернатором Омской области", ["RU-OMS"]),
    ("в переговорах участвовал министр Дархан Бекмурзаев", []),
    # ... but a place after a preposition, or alone, stays a place
    ("делегация побывала в Дархан Уул", ["MN-037/Дархан"]),
    ("губернатор Бурятии посетил Дархан", ["RU-BU", "MN-037/Дархан"]),
])
def test_first_name_that_is_a_town(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a two-word name whose first word ends a place's name: the surname Ван, not the Turkish province Van
    ("Губернатор провинции Ван Вэньтао встретился с губернатором края.", []),
    ("Делегацию провинции Ван Лихуа привез в Хабаровск.", ["RU-KHA/Хабаровск"]),
    ("Заместитель губернатора провинции Ван Чжиюн выступил на форуме.", []),
    # ... a longer name after it, or none: the province
    ("Губернатор провинции Ван Мехмет Алпер посетил Казань.", ["TR-65", "RU-TA/Казань"]),
    ("Делегация провинции Ван прибыла в Казань.", ["TR-65", "RU-TA/Казань"]),
])
def test_surname_that_ends_a_place_name(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a capital named by its country's or region's word is the capital city
    ("Встреча прошла в белорусской столице.", ["BY-HM"]),
    ("Встреча прошла в югорской столице.", ["RU-KHM/Ханты-Мансийск"]),
    ("Делегация прибыла в казахстанскую столицу.", ["KZ-71"]),
    ("Встреча прошла в столице Татарстана.", ["RU-TA/Казань"]),
    ("Столица Беларуси принимает гостей.", ["BY-HM"]),
    ("В столицах Башкортостана и Татарстана работают представительства.", ["RU-BA/Уфа", "RU-TA/Казань"]),
    # ... not where the city itself is named with it
    ("Мэр Ижевска, столицы Удмуртии, встретился с гостями.", ["RU-UD/Ижевск", "RU-UD"]),
    ("В столице Татарстана Казани прошла встреча.", ["RU-TA", "RU-TA/Казань"]),
])
def test_capital_named_by_its_territory(text, expected):
    assert places(text) == expected


def test_hierarchy_and_capitals():
    assert lineage("RU-BA/Уфа/Орджоникидзевский район") == [
        "RU-BA/Уфа/Орджоникидзевский район", "RU-BA/Уфа", "RU-BA", "RU"]
    assert capital_of("RU-TA") == "RU-TA/Казань"


@pytest.mark.slow  # builds the index: lemmatises every name of the gazetteer
def test_place_index_cache_is_built_once_and_replaces_stale_versions(tmp_path, monkeypatch):
    from coopwatch.gazetteer.index import trie

    monkeypatch.setenv("COOPWATCH_CACHE", str(tmp_path))
    stale = tmp_path / "places-0000000000000000.pickle"
    stale.write_bytes(b"built from older data files")
    built = trie.__wrapped__()
    cached = list(tmp_path.glob("places-*.pickle"))
    assert len(cached) == 1 and cached[0] != stale
    assert trie.__wrapped__() == built  # loaded back from the cache, the same index


@pytest.mark.parametrize("text,expected", [
    # names pymorphy does not know, declined: the nominative comes back from the case ending
    ("делегация из Согда прибыла в Курган", ["TJ-SU", "RU-KGN/Курган"]),
    ("ярмарка прошла в Хоабине, гости приехали из Ниньбиня", ["VN-14", "VN-18"]),
    ("губернатор побывал в Хэнтие и Дорноде", ["MN-039", "MN-061"]),
    ("с Куангнамом и Кханьхоа", ["VN-27", "VN-34"]),
    # a name read as written beats a guessed form of another name ("Цзянси" is no form of "Цзянсу")
    ("провинции Цзянси и Цзянсу", ["CN-JX", "CN-JS"]),
])
def test_unknown_names_in_any_case(text, expected):
    assert places(text) == expected


def test_plural_demonym_is_no_country_name():
    # "Белорусы" is people, not the misspelt "Белорусь" in a plural a country name never takes
    found = find_places(annotate("Белорусы провели переговоры с акимом."))
    assert [(m.id, m.form) for m in found] == [("BY", "demonym")]



def test_short_quotation_with_a_verb_is_speech_not_a_name():
    # «…» with a finite verb is what someone said: its places are ordinary mentions; a short name stays a name
    said = find_places(annotate("«Мы были в Гомеле», — сказал он."))
    named = find_places(annotate("Делегация посетила ОАО «Гомельский химический завод»."))
    assert [(m.id, m.in_org) for m in said] == [("BY-HO/Гомель", False)]
    assert [m.in_org for m in named] == [True]


def test_airports_serve_cities_the_gazetteer_knows():
    from coopwatch import paths
    from coopwatch.gazetteer.places import airport_city, gazetteer, read_tsv

    gz = gazetteer()
    rows = [r for r in read_tsv(paths.AIRPORTS) if r]
    assert len(rows) >= 20
    for name, city in rows:
        assert gz.level(city) in ("city", "region"), (name, city)  # Moscow and Minsk are regions as well as cities
        assert airport_city(name) == city
    assert airport_city("Толмачево") == airport_city("Толмачёво") == "RU-NVS/Новосибирск"
    assert airport_city("Новосибирск") is None


@pytest.mark.parametrize("text", [
    "Делегация Татарстана посетила Ханой.",
    "Ханой принял делегацию Казани.",
    "Авиакомпания открыла рейсы Москва — Ханой.",
])
def test_a_city_named_as_written_beats_a_case_form_of_another_place(text):
    # "Ханой" is also the instrumental of "Хана", which is how pymorphy reads the province "Ханам"
    assert "VN-HN" in places(text) and "VN-63" not in places(text)


@pytest.mark.parametrize("text", [
    "Глава Тувы Владислав Ховалыг провёл переговоры с послом Монголии.",
    "Делегация Тувы прибыла в Улан-Батор.",
    "Правительство Тувы и Монголия подписали меморандум.",
])
def test_tuva_is_not_the_mongolian_aimag_in_a_mongolian_context(text):
    assert "RU-TY" in places(text) and "MN-047" not in places(text)
