"""Evidence is the sentence(s) that carry a fact (issue 11 §6), never a whole paragraph: a meeting
stated in one sentence and its participants named two sentences on has those two sentences, joined
with «…», not the sentence between them; a headline is not glued to the paragraph after it."""

from __future__ import annotations

from coopwatch.extract import extract_document
from coopwatch.models import Document

MEETING = ("Раис Татарстана Рустам Минниханов встретился с делегацией Узбекистана во главе с хокимом "
           "Самаркандской области Эркинжоном Турдимовым.")
WEATHER = "Погода в Казани была солнечной."
PARTICIPANTS = ("Во встрече приняли участие министр промышленности Татарстана Олег Коробченко и посол Узбекистана "
                "в России Ботиржон Асадов.")


def facts(text: str) -> list:
    return extract_document(Document(id="t", text=text)).facts


def test_sentences_apart_are_joined_without_what_lies_between() -> None:
    text = f"{MEETING} {WEATHER} {PARTICIPANTS}"
    [meeting] = [f for f in facts(text) if f.type == "meeting"]
    assert "Олег Коробченко" in meeting.participants  # named in the third sentence
    assert meeting.evidence.text == f"{MEETING} … {PARTICIPANTS}"
    assert WEATHER not in meeting.evidence.text
    # the offsets mark where the fact is stated (the page lights that sentence)
    assert text[meeting.evidence.start:meeting.evidence.end] == MEETING


def test_adjacent_sentences_stay_one_stretch_of_the_text() -> None:
    text = f"{MEETING} {PARTICIPANTS}"
    [meeting] = [f for f in facts(text) if f.type == "meeting"]
    assert meeting.evidence.text == text[meeting.evidence.start:meeting.evidence.end] == text


def test_a_headline_is_not_part_of_the_evidence_of_the_paragraph_after_it() -> None:
    headline = "Белорусский посол обсудил с раисом Татарстана вопросы сотрудничества"
    text = f"{headline}\n\n20 сентября в Казани раис Татарстана Рустам Минниханов провёл переговоры с послом Беларуси."
    roles = [f for f in facts(text) if f.type == "role" and f.person == "Рустам Минниханов"]
    assert roles and all(headline not in f.evidence.text for f in roles)
