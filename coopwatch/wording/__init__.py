"""Russian for people to read — one way of saying each thing on the web pages, in the API's
summaries, the terminal, exports and reports.

- ``numbers``: «1 234», «62,6», «12,5 %», nouns agreeing with numbers («1 противоречие», «21 место»,
  «73 документа» — pymorphy), money («62,6 млн долларов США»);
- ``dates``: «18 февраля 2026», «май 2025», «2004 год», «I квартал 2025», «2026–2027 годы»;
- ``places``: names in a case («консульство Беларуси в Казани», «Минской области»);
- ``people``: initials kept with the surname («Н. Назарбаев»), titles with their proper names'
  capitals («посол в Российской Федерации», «директор департамента МИД»).

Morphology is the extractor's own pymorphy analyser (``morph``).
"""

from coopwatch.wording.dates import (
    NO_DATE,
    annual_year,
    month_name,
    month_names,
    ru_date,
    ru_moment,
    ru_period,
    ru_when,
    short_date,
    trade_period,
    years,
)
from coopwatch.wording.numbers import (
    CURRENCIES,
    NBSP,
    THIN,
    agree,
    count,
    currency_in,
    currency_name,
    money,
    number,
    percent,
)
from coopwatch.wording.people import person_name, title_text
from coopwatch.wording.places import decline, in_place, level_phrase, place_case, place_name, places

__all__ = [
    "CURRENCIES", "NBSP", "NO_DATE", "THIN", "agree", "annual_year", "count", "currency_in", "currency_name", "decline",
    "in_place", "level_phrase", "money", "month_name", "month_names", "number", "percent", "person_name", "place_case",
    "place_name", "places", "ru_date", "ru_moment", "ru_period", "ru_when", "short_date", "title_text", "trade_period",
    "years",
]
