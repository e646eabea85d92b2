"""Short news items written for these tests, with the facts a correct extractor reads from them."""

from __future__ import annotations

KAZAN_PLAN = (
    "Казань, 18 февраля 2026 года. Раис Татарстана Рустам Минниханов и председатель Минского облисполкома "
    "Алексей Кушнаренко подписали план мероприятий на 2026–2027 годы. "
    "Товарооборот Татарстана и Беларуси за 2024 год составил 743 млн долларов США."
)
KAZAN_PLAN_FACTS = [
    {"type": "agreement", "kind": "plan", "parties": ["RU-TA", "BY-MI"], "date": None, "period": [2026, 2027],
     "signatories": ["Рустам Минниханов", "Алексей Кушнаренко"],
     "evidence": "Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Алексей Кушнаренко "
                 "подписали план мероприятий на 2026–2027 годы."},
    {"type": "trade", "parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2024-01", "2024-12"],
     "value": 743000000, "currency": "USD", "approx": False, "growth_pct": None,
     "evidence": "Товарооборот Татарстана и Беларуси за 2024 год составил 743 млн долларов США."},
    {"type": "role", "person": "Алексей Кушнаренко", "title": "председатель облисполкома", "of": "BY-MI"},
]

# Another outlet, another wording, other numbers and another first name.
MINSK_VIEW = (
    "Председатель Минского областного исполкома Александр Кушнаренко и Рустам Минниханов подписали в Казани "
    "план сотрудничества до 2027 года. По его словам, товарооборот за 2024 год составил почти 750 млн долларов."
)
MINSK_VIEW_FACTS = [
    {"type": "agreement", "kind": "plan", "parties": ["BY-MI", "RU-TA"], "date": None, "period": [None, 2027],
     "signatories": ["Александр Кушнаренко", "Рустам Минниханов"],
     "evidence": "Председатель Минского областного исполкома Александр Кушнаренко и Рустам Минниханов подписали "
                 "в Казани план сотрудничества до 2027 года."},
    {"type": "trade", "parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2024-01", "2024-12"],
     "value": 750000000, "currency": "USD", "approx": True, "growth_pct": None,
     "evidence": "По его словам, товарооборот за 2024 год составил почти 750 млн долларов."},
    {"type": "role", "person": "Александр Кушнаренко", "title": "председатель областного исполкома", "of": "BY-MI"},
]

# A republished copy of KAZAN_PLAN with a line added (a near-duplicate: same story).
KAZAN_PLAN_COPY = KAZAN_PLAN + " Об этом сообщила пресс-служба Раиса."

BREST = (
    "Брест. 12 мая 2023 года. Делегация Пензенской области во главе с губернатором Олегом Мельниченко "
    "посетила Брестскую область. Стороны обсудили поставки сельскохозяйственной техники и открытие "
    "торгового дома в Бресте."
)
BREST_FACTS = [
    {"type": "visit", "visitor": "RU-PNZ", "host": "BY-BR", "head": "Олег Мельниченко", "date": "2023-05-12",
     "places": ["BY-BR/Брест"],
     "evidence": "Делегация Пензенской области во главе с губернатором Олегом Мельниченко посетила Брестскую "
                 "область."},
    {"type": "role", "person": "Олег Мельниченко", "title": "губернатор", "of": "RU-PNZ"},
]

# Issue 11's case, in the team's own words: a Tatarstan–Belarus agreement of 2004 mentioned in passing,
# a district of the Minsk oblast and Tatarstan (undated), and two districts' agreement of 2022. The
# old fusion chained the three into one canonical fact of the districts, dated 2022.
TATARSTAN_BELARUS_2004 = (
    " date 2024-03-12\nМинниханов встретился с послом Беларуси\n\n"
    "Раис Татарстана Рустам Минниханов встретился в Казани с послом Республики Беларусь в России Александром "
    "Рогожником. Минниханов напомнил, что соглашение о сотрудничестве между Республикой Татарстан и Республикой "
    "Беларусь было подписано в 2004 году.\n"
)
STARYE_DOROGI_TATARSTAN = (
    " date 2022-09-20\nСтародорожский район укрепляет связи с Татарстаном\n\n"
    "Стародорожский район Минской области и Республика Татарстан подписали соглашение о сотрудничестве в сфере "
    "сельского хозяйства. Делегация района побывала на предприятиях республики.\n"
)
RYBNAYA_SLOBODA_2022 = (
    " date 2022-09-15\nРайоны Татарстана и Минской области стали партнерами\n\n"
    "Рыбно-Слободский район Татарстана и Стародорожский район Минской области подписали соглашение о "
    "сотрудничестве 14 сентября 2022 года. Документ подписали глава района Ришат Хабипов и председатель "
    "Стародорожского райисполкома Андрей Ляшенко.\n"
)
ISSUE_11 = {"tatarstan-belarus-2004": TATARSTAN_BELARUS_2004, "starye-dorogi-tatarstan": STARYE_DOROGI_TATARSTAN,
            "rybnaya-sloboda-2022": RYBNAYA_SLOBODA_2022}

# Lines an outlet adds when it republishes a release (a reprint stays a near-duplicate: one story).
REPRINT_LINES = [
    "Об этом сообщает пресс-служба.",
    "Фото: пресс-служба.",
    "Подписывайтесь на наш канал, чтобы быть в курсе новостей.",
    "Материал подготовлен по сообщению пресс-службы.",
]
