"""Documents in a gapped clause that shares the signing verb ("…, а с Липецкой областью — программа"), and
the documents before it that end where that clause begins (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# agreement.signed_in_gapped_clause, agreement.one_home_many_partners (home not in the partners' country)
GAPPED = [
    ("Председатель Гродненского облисполкома провёл переговоры с губернаторами. По итогам переговоров подписаны "
     "соглашения с Пензенской и Тамбовской областями, а с Липецкой областью — программа сотрудничества на 2026–2028 "
     "годы.", [("agreement", ["BY-HR", "RU-PNZ"]), ("agreement", ["BY-HR", "RU-TAM"]), ("plan", ["BY-HR", "RU-LIP"])]),
    ("Мэр Казани провёл переговоры с руководством Минска и Гродно. С Минском подписан план мероприятий, а с Гродно — "
     "меморандум о побратимстве.", [("plan", ["BY-HM", "RU-TA/Казань"]), ("twinning", ["BY-HR/Гродно", "RU-TA/Казань"])]),
    ("Губернатор Омской области побывал в Казахстане. С акиматом Павлодарской области подписано соглашение, а с "
     "акиматом Костанайской области — дорожная карта.", [("agreement", ["KZ-55", "RU-OMS"]),
                                                         ("roadmap", ["KZ-39", "RU-OMS"])]),
]


@pytest.mark.parametrize("text,documents", GAPPED)
def test_gapped_clause_shares_the_signing(extract, text, documents):
    got = of_type(extract(text), "agreement")
    assert sorted((f["kind"], sorted(f["parties"])) for f in got) == sorted(documents), got


def test_partners_with_no_home_side_make_no_document_with_itself(extract):
    # no side but the partners is named: no home to pair them with, and never a side with itself
    got = of_type(extract("Соглашения о сотрудничестве подписаны с Гомельской, Могилёвской и Витебской областями."),
                  "agreement")
    assert all(len(set(f["parties"])) == 2 for f in got), got


# agreement.gapped_clause_sides: the gapped clause names its own sides — both of them ("а руководители Курганской и
# Северо-Казахстанской областей —", "Башкортостан и Гродненская область —" after a bare comma, adjectives whose noun
# is left out, titles), or one, with an adjective for a noun left out ("а с Липецкой —")
GAPPED_SUBJECTS = [
    ("Губернатор Челябинской области Алексей Текслер и аким Костанайской области Кумар Аксакалов подписали меморандум "
     "о сотрудничестве в сфере образования, а руководители Курганской и Северо-Казахстанской областей — соглашение о "
     "торгово-экономическом сотрудничестве.", [("memorandum", ["KZ-39", "RU-CHE"]), ("agreement", ["KZ-59", "RU-KGN"])]),
    ("Омская и Павлодарская области подписали дорожную карту, а Новосибирская и Карагандинская — план мероприятий на "
     "2025 год.", [("roadmap", ["KZ-55", "RU-OMS"]), ("plan", ["KZ-35", "RU-NVS"])]),
    ("Татарстан и Минская область заключили соглашение о сотрудничестве, Башкортостан и Гродненская область — "
     "меморандум о взаимопонимании.", [("agreement", ["BY-MI", "RU-TA"]), ("memorandum", ["BY-HR", "RU-BA"])]),
    ("Губернатор Брянской области подписал с председателем Гомельского облисполкома программу сотрудничества, а мэр "
     "Брянска с председателем Гомельского горисполкома — план мероприятий.",
     [("plan", ["BY-HO", "RU-BRY"]), ("plan", ["BY-HO/Гомель", "RU-BRY/Брянск"])]),
    ("Курганская область подписала соглашение с Костанайской областью, а с Северо-Казахстанской — дорожную карту.",
     [("agreement", ["KZ-39", "RU-KGN"]), ("roadmap", ["KZ-59", "RU-KGN"])]),
    # a comma before a dash in a list of spheres opens no clause
    ("Татарстан и Минская область подписали соглашение о сотрудничестве в сферах образования, культуры — и "
     "меморандум о туризме.", [("agreement", ["BY-MI", "RU-TA"]), ("memorandum", ["BY-MI", "RU-TA"])]),
]


@pytest.mark.parametrize("text,documents", GAPPED_SUBJECTS)
def test_gapped_clause_names_its_sides(extract, text, documents):
    got = of_type(extract(text), "agreement")
    assert [(f["kind"], sorted(f["parties"])) for f in got] == documents, got


# agreement.new_document_acts: "Новое соглашение с … даст импульс" — a new document said to act has been concluded;
# not one to be signed
NEW_DOCUMENT_ACTS = [
    ("Новое соглашение с Гомельской областью даст импульс торговле, отметил губернатор Брянской области Александр "
     "Богомаз.", [("agreement", ["BY-HO", "RU-BRY"])]),
    ("Новый меморандум с Павлодарской областью откроет возможности для бизнеса, считает губернатор Омской области "
     "Виталий Хоценко.", [("memorandum", ["KZ-55", "RU-OMS"])]),
    ("Новая дорожная карта с Витебской областью позволит нарастить поставки, заявил глава Чувашии Олег Николаев.",
     [("roadmap", ["BY-VI", "RU-CU"])]),
    ("Новое соглашение с Гомельской областью будет подписано в мае, сообщил губернатор Брянской области Александр "
     "Богомаз.", []),
    ("Новое соглашение с Минской областью планируется подписать осенью, сообщил губернатор Курской области.", []),
]


@pytest.mark.parametrize("text,documents", NEW_DOCUMENT_ACTS)
def test_new_document_said_to_act(extract, text, documents):
    got = of_type(extract(text), "agreement")
    assert [(f["kind"], sorted(f["parties"])) for f in got] == documents, got


# agreement.own_partners_in_coordination: documents of one verb, each with partners of its own after it
OWN_PARTNERS = [
    ("Губернатор Брянской области Александр Богомаз подписал соглашения с Гомельской, Могилевской и Витебской "
     "областями, а также программы сотрудничества с Минской областью и городом Минском.",
     {("agreement", "BY-HO"), ("agreement", "BY-MA"), ("agreement", "BY-VI"), ("plan", "BY-MI"), ("plan", "BY-HM")}),
    ("Глава Татарстана подписал соглашение с Гродненской областью и меморандум с Брестской областью.",
     {("agreement", "BY-HR"), ("memorandum", "BY-BR")}),
    ("Губернатор Омской области заключил соглашение с Павлодарской областью, а также дорожную карту с Северо-"
     "Казахстанской областью.", {("agreement", "KZ-55"), ("roadmap", "KZ-59")}),
    # one partner for both
    ("Глава Татарстана подписал соглашение и план мероприятий с Гродненской областью.",
     {("agreement", "BY-HR"), ("plan", "BY-HR")}),
]


@pytest.mark.parametrize("text,docs", OWN_PARTNERS, ids=["bryansk", "tatarstan", "omsk", "shared"])
def test_each_document_has_its_own_partners(extract, text, docs):
    got = {(f["kind"], next(p for p in f["parties"] if not p.startswith("RU"))) for f in of_type(extract(text), "agreement")}
    assert got == docs, got


# agreement.coordinated_object: a document coordinated with the one the signing verb governs has the same signers
COORDINATED_SIGNERS = [
    "Губернатор Брянской области Александр Богомаз подписал соглашения с Гомельской и Могилевской областями, а также "
    "программы сотрудничества с Минской областью.",
    "Глава Татарстана Рустам Минниханов подписал план мероприятий с Гродненской областью и соглашение с Брестской "
    "областью.",
    "Мэр Казани Ильсур Метшин подписал соглашение с Минском, а также меморандум с Гродно.",
]


@pytest.mark.parametrize("text", COORDINATED_SIGNERS, ids=["bryansk", "tatarstan", "kazan"])
def test_coordinated_documents_share_the_signers(extract, text):
    got = [f["signatories"] for f in of_type(extract(text), "agreement")]
    assert len(got) >= 2 and all(s == got[0] and len(s) == 1 for s in got), got
