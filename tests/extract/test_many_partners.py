"""A region's text about several partners at once (text written for this test): generic words
("региона", "делегация области") are the region whose head the text names, each partner gets its
own facts, and a side outside the two main camps still pairs with the region."""

from tests.conftest import assert_facts

TEXT = """Итоги внешнеэкономической деятельности Ульяновской области

Губернатор Ульяновской области Алексей Русских подвел итоги первого полугодия. По его словам, товарооборот \
региона с Беларусью за январь–июнь 2025 года составил 156 млн долларов, с Казахстаном — 98 млн долларов, с \
Узбекистаном — 41 млн долларов.

В мае в Ульяновске прошло заседание рабочей группы по сотрудничеству с Республикой Беларусь. В июне делегация \
области посетила Ташкент, где было подписано соглашение о сотрудничестве с Ташкентской областью.
"""


def test_many_partners(extract):
    facts = extract(TEXT, "2025-07-10")
    half = ["2025-01", "2025-06"]
    assert_facts(facts, "trade", [
        {"parties": ["RU-ULY", "BY"], "period": half, "value": 156e6},
        {"parties": ["RU-ULY", "KZ"], "period": half, "value": 98e6},
        {"parties": ["RU-ULY", "UZ"], "period": half, "value": 41e6},
    ])
    assert_facts(facts, "meeting", [{"kind": "working_group", "parties": ["RU-ULY", "BY"], "date": "2025-05"}])
    assert_facts(facts, "visit", [{"visitor": "RU-ULY", "host": "UZ-TK", "date": "2025-06"}])
    assert_facts(facts, "agreement", [{"kind": "agreement", "parties": ["RU-ULY", "UZ-TO"], "date": "2025-06"}])
