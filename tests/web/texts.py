"""Short news items written for the web tests, with the facts a correct extractor reads from them
(evidence = a sentence of the text, so the knowledge base stores its offsets)."""

from __future__ import annotations

from typing import Any

PLAN_TEXT = (
    "Казань, 18 февраля 2026 года. Раис Татарстана Рустам Минниханов и председатель Минского облисполкома "
    "Алексей Кушнаренко подписали план мероприятий на 2026–2027 годы. "
    "Товарооборот Татарстана и Беларуси за 2024 год составил 743 млн долларов США. "
    "Стороны намерены довести товарооборот до 1 млрд долларов к 2027 году."
)
PLAN_FACTS: list[dict[str, Any]] = [
    {
        "type": "agreement",
        "kind": "plan",
        "parties": ["RU-TA", "BY-MI"],
        "date": "2026-02-18",
        "period": [2026, 2027],
        "signatories": ["Рустам Минниханов", "Алексей Кушнаренко"],
        "evidence": "Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Алексей "
        "Кушнаренко "
        "подписали план мероприятий на 2026–2027 годы.",
    },
    {
        "type": "trade",
        "parties": ["RU-TA", "BY"],
        "metric": "turnover",
        "period": ["2024-01", "2024-12"],
        "value": 743000000,
        "currency": "USD",
        "approx": False,
        "growth_pct": None,
        "evidence": "Товарооборот Татарстана и Беларуси за 2024 год составил 743 млн долларов США.",
    },
    {
        "type": "target",
        "parties": ["RU-TA", "BY"],
        "metric": "turnover",
        "value_min": 1e9,
        "value_max": 1e9,
        "currency": "USD",
        "year": 2027,
        "evidence": "Стороны намерены довести товарооборот до 1 млрд долларов к 2027 году.",
    },
    {
        "type": "role",
        "person": "Рустам Минниханов",
        "title": "раис",
        "of": "RU-TA",
        "evidence": "Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Алексей "
        "Кушнаренко "
        "подписали план мероприятий на 2026–2027 годы.",
    },
    {
        "type": "role",
        "person": "Алексей Кушнаренко",
        "title": "председатель облисполкома",
        "of": "BY-MI",
        "evidence": "Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Алексей "
        "Кушнаренко "
        "подписали план мероприятий на 2026–2027 годы.",
    },
]

# Another outlet on the same signing: other numbers and another first name (conflicts).
MINSK_TEXT = (
    "Минск, 19 февраля 2026 года. Председатель Минского областного исполкома Александр Кушнаренко и Рустам "
    "Минниханов подписали в Казани план сотрудничества на 2026–2027 годы. По его словам, товарооборот "
    "Татарстана и Беларуси за 2024 год составил почти 750 млн долларов."
)
MINSK_FACTS: list[dict[str, Any]] = [
    {
        "type": "agreement",
        "kind": "plan",
        "parties": ["BY-MI", "RU-TA"],
        "date": "2026-02-18",
        "period": [2026, 2027],
        "signatories": ["Александр Кушнаренко", "Рустам Минниханов"],
        "evidence": "Председатель Минского областного исполкома Александр Кушнаренко и Рустам Минниханов "
        "подписали "
        "в Казани план сотрудничества на 2026–2027 годы.",
    },
    {
        "type": "trade",
        "parties": ["RU-TA", "BY"],
        "metric": "turnover",
        "period": ["2024-01", "2024-12"],
        "value": 750000000,
        "currency": "USD",
        "approx": True,
        "growth_pct": None,
        "evidence": "По его словам, товарооборот Татарстана и Беларуси за 2024 год составил почти 750 млн "
        "долларов.",
    },
    {
        "type": "role",
        "person": "Александр Кушнаренко",
        "title": "председатель областного исполкома",
        "of": "BY-MI",
        "evidence": "Председатель Минского областного исполкома Александр Кушнаренко и Рустам Минниханов "
        "подписали "
        "в Казани план сотрудничества на 2026–2027 годы.",
    },
]

TRADE_2023_TEXT = (
    "Казань, 3 марта 2024 года. По итогам 2023 года товарооборот Татарстана и Беларуси составил 690 млн "
    "долларов, увеличившись на 12%. Об этом сообщил министр промышленности и торговли республики Олег "
    "Коробченко."
)
TRADE_2023_FACTS: list[dict[str, Any]] = [
    {
        "type": "trade",
        "parties": ["RU-TA", "BY"],
        "metric": "turnover",
        "period": ["2023-01", "2023-12"],
        "value": 690000000,
        "currency": "USD",
        "approx": False,
        "growth_pct": 12,
        "evidence": "По итогам 2023 года товарооборот Татарстана и Беларуси составил 690 млн долларов, "
        "увеличившись "
        "на 12%.",
    },
    {
        "type": "role",
        "person": "Олег Коробченко",
        "title": "министр промышленности и торговли",
        "of": "RU-TA",
        "evidence": "Об этом сообщил министр промышленности и торговли республики Олег Коробченко.",
    },
]

