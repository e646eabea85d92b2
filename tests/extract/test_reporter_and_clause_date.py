"""One who tells of a signing ("напомнил, что области подписали …") did not sign
(agreement.reporter_not_signatory); a document's phrase and date stay inside its clause ("…
подписали соглашение, а в марте 2025 года утвердили план") (agreement.signing_date) — wordings of ours."""

import pytest

REPORTED = [
    "Губернатор Смоленской области Василий Анохин напомнил, что в прошлом году Смоленская и Витебская области "
    "подписали программу сотрудничества.",
    "Мэр Казани Ильсур Метшин сообщил, что Казань и Минск подписали меморандум о сотрудничестве.",
    "Председатель Гомельского облисполкома Иван Крупко рассказал, что Гомельская и Брянская области подписали план "
    "мероприятий.",
]


@pytest.mark.parametrize("text", REPORTED, ids=["reminded", "reported", "told"])
def test_the_teller_did_not_sign(extract, text):
    assert [f["signatories"] for f in extract(text) if f["type"] == "agreement"] == [[]]


def test_one_who_says_he_signed_did(extract):
    text = "Губернатор Омской области Виталий Хоценко сообщил, что подписал с акимом Павлодарской области дорожную карту."
    assert [f["signatories"] for f in extract(text) if f["type"] == "agreement"] == [["Виталий Хоценко"]]


CLAUSES = [
    ("Василий Анохин напомнил, что в прошлом году Смоленская и Витебская области подписали программу сотрудничества на "
     "2024–2026 годы, а в этом году приняли дорожную карту по ее реализации.", {"plan": "2024", "roadmap": "2025"}),
    ("В 2023 году Омская и Павлодарская области подписали соглашение, а в марте 2025 года утвердили план мероприятий.",
     {"agreement": "2023", "plan": "2025-03"}),
    ("В 2022 году Курганская и Костанайская области заключили соглашение о сотрудничестве, а в мае 2024 года подписали "
     "дорожную карту.", {"agreement": "2022", "roadmap": "2024-05"}),
]


@pytest.mark.parametrize("text,dates", CLAUSES, ids=["plan-roadmap", "agreement-plan", "agreement-roadmap"])
def test_each_document_its_clauses_date(extract, text, dates):
    got = {f["kind"]: f["date"] for f in extract(text, published="2025-08-11") if f["type"] == "agreement"}
    assert got == dates, got


BESIDE = [
    "В 2022 году Курганская и Костанайская области заключили соглашение о сотрудничестве, а в мае 2024 года подписали "
    "дорожную карту.",
    "Омская и Павлодарская области подписали соглашение о сотрудничестве, а затем утвердили дорожную карту.",
    "Гомельская и Брянская области заключили соглашение о сотрудничестве, а позже подписали протокол.",
]


@pytest.mark.parametrize("text", BESIDE, ids=["dated", "then", "later"])
def test_a_bare_document_of_another_kind_beside_is_another(extract, text):
    assert len([f for f in extract(text, published="2025-08-11") if f["type"] == "agreement"]) == 2


def test_a_bare_document_named_again_later_is_the_same(extract):
    text = "Омская и Павлодарская области подписали меморандум о сотрудничестве. Соглашение скрепили подписями главы регионов."
    assert len([f for f in extract(text) if f["type"] == "agreement"]) == 1
