"""A briefing report («справка о сотрудничестве») from the knowledge base: the report model
(``coopwatch.report.model``) filled in from ``coopwatch.kb.query.briefing`` — seven numbered
sections, every statement with references to its sources, nothing said that no source says.

1. Общие сведения — the sides and their level, the years the sources cover, the headline numbers
   (and, for one place, its partners);
2. Договорно-правовая база — agreements, plans, protocols, twinning: dates, terms, signatories;
   a document whose term includes the report's day is marked «действует»;
3. Встречи и визиты — in order of date, working-group sessions with their numbers;
4. Торгово-экономическое сотрудничество — trade figures, a chart of yearly turnover, targets against
   what was reached by their year;
5. Представительства и транспортное сообщение;
6. Персоналии — the people the facts name, their positions by the latest sources and before;
7. Расхождения источников — every open conflict, who says what.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from coopwatch import facttypes
from coopwatch.gazetteer.places import contains, gazetteer, is_place_id
from coopwatch.kb import query
from coopwatch.kb.db import KB
from coopwatch.kb.query.briefing import BRIEFING_LIMIT
from coopwatch.kb.views import BriefingFacts, FactView, Position
from coopwatch.report import chart
from coopwatch.report.model import Block, Cell, Figure, Notes, Para, Ref, Report, Section, Table
from coopwatch.wording import (
    CURRENCIES,
    agree,
    annual_year,
    count,
    level_phrase,
    money,
    number,
    percent,
    person_name,
    place_name,
    places,
    ru_date,
    title_text,
    trade_period,
    years,
)

# How the report names things (text a reader reads, in the style of an official note).
DOCUMENTS = {"agreement": "Соглашение", "plan": "План мероприятий", "protocol": "Протокол",
             "memorandum": "Меморандум", "contract": "Договор", "roadmap": "Дорожная карта",
             "declaration": "Совместное заявление (декларация)", "twinning": "Побратимские (дружественные) связи",
             "other": "Документ"}
MEETINGS = {"talks": "Переговоры", "working_group": "Заседание рабочей группы",
            "commission": "Заседание совместной комиссии (совета)", "forum": "Форум", "other": "Встреча"}
KIND_PLURALS = {"agreement": "документы", "meeting": "встречи", "visit": "визиты", "trade": "показатели торговли",
                "target": "цели", "institution": "представительства", "transport": "транспортные связи",
                "role": "должности"}
HEADLINE_DOCUMENTS = 5  # documents in force the overview names
NUMBERED = {"working_group", "commission", "forum"}
MODES = {"air": "авиасообщение", "rail": "железнодорожное сообщение", "road": "автомобильное сообщение",
         "water": "водное сообщение"}
TYPE_COUNTS = (("agreement", "документ договорно-правовой базы"), ("meeting", "встреча"), ("visit", "визит"),
               ("trade", "показатель торговли"), ("target", "цель по товарообороту"),
               ("institution", "представительство"), ("transport", "транспортное сообщение"),
               ("role", "сведение о должности"))
MISSING = {"agreement": "соглашениях и других документах", "meeting": "встречах", "visit": "визитах",
           "trade": "товарообороте", "target": "целях по товарообороту", "institution": "представительствах",
           "transport": "транспортном сообщении", "role": "должностных лицах"}
SECTION_TITLES = ("Общие сведения", "Договорно-правовая база", "Встречи и визиты",
                  "Торгово-экономическое сотрудничество", "Представительства и транспортное сообщение",
                  "Персоналии", "Расхождения источников")
PEOPLE_FIELDS = (("signatories", "подписано", "документ"), ("participants", "встречи", ""),
                 ("head", "визиты во главе делегации", ""))
FOOTER = ("Справка составлена автоматически (coopwatch) по базе знаний, собранной из публикаций; "
          "после каждого утверждения — номера источников из списка в конце. "
          "Сведения приводятся с той точностью, с какой их дают источники.")


def pair_report(kb: KB, a: str, b: str, year_from: int | None = None, year_to: int | None = None,
                today: date | None = None, limit: int = BRIEFING_LIMIT) -> Report:
    """The report on the cooperation of ``a`` and ``b`` (each with everything inside it)."""
    data = query.briefing(kb, a, b, *_dates(year_from, year_to), limit=limit)
    return Builder(data, today or date.today(), year_from, year_to, limit).report()


def place_report(kb: KB, place: str, year_from: int | None = None, year_to: int | None = None,
                 today: date | None = None, limit: int = BRIEFING_LIMIT) -> Report:
    """The report on one place's cooperation with all its partners."""
    data = query.briefing(kb, place, None, *_dates(year_from, year_to), limit=limit)
    return Builder(data, today or date.today(), year_from, year_to, limit).report()


