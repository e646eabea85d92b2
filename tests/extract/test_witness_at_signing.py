"""One who was there when a document was signed ("в присутствии …", "при участии …") neither
signed it nor gives it a side, even where the parse hangs the name elsewhere
(agreement.witness_not_signatory, agreement.witness_place_not_party) — wordings of ours."""

import pytest

WITNESSED = [
    ("Соглашение в присутствии губернатора Вологодской области Георгия Филимонова подписали глава округа Сергей "
     "Ганичев и председатель Оршанского райисполкома Олег Ратько.", None, ["Сергей Ганичев", "Олег Ратько"]),
    ("Меморандум при участии Посла Беларуси Александра Рогожника подписали мэр Казани Ильсур Метшин и председатель "
     "Минского горисполкома Владимир Кухарев.", {"RU-TA/Казань", "BY-HM"}, ["Ильсур Метшин", "Владимир Кухарев"]),
    ("Соглашение о сотрудничестве в присутствии Премьер-министра Беларуси Александра Турчина подписали губернатор "
     "Псковской области Михаил Ведерников и председатель Витебского облисполкома Александр Субботин.",
     {"RU-PSK", "BY-VI"}, ["Михаил Ведерников", "Александр Субботин"]),
    ("Дорожную карту в присутствии Посла Казахстана Даурена Абаева подписали губернатор Омской области Виталий "
     "Хоценко и аким Павлодарской области Асаин Байханов.", {"RU-OMS", "KZ-55"}, ["Виталий Хоценко", "Асаин Байханов"]),
]


@pytest.mark.parametrize("text,parties,signatories", WITNESSED, ids=["governor", "ambassador", "premier", "envoy"])
def test_the_witness_neither_signs_nor_is_a_side(extract, text, parties, signatories):
    docs = [f for f in extract(text) if f["type"] == "agreement"]
    assert len(docs) == 1, docs
    assert docs[0]["signatories"] == signatories
    if parties is not None:
        assert set(docs[0]["parties"]) == parties


def test_the_signers_named_after_a_witness_verb_still_sign(extract):
    text = ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов подписали дорожную "
            "карту, на церемонии присутствовал посол Казахстана Даурен Абаев.")
    docs = [f for f in extract(text) if f["type"] == "agreement"]
    assert [set(d["parties"]) for d in docs] == [{"RU-OMS", "KZ-55"}]
    assert docs[0]["signatories"][:2] == ["Виталий Хоценко", "Асаин Байханов"]
