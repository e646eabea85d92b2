"""Constructions of the o443–o450 batch, in three wordings of ours: the trip told after 'ответный визит:' is the
earlier one (visit.return_trip_told_after); the official accompanied on a trip made it (visit.accompanied_on_trip); a
document acted upon, its sides named, is in force (agreement.guiding_document) and its places are not the subjects of
another document ('между Правительством Республики Узбекистан', sides.subjects_before); a document of another kind
signed in a participle of its own is not the one before (agreement.another_kind_beside); documents of counted
territories are an aggregate (agreement.counted_holders); a mission that turns so many years opened then
(institution.working_for_years); a count of delegations in words no longer stops the visit rules."""

import pytest

RETURN_TOLD_AFTER = [
    ("Губернатор Курганской области Вадим Шумков, прибывший в Костанай, провёл переговоры с акимом Костанайской области "
     "Кумаром Аксакаловым. «Это ответный визит: в августе аким побывал в Кургане», — отметил глава региона.",
     ("KZ-39", "RU-KGN", "Кумар Аксакалов", "2026-08")),
    ("Председатель Витебского облисполкома Александр Субботин прибыл в Псков. «Это ответный визит: весной губернатор "
     "побывал в Витебске», — сказал он.", ("RU-PSK", "BY-VI", None, None)),
    ("Делегация Омской области находится в Павлодаре. «Это наш ответный визит — в июне аким приезжал в Омск», — "
     "отметил вице-губернатор.", ("KZ-55", "RU-OMS", None, "2026-06")),
]


@pytest.mark.parametrize("text,trip", RETURN_TOLD_AFTER, ids=["colon", "spring", "dash"])
def test_the_trip_told_after_a_return_visit_is_the_earlier_one(extract, text, trip):
    got = [(f["visitor"], f["host"], f["head"], f["date"]) for f in extract(text, "2026-10-20") if f["type"] == "visit"]
    assert trip in got and len(got) == 2, got


ACCOMPANIED = [
    ("А в марте я сопровождал Раиса Татарстана Рустама Минниханова в поездке в Астану, где он провёл переговоры с "
     "Премьер-министром Казахстана Олжасом Бектеновым.", ("RU-TA", "Рустам Минниханов")),
    ("Советник сопровождала губернатора Омской области Виталия Хоценко во время визита в Павлодар.",
     ("RU-OMS", "Виталий Хоценко")),
    ("Консул сопровождал председателя Гомельского облисполкома Ивана Крупко в поездке в Брянск.",
     ("BY-HO", "Иван Крупко")),
]


@pytest.mark.parametrize("text,trip", ACCOMPANIED, ids=["astana", "pavlodar", "bryansk"])
def test_the_official_accompanied_on_a_trip_made_it(extract, text, trip):
    got = [(f["visitor"], f["head"]) for f in extract(text, "2026-06-15") if f["type"] == "visit"]
    assert got == [trip], got


GUIDING = [
    ("«Руководствуясь Соглашением между Правительством Республики Узбекистан и Правительством Российской Федерации о "
     "межрегиональном сотрудничестве, стороны договорились…» — говорится в подписанной по итогам встречи дорожной "
     "карте.", {"UZ", "RU"}),
    ("В соответствии с соглашением между Омской и Павлодарской областями стороны намерены расширить поставки.",
     {"RU-OMS", "KZ-55"}),
    ("На основании соглашения между Брянской и Гомельской областями стороны планируют провести Дни культуры.",
     {"RU-BRY", "BY-HO"}),
]


