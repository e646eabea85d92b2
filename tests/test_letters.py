"""Latin look-alike letters inside Russian words (typed for these tests with Latin o, a, e, p, c, H)."""

import pytest

from coopwatch.nlp.letters import cyrillic_lookalikes
from tests.conftest import of_type

FIXED = [
    ("Марзпет Нвер Пoгосян", "Марзпет Нвер Погосян"),            # Latin o
    ("Генкoнсульствo Узбекистана", "Генконсульство Узбекистана"),  # two Latin o
    ("Пpедседатель Гомельского облисполкома", "Председатель Гомельского облисполкома"),  # Latin p
    ("HОВОСИБИРСК", "НОВОСИБИРСК"),                                # Latin H in capitals
]
KEPT = [
    "ХХI Форум регионов",         # a mixed Roman numeral: the Latin I has no Cyrillic twin
    "компания Apple и iPhone",     # Latin words stay Latin
    "рейс S7 Airlines",
]


@pytest.mark.parametrize("text,want", FIXED)
def test_lookalikes_made_cyrillic(text, want):
    got = cyrillic_lookalikes(text)
    assert got == want and len(got) == len(text)


@pytest.mark.parametrize("text", KEPT)
def test_other_latin_kept(text):
    assert cyrillic_lookalikes(text) == text


def test_extraction_reads_through_lookalikes(extract):
    facts = extract("Губернатор Омскoй области Виталий Хоценкo встретился с акимом Павлодарскoй области Асаином "
                    "Байхановым.")
    assert [sorted(f["parties"]) for f in of_type(facts, "meeting")] == [["KZ-55", "RU-OMS"]]
    assert {f["person"] for f in of_type(facts, "role")} == {"Виталий Хоценко", "Асаин Байханов"}
