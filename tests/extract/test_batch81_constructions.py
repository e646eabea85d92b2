"""Constructions of the o601–o608 batch, in three wordings of ours: the head of a delegation whose title names its
territory only by a generic word ("во главе с заместителем председателя правительства региона") holds the post of
the delegation's territory, not of the dateline's (role.delegation_head for generic titles too); of "делегация
вьетнамской провинции Бакнинь" the territory is the province, the first name after the noun."""

import pytest

GENERIC_HEAD_OF_DELEGATION = [
    ("Гродно, 8 июня 2026 года\n\nВ Гродно пребывает делегация Калининградской области во главе с заместителем "
     "председателя правительства региона Александром Рольбиновым. Гостей принял председатель Гродненского "
     "облисполкома Юрий Караев.", ("Александр Рольбинов", "RU-KGD")),
    ("Витебск, 8 июня 2026 года\n\nВ Витебске пребывает делегация Псковской области во главе с заместителем "
     "председателя правительства региона Верой Емельяновой. Гостей принял председатель Витебского облисполкома "
     "Александр Субботин.", ("Вера Емельянова", "RU-PSK")),
    ("Могилёв, 8 июня 2026 года\n\nВ Могилёве пребывает делегация Тульской области во главе с заместителем "
     "председателя правительства региона Дмитрием Миляевым. Гостей принял председатель Могилёвского облисполкома "
     "Анатолий Исаченко.", ("Дмитрий Миляев", "RU-TUL")),
]


@pytest.mark.parametrize("text,role", GENERIC_HEAD_OF_DELEGATION, ids=["grodno", "vitebsk", "mogilev"])
def test_a_generic_title_of_a_delegations_head_is_of_its_territory(extract, text, role):
    assert role in [(f["person"], f["of"]) for f in extract(text, "2026-06-08") if f["type"] == "role"]