@pytest.mark.parametrize("text,parties", GUIDING, ids=["guided", "in-accordance", "on-the-basis"])
def test_a_document_acted_upon_is_in_force(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-10-03") if f["type"] == "agreement" and f["kind"] == "agreement"]
    assert got == [parties], got


def test_acting_on_an_order_is_no_document(extract):
    text = "В соответствии с поручением губернатора стороны намерены расширить поставки."
    assert [f for f in extract(text, "2026-10-03") if f["type"] == "agreement"] == []


PREAMBLE = [
    ("В хокимияте Бухарской области состоялись переговоры хокима области Ботира Зарипова с делегацией Республики "
     "Башкортостан во главе с премьер-министром правительства республики Андреем Назаровым. «Руководствуясь "
     "Соглашением между Правительством Республики Узбекистан и Правительством Российской Федерации о межрегиональном "
     "сотрудничестве, стороны договорились…» — говорится в подписанной по итогам встречи дорожной карте.",
     ("roadmap", ("RU-BA", "UZ-BU")), ("RU", "UZ")),
    ("Губернатор Омской области Виталий Хоценко провёл переговоры с акимом Павлодарской области Асаином Байхановым. "
     "«Руководствуясь Соглашением между Правительством Российской Федерации и Правительством Республики Казахстан о "
     "приграничном сотрудничестве, стороны договорились…» — говорится в подписанном по итогам встречи меморандуме.",
     ("memorandum", ("KZ-55", "RU-OMS")), ("KZ", "RU")),
    ("Раис Татарстана Рустам Минниханов провёл переговоры с хокимом Ташкентской области Зойиром Мирзаевым. "
     "«Руководствуясь Соглашением между Правительством Республики Узбекистан и Правительством Российской Федерации, "
     "стороны намерены…» — говорится в подписанной по итогам переговоров дорожной карте.",
     ("roadmap", ("RU-TA", "UZ-TO")), ("RU", "UZ")),
]


@pytest.mark.parametrize("text,document,preamble", PREAMBLE, ids=["bukhara", "pavlodar", "tashkent"])
def test_a_document_signed_after_a_quoted_preamble_is_between_the_meetings_sides(extract, text, document, preamble):
    got = sorted((f["kind"], tuple(sorted(f["parties"]))) for f in extract(text, "2026-10-03") if f["type"] == "agreement")
    assert got == sorted([("agreement", preamble), document]), got


COUNTED_HOLDERS = [
    "В Гродненской области 11 районов подписали соглашения с районами Ленинградской области.",
    "Шесть городов Татарстана подписали договоры о сотрудничестве с городами Беларуси.",
    "За год 14 районов Могилёвской области заключили соглашения с районами Брянской области.",
]


@pytest.mark.parametrize("text", COUNTED_HOLDERS, ids=["districts", "towns-in-words", "a-year"])
def test_documents_of_counted_territories_are_an_aggregate(extract, text):
    assert [f for f in extract(text, "2026-06-15") if f["type"] == "agreement"] == []


def test_the_two_towns_sides_are_no_count(extract):
    text = "Отношения двух городов развиваются с 2014 года, когда было подписано соглашение между Минском и Новосибирском."
    assert [f["date"] for f in extract(text, "2026-06-15") if f["type"] == "agreement"] == ["2014"]


YEARS_TURNED = [
    ("Генеральному консульству Республики Казахстан в Казани в этом году исполняется 15 лет.", ("KZ", "2011")),
    ("Торговому дому Татарстана в Ташкенте исполнилось 7 лет.", ("RU-TA", "2019")),
    ("Представительству Башкортостана в Минске в мае исполнилось 10 лет.", ("RU-BA", "2016")),
]


@pytest.mark.parametrize("text,mission", YEARS_TURNED, ids=["consulate", "trade-house", "representation"])
def test_a_mission_turning_so_many_years_opened_then(extract, text, mission):
    got = [(f["of"], f["date"]) for f in extract(text, "2026-06-15") if f["type"] == "institution"]
    assert got == [mission], got


def test_a_count_of_delegations_in_words_leaves_the_other_trips(extract):
    text = "Делегация Омской области прибыла в Павлодар. Ранее область посетили три делегации из Беларуси."
    got = [f["visitor"] for f in extract(text, "2026-06-15") if f["type"] == "visit"]
    assert got == ["RU-OMS"], got