def _dates(year_from: int | None, year_to: int | None) -> tuple[date | None, date | None]:
    return (date(year_from, 1, 1) if year_from else None, date(year_to, 12, 31) if year_to else None)


def metric_name(metric: str) -> str:
    return facttypes.value_label(metric, "metric", "trade")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _of_name(of: str) -> str:
    return place_name(of) if is_place_id(of) else of


@dataclass
class SeriesKey:
    metric: str
    parties: tuple[str, ...]
    currency: str | None

    def key(self) -> tuple:
        return (self.metric, self.parties, self.currency or "")


def series_key(d: dict[str, Any]) -> SeriesKey:
    parties = tuple(d.get("parties") or [])
    if d.get("metric", "turnover") == "turnover":
        parties = tuple(sorted(parties))
    return SeriesKey(d.get("metric", "turnover"), parties, d.get("currency"))


class Builder:
    def __init__(self, data: BriefingFacts, today: date, year_from: int | None, year_to: int | None,
                 limit: int) -> None:
        self.d = data
        self.today = today
        self.year_from, self.year_to = year_from, year_to
        self.limit = limit
        self.notes = Notes()
        self.pair = data.b is not None
        self.of_type: dict[str, list[FactView]] = defaultdict(list)
        for f in data.facts:
            self.of_type[f.type].append(f)

    # --- what every section uses ----------------------------------------------------------------

    def cite(self, f: FactView, only_documents: list[int] | None = None) -> Ref:
        return self.notes.cite(f.sources, only_documents)

    def mine(self, place_id: str) -> bool:
        return contains(self.d.a.id, place_id)

    def partners(self, f: FactView) -> list[str]:
        """The sides of a fact that are not the report's place (a place's report)."""
        ft = facttypes.find(f.type)
        sides = [p for p, _ in ft.sides(f.data)] if ft else []
        return list(dict.fromkeys(p for p in sides if not self.mine(p)))

    def exact(self, parties: list[str] | tuple[str, ...]) -> bool:
        """The parties are the report's two sides as named (not places inside them)."""
        return self.pair and sorted(parties) == sorted([self.d.a.id, self.d.b.id])  # type: ignore[union-attr]

    def sides_cell(self, parties: list[str]) -> str:
        """Who a fact is between, when a reader needs to be told: a place's report names the
        partner; a pair's report names the parties when they are places inside the sides."""
        if not self.pair:
            return places(self.partners_of(parties), ", ") or "—"
        return "" if self.exact(parties) else places(self.ordered(parties))

    def partners_of(self, ids: list[str]) -> list[str]:
        return [p for p in ids if not self.mine(p)]

    def truncated(self) -> bool:
        """The base holds more facts of some type than the report lists."""
        return any(self.d.by_type.get(t, 0) > self.d.shown_by_type.get(t, 0) for t in self.d.by_type)

    def missing(self, what: str) -> Para:
        return Para([f"Сведений о {what} в базе знаний нет."], kind="missing")

    def more(self, kind: str) -> Para | None:
        n, shown = self.d.by_type.get(kind, 0), self.d.shown_by_type.get(kind, 0)
        if n > shown:
            return Para([f"{_cap(KIND_PLURALS[kind])}: приведены последние {number(shown)}, всего в базе — "
                         f"{number(n)}; полный перечень — в веб-интерфейсе (страница «Факты») или в выгрузке "
                         "coopwatch export."], kind="lead")
        return None

    # --- the report -----------------------------------------------------------------------------

    def report(self) -> Report:
        a, b = self.d.a, self.d.b
        subject = (f"о сотрудничестве: {a.name} — {b.name}" if b is not None
                   else f"о международном и межрегиональном сотрудничестве: {a.name}")
        period = ""
        if self.year_from or self.year_to:
            period = "за период: " + years(self.year_from, self.year_to)
        ids = [a.id] + ([b.id] if b is not None else [])
        filename = "spravka-" + "-".join(i.replace("/", "_") for i in ids)
        head = dict(title="СПРАВКА", subject=subject, as_of=f"по состоянию на {ru_date(self.today)}",
                    period=period, footer=FOOTER, filename=filename)
        if self.d.n_facts == 0:
            return Report(sections=[self.empty()], notes=[], empty=True, **head)
        makers: list[Callable[[], list[Block]]] = [self.overview, self.legal_basis, self.meetings, self.trade,
                                                   self.links, self.people, self.conflicts]
        sections = [Section(i + 1, title, make()) for i, (title, make) in enumerate(zip(SECTION_TITLES, makers))]
        return Report(sections=sections, notes=self.notes.all(), **head)

    def type_counts(self) -> tuple[tuple[str, str], ...]:
        """The kinds of facts the overview counts: a pair's facts are between its sides, and a
        position is no such fact (the people of a pair are those its facts name)."""
        return tuple(x for x in TYPE_COUNTS if not (self.pair and x[0] == "role"))

    def ordered(self, parties: list[str] | tuple[str, ...]) -> list[str]:
        """Parties with the report's own side first ("Республика Татарстан — Республика Беларусь")."""
        return sorted(parties, key=lambda p: not self.mine(p))

    def cite_value(self, f: FactView, field: str) -> Ref:
        """The sources of the value the report gives: where they disagree on ``field``, only those
        that give this value (the others are named in section 7)."""
        mine = f.data.get(field)
        for c in f.conflicts:
            if c.field != field or c.resolved:
                continue
            for v in c.values:
                value = v.value.get(field) if isinstance(v.value, dict) else v.value
                if value == mine:
                    return self.cite(f, only_documents=v.documents)
        return self.cite(f)

    def sides_paras(self) -> list[Para]:
        a, b = self.d.a, self.d.b
        if b is not None:
            return [Para([f"Стороны: {level_phrase(a.id)} и {level_phrase(b.id)}. Учтены и сведения о "
                          "городах и районах в составе каждой стороны."])]
        return [Para([f"Территория: {level_phrase(a.id)}; учтены и сведения о городах и районах в её составе."])]

    def empty(self) -> Section:
        span = f" за период {years(self.year_from, self.year_to)}" if self.year_from or self.year_to else ""
        whose = "сторон" if self.pair else "территории"
        blocks: list[Block] = self.sides_paras()
        blocks.append(Para([f"В базе знаний нет ни одного факта о сотрудничестве {whose}{span}: ни соглашений, "
                            "ни встреч и визитов, ни данных о торговле, представительствах, транспортном "
                            "сообщении и должностных лицах. Справка поэтому не содержит других разделов."],
                           kind="missing"))
        blocks.append(Para(["Чтобы справка была составлена, загрузите в базу публикации о сотрудничестве "
                            "(coopwatch ingest ПАПКА) или проверьте коды территорий и период."]))
        return Section(1, SECTION_TITLES[0], blocks)

    # --- 1. overview ----------------------------------------------------------------------------

    def overview(self) -> list[Block]:
        d = self.d
        out: list[Block] = self.sides_paras()
        if self.year_from or self.year_to:
            out.append(Para([f"Период справки: {years(self.year_from, self.year_to)}. Сведения отобраны по дате "
                             "события, а если источник её не называет — по дате публикации."], kind="lead"))
        dated = [f for f in d.facts if f.data.get("date") and f.day is not None]  # events with their own date
        if dated:
            first = min(dated, key=lambda f: (f.day, f.id))
            last = max(dated, key=lambda f: (f.day, f.id))
            y1, y2 = first.day.year, last.day.year  # type: ignore[union-attr]
            span = years(y1, y2)
            if self.truncated() and d.first_day and d.last_day:
                y1, y2 = d.first_day.year, d.last_day.year
                span = years(y1, y2)
                out.append(Para([f"Документированное сотрудничество: {span} (по всем фактам базы); приведённые "
                                 f"в справке датированные события — с {ru_date(first.data['date'])}",
                                 self.cite(first), f" по {ru_date(last.data['date'])}", self.cite(last), "."]))
            else:
                out.append(Para([f"Документированное сотрудничество: {span} (первое датированное событие — "
                                 f"{ru_date(first.data['date'])}", self.cite(first),
                                 f", последнее — {ru_date(last.data['date'])}", self.cite(last), ")."]))
        else:
            published = sorted(s.published for f in d.facts for s in f.sources if s.published)
            if published:
                out.append(Para([f"Датированных событий в источниках нет; публикации о сотрудничестве — с "
                                 f"{ru_date(published[0])} по {ru_date(published[-1])}."]))
        counts = []
        for t, noun in self.type_counts():
            if d.by_type.get(t):
                counts.append(count(d.by_type[t], noun))
                wg = sum(1 for f in self.of_type[t] if t == "meeting" and f.data.get("kind") == "working_group")
                if wg:
                    counts[-1] += f" (в том числе {count(wg, 'заседание рабочей группы')})"
        docs = {s.document_id for f in d.facts for s in f.sources}
        out.append(Para([f"В базе знаний — {count(d.n_facts, 'факт')} о сотрудничестве: " + "; ".join(counts)
                         + f". Источники приведённых сведений: {count(len(docs), 'публикация')}."]))
        lacking = [MISSING[t] for t, _ in self.type_counts() if not d.by_type.get(t)]
        if lacking:
            out.append(Para(["В базе нет сведений о " + ", ".join(lacking) + "."], kind="missing"))
        out += self.headlines()
        if not self.pair:
            out += self.partner_table()
        if self.truncated():
            out.append(Para([f"По каждому виду сведений в разделах приведены последние {self.limit}; полный "
                             "перечень — в веб-интерфейсе или в выгрузке coopwatch export."], kind="lead"))
        return out

    def headlines(self) -> list[Block]:
        out: list[Block] = []
        in_force = [f for f in self.of_type["agreement"] if self.term_status(f)[0] == "действует"]
        if in_force:
            among = "Среди приведённых в разделе 2 документов действующих" if self.more("agreement") \
                else "Действующих документов"
            parts: list[Any] = [f"{among} с установленным сроком — {len(in_force)}"
                                + (f", последние {HEADLINE_DOCUMENTS}" if len(in_force) > HEADLINE_DOCUMENTS else "")
                                + ": "]
            for i, f in enumerate(in_force[-HEADLINE_DOCUMENTS:]):
                p = f.data.get("period") or [None, None]
                parts += [("; " if i else "") + f"{DOCUMENTS.get(f.data['kind'], 'Документ').lower()} на "
                          + years(p[0], p[1]) + f" от {ru_date(f.data.get('date'))}", self.cite(f)]
            out.append(Para([*parts, " (все — в разделе 2)." if len(in_force) > HEADLINE_DOCUMENTS else "."]))
        main = self.main_series()
        if main is not None:
            key, points = main
            year = max(points)
            f = points[year]
            whose = "" if self.exact(key.parties) else f" ({places(self.ordered(key.parties))})"
            out.append(Para([f"{_cap(metric_name(key.metric))}{whose} за {year} год — "
                             + money(f.data.get("value"), key.currency, bool(f.data.get("approx"))),
                             self.cite_value(f, "value"), "."]))
        return out

    def partner_table(self) -> list[Block]:
        tally: dict[str, Counter] = defaultdict(Counter)
        for f in self.d.facts:
            if f.type == "role":
                continue
            for p in self.partners(f):
                tally[p][f.type] += 1
        if not tally:
            return [Para(["Партнёров в приведённых сведениях нет."], kind="missing")]
        ranked = sorted(tally, key=lambda p: (-sum(tally[p].values()), place_name(p)))[:30]
        rows = []
        for i, p in enumerate(ranked, 1):
            kinds = "; ".join(count(n, noun) for t, noun in TYPE_COUNTS if (n := tally[p].get(t)))
            rows.append([[str(i)], [place_name(p)], [str(sum(tally[p].values()))], [kinds]])
        return [Table(["№", "Партнёр", "Фактов", "Из них"], rows, [0.5, 3, 1, 5],
                      caption=f"Партнёры — {count(len(tally), 'территория')}"
                              + (f", показаны первые {len(ranked)}" if len(ranked) < len(tally) else ""))]

    # --- 2. legal basis -------------------------------------------------------------------------

    def term_status(self, f: FactView) -> tuple[str, str]:
        """(status, term) of a document: «действует» while its term includes the report's day."""
        p = f.data.get("period")
        if not p or all(x is None for x in p):
            return "", "срок не указан"
        start, end = (p + [None, None])[:2]
        year = self.today.year
        if (start is None or start <= year) and (end is None or year <= end):
            status = "действует"
        elif end is not None and end < year:
            status = f"срок истёк (в {end} году)"
        else:
            status = f"вступает в действие в {start} году"
        return status, years(start, end)

    def legal_basis(self) -> list[Block]:
        docs = self.of_type["agreement"]
        if not docs:
            return [self.missing("соглашениях, планах, протоколах и побратимских связях")]
        out: list[Block] = []
        n_force = sum(1 for f in docs if self.term_status(f)[0] == "действует")
        kinds = Counter(f.data["kind"] for f in docs)
        out.append(Para([f"Договорно-правовая база: {count(len(docs), 'документ')}"
                         + (f", из них действующих по сроку — {n_force}" if n_force else "")
                         + (f"; побратимские (дружественные) связи — {kinds['twinning']}" if kinds.get("twinning")
                            else "") + ". Документ отмечен как действующий, если его срок включает "
                         f"{self.today.year} год."]))
        if more := self.more("agreement"):
            out.append(more)
        side_col = any(self.sides_cell(f.data.get("parties") or []) for f in docs)
        rows: list[list[Cell]] = []
        for i, f in enumerate(docs, 1):
            status, term = self.term_status(f)
            name = DOCUMENTS.get(f.data["kind"], "Документ")
            if f.data.get("orgs"):
                name += " (" + ", ".join(f.data["orgs"]) + ")"
            row: list[Cell] = [[str(i)], [name, self.cite(f)]]
            if side_col:
                row.append([self.sides_cell(f.data.get("parties") or []) or "—"])
            row += [[ru_date(f.data.get("date"))], [term], [", ".join(map(person_name, f.data.get("signatories") or [])) or "не указаны"],
                    [status or "—"]]
            rows.append(row)
        cols = ["№", "Документ"] + (["Стороны" if self.pair else "Партнёр"] if side_col else []) + \
            ["Дата подписания", "Срок", "Подписали", "Статус"]
        widths = [0.5, 2.6] + ([2.2] if side_col else []) + [2.1, 1.7, 2.8, 2.0]
        out.append(Table(cols, rows, widths, caption="Документы в порядке подписания; без даты — в конце"))
        return out

    # --- 3. meetings and visits -----------------------------------------------------------------

    def meetings(self) -> list[Block]:
        events = sorted(self.of_type["meeting"] + self.of_type["visit"],
                        key=lambda f: (f.day is None, f.day or date.min, f.id))
        if not events:
            return [self.missing("встречах и визитах")]
        meetings = self.of_type["meeting"]
        by_kind = Counter(f.data.get("kind") for f in meetings)
        parts = []
        if meetings:
            parts.append(count(len(meetings), "встреча"))
            details = [count(by_kind[k], noun) for k, noun in (("working_group", "заседание рабочей группы"),
                                                                ("commission", "заседание комиссии"),
                                                                ("forum", "форум")) if by_kind.get(k)]
            if details:
                parts[-1] += " (в том числе " + ", ".join(details) + ")"
        if self.of_type["visit"]:
            parts.append(count(len(self.of_type["visit"]), "визит"))
        out: list[Block] = [Para(["В хронологическом порядке: " + " и ".join(parts) + "."])]
        for kind in ("meeting", "visit"):
            if more := self.more(kind):
                out.append(more)
        rows: list[list[Cell]] = []
        for i, f in enumerate(events, 1):
            if f.type == "meeting":
                what = MEETINGS.get(f.data.get("kind", "other"), "Встреча")
                if f.data.get("kind") in NUMBERED:
                    what += f" № {f.data['number']}" if f.data.get("number") else ", номер в источниках не указан"
                sides = self.sides_cell(f.data.get("parties") or [])
                if sides:
                    what += f" ({sides})"
                where = place_name(f.data["place"]) if f.data.get("place") else "не указано"
                who = ", ".join(f.data.get("participants") or []) or "не названы"
            else:
                what = f"Визит: {place_name(f.data['visitor'])} → {place_name(f.data['host'])}"
                visited = [p for p in f.data.get("places") or [] if p != f.data["host"]]
                where = place_name(f.data["host"]) + (f" ({places(visited, ', ')})" if visited else "")
                who = f"глава делегации: {f.data['head']}" if f.data.get("head") else "глава делегации не назван"
            rows.append([[str(i)], [ru_date(f.data.get("date"))], [what, self.cite(f)], [where], [who]])
        out.append(Table(["№", "Дата", "Событие", "Место", "Участники"], rows, [0.5, 1.8, 4, 2, 3.5],
                         caption="Даты — с точностью, с какой их дают источники"))
        return out

    # --- 4. trade -------------------------------------------------------------------------------

    def annual(self) -> dict[tuple, dict[int, FactView]]:
        """Yearly figures by series (metric, parties, currency): the best sourced one per year."""
        out: dict[tuple, dict[int, FactView]] = defaultdict(dict)
        self._keys: dict[tuple, SeriesKey] = {}
        for f in self.of_type["trade"]:
            y = annual_year(f.data.get("period"))
            if y is None or f.data.get("value") is None:
                continue
            k = series_key(f.data)
            self._keys[k.key()] = k
            old = out[k.key()].get(y)
            if old is None or f.n_sources > old.n_sources:
                out[k.key()][y] = f
        return out

    def main_series(self) -> tuple[SeriesKey, dict[int, FactView]] | None:
        """The yearly turnover a pair's chart shows: between the two sides as named, else the
        series with most years."""
        series = {k: v for k, v in self.annual().items() if k[0] == "turnover"}
        if not series:
            return None
        best = max(series, key=lambda k: (self.exact(k[1]), len(series[k]), k))
        return self._keys[best], series[best]

    def trade(self) -> list[Block]:
        figures, targets = self.of_type["trade"], self.of_type["target"]
        if not figures and not targets:
            return [self.missing("товарообороте, экспорте, импорте и целях по ним")]
        out: list[Block] = []
        if more := self.more("trade"):
            out.append(more)
        annual = self.annual()
        if figures:
            out.append(self.trade_table(figures, annual))
        else:
            out.append(self.missing("товарообороте, экспорте и импорте"))
        fig = self.trade_figure(annual, targets)
        if fig is not None:
            out.append(fig)
        if targets:
            out.append(Para(["Цели по товарообороту и их выполнение:"], kind="lead"))
            for t in sorted(targets, key=lambda f: (f.data.get("year") or 9999, f.id)):
                out.append(self.target_line(t, annual))
        else:
            out.append(self.missing("целях по товарообороту"))
        return out

    def trade_table(self, figures: list[FactView], annual: dict[tuple, dict[int, FactView]]) -> Table:
        side_col = any(self.sides_cell(f.data.get("parties") or []) for f in figures)
        ordered = sorted(figures, key=lambda f: (series_key(f.data).key(), f.data.get("period") or ["9999"]))
        rows: list[list[Cell]] = []
        for f in ordered:
            d = f.data
            k = series_key(d)
            y = annual_year(d.get("period"))
            calc = "—"
            if y is not None and d.get("value"):
                prev = annual.get(k.key(), {}).get(y - 1)
                if prev is not None and prev.data.get("value"):
                    calc = percent((d["value"] / prev.data["value"] - 1) * 100, sign=True)
            what = metric_name(d.get("metric", "turnover"))
            if d.get("metric") in ("export", "import") and len(d.get("parties") or []) == 2:
                what += f" ({place_name(d['parties'][0])} → {place_name(d['parties'][1])})"
            value: Cell = [money(d.get("value"), d.get("currency"), bool(d.get("approx"))), self.cite_value(f, "value")]
            if f.n_conflicts:
                value.append(" (источники расходятся, см. раздел 7)")
            row: list[Cell] = [[trade_period(d.get("period"))], [_cap(what)]]
            if side_col:
                row.append([self.sides_cell(d.get("parties") or []) or "—"])
            growth = percent(d["growth_pct"], sign=True) if d.get("growth_pct") is not None else "—"
            row += [value, [growth], [calc]]
            rows.append(row)
        cols = ["Период", "Показатель"] + (["Стороны" if self.pair else "Партнёр"] if side_col else []) + \
            ["Значение", "Рост по данным источника", "Рост к предыдущему году (расчёт)"]
        widths = [1.8, 2.2] + ([2.5] if side_col else []) + [3.2, 1.6, 1.8]
        return Table(cols, rows, widths, caption="Показатели торговли; расчётный рост — по годовым значениям "
                                                 "одного ряда в одной валюте")

    def trade_figure(self, annual: dict[tuple, dict[int, FactView]], targets: list[FactView]) -> Figure | None:
        turnover = {k: v for k, v in annual.items() if k[0] == "turnover"}
        if self.pair:
            main = self.main_series()
            if main is None:
                return None
            chosen = [main[0].key()]
            title = f"Товарооборот по годам: {places(self.ordered(main[0].parties))}"
        else:
            if not turnover:
                return None
            currency = Counter(k[2] for k in turnover).most_common(1)[0][0]
            chosen = sorted((k for k in turnover if k[2] == currency), key=lambda k: -len(turnover[k]))[:6]
            title = "Товарооборот с партнёрами по годам"
        currency = chosen[0][2]
        series = []
        for k in chosen:
            label = (places(self.partners_of(list(k[1])), ", ") or places(self.ordered(k[1]))) if not self.pair \
                else "товарооборот за год"
            series.append(chart.Series(label, {y: f.data["value"] for y, f in turnover[k].items()},
                                       {y for y, f in turnover[k].items() if f.data.get("approx")}))
        goals = list({(t.data["year"], t.data["value_max"]): chart.Target(
            f"цель к {t.data['year']} году", t.data["year"], t.data["value_max"]) for t in targets
            if t.data.get("year") and t.data.get("value_max") and (t.data.get("currency") or "") == currency
            and tuple(sorted(t.data.get("parties") or [])) in {k[1] for k in chosen}}.values())  # each goal once
        unit = agree(5, CURRENCIES.get(currency, currency)) if currency else ""
        png = chart.trade_png_later(series, goals, unit, title)  # drawn while the other sections are built
        if png is None:
            return None
        years_ = sorted({y for s in series for y in s.points})
        caption = (f"Рисунок 1. {title}, {years(years_[0], years_[-1]) if years_ else ''}"
                   f"{'; пунктир — цель' if goals else ''}. Только значения за полный год; "
                   "источники — в таблице выше.")
        return Figure(png, caption, title)

    def target_line(self, t: FactView, annual: dict[tuple, dict[int, FactView]]) -> Para:
        d = t.data
        cur = d.get("currency")
        lo, hi = d.get("value_min"), d.get("value_max")
        goal = money(hi, cur)
        if lo is not None and hi is not None and lo != hi:
            goal = money(lo, None).replace(" ", " ") + " – " + money(hi, cur)
        metric = metric_name(d.get("metric", "turnover"))
        whose = "" if self.exact(d.get("parties") or []) else f" ({places(self.ordered(d.get('parties') or []))})"
        year = d.get("year")
        parts: list[Any] = [f"{_cap(metric)}{whose}: цель — {goal}" + (f" к {year} году" if year else " (срок не назван)"),
                            self.cite(t)]
        k = SeriesKey(d.get("metric", "turnover"), tuple(sorted(d.get("parties") or [])), cur).key()
        series = annual.get(k, {})
        other_cur = [kk for kk in annual if kk[:2] == k[:2] and kk[2] != (cur or "")]
        upper = " верхней границы" if lo is not None and hi is not None and lo != hi else ""

        def reached(f: FactView, y: int) -> list[Any]:
            v = f.data["value"]
            pct = f", {percent(round(v / hi * 100))}{upper}" if hi else ""
            return [f"{money(v, cur, bool(f.data.get('approx')))} за {y} год{pct}", self.cite_value(f, "value")]

        if year is not None and year < self.today.year:
            if year in series:
                f = series[year]
                parts += [" — достигнуто ", *reached(f, year)]
                if hi and f.data["value"] >= (lo or hi):
                    parts.append("; цель достигнута")
            elif other_cur:
                parts.append(f" — данные за {year} год есть только в другой валюте, сравнение не проводится")
            else:
                parts.append(f" — данных о годовом объёме за {year} год в базе нет")
        else:
            done = [y for y in series if y <= (year or 9999)]
            lead = " — срок не наступил" if year is not None else ""
            if done:
                y = max(done)
                parts += [f"{lead}; последнее известное значение — " if lead else " — последнее известное значение — ",
                          *reached(series[y], y)]
            elif lead:
                parts.append(lead)
        parts.append(".")
        return Para(parts)

    # --- 5. institutions and transport ------------------------------------------------------------

    def links(self) -> list[Block]:
        inst, transport = self.of_type["institution"], self.of_type["transport"]
        out: list[Block] = []
        if inst:
            rows: list[list[Cell]] = []
            for i, f in enumerate(inst, 1):
                d = f.data
                kind = _cap(facttypes.value_label(d["kind"], "kind", "institution"))
                rows.append([[str(i)], [kind, self.cite(f)], [place_name(d["of"])], [place_name(d["in"])],
                             [facttypes.value_label(d.get("status", ""), "status", f.type)],
                             [ru_date(d.get("date"), empty="—")]])
            out.append(Table(["№", "Учреждение", "Чьё", "Где", "Состояние", "Дата открытия"], rows,
                             [0.5, 2.8, 2.4, 2.2, 1.9, 1.8], caption="Представительства, консульства, торговые дома"))
        else:
            out.append(self.missing("представительствах, консульствах и торговых домах"))
        if more := self.more("institution"):
            out.append(more)
        if transport:
            rows = []
            for i, f in enumerate(transport, 1):
                d = f.data
                rows.append([[str(i)], [_cap(MODES.get(d["mode"], d["mode"])), self.cite(f)],
                             [places(d.get("between"))], [facttypes.value_label(d.get("status", ""), "status", f.type)]])
            out.append(Table(["№", "Вид сообщения", "Между", "Состояние"], rows, [0.5, 3, 5, 2],
                             caption="Прямое транспортное сообщение"))
        else:
            out.append(self.missing("прямом транспортном сообщении"))
        if more := self.more("transport"):
            out.append(more)
        return out

    # --- 6. people ------------------------------------------------------------------------------

    def people(self) -> list[Block]:
        people = self.d.people
        if not people:
            return [self.missing("должностных лицах, названных в приведённых фактах")]
        everyone = [(p.id, pos) for p in people for pos in p.positions]
        rows: list[list[Cell]] = []
        for i, p in enumerate(people, 1):
            current: list[Any] = []
            before: list[Any] = []
            for pos in p.positions:
                past = self.position_past(p.id, pos, everyone)
                text = f"{title_text(pos.title)} ({_of_name(pos.of)})"
                seen = self.seen(pos)
                target = before if past else current
                if target:
                    target.append("; ")
                target.append(text + (f", сведения {seen}" if past else f" — по сведениям на {ru_date(pos.last_seen)}"
                                      if pos.last_seen else ""))
                role = self.d.positions.get(pos.fact_id)
                if role is not None:
                    target.append(self.notes.cite(role.sources))
            named = self.d.named_as.get(p.id, {})
            acts = []
            for field, label, noun in PEOPLE_FIELDS:
                if named.get(field):
                    acts.append(f"{label}: {count(named[field], noun) if noun else named[field]}")
            rows.append([[str(i)], [person_name(p.name)], current or ["должность в источниках не указана"],
                         before or ["—"], ["; ".join(acts) or "—"]])
        out: list[Block] = [Para([f"В приведённых сведениях названы: {count(len(people), 'лицо')}. Должность "
                                  "считается прежней, если позже источники называют на ней другого человека "
                                  "или того же человека — на другой должности той же территории."])]
        out.append(Table(["№", "Фамилия, имя", "Должность (по последним сведениям)", "Прежние должности",
                          "В справке"], rows, [0.5, 2.5, 4, 3.5, 2.5], caption="Должностные лица"))
        return out

    @staticmethod
    def seen(pos: Position) -> str:
        a, b = pos.first_seen, pos.last_seen
        if a is None:
            return "без даты"
        if b is None or a == b:
            return f"на {ru_date(a)}"
        return f"с {ru_date(a)} по {ru_date(b)}"

    @staticmethod
    def position_past(person: int, pos: Position, everyone: list[tuple[int, Position]]) -> bool:
        if pos.last_seen is None:
            return False
        for other, q in everyone:
            if q.fact_id == pos.fact_id or q.first_seen is None or q.first_seen <= pos.last_seen or q.of != pos.of:
                continue
            if other == person or q.title.casefold() == pos.title.casefold():
                return True
        return False

    # --- 7. conflicts ---------------------------------------------------------------------------

    def conflicts(self) -> list[Block]:
        disputed = [f for f in self.d.facts if any(not c.resolved for c in f.conflicts)]
        resolved = sum(1 for f in self.d.facts for c in f.conflicts if c.resolved)
        out: list[Block] = []
        if not disputed:
            out.append(Para(["Открытых расхождений между источниками по приведённым сведениям нет."]))
        else:
            out.append(Para([f"Открытые расхождения источников: {count(len(disputed), 'факт')}. Ни одно из "
                             "значений не выбрано в пользу другого: ниже — что сообщает каждый источник."]))
            for f in disputed:
                ft = facttypes.find(f.type)
                for c in f.conflicts:
                    if c.resolved:
                        continue
                    label = ft.labels.fields.get(c.field, c.field) if ft else c.field
                    if c.label:
                        label += f" ({c.label})"
                    parts: list[Any] = [f"{self.describe(f)} — {label}: "]
                    for i, v in enumerate(c.values):
                        parts += [("; " if i else "") + self.conflict_value(f, c.field, v.value),
                                  self.cite(f, only_documents=v.documents)]
                    parts.append(".")
                    out.append(Para(parts))
        if resolved:
            out.append(Para([f"Ещё {count(resolved, 'расхождение')} разрешено редактором базы: в справке — "
                             "выбранные им значения."], kind="lead"))
        return out

    def describe(self, f: FactView) -> str:
        """A fact in a few words, for the list of conflicts."""
        d = f.data
        if f.type == "trade":
            return (f"{_cap(metric_name(d.get('metric', 'turnover')))} ({places(self.ordered(d.get('parties') or []))}) "
                    f"за {trade_period(d.get('period'))}")
        if f.type == "target":
            return f"Цель по товарообороту ({places(self.ordered(d.get('parties') or []))})" + \
                (f" к {d['year']} году" if d.get("year") else "")
        if f.type == "agreement":
            return f"{DOCUMENTS.get(d['kind'], 'Документ')} ({places(self.ordered(d.get('parties') or []))}, " \
                   f"{ru_date(d.get('date'))})"
        if f.type == "meeting":
            return f"{MEETINGS.get(d.get('kind', 'other'), 'Встреча')} ({places(self.ordered(d.get('parties') or []))}, " \
                   f"{ru_date(d.get('date'))})"
        if f.type == "visit":
            return f"Визит: {place_name(d['visitor'])} → {place_name(d['host'])} ({ru_date(d.get('date'))})"
        if f.type == "role":
            return f"{person_name(d.get('person'))}: {title_text(d.get('title'))} ({_of_name(str(d.get('of', '')))})"
        return f.summary

    @staticmethod
    def conflict_value(f: FactView, field: str, value: Any) -> str:
        if isinstance(value, dict) and "value" in value:
            return money(value.get("value"), f.data.get("currency"), bool(value.get("approx")))
        if value is None:
            return "не указано"
        if field in ("value", "value_min", "value_max"):
            return money(value, f.data.get("currency"))
        if field == "date":
            return ru_date(value)
        if field == "growth_pct":
            return percent(value, sign=True)
        if field == "period" and isinstance(value, list):
            return trade_period(value) if value and isinstance(value[0], str) else years(*(value + [None, None])[:2])
        if isinstance(value, list):
            return ", ".join(place_name(x) if is_place_id(x) else str(x) for x in value)
        if isinstance(value, str) and is_place_id(value):
            return place_name(value)
        return str(value)


def gazetteer_knows(place_id: str) -> bool:
    return gazetteer().get(place_id) is not None
