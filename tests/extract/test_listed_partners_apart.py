"""Talks with each of a list of partners are meetings of their own, not the talks with the partners' region told
again, and the region's people are none of theirs (meeting.listed_partners_apart) — wordings of ours."""

import pytest

APART = [
    ("Губернатор Югры Руслан Кухарук встретился с председателем Минского облисполкома Александром Турчиным. "
     "Губернатор также провел переговоры с руководством Борисовского и Слуцкого районов.",
     "RU-KHM", ["BY-MI/Борисовский район", "BY-MI/Слуцкий район"], "BY-MI"),
    ("Программу сотрудничества подписали губернатор Курской области Александр Хинштейн и председатель Гомельского "
     "облисполкома Иван Крупко. Документ подписан в ходе рабочей встречи в Гомеле. Затем курская делегация провела "
     "переговоры с руководством Мозырского, Речицкого и Жлобинского районов.",
     "RU-KRS", ["BY-HO/Жлобинский район", "BY-HO/Мозырский район", "BY-HO/Речицкий район"], "BY-HO"),
    ("Глава Чувашии Олег Николаев провел переговоры с губернатором Могилевской области Анатолием Исаченко. "
     "Кроме того, глава республики встретился с руководством Бобруйского и Осиповичского районов.",
     "RU-CU", ["BY-MA/Бобруйский район", "BY-MA/Осиповичский район"], "BY-MA"),
]


@pytest.mark.parametrize("text,home,districts,region", APART, ids=["yugra", "kursk", "chuvashia"])
def test_talks_with_listed_districts_stay_apart(extract, text, home, districts, region):
    facts = extract(text)
    talks = [f for f in facts if f["type"] == "meeting"]
    got = sorted(p for f in talks for p in f["parties"] if p != home)
    assert got == sorted([region] + districts), talks
    # the region's people (by their posts), not the home side's leader, who may lead the delegation to the districts
    region_people = {r["person"] for r in facts if r["type"] == "role" and r["of"].startswith(region)}
    for f in talks:
        if region not in f["parties"]:
            assert not set(region_people) & set(f["participants"]), f


def test_the_same_talks_told_again_merge(extract):
    text = ("Губернатор Омской области провёл переговоры с акимом Павлодарской области. Переговоры губернатора и "
            "акима продолжились в расширенном составе.")
    assert len([f for f in extract(text) if f["type"] == "meeting"]) == 1
