"""A part of a figure whose partner is told before its amount, after "на" ("из них на Северо-Казахстанскую область
пришлось 312 млн"), is that partner's figure (trade.part_of_whole) — wordings of ours."""

import pytest

PARTS = [
    ("Товарооборот Курганской области с Казахстаном в 2024 году составил 1 млрд 234 млн долларов, из них на "
     "Северо-Казахстанскую область пришлось 312 млн.", ["RU-KGN", "KZ-59"], 312_000_000),
    ("Товарооборот Брянской области с Беларусью в 2024 году составил 900 млн долларов, из которых на Гомельскую "
     "область приходится 320 млн долларов.", ["RU-BRY", "BY-HO"], 320_000_000),
    ("Товарооборот Омской области с Казахстаном за 2024 год превысил 1,1 млрд долларов, из них на Павлодарскую "
     "область пришлось около 400 млн.", ["RU-OMS", "KZ-55"], 400_000_000),
]


@pytest.mark.parametrize("text,parties,value", PARTS, ids=["kurgan", "bryansk", "omsk"])
def test_the_part_of_a_partner_told_before_its_amount(extract, text, parties, value):
    figures = [(sorted(f["parties"]), f["value"]) for f in extract(text, "2025-05-24") if f["type"] == "trade"]
    assert (sorted(parties), value) in figures and len(figures) == 2, figures


def test_a_share_for_goods_is_no_partner(extract):
    text = ("Товарооборот Курганской области с Казахстаном в 2024 году составил 1,2 млрд долларов, из них на "
            "продовольствие пришлось 312 млн.")
    assert len([f for f in extract(text, "2025-05-24") if f["type"] == "trade"]) == 1
