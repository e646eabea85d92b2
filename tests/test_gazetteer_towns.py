"""Towns and districts below the region from the generated GeoNames list (cities_geonames.tsv,
town_adjectives.tsv; tools/build_gazetteer_cities.py), and the guards that keep ordinary words,
surnames and rivers from becoming towns. Sentences written for these tests."""

import pytest

from coopwatch.gazetteer.matcher import find_places
from coopwatch.nlp.annotate import annotate
from tests.conftest import assert_facts


def places(text: str) -> list[str]:
    return [m.id for m in find_places(annotate(text))]


@pytest.mark.parametrize("text,expected", [
    # a town of the generated list, in any case
    ("Делегация прибыла в Кингисепп.", ["RU-LEN/Кингисепп"]),
    ("Гости из Кингисеппа осмотрели завод.", ["RU-LEN/Кингисепп"]),
    ("Соглашение с Кингисеппом подписано.", ["RU-LEN/Кингисепп"]),
    ("Делегация из Урджара прибыла в Семей.", ["KZ-10/Урджар", "KZ-10/Семей"]),
    ("Аким района встретился с гостями в Атбасаре.", ["KZ-11/Атбасар"]),
    ("Ярмарка прошла в Каттакургане.", ["UZ-SA/Каттакурган"]),
    ("Мэр Степанавана посетил Ирбит.", ["AM-LO/Степанаван", "RU-SVE/Ирбит"]),
    ("Марнеули и Бугуруслан станут городами-побратимами.", ["GE-KK/Марнеули", "RU-ORE/Бугуруслан"]),
    # a district named by the adjective of its centre town: the town's region
    ("Кингисеппский район подписал соглашение.", ["RU-LEN/Кингисеппский район"]),
    ("Глава Кингисеппского муниципального района выступил на форуме.", ["RU-LEN/Кингисеппский район"]),
    ("В Кингисеппском районе открыли завод.", ["RU-LEN/Кингисеппский район"]),
    ("Сокольский муниципальный округ принял гостей.", ["RU-VLG/Сокольский муниципальный округ"]),
    ("Делегация Сокольского муниципального округа прибыла в Оршу.",
     ["RU-VLG/Сокольский муниципальный округ", "BY-VI/Орша"]),
    ("Соглашение с Сокольским муниципальным округом продлено.", ["RU-VLG/Сокольский муниципальный округ"]),
    # a hand-written town without an adjective of its own: its adjective is generated too
    ("Котласский район представил проекты.", ["RU-ARK/Котласский район"]),
    ("Делегация Тихвинского района прибыла в Гродно.", ["RU-LEN/Тихвинский район", "BY-HR/Гродно"]),
    ("Глава Дедовичского района провёл встречу.", ["RU-PSK/Дедовичский район"]),
    # districts of Uzbekistan, Kyrgyzstan and Tajikistan named after their centres
    ("Хоким Ургутского района посетил Казань.", ["UZ-SA/Ургутский район", "RU-TA/Казань"]),
    ("Делегация Узгенского района прибыла в Оренбург.", ["KG-O/Узгенский район", "RU-ORE/Оренбург"]),
    ("Пенджикентский район и Ишимбайский район подписали соглашение.",
     ["TJ-SU/Пенджикентский район", "RU-BA/Ишимбайский район"]),
    # the instrumental of a town in -ск is the locative of its adjective: before the unit noun, the unit
    ("В Плесецком районе прошла встреча.", ["RU-ARK/Плесецкий район"]),
    ("Плесецкий район и Глубокский район подписали соглашение.",
     ["RU-ARK/Плесецкий район", "BY-VI/Глубокский район"]),
    ("Глава Шимановского района прибыл в Благовещенск.", ["RU-AMU/Шимановский район", "RU-AMU/Благовещенск"]),
    # the region the text names after the unit beats the town's
    ("Сокольский муниципальный округ Нижегородской области", ["RU-NIZ/Сокольский муниципальный округ", "RU-NIZ"]),
])
def test_towns_and_districts_of_the_generated_list(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text,expected", [
    # towns of several regions give one adjective: the region the document names decides
    ("Губернатор Алтайского края принял гостей. Глава Троицкого района рассказал о посевной.",
     ["RU-ALT", "RU-ALT/Троицкий район"]),
    ("Делегация Челябинской области прибыла в Гомель. В её составе глава Троицкого района.",
     ["RU-CHE", "BY-HO/Гомель", "RU-CHE/Троицкий район"]),
    # ... and with none of them named, the largest town's
    ("Глава Троицкого района рассказал о посевной.", ["RU-CHE/Троицкий район"]),
])
def test_district_of_towns_in_several_regions(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    # towns whose names are ordinary words, first names or surnames are not in the list
    "Сокол кружил над полем.",
    "Мирный договор подписан в прошлом году.",
    "Белый дом выступил с заявлением.",
    "Луга и поля зазеленели.",
    "Зима выдалась снежной.",
    "Александров отметил рост поставок.",
    "Пушкин и Лермонтов — любимые поэты гостей.",
    # a town of the list read as a surname by the tagger and built like one
    "Кашин заявил, что переговоры продолжатся.",
    "Росляков получил разрешение на оружие.",
    "Медведев провёл совещание.",
    # a preposition that spells a town's name with its soft sign dropped
    "Об этом сообщает пресс-служба правительства.",
    # an adjective before its noun, not the instrumental of a town in -ск
    "Гости примут участие в Байкальском экономическом форуме.",
    # a river named like a town
    "Стороны обсудили экологию бассейна реки Тобол.",
    "На реке Обь построят новый мост.",
    "Учёные изучили луга бассейна Печоры.",
])
def test_words_that_are_also_towns_are_no_places(text):
    assert places(text) == []


