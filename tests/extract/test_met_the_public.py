"""People met who stand for no side ("встретились с местными фермерами", "со студентами") make no talks between the
sides (meeting.met_the_public) — wordings of ours."""

import pytest

PUBLIC = [
    "Делегация Порховского района побывала на предприятиях Глубокского района и встретилась с местными фермерами.",
    "Глава Кунгура Максим Ладейщиков находился в Новогрудке, где встретился с трудовым коллективом льнозавода.",
    "Делегация Шкловского района находилась в Смоленской области. Гости встретились со студентами Смоленского "
    "университета.",
]


@pytest.mark.parametrize("text", PUBLIC, ids=["farmers", "workforce", "students"])
def test_a_meeting_with_the_public_is_no_talks(extract, text):
    facts = extract(text, "2025-06-27")
    assert [f for f in facts if f["type"] == "meeting"] == [], facts
    assert [f for f in facts if f["type"] == "visit"], facts  # the trip stays


def test_an_authority_met_beside_the_public_makes_talks(extract):
    text = ("Глава Кунгура Максим Ладейщиков находился в Новогрудке, где встретился с коллективом льнозавода и "
            "председателем райисполкома Виталием Ермашкевичем.")
    talks = [f for f in extract(text, "2025-06-27") if f["type"] == "meeting"]
    assert [sorted(f["participants"]) for f in talks] == [["Виталий Ермашкевич", "Максим Ладейщиков"]], talks
