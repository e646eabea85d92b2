"""The rule trace (``coopwatch explain``, the editors' document page) says what each rule answered
in Russian a person reads: the words of a span, a place's name, a date as «14 ноября 2025» — never
a Python repr (``Match(start=…)``, a tuple, ``<… object at 0x…>``)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coopwatch.extract.explain import answer_text, explain_document, render_text, to_json
from coopwatch.extract.rulebook import rules
from coopwatch.models import Document
from coopwatch.nlp.grammars.common import Match
from coopwatch.nlp.grammars.money import Amount
from coopwatch.nlp.grammars.period import Span
from coopwatch.wording import NBSP, THIN

# Our own sentences, made to set off the rules whose answers are objects: grammar matches (periods,
# amounts), trade figures, (percent, approximate) pairs, lists with their positions, the sentences
# where a trip's hosts are named, dates, coded kinds and statuses, place IDs.
TEXTS = {
    "торговля": "Внешнеторговый оборот Татарстана и Беларуси в 2024 году составил 1,2 млрд долларов, увеличившись "
             "на 15%. Экспорт республики в Беларусь вырос в 1,5 раза и достиг 600 миллионов. Мы ставим цель "
             "выйти на 2 млрд долларов, сообщил Рустам Минниханов.",
    "соглашение": "14 ноября 2025 года в Курске губернатор Курской области Александр Хинштейн и председатель "
                 "Гомельского облисполкома Иван Крупко подписали соглашение о сотрудничестве и план мероприятий "
                 "на 2026–2028 годы.",
    "консульства": "В Казани и Уфе в следующем году откроются генеральные консульства Узбекистана, сообщил посол "
                "Узбекистана в России. Делегация Брестской области прибыла в Нижний Новгород. На следующий день "
                "губернатор Нижегородской области Глеб Никитин провёл переговоры с гостями. Между Казанью и "
                "Ташкентом планируется открыть прямое авиасообщение.",
}
REPR = re.compile(r"<|Match\(|object at|\([^()]*=[^()]*\)|\[\s*'|\(\s*'")
RULE_NAMES = re.compile("|".join(re.escape(r.name) for r in sorted(rules(), key=lambda r: -len(r.name))))
ROMAN = re.compile(r"\b[IV]+\b")  # «I квартал», «II полугодие»


def _explained(name: str):  # noqa: ANN202 - extract.explain.Explanation
    return explain_document(Document(id=name, text=TEXTS[name], published=date(2025, 11, 15)))


def _answers(expl) -> list[tuple[str, str]]:  # noqa: ANN001
    """(rule, what it answered) for every rule of the trace."""
    data = to_json(expl)
    cands = [c for f in data["facts"] for c in f["candidates"]] + data["dropped"]
    firings = [r for c in cands for r in c["rules"]] + [r for f in data["facts"] for r in f["amended"]]
    return [(r["rule"], r["value"]) for r in firings]


def _shown(text: str) -> str:
    """What the printed trace says itself: without the document's own words (evidence, «…»),
    the rules' names (identifiers) and Roman numbers of quarters."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("источник:")]
    return ROMAN.sub("", RULE_NAMES.sub("", re.sub(r"«[^»]*»", "", "\n".join(lines))))


@pytest.mark.parametrize("name", TEXTS)
def test_the_trace_reads_as_russian(name: str) -> None:
    expl = _explained(name)
    assert expl.facts, name
    answers = _answers(expl)
    assert any(value for _, value in answers), "ни одно правило не ответило значением"
    for rule, value in answers:
        assert not REPR.search(value), (rule, value)
        assert not re.search(r"[A-Za-z]", ROMAN.sub("", value)), (rule, value)  # no codes, no class names
    shown = _shown(render_text(expl))
    assert not REPR.search(shown), shown
    assert not re.search(r"[A-Za-z]", shown), shown


def test_the_answers_say_dates_places_amounts_and_kinds() -> None:
    expl = _explained("соглашение")
    values = {v for _, v in _answers(expl)}
    assert "14 ноября 2025" in values  # a date, not 2025-11-14
    assert any("Курская область" in v for v in values)  # a place's name, not RU-KRS
    assert any(line.lstrip().startswith("1. ") and " — " in line for line in render_text(expl).splitlines())
    assert "kind:" not in render_text(expl) and "parties:" not in render_text(expl)  # the facts as the pages say them


def test_answer_text_words_the_objects_rules_answer_with() -> None:
    text = "Товарооборот в 2024 году вырос до 1,2 млрд долларов."
    period = Match(text.index("в 2024"), text.index(" вырос"), Span(2024, None, 1, 12))
    amount = Match(text.index("1,2"), len(text) - 1, Amount(1.2e9, None, "USD", False))
    relative = Match(0, len("Товарооборот"), Span(None, -1, 1, 12))
    assert answer_text(period, text) == "2024 год"
    assert answer_text(amount, text) == f"1,2{NBSP}млрд долларов США"
    assert answer_text(relative, text) == "«Товарооборот»"  # a year the text names relatively: its words
    assert answer_text("RU-TA/Казань") == "Казань"
    assert answer_text(["RU-KRS", "BY-HO"]) == "Курская область, Гомельская область"
    assert answer_text("2019-04") == "апрель 2019"
    assert answer_text(["2015-01", "2015-12"]) == "2015 год"
    assert answer_text("planned", area="institution") == "планируется"
    assert answer_text("consulate", area="institution") == "консульство"
    assert answer_text([(7, ["RU-TA/Казань", "RU-BA/Уфа"])]) == "Казань, Уфа"  # a list without its position
    assert answer_text("?столица") == "«столица» (место ещё не определено)"
    assert answer_text(2.0e9) == f"2{THIN}000{THIN}000{THIN}000"
    assert answer_text(True) == "" and answer_text(None) == ""
    assert answer_text(object()) == ""  # nothing readable: no repr either
