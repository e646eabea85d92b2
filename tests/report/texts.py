"""Short news items written for the report tests, with the facts each states (FACTS.md dicts). The
people are invented. Between Tatarstan (RU-TA) and Belarus (BY): an agreement with a trade target
for 2019, a running plan, two working-group sessions (one numbered, one not), a visit dated to the
month, trade figures for 2018 and 2019 (the target reached to 88 %) and two outlets disagreeing
about 2024, Kazan and Minsk twinned, a representation, a flight, two premiers one after the
other. Between Tatarstan and Kazakhstan (KZ): one agreement and one trade figure, for the place's
report."""

from __future__ import annotations

A, B, THIRD = "RU-TA", "BY", "KZ"

# (name, text, url, published, facts)
DOCUMENTS: list[tuple[str, str, str | None, str, list[dict]]] = [
    ("agreement-2017",
     "Казань. 19 мая 2017 года Республика Татарстан и Республика Беларусь подписали соглашение о "
     "торгово-экономическом сотрудничестве. Документ подписали премьер-министр Татарстана Ильдар Гарипов "
     "и заместитель премьер-министра Беларуси Павел Жуковский. Стороны поставили цель довести "
     "товарооборот до 1 млрд долларов к 2019 году.",
     "https://vestnik-kazani.example/2017/05/19/soglashenie", "2017-05-20",
     [{"type": "agreement", "kind": "agreement", "parties": [A, B], "date": "2017-05-19", "period": None,
       "signatories": ["Ильдар Гарипов", "Павел Жуковский"]},
      {"type": "target", "parties": [A, B], "metric": "turnover", "value_min": 1e9, "value_max": 1e9,
       "currency": "USD", "year": 2019},
      {"type": "role", "person": "Ильдар Гарипов", "title": "премьер-министр", "of": A},
      {"type": "role", "person": "Павел Жуковский", "title": "заместитель премьер-министра", "of": B}]),
    ("trade-2018",
     "Товарооборот Татарстана и Беларуси по итогам 2018 года составил 836 млн долларов.",
     "https://minsk-delo.example/news/2019/trade-2018", "2019-02-11",
     [{"type": "trade", "parties": [A, B], "metric": "turnover", "period": ["2018-01", "2018-12"],
       "value": 836e6, "currency": "USD", "approx": False, "growth_pct": None}]),
    ("trade-2019",
     "По итогам 2019 года товарооборот Республики Татарстан и Республики Беларусь вырос на 5 % и "
     "составил 878 млн долларов США.",
     "https://vestnik-kazani.example/2020/02/03/tovarooborot", "2020-02-03",
     [{"type": "trade", "parties": [A, B], "metric": "turnover", "period": ["2019-01", "2019-12"],
       "value": 878e6, "currency": "USD", "approx": False, "growth_pct": 5}]),
    ("working-group-2023",
     "В марте 2023 года в Минске прошло заседание рабочей группы по сотрудничеству Татарстана и "
     "Беларуси. В нём участвовал министр промышленности Татарстана Олег Ракитин.",
     None, "2023-03-30",
     [{"type": "meeting", "kind": "working_group", "parties": [A, B], "participants": ["Олег Ракитин"],
       "date": "2023-03", "place": "BY-HM", "number": None},
      {"type": "role", "person": "Олег Ракитин", "title": "министр промышленности", "of": A}]),
    ("visit-2023",
     "В июне 2023 года белорусская делегация во главе с послом Сергеем Волковым посетила Татарстан.",
     "https://minsk-delo.example/news/2023/visit", "2023-06-30",
     [{"type": "visit", "visitor": B, "host": A, "head": "Сергей Волков", "date": "2023-06",
       "places": [A, "RU-TA/Набережные Челны"]}]),
    ("plan-2024",
     "Казань, 9 февраля 2024 года. На пятом заседании рабочей группы Татарстан и Беларусь утвердили план "
     "мероприятий на 2024–2026 годы. План подписали премьер-министр Татарстана Марат Сафин и посол "
     "Беларуси Сергей Волков.",
     "https://vestnik-kazani.example/2024/02/09/plan", "2024-02-09",
     [{"type": "agreement", "kind": "plan", "parties": [A, B], "date": "2024-02-09", "period": [2024, 2026],
       "signatories": ["Марат Сафин", "Сергей Волков"]},
      {"type": "meeting", "kind": "working_group", "parties": [A, B],
       "participants": ["Марат Сафин", "Сергей Волков"], "date": "2024-02-09", "place": "RU-TA/Казань",
       "number": 5},
      {"type": "role", "person": "Марат Сафин", "title": "премьер-министр", "of": A},
      {"type": "role", "person": "Сергей Волков", "title": "посол", "of": B}]),
    ("trade-2024-kazan",
     "Товарооборот Татарстана и Беларуси в 2024 году составил 743 млн долларов.",
     "https://vestnik-kazani.example/2025/01/20/trade", "2025-01-20",
     [{"type": "trade", "parties": [A, B], "metric": "turnover", "period": ["2024-01", "2024-12"],
       "value": 743e6, "currency": "USD", "approx": False, "growth_pct": None}]),
    ("trade-2024-minsk",
     "Взаимная торговля Беларуси и Татарстана за 2024 год достигла 690 млн долларов; стороны "
     "намерены выйти на 2 млрд долларов к 2030 году.",
     "https://minsk-delo.example/news/2025/trade", "2025-01-28",
     [{"type": "trade", "parties": [A, B], "metric": "turnover", "period": ["2024-01", "2024-12"],
       "value": 690e6, "currency": "USD", "approx": False, "growth_pct": None},
      {"type": "target", "parties": [A, B], "metric": "turnover", "value_min": 2e9, "value_max": 2e9,
       "currency": "USD", "year": 2030}]),
    ("links",
     "Казань и Минск — города-побратимы. В Минске работает постоянное представительство Республики "
     "Татарстан, между Казанью и Минском выполняются прямые авиарейсы.",
     "https://vestnik-kazani.example/2024/06/01/links", "2024-06-01",
     [{"type": "agreement", "kind": "twinning", "parties": ["RU-TA/Казань", "BY-HM"], "date": None,
       "period": None, "signatories": []},
      {"type": "institution", "kind": "representation", "of": A, "in": "BY-HM", "status": "exists",
       "date": None},
      {"type": "transport", "mode": "air", "between": ["RU-TA/Казань", "BY-HM"], "status": "exists"}]),
    ("kazakhstan-2022",
     "Астана. 14 октября 2022 года Татарстан и Казахстан подписали соглашение о сотрудничестве. "
     "Товарооборот Татарстана и Казахстана за 2022 год составил 520 млн долларов.",
     "https://steppe-news.example/2022/10/14", "2022-10-14",
     [{"type": "agreement", "kind": "agreement", "parties": [A, THIRD], "date": "2022-10-14", "period": None,
       "signatories": []},
      {"type": "trade", "parties": [A, THIRD], "metric": "turnover", "period": ["2022-01", "2022-12"],
       "value": 520e6, "currency": "USD", "approx": False, "growth_pct": None}]),
]