VISIT_TEXT = (
    "Минск, 12 мая 2025 года. Делегация Татарстана во главе с Рустамом Миннихановым прибыла в Минскую "
    "область. "
    "Рустам Минниханов и Алексей Кушнаренко провели переговоры о поставках техники КАМАЗ."
)
VISIT_FACTS: list[dict[str, Any]] = [
    {
        "type": "visit",
        "visitor": "RU-TA",
        "host": "BY-MI",
        "head": "Рустам Минниханов",
        "date": "2025-05-12",
        "places": [],
        "evidence": "Делегация Татарстана во главе с Рустамом Миннихановым прибыла в Минскую область.",
    },
    {
        "type": "meeting",
        "kind": "talks",
        "parties": ["RU-TA", "BY-MI"],
        "participants": ["Рустам Минниханов", "Алексей Кушнаренко"],
        "date": "2025-05-12",
        "place": None,
        "number": None,
        "evidence": "Рустам Минниханов и Алексей Кушнаренко провели переговоры о поставках техники КАМАЗ.",
    },
]

TWIN_TEXT = (
    "Казань, 5 сентября 2025 года. Казань и Минск подписали соглашение о побратимских связях. "
    "Между Казанью и Минском действует прямое авиасообщение."
)
TWIN_FACTS: list[dict[str, Any]] = [
    {
        "type": "agreement",
        "kind": "twinning",
        "parties": ["RU-TA/Казань", "BY-HM"],
        "date": "2025-09-05",
        "period": None,
        "signatories": [],
        "evidence": "Казань и Минск подписали соглашение о побратимских связях.",
    },
    {
        "type": "transport",
        "mode": "air",
        "between": ["RU-TA/Казань", "BY-HM"],
        "status": "exists",
        "evidence": "Между Казанью и Минском действует прямое авиасообщение.",
    },
]

BASH_TEXT = (
    "Уфа, 20 октября 2025 года. Башкортостан и Костанайская область Казахстана подписали дорожную карту "
    "сотрудничества. В Уфе откроется генеральное консульство Казахстана."
)
BASH_FACTS: list[dict[str, Any]] = [
    {
        "type": "agreement",
        "kind": "roadmap",
        "parties": ["RU-BA", "KZ-39"],
        "date": "2025-10-20",
        "period": None,
        "signatories": [],
        "evidence": "Башкортостан и Костанайская область Казахстана подписали дорожную карту сотрудничества.",
    },
    {
        "type": "institution",
        "kind": "consulate",
        "of": "KZ",
        "in": "RU-BA/Уфа",
        "status": "planned",
        "date": None,
        "evidence": "В Уфе откроется генеральное консульство Казахстана.",
    },
]

# (name, text, url, published, facts)
DOCUMENTS = [
    ("tatar-plan", PLAN_TEXT, "https://tatar-news.example/plan", "2026-02-18", PLAN_FACTS),
    ("minsk-plan", MINSK_TEXT, "https://minsk-news.example/plan", "2026-02-19", MINSK_FACTS),
    ("trade-2023", TRADE_2023_TEXT, "https://tatar-news.example/trade-2023", "2024-03-03", TRADE_2023_FACTS),
    ("visit-2025", VISIT_TEXT, "https://minsk-news.example/visit", "2025-05-12", VISIT_FACTS),
    ("twin-cities", TWIN_TEXT, "https://kazan-city.example/twin", "2025-09-05", TWIN_FACTS),
    ("bash-kz", BASH_TEXT, "https://ufa-news.example/kz", "2025-10-20", BASH_FACTS),
]

# Stored through the extractor itself (no facts given), for the pages that show editors the rules
# behind each fact: (name, text, url, published).
ORENBURG_TEXT = (
    "Оренбург, 12 марта 2026 года. Губернатор Оренбургской области Евгений Солнцев и аким Актюбинской "
    "области Асхат Шахаров подписали соглашение о сотрудничестве на 2026–2028 годы.\n"
    "Перед подписанием главы регионов провели переговоры. Ранее стороны встречались на форуме в Астане.\n"
    "По итогам 2025 года товарооборот Оренбургской области с Казахстаном вырос до 1,2 млрд долларов США.\n"
)
PSKOV_TEXT = (
    "Делегация Псковской области во главе с губернатором Михаилом Ведерниковым прибыла в Витебск "
    "с рабочим визитом.\n"
    "Гости посетили льнокомбинат и обсудили с коллегами поставки техники. Стороны договорились провести "
    "следующую встречу весной.\n"
    "В Витебске планируют открыть представительство Псковской области.\n"
)
TRACED_DOCUMENTS = [
    ("orenburg-aktobe", ORENBURG_TEXT, "https://orenburg-news.example/aktobe", "2026-03-12"),
    ("pskov-vitebsk", PSKOV_TEXT, "https://pskov-news.example/vitebsk", "2025-11-04"),
]
# Stored with a hand-written fact the text does not report (as ``coopwatch ingest --facts`` would):
# the rules make other facts of it.
KOSTROMA_TEXT = (
    "Кострома, 3 апреля 2025 года. Костромская и Гродненская области подписали программу сотрудничества "
    "на 2025–2027 годы.\n"
)
KOSTROMA_GIVEN: list[dict[str, Any]] = [
    {
        "type": "meeting",
        "kind": "talks",
        "parties": ["RU-KOS", "BY-HR"],
        "participants": [],
        "date": "2025-04-03",
        "place": None,
        "number": None,
        "evidence": "Костромская и Гродненская области подписали программу сотрудничества на 2025–2027 годы.",
    },
]
GIVEN_DOCUMENT = (
    "kostroma-grodno",
    KOSTROMA_TEXT,
    "https://kostroma-news.example/grodno",
    "2025-04-03",
    KOSTROMA_GIVEN,
)
