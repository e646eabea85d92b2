"""The entity layer (coopwatch.nlp.entities), one sentence per rule, written by the team."""

from __future__ import annotations

import pytest

from coopwatch.nlp.entities import EntityLayer, entities


def spans(layer: EntityLayer, kind: str) -> list[str]:
    return [e.text for e in layer.spans if e.type == kind]


def place_of(layer: EntityLayer, text: str) -> str | None:
    for e in layer.spans:
        if e.text == text:
            return e.place_id
    return next((p.place_id for p in layer.places if p.text == text), None)


@pytest.mark.parametrize("text, kind, expected", [
    # unions of states are organisations
    ("Страны ЕС продлили санкции ещё на полгода.", "ORG", "ЕС"),
    ("Решение поддержали в Евросоюзе и НАТО.", "ORG", "НАТО"),
    # the Kremlin acting is the presidency; "в Кремле" is a place
    ("Позиция Кремля по этому вопросу не изменилась.", "ORG", "Кремля"),
    ("Встреча прошла в Кремле.", "LOC", "Кремле"),
    # a quoted organisation name without its legal form and quotes
    ("Контрольный пакет перешёл к ЗАО «Северная верфь».", "ORG", "Северная верфь"),
    # a quoted name after an organisation noun
    ("Об этом пишет газета «Вечерний курьер».", "ORG", "Вечерний курьер"),
])
def test_organisations_and_unions(text, kind, expected):
    assert expected in spans(entities(text), kind)


def test_generic_abbreviation_is_no_organisation():
    assert "СМИ" not in spans(entities("Об этом сообщили местные СМИ и блогеры."), "ORG")


def test_title_before_name_is_cut_off():
    layer = entities("Вчера канцлер Германии Ангела Меркель прилетела в Пекин.")
    assert "Ангела Меркель" in spans(layer, "PER")
    assert place_of(layer, "Пекин") == "CN-BJ"


def test_span_cut_at_a_line_break():
    layer = entities("Олег Петров\n\nЗима в городе\n\nСнег выпал рано.")
    assert "Олег Петров" in spans(layer, "PER")
    assert not any("\n" in s for s in spans(layer, "PER"))


@pytest.mark.parametrize("text, mention, place_id", [
    # a place in an oblique case, multi-word
    ("Делегация Свердловской области прибыла в Соединённые Штаты.", "Свердловской области", "RU-SVE"),
    # a town the gazetteer does not list, placed by the region the text names
    ("Он родился в селе Верхняя Кулига в Архангельской области.", "Верхняя Кулига", "RU-ARK/Верхняя Кулига"),
    ("Завод построят в городе Хиллсборо (Орегон).", "Хиллсборо", "US-OR/Хиллсборо"),
])
def test_place_ids(text, mention, place_id):
    assert place_of(entities(text), mention) == place_id


def test_occupation_with_a_latin_organisation_between_title_and_name():
    layer = entities("На встрече выступил генеральный директор Acme Robotics Иван Сидоров.")
    occ = [o for o in layer.occupations if o.person.text == "Иван Сидоров"]
    assert occ and occ[0].where is not None and occ[0].where.text == "Acme Robotics"


def test_occupation_of_a_territory():
    layer = entities("Губернатор Курской области Роман Старовойт встретился с журналистами.")
    occ = [o for o in layer.occupations if o.person.text == "Роман Старовойт"]
    assert occ and occ[0].place_id == "RU-KRS"


@pytest.mark.parametrize("text,person,place_id,where", [
    ("Новосибирские артисты написали губернатору региона Петру Сидорову. Жители Новосибирска поддержали письмо.",
     "Петр Сидоров", "RU-NVS", "Новосибирска"),
    ("В Вологде прошли переговоры. Заместитель губернатора области Иван Петров выступил с докладом.",
     "Иван Петров", "RU-VLG", "Вологде"),
])
def test_occupation_of_a_region_named_by_its_city(text, person, place_id, where):
    """A region the text names only by its city: the where shown is the city's mention, by name."""
    occ = [o for o in entities(text).occupations if o.person.text == person]
    assert occ and (occ[0].place_id, occ[0].where.text) == (place_id, where)


def test_candidate_holds_no_position():
    layer = entities("Кандидат в мэры Самары Пётр Иванов провёл встречу с избирателями.")
    assert not [o for o in layer.occupations if o.person.text == "Пётр Иванов"]
