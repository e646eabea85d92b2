"""The document another is to implement is in force, whatever is planned for the other ("планируется подписать
дорожную карту по реализации соглашения о сотрудничестве": the agreement is a fact, the roadmap is not —
agreement.implemented_stands) — wordings of ours."""

import pytest

STANDS = [
    ("Губернатор сообщил, что планируется подписать дорожную карту по реализации соглашения о сотрудничестве между "
     "Нижегородской областью и Беларусью.", {"RU-NIZ", "BY"}),
    ("Стороны намерены утвердить план мероприятий по реализации соглашения между Омской и Павлодарской областями.",
     {"RU-OMS", "KZ-55"}),
    ("В следующем году Брянская и Гомельская области подпишут программу по выполнению соглашения о сотрудничестве "
     "между регионами.", {"RU-BRY", "BY-HO"}),
]


@pytest.mark.parametrize("text,sides", STANDS, ids=["roadmap", "plan", "programme"])
def test_the_implemented_document_is_in_force(extract, text, sides):
    docs = [(f["kind"], set(f["parties"])) for f in extract(text, "2025-06-03") if f["type"] == "agreement"]
    assert docs == [("agreement", sides)], docs


def test_a_document_to_sign_alone_is_no_fact(extract):
    text = "Стороны намерены подписать соглашение о сотрудничестве между Омской и Павлодарской областями."
    assert [f for f in extract(text, "2025-06-03") if f["type"] == "agreement"] == []
