"""A document "to that effect" after a clause that establishes twinning is the twinning ("договорились об установлении
побратимских отношений и подписали соответствующий меморандум" — agreement.twinning_established) — wordings of ours."""

import pytest

TO_THAT_EFFECT = [
    ("Уфа и Фергана договорились об установлении побратимских отношений и подписали соответствующий меморандум.",
     {"RU-BA/Уфа", "UZ-FA/Фергана"}),
    ("Бобруйск и Коломна решили установить побратимские связи и подписали соответствующее соглашение.",
     {"BY-MA/Бобруйск", "RU-MOS/Коломна"}),
    ("Лида и Вологда договорились об установлении побратимских связей и подписали соответствующий протокол.",
     {"BY-HR/Лида", "RU-VLG/Вологда"}),
]


@pytest.mark.parametrize("text,twins", TO_THAT_EFFECT, ids=["ufa", "bobruisk", "lida"])
def test_the_document_to_that_effect_is_the_twinning(extract, text, twins):
    docs = [(f["kind"], set(f["parties"])) for f in extract(text, "2025-11-07") if f["type"] == "agreement"]
    assert docs == [("twinning", twins)], docs


def test_another_document_beside_twinning_protocols(extract):
    text = ("Курская область и Гомельская область подписали соглашение о сотрудничестве, а районы имеют протоколы о "
            "побратимских связях.")
    kinds = {f["kind"] for f in extract(text, "2025-11-07") if f["type"] == "agreement"}
    assert "agreement" in kinds, kinds
