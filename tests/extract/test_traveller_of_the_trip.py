"""Talks told with no subject are the traveller's whose trip the sentences before tell
(meeting.traveller_of_the_trip) — wordings of ours."""

import pytest

TRAVELLER_AT_TALKS = [
    # a member of the traveller's side is named at the talks too: the traveller is still there
    ("12–13 мая Раис Татарстана Рустам Минниханов находился в Узбекистане. В первый день в Ташкенте состоялась "
     "встреча с Президентом Узбекистана Шавкатом Мирзиёевым. В переговорах также участвовал премьер-министр "
     "республики Алексей Песошин.", "Минниханов"),
    ("Губернатор Омской области Виталий Хоценко прибыл в Павлодар. Там прошли переговоры с акимом Павлодарской "
     "области Асаином Байхановым. Во встрече участвовал также министр экономики Омской области Олег Петров.",
     "Хоценко"),
    ("Председатель Гомельского облисполкома Иван Крупко побывал в Брянске. Состоялась встреча с губернатором "
     "Брянской области Александром Богомазом. В переговорах приняла участие заместитель председателя облисполкома "
     "Ольга Минова.", "Крупко"),
]


@pytest.mark.parametrize("text,traveller", TRAVELLER_AT_TALKS, ids=["was-in", "arrived", "visited"])
def test_the_traveller_was_at_the_talks(extract, text, traveller):
    got = [f["participants"] for f in extract(text, published="2025-05-14") if f["type"] == "meeting"]
    assert len(got) == 1 and any(p.endswith(traveller) for p in got[0]), got


def test_talks_with_a_subject_of_their_own(extract):
    # the talks name who held them: the traveller named before is not added
    text = ("Губернатор Омской области Виталий Хоценко прибыл в Павлодар. Министр экономики области Олег Петров провел "
            "переговоры с акимом Павлодарской области Асаином Байхановым.")
    got = [f["participants"] for f in extract(text, published="2025-05-14") if f["type"] == "meeting"]
    assert all(not any(p.endswith("Хоценко") for p in ps) for ps in got), got


LEADER_AT_TALKS = [
    "Гомель посетила делегация Калужской области. Делегацию возглавил губернатор Калужской области Владислав Шапша. "
    "В облисполкоме состоялась встреча с председателем Гомельского облисполкома Иваном Крупко.",
    "Омская делегация прибыла в Павлодар. Делегацию возглавил губернатор Омской области Виталий Хоценко. В акимате "
    "прошли переговоры с акимом Павлодарской области Асаином Байхановым.",
    "Брянская делегация побывала в Гомеле. Возглавил делегацию губернатор Брянской области Александр Богомаз. "
    "Состоялась встреча с председателем Гомельского облисполкома Иваном Крупко.",
]


@pytest.mark.parametrize("text", LEADER_AT_TALKS, ids=["kaluga", "omsk", "bryansk"])
def test_the_delegations_leader_was_at_the_talks(extract, text):
    got = [f["participants"] for f in extract(text, published="2025-05-22") if f["type"] == "meeting"]
    assert len(got) == 1 and len(got[0]) == 2, got
