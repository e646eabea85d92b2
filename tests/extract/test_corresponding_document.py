"""'Соответствующий протокол' after another kind of document is a new document of the same sides
(agreement.corresponding_document) — wordings of ours."""

import pytest

CORRESPONDING = [
    ("Гродненская область и Ленинградская область продлили действие соглашения о сотрудничестве, подписанного в 2015 "
     "году. Соответствующий протокол скрепили подписями председатель Гродненского облисполкома Юрий Караев и "
     "губернатор Ленинградской области Александр Дрозденко.", "protocol"),
    ("Омская и Павлодарская области договорились продолжить действие соглашения 2019 года. Соответствующий протокол "
     "подписали губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов.", "protocol"),
    ("Брестская и Смоленская области решили обновить соглашение о сотрудничестве 2016 года. Соответствующий "
     "меморандум подписали председатель Брестского облисполкома Петр Пархомчик и губернатор Смоленской области Василий "
     "Анохин.", "memorandum"),
]


@pytest.mark.parametrize("text,kind", CORRESPONDING, ids=["prolonged", "continued", "renewed"])
def test_a_corresponding_document_is_new(extract, text, kind):
    got = [f for f in extract(text, published="2025-09-11") if f["type"] == "agreement" and f["kind"] == kind]
    assert len(got) == 1 and len(got[0]["signatories"]) == 2, got


def test_the_same_kind_named_again(extract):
    # "Соответствующий протокол" after a protocol is that protocol
    text = ("Гродненская и Ленинградская области подписали протокол о сотрудничестве. Соответствующий протокол "
            "подписали председатель Гродненского облисполкома Юрий Караев и губернатор Ленинградской области "
            "Александр Дрозденко.")
    got = [f for f in extract(text, published="2025-09-11") if f["type"] == "agreement"]
    assert len(got) == 1, got
