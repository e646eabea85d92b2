"""Documents listed after the word for them share the signing ("подписали два документа: соглашение … и меморандум
…" — agreement.coordinated_object); a link a document provides to develop is only its topic ("предусматривает
развитие морского сообщения" — a discussion word of the lexicon); a post of an oblast's body fits no republic
(role.oblast_post) — wordings of ours."""

import pytest

LISTED = [
    "Мэр Казани Ильсур Метшин и председатель Минского горисполкома Владимир Кухарев подписали два документа: "
    "соглашение о сотрудничестве в сфере образования и меморандум о развитии туризма.",
    "Губернатор Брянской области Александр Богомаз и председатель Гомельского облисполкома Иван Крупко подписали "
    "документы: соглашение о сотрудничестве и меморандум о взаимопонимании.",
    "Глава Чувашии Олег Николаев и председатель Могилевского облисполкома Анатолий Исаченко подписали три документа: "
    "соглашение, дорожную карту и меморандум.",
]


@pytest.mark.parametrize("text", LISTED, ids=["two", "documents", "three"])
def test_documents_listed_after_the_word_share_the_signers(extract, text):
    docs = [f for f in extract(text, "2025-02-20") if f["type"] == "agreement"]
    assert len(docs) >= 2 and all(len(f["signatories"]) == 2 for f in docs), docs


TOPICS = [
    "Документ предусматривает развитие морского грузового сообщения между портами Махачкала и Актау.",
    "Соглашение предусматривает развитие авиасообщения между Казанью и Ташкентом.",
    "Меморандум предусмотрел развитие железнодорожного сообщения между Омском и Павлодаром.",
]


@pytest.mark.parametrize("text", TOPICS, ids=["sea", "air", "rail"])
def test_a_link_to_develop_is_no_fact(extract, text):
    assert [f for f in extract(text, "2025-11-25") if f["type"] == "transport"] == []


def test_a_link_a_document_provides_to_open_is_planned(extract):
    text = "Документ предусматривает открытие авиасообщения между Махачкалой и Актау."
    assert [f["status"] for f in extract(text, "2025-11-25") if f["type"] == "transport"] == ["planned"]


OBLAST_POSTS = [
    ("Заседание провели Председатель Курултая Республики Башкортостан Константин Толкачев и председатель облсовета "
     "Игорь Жук. В заседании участвовали депутаты Гродненского областного Совета.", "Игорь Жук", "BY-HR"),
    ("Переговоры провели Глава Татарстана Рустам Минниханов и председатель облисполкома Юрий Караев. Гродненская "
     "делегация находится в Казани.", "Юрий Караев", "BY-HR"),
    ("Документ подписали Глава Чувашии Олег Николаев и председатель облсовета Сергей Ермоленко. Могилевская "
     "делегация находится в Чебоксарах.", "Сергей Ермоленко", "BY-MA"),
]


@pytest.mark.parametrize("text,person,of", OBLAST_POSTS, ids=["kurultai", "tatarstan", "chuvashia"])
def test_an_oblast_post_beside_a_republics(extract, text, person, of):
    roles = {f["person"]: f["of"] for f in extract(text, "2025-05-16") if f["type"] == "role"}
    assert roles.get(person) == of, roles