def test_river_and_town_of_one_name():
    assert places("На реке Обь построят мост, сообщили в администрации города Обь Новосибирской области.") \
        == ["RU-NVS/Обь", "RU-NVS"]


CASES = [
    # agreements: districts and towns of the generated list as parties
    ("Кингисеппский район и Лидский район Гродненской области подписали соглашение о сотрудничестве.",
     "agreement", [{"parties": ["RU-LEN/Кингисеппский район", "BY-HR/Лидский район"]}]),
    ("Администрация Кингисеппского муниципального района и Лидский райисполком заключили соглашение о "
     "сотрудничестве.",
     "agreement", [{"parties": ["RU-LEN/Кингисеппский район", "BY-HR/Лидский район"]}]),
    ("Соглашение о сотрудничестве между Кингисеппским районом и Лидским районом подписано в Гродно.",
     "agreement", [{"parties": ["RU-LEN/Кингисеппский район", "BY-HR/Лидский район"]}]),
    ("Сокольский муниципальный округ и Оршанский район подписали соглашение о побратимстве.",
     "agreement", [{"kind": "twinning", "parties": ["RU-VLG/Сокольский муниципальный округ", "BY-VI/Оршанский район"]}]),
    ("Глава Сокольского муниципального округа и председатель Оршанского райисполкома подписали соглашение о "
     "сотрудничестве.",
     "agreement", [{"parties": ["RU-VLG/Сокольский муниципальный округ", "BY-VI/Оршанский район"]}]),
    ("Соглашение о сотрудничестве между Сокольским муниципальным округом и Оршанским районом подписано в Орше.",
     "agreement", [{"parties": ["RU-VLG/Сокольский муниципальный округ", "BY-VI/Оршанский район"]}]),
    ("В Плесецком районе подписано соглашение о сотрудничестве с Глубокским районом Витебской области.",
     "agreement", [{"parties": ["RU-ARK/Плесецкий район", "BY-VI/Глубокский район"]}]),
    ("Кингисепп и Новополоцк подписали соглашение о побратимстве.",
     "agreement", [{"kind": "twinning", "parties": ["RU-LEN/Кингисепп", "BY-VI/Новополоцк"]}]),
    ("Соглашение о побратимских связях между Кингисеппом и Новополоцком подписано в мае.",
     "agreement", [{"kind": "twinning", "parties": ["RU-LEN/Кингисепп", "BY-VI/Новополоцк"]}]),
    ("Мэр Кингисеппа и председатель Новополоцкого горисполкома подписали соглашение о сотрудничестве.",
     "agreement", [{"parties": ["RU-LEN/Кингисепп", "BY-VI/Новополоцк"]}]),
    # visits: towns and districts of Russia and the partner countries as visitors and hosts
    ("Делегация из Кингисеппа прибыла в Новополоцк.",
     "visit", [{"visitor": "RU-LEN/Кингисепп", "host": "BY-VI/Новополоцк"}]),
    ("Новополоцк посетила делегация из Кингисеппа.",
     "visit", [{"visitor": "RU-LEN/Кингисепп", "host": "BY-VI/Новополоцк"}]),
    ("В Кингисепп прибыла делегация Новополоцка.",
     "visit", [{"visitor": "BY-VI/Новополоцк", "host": "RU-LEN/Кингисепп"}]),
    ("Делегация Кингисеппского района прибыла в Новополоцк.",
     "visit", [{"visitor": "RU-LEN/Кингисеппский район", "host": "BY-VI/Новополоцк"}]),
    ("В Новополоцке с визитом побывала делегация Кингисеппского района.",
     "visit", [{"visitor": "RU-LEN/Кингисеппский район", "host": "BY-VI/Новополоцк"}]),
    ("Делегация Шимановского района прибыла в Гомель.",
     "visit", [{"visitor": "RU-AMU/Шимановский район", "host": "BY-HO/Гомель"}]),
    ("Делегация Урджара посетила Омск.",
     "visit", [{"visitor": "KZ-10/Урджар", "host": "RU-OMS/Омск"}]),
    ("Делегация города Каттакурган прибыла в Чебоксары.",
     "visit", [{"visitor": "UZ-SA/Каттакурган", "host": "RU-CU/Чебоксары"}]),
    ("Мэр Ирбита находится с визитом в Степанаване.",
     "visit", [{"visitor": "RU-SVE/Ирбит", "host": "AM-LO/Степанаван"}]),
    ("Делегация Марнеули посетила Ставрополь.",
     "visit", [{"visitor": "GE-KK/Марнеули", "host": "RU-STA/Ставрополь"}]),
    # a surname that is also a town of the list is the person, not a side
    ("Кашин заявил, что соглашение с Новополоцком будет подписано в мае.", "agreement", []),
]


@pytest.mark.parametrize("text,kind,expected", CASES)
def test_towns_and_districts_as_sides(extract, text, kind, expected):
    assert_facts(extract(text), kind, expected)
