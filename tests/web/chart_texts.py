"""News items written for the chart, map and layout tests: Orenburg region and Kazakhstan — trade
figures over years with one year missing, export and import both ways, a target for 2030, and
partners at several levels (a country, its regions, a city), so that lines, labels, the network and
the map have something to get wrong. Facts are given (no extraction): evidence is a sentence of
the text."""

from __future__ import annotations

from typing import Any

ORE, KZ = "RU-ORE", "KZ"


def trade(metric: str, parties: list[str], year: int, value: float, sentence: str) -> dict[str, Any]:
    return {"type": "trade", "parties": parties, "metric": metric, "period": [f"{year}-01", f"{year}-12"],
            "value": value, "currency": "USD", "approx": False, "growth_pct": None, "evidence": sentence}


def meeting(partner: str, date: str, sentence: str) -> dict[str, Any]:
    return {"type": "meeting", "kind": "talks", "parties": [ORE, partner], "participants": [], "date": date,
            "place": None, "number": None, "evidence": sentence}


T2019 = "Товарооборот Оренбургской области и Казахстана в 2019 году составил 1,1 млрд долларов США."
T2020 = "В 2020 году товарооборот Оренбуржья с Казахстаном снизился до 900 млн долларов США."
T2022 = ("По итогам 2022 года товарооборот области с Казахстаном достиг 1,3 млрд долларов США. "
         "Экспорт области в Казахстан составил 800 млн долларов, импорт из Казахстана — 500 млн долларов.")
T2023 = ("В 2023 году товарооборот Оренбургской области и Казахстана вырос до 1,5 млрд долларов США. "
         "Экспорт в Казахстан составил 900 млн долларов, импорт из Казахстана — 600 млн долларов. "
         "Стороны поставили цель довести товарооборот до 3 млрд долларов к 2030 году.")
SENTENCES = [
    "Губернатор Оренбургской области провёл переговоры с акимом Актюбинской области.",
    "Отдельно прошли переговоры с делегацией Западно-Казахстанской области.",
    "Оренбургские власти также встретились с представителями Атырауской области.",
    "Переговоры с руководством Костанайской области прошли в тот же день.",
    "С акиматом города Актобе обсудили транспортное сообщение.",
    "Оренбуржье провело переговоры с Башкортостаном о поставках зерна.",
]
PARTNERS = "Оренбург, 5 июня 2024 года. " + " ".join(SENTENCES)

DOCUMENTS: list[tuple[str, str, str, str, list[dict[str, Any]]]] = [
    ("ore-2019", T2019, "https://ore-news.example/2019", "2020-02-10",
     [trade("turnover", [ORE, KZ], 2019, 1.1e9, T2019)]),
    ("ore-2020", T2020, "https://ore-news.example/2020", "2021-02-11",
     [trade("turnover", [ORE, KZ], 2020, 9e8, T2020)]),
    ("ore-2022", T2022, "https://ore-news.example/2022", "2023-02-12", [
        trade("turnover", [ORE, KZ], 2022, 1.3e9, T2022.split(". ")[0] + "."),
        trade("export", [ORE, KZ], 2022, 8e8, T2022.split(". ")[1]),
        trade("import", [KZ, ORE], 2022, 5e8, T2022.split(". ")[1]),
    ]),
    ("ore-2023", T2023, "https://ore-news.example/2023", "2024-02-13", [
        trade("turnover", [ORE, KZ], 2023, 1.5e9, T2023.split(". ")[0] + "."),
        trade("export", [ORE, KZ], 2023, 9e8, T2023.split(". ")[1] + "."),
        trade("import", [KZ, ORE], 2023, 6e8, T2023.split(". ")[1] + "."),
        {"type": "target", "parties": [ORE, KZ], "metric": "turnover", "value_min": 3e9, "value_max": 3e9,
         "currency": "USD", "year": 2030, "evidence": T2023.split(". ")[2]},
    ]),
    ("ore-partners", PARTNERS, "https://ore-news.example/partners", "2024-06-05", [
        meeting("KZ-15", "2024-06-05", SENTENCES[0]),
        meeting("KZ-27", "2024-06-05", SENTENCES[1]),
        meeting("KZ-23", "2024-06-05", SENTENCES[2]),
        meeting("KZ-39", "2024-06-05", SENTENCES[3]),
        meeting("KZ-15/Актобе", "2024-06-05", SENTENCES[4]),
        meeting("RU-BA", "2024-06-05", SENTENCES[5]),
    ]),
]
