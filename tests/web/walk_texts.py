"""Seven short news items a new user brings to coopwatch (issue 11's walk-through), written for it:
regional pairs the other tests do not have, two pairs whose sources disagree on a trade figure, one
file in Windows-1251, one in UTF-8 with two bytes that are not (a «» pasted from a Windows-1251
page), one Word file. People and figures are made up for the tests."""

from __future__ import annotations

import io
from pathlib import Path

ULYANOVSK_MINSK = """ date 2026-02-10
Source URL: https://ulpravda.example/news/2026/02/10/minsk
Ульяновская область и Минская область подписали план мероприятий на 2026–2027 годы

Ульяновск, 10 февраля 2026 года. Губернатор Ульяновской области Алексей Русских и председатель Минского облисполкома Александр Турчин подписали план мероприятий по реализации соглашения о сотрудничестве на 2026–2027 годы.

По словам губернатора, товарооборот Ульяновской области с Республикой Беларусь в 2025 году составил 312 млн долларов США, что на 14 процентов больше, чем годом ранее.
"""

ULYANOVSK_BELARUS = """ date 2026-02-12
Source URL: https://volga-news.example/economy/ulyanovsk-belarus
Ульяновская область наращивает торговлю с Беларусью

Товарооборот Ульяновской области и Республики Беларусь по итогам 2025 года достиг 298 млн долларов США, сообщили в региональном министерстве экономического развития.

В феврале в Ульяновске побывала делегация Минской области во главе с Александром Турчиным.
"""

ASTRAKHAN_ATYRAU = """ date 2025-11-20
Source URL: https://astrakhan24.example/2025/11/20/atyrau
Астраханская область и Атырауская область Казахстана провели заседание рабочей группы

Астрахань, 19 ноября 2025 года. В Астрахани состоялось третье заседание совместной рабочей группы по сотрудничеству Астраханской области и Атырауской области. Делегацию казахстанского региона возглавил аким Атырауской области Серик Шапкенов.

Стороны договорились открыть прямое автобусное сообщение между Астраханью и Атырау. Товарооборот между регионами в 2024 году составил около 150 млн долларов США.
"""

TYUMEN_SAMARKAND = """ date 2025-09-05
Source URL: https://tyumen-info.example/samarkand
Тюменская область и Самаркандская область Узбекистана заключили соглашение

Тюмень, 4 сентября 2025 года. Губернатор Тюменской области Александр Моор и хоким Самаркандской области Эркинжон Турдимов подписали соглашение о торгово-экономическом, научно-техническом и культурном сотрудничестве.

Стороны поставили цель довести товарооборот до 100 млн долларов США к 2028 году.
"""

# UTF-8 but for two bytes around «Каспий»: a quote pasted from a page in Windows-1251
ATYRAU_ASTRAKHAN = """ date 2025-11-21
Source URL: https://caspian.example/news/atyrau-astrakhan
Атырау и Астрахань обсудили автобусный маршрут

В Астрахани прошло заседание рабочей группы Астраханской и Атырауской областей, сообщает агентство STRAY_OPENКаспийSTRAY_CLOSE. По данным сторон, товарооборот регионов в 2024 году составил 171 млн долларов США.
"""

YAROSLAVL_VITEBSK = """ date 2026-01-15
Source URL: https://yar-news.example/2026/01/15/vitebsk
Ярославская область и Витебская область подписали дорожную карту

Ярославль, 14 января 2026 года. Губернатор Ярославской области Михаил Евраев и председатель Витебского облисполкома Александр Субботин подписали дорожную карту сотрудничества на 2026–2028 годы.
"""

NOVOSIBIRSK_TASHKENT = [  # paragraphs of the Word file
    "Новосибирская область и Ташкентская область договорились о прямом авиарейсе",
    "Новосибирск, 3 марта 2026 года. Губернатор Новосибирской области Андрей Травников провёл встречу с хокимом "
    "Ташкентской области Зойиржоном Мирзаевым.",
    "Стороны обсудили запуск прямого авиарейса Новосибирск — Ташкент и подписали меморандум о сотрудничестве в "
    "сфере образования.",
]


def write_news(folder: Path) -> dict[str, Path]:
    """The six text files as they come (the Word file is uploaded through the web form): name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "01-ulyanovsk-minsk": ULYANOVSK_MINSK.encode(),
        "02-ulyanovsk-belarus": ULYANOVSK_BELARUS.encode(),
        "03-astrakhan-atyrau": ASTRAKHAN_ATYRAU.encode(),
        "04-tyumen-samarkand": TYUMEN_SAMARKAND.encode(),
        "05-atyrau-astrakhan": ATYRAU_ASTRAKHAN.encode().replace(b"STRAY_OPEN", b"\xab").replace(b"STRAY_CLOSE",
                                                                                                   b"\xbb"),
        "06-yaroslavl-vitebsk": YAROSLAVL_VITEBSK.encode("cp1251"),
    }
    out = {}
    for name, data in files.items():
        out[name] = folder / f"{name}.txt"
        out[name].write_bytes(data)
    return out


def word_file(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(NOVOSIBIRSK_TASHKENT[0], 1)
    for p in NOVOSIBIRSK_TASHKENT[1:]:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(buf.getvalue())
    return path
