"""A municipal okrug named again by its bare noun ("Сокольского округа"), a twinning named again as a document
between its sides (agreement.twinning_named_again), and signatories of one of two documents told in one sentence
(agreement.sides_tell_which) — wordings of ours."""

import pytest

TWO_TWINNINGS = ("1 октября 2024 года подписаны соглашения об установлении дружественных отношений между Сокольским "
                 "муниципальным округом Вологодской области и Лидским районом, а также между Тотемским муниципальным "
                 "округом и Щучинским районом. ")
SOKOL = "RU-VLG/Сокольский муниципальный округ"
TOTMA = "RU-VLG/Тотемский муниципальный округ"

# gazetteer.units: "Сокольского округа" after "Сокольским муниципальным округом" is that okrug
# (the unit's noun stays in the post: "глава округа", as "глава района")
OKRUG_AGAIN = [
    (TWO_TWINNINGS + "Со стороны Сокольского округа документ подписал его глава Сиротин Алексей Николаевич.",
     "Алексей Сиротин", "глава", SOKOL),
    (TWO_TWINNINGS + "Глава Тотемского округа Ирина Бахорина рассказала о планах.", "Ирина Бахорина", "глава округа",
     TOTMA),
    ("Тотемский муниципальный округ Вологодской области и Щучинский район подписали соглашение о побратимстве. Глава "
     "Тотемского округа Ирина Бахорина провела переговоры с председателем Щучинского райисполкома.", "Ирина Бахорина",
     "глава округа", TOTMA),
]


@pytest.mark.parametrize("text,person,title,of", OKRUG_AGAIN, ids=["signer", "speaker", "talks"])
def test_okrug_named_again_by_its_bare_noun(extract, text, person, title, of):
    roles = {f["person"]: (f["title"], f["of"]) for f in extract(text) if f["type"] == "role"}
    assert roles.get(person) == (title, of), roles


def test_bare_okrug_names_no_unit_of_its_own(extract):
    text = ("Глава Сокольского округа Алексей Сиротин и представители Приволжского федерального округа обсудили "
            "сотрудничество с Лидским районом.")
    places = {f["of"] for f in extract(text) if f["type"] == "role"}
    assert not any("округ" in p for p in places), places


# agreement.twinning_named_again: the twinning's sides' document in a later sentence is the twinning again
TWINNING_AGAIN = [
    (TWO_TWINNINGS + "Соглашение между Тотемским округом и Щучинским районом скрепили подписями глава Тотемского "
     "округа Ирина Бахорина и председатель Щучинского райисполкома Дмитрий Гусаков.", TOTMA, ["Бахорина", "Гусаков"]),
    ("Лида и Вологда установили побратимские отношения. Меморандум между Лидой и Вологдой подписали мэр Вологды "
     "Сергей Воропанов и Михаил Михалевич.", "RU-VLG/Вологда", ["Воропанов", "Михалевич"]),
    ("Гомель и Брянск подписали договор о побратимстве. Соглашение между Гомелем и Брянском скрепили подписями "
     "председатель Гомельского горисполкома Петр Кириченко и глава Брянска Марина Дбар.", "RU-BRY/Брянск",
     ["Кириченко", "Дбар"]),
]


@pytest.mark.parametrize("text,side,signers", TWINNING_AGAIN, ids=["okrug", "memorandum", "cities"])
def test_twinning_named_again_is_one_fact(extract, text, side, signers):
    docs = [f for f in extract(text) if f["type"] == "agreement" and side in f["parties"]]
    assert [d["kind"] for d in docs] == ["twinning"], docs
    assert {s.split()[-1] for s in docs[0]["signatories"]} == set(signers), docs


def test_earlier_document_of_the_twins_stays(extract):
    text = ("Казань и Минск стали городами-побратимами. Сотрудничество берет начало в 1997 году, когда было подписано "
            "первое соглашение между Казанью и Минском.")
    kinds = sorted(f["kind"] for f in extract(text) if f["type"] == "agreement")
    assert kinds == ["agreement", "twinning"], kinds


# agreement.sides_tell_which: "Со стороны Сокольского округа документ подписал …" is the Sokol document
WHICH_OF_TWO = [
    TWO_TWINNINGS + "Со стороны Сокольского округа документ подписал его глава Алексей Сиротин, с белорусской "
    "стороны — председатель Лидского райисполкома Михаил Михалевич.",
    TWO_TWINNINGS + "Документ от Лидского района подписал председатель райисполкома Михаил Михалевич, от Сокольского "
    "округа — глава округа Алексей Сиротин.",
    TWO_TWINNINGS + "Подписи под документом Сокольского округа и Лидского района поставили Алексей Сиротин и Михаил "
    "Михалевич.",
]


@pytest.mark.parametrize("text", WHICH_OF_TWO, ids=["sides_first", "district_first", "signatures"])
def test_signatories_of_the_document_whose_sides_are_named(extract, text):
    signed = {tuple(sorted(f["parties"])): {s.split()[-1] for s in f["signatories"]}
              for f in extract(text) if f["type"] == "agreement"}
    assert signed[tuple(sorted([SOKOL, "BY-HR/Лидский район"]))] == {"Сиротин", "Михалевич"}, signed
    assert signed[tuple(sorted([TOTMA, "BY-HR/Щучинский район"]))] == set(), signed
