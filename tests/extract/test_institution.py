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
]


@pytest.mark.parametrize("text,expected", INSTITUTION, ids=[c[0][:40] for c in INSTITUTION])
def test_institution(extract, text, expected):
    assert_facts(extract(text), "institution", expected)
