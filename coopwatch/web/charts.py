"""Chart options for the pages, drawn in the browser by Apache ECharts.

Why ECharts: it is a well-kept Apache project on the npm registry with one self-contained
browser bundle, no runtime dependencies and a Russian locale; one library draws the three
pictures we need — the trade series over time with targets over their own year, the network of
partners (a ``graph`` series, laid out here), which a plotting library such as plotly has no
series type for, and the map of partners (a ``map`` series on first-level boundaries shipped in
``static/map`` and served by ``maps.py``, built by ``tools/build_map.py`` from Natural Earth). ``coopwatch/web/vendor/build.sh`` installs the pinned version with npm and
copies the bundle and its licences to ``static/vendor/``, committed, so the server serves it
itself (no CDN: the tool works on a closed network) and installing coopwatch runs no JavaScript
build. This module only builds the option objects (data); ``static/app.js`` hands them to
ECharts and makes every point a link to the fact and its sources.
"""

from __future__ import annotations

from typing import Any

from coopwatch import facttypes, wording
from coopwatch.gazetteer.places import country_of
from coopwatch.kb.views import Link, PairView, PlaceView
from coopwatch.web.maps import map_files
from coopwatch.wording.dates import ru_period

SPANS = {1: "за месяц", 3: "за квартал", 6: "за полугодие", 9: "за 9 месяцев", 12: "за год"}
LEVEL_COLOURS = {"country": "#1f5fa8", "region": "#2e9d6b", "city": "#d9822b", "district": "#9b59b6"}


def _months(period: list[str] | None) -> int | None:
    try:
        (y1, m1), (y2, m2) = (map(int, p.split("-")[:2]) for p in period or [])
    except (ValueError, TypeError):
        return None
    return (y2 - y1) * 12 + (m2 - m1) + 1


def _direction(metric: str, parties: list[str]) -> tuple[str, ...]:
    """Export and import go one way (from the first party to the second): the way is part of the
    series. Turnover is between the parties, whichever comes first."""
    return tuple(parties) if metric in ("export", "import") else ()


def _short(place_id: str) -> str:
    return wording.place_name(place_id, short=True)


def _series_name(metric: str, direction: tuple[str, ...], span: int, currency: str) -> str:
    """«экспорт Оренбургская область → Казахстан, за год, в долларах США»."""
    what = facttypes.value_label(metric, "metric")
    if len(direction) == 2:
        what += f" {_short(direction[0])} → {_short(direction[1])}"
    return ", ".join(x for x in (what, SPANS.get(span, f"за {span} мес."), wording.currency_in(currency)) if x)


def _month_number(month: str) -> int:
    y, m = (int(x) for x in month.split("-")[:2])
    return y * 12 + m - 1


def _with_gaps(points: list[dict[str, Any]], span: int) -> list[dict[str, Any]]:
    """Points in time order with an empty point wherever a period is missing (a figure for 2020
    and the next for 2022: no 2021), so that the line breaks there instead of crossing the gap."""
    out: list[dict[str, Any]] = []
    for p in points:
        if out and _month_number(p["value"][0]) - _month_number(out[-1]["value"][0]) > span:
            out.append({"value": [_shift(out[-1]["value"][0], span), None], "gap": True})
        out.append(p)
    return out


def trade_chart(view: PairView) -> dict[str, Any] | None:
    """Reported figures as points at the end of their period, one line per metric, direction (export
    and import: from whom to whom), currency and length of period, broken where a period is missing;
    a target as a dashed segment over its own year, labelled at its end. None when there is nothing
    to draw."""
    series: dict[tuple, list[dict[str, Any]]] = {}
    for t in view.trade:
        span = _months(t.period)
        if t.value is None or span is None:
            continue
        key = (t.metric, _direction(t.metric, t.parties), t.currency or "", span)
        series.setdefault(key, []).append(
            {
                "value": [t.period[1], t.value],
                "fact": t.fact_id,
                "sources": t.n_sources,
                "sourcesText": wording.count(t.n_sources, "источник"),
                "amount": money(t.value, None),  # the point's own label: the series names the currency
                "label": f"{_series_name(t.metric, key[1], span, '')}, {ru_period(t.period[0], t.period[1])}: "
                f"{money(t.value, t.currency, t.approx)}"
                + (f", рост {wording.percent(t.growth_pct)}" if t.growth_pct is not None else "")
                + (" (источники расходятся)" if t.disputed else ""),
                "symbol": "diamond" if t.disputed else "circle",
            }
        )
    targets = [t for t in view.targets if t.value_max is not None and t.year]
    if not series and not targets:
        return None
    out = []
    for (metric, direction, cur, span), points in sorted(series.items()):
        points.sort(key=lambda p: p["value"][0])
        out.append(
            {
                "name": _series_name(metric, direction, span, cur),
                "type": "line",
                "data": _with_gaps(points, span),
                "symbolSize": 10,
                "connectNulls": False,
                "labelLayout": {"hideOverlap": True},
            }
        )
    for t in targets:
        what = (f"{money(t.value_min, None)}–" if t.value_min not in (None, t.value_max) else "") + money(
            t.value_max, t.currency
        )
        label = f"цель к {t.year}: {what}"
        end = {"value": [f"{t.year}-12", t.value_max], "fact": t.fact_id, "sources": t.n_sources,
               "sourcesText": wording.count(t.n_sources, "источник"), "label": label}
        out.append(
            {
                "name": "цели",
                "type": "line",
                "target": True,  # the page script labels it with its own text, not the amount
                "data": [{**end, "value": [f"{t.year}-01", t.value_max], "symbol": "none"}, end],
                "symbol": "triangle",
                "symbolSize": 12,
                "lineStyle": {"type": "dashed", "width": 2},
                "itemStyle": {"color": "#b9770e"},
                "labelLayout": {"hideOverlap": True},
            }
        )
    top = max([p["value"][1] for s in series.values() for p in s] + [t.value_max for t in targets])
    ends = [p["value"][0] for s in series.values() for p in s] + [f"{t.year}-12" for t in targets]
    starts = ends + [f"{t.year}-01" for t in targets]
    x_axis: dict[str, Any] = {"type": "time"}
    if ends:  # half a year of room on each side, so that the first and last points are not on the frame
        x_axis.update(min=_shift(min(starts), -6), max=_shift(max(ends), 6))
    return {
        "kind": "money",  # amounts over time: the page script formats the axis and labels as money
        "legend": {"top": 0, "type": "scroll"},
        "grid": {"left": 10, "right": 20, "top": 56, "bottom": 10, "containLabel": True},
        "xAxis": x_axis,
        "yAxis": {"type": "value", "min": 0, "max": _nice(top * 1.2)},
        "series": out,
    }


def _shift(month: str, by: int) -> str:
    y, m = (int(x) for x in month.split("-")[:2])
    n = y * 12 + m - 1 + by
    return f"{n // 12:04d}-{n % 12 + 1:02d}-01"


LEVEL_NAMES = {"country": "страны", "region": "регионы", "city": "города", "district": "районы"}
HERE_COLOUR = "#c0392b"
NETWORK_MARGIN = 70  # px each side of the drawing: room for a label under a node at the edge


def network_chart(view: PlaceView, edges: list[Link]) -> dict[str, Any] | None:
    """The place and its partners as nodes (size: facts together; colour: the partner's level, with
    a legend), links between any two of them. The positions are laid out here (networkx's spring
    layout, seeded: the same picture each time) and the drawing keeps a margin, so that the labels
    — under their nodes, never on them — stay inside the frame."""
    if not view.partners:
        return None
    import networkx as nx

    levels = [lv for lv in LEVEL_NAMES if any(p.place.level == lv for p in view.partners)]
    categories = [{"name": f"{_short(view.place.id)} (это место)", "itemStyle": {"color": HERE_COLOUR}}] + [
        {"name": LEVEL_NAMES[lv], "itemStyle": {"color": LEVEL_COLOURS[lv]}} for lv in levels
    ]
    graph = nx.Graph()
    graph.add_node(view.place.id)
    graph.add_nodes_from(p.place.id for p in view.partners)
    graph.add_weighted_edges_from((e.a, e.b, e.n_facts) for e in edges if e.a in graph and e.b in graph)
    for p in view.partners:  # every partner hangs on the place, even without a counted link
        if not graph.has_edge(view.place.id, p.place.id):
            graph.add_edge(view.place.id, p.place.id, weight=1)
    pos = nx.spring_layout(graph, seed=7, weight=None, center=(0, 0))
    pos[view.place.id] = (0.0, 0.0)
    top = max(p.n_facts for p in view.partners)
    nodes = [
        {
            "id": view.place.id,
            "name": view.place.name,
            "short": _short(view.place.id),
            "x": 0.0,
            "y": 0.0,
            "symbolSize": 40,
            "place": view.place.id,
            "category": 0,
            # the place is drawn in the middle, far from the frame: its name is not cut to the margin
            "label": {"fontWeight": "bold", "width": 4 * NETWORK_MARGIN},
        }
    ]
    for p in view.partners:
        x, y = pos[p.place.id]
        nodes.append(
            {
                "id": p.place.id,
                "name": p.place.name,
                "short": _short(p.place.id),
                "place": p.place.id,
                "value": p.n_facts,
                "facts": wording.count(p.n_facts, "факт"),  # the tooltip's words, agreeing with the number
                # in hundreds, as ECharts' own examples are: lines between coordinates near 1 are drawn
                # astray by its renderer
                "x": round(float(x) * 300, 1),
                "y": round(float(y) * 300, 1),
                "symbolSize": 12 + 22 * p.n_facts / top,
                "category": 1 + levels.index(p.place.level) if p.place.level in levels else 0,
            }
        )
    known = {n["id"] for n in nodes}
    heaviest = max((e.n_facts for e in edges), default=1)
    links = [
        {
            "source": e.a,
            "target": e.b,
            "value": e.n_facts,
            "facts": wording.count(e.n_facts, "факт"),
            "lineStyle": {"width": 1 + 6 * e.n_facts / heaviest, "opacity": 0.5},
        }
        for e in edges
        if e.a in known and e.b in known
    ]
    return {
        "kind": "network",
        "animation": False,  # laid out here: nothing to animate into place
        "series": [
            {
                "type": "graph",
                "layout": "none",
                "symbolKeepAspect": True,
                "roam": True,
                "left": NETWORK_MARGIN,
                "right": NETWORK_MARGIN,
                "top": 26,  # half the largest node
                "bottom": 44,  # half the largest node, and a label under it
                "categories": categories,  # the page shows their legend under the picture
                "data": nodes,
                "links": links,
                "label": {"show": True, "position": "bottom", "distance": 4, "width": 2 * NETWORK_MARGIN - 10,
                          "overflow": "truncate"},
                "labelLayout": {"hideOverlap": True},
                "emphasis": {"focus": "adjacency"},
                "lineStyle": {"color": "#9aa7b4"},
            }
        ],
    }


# --- maps ------------------------------------------------------------------------------------------


def _admin1(place_id: str) -> str | None:
    """The first-level subdivision a place lies in (itself for one), None for a country."""
    head = place_id.split("/", 1)[0]
    return head if "-" in head else None


def _home(place_id: str) -> list[str]:
    """What to light up as the place itself: its first-level subdivision, or every one of a country
    (the page script lights all of the country's regions when given just its code)."""
    return [_admin1(place_id) or place_id]


def partner_map(view: PlaceView) -> dict[str, Any] | None:
    """The place's partners on the first-level boundaries of their countries, each region coloured by
    the facts with partners in it (cities and districts counted with their region); partners that
    are whole countries are listed beside the map. None without partners inside any region."""
    regions: dict[str, int] = {}
    countries: dict[str, int] = {}
    for p in view.partners:
        region = _admin1(p.place.id)
        if region is None:
            countries[p.place.id] = countries.get(p.place.id, 0) + p.n_facts
        elif region != _admin1(view.place.id):
            regions[region] = regions.get(region, 0) + p.n_facts
    shown = {country_of(r) for r in regions} | {country_of(view.place.id)}
    shown &= map_files()
    if not regions or not shown:
        return None
    return {
        "kind": "map",
        "countries": sorted(shown),
        "home": _home(view.place.id),
        "homeName": view.place.name,
        "from": view.place.id,
        "data": [
            {"name": r, "value": n, "label": wording.place_name(r), "facts": wording.count(n, "факт"),
             "pair": [view.place.id, r]}
            for r, n in sorted(regions.items(), key=lambda x: -x[1])
            if country_of(r) in shown
        ],
        "wholeCountries": [
            {"id": c, "label": wording.place_name(c), "value": n, "facts": wording.count(n, "факт")}
            for c, n in sorted(countries.items())
        ],
        "max": max(regions.values()),
    }


def pair_map(view: PairView) -> dict[str, Any] | None:
    """The two sides of a pair on the first-level boundaries of their countries."""
    sides = [view.a.id, view.b.id]
    shown = {country_of(s) for s in sides} & map_files()
    if not shown:
        return None
    return {
        "kind": "map",
        "countries": sorted(shown),
        "home": _home(view.a.id),
        "homeName": view.a.name,
        "from": view.a.id,
        "other": _home(view.b.id),
        "otherName": view.b.name,
        "data": [],
        "wholeCountries": [],
        "max": 1,
        "names": {s: wording.place_name(s) for s in sides},
    }


def _nice(v: float) -> float:
    if v <= 0:
        return 1.0
    mag = 10 ** (len(str(int(v))) - 1)
    return float(-(-v // mag) * mag)


def money(v: float | None, cur: str | None, approx: bool = False) -> str:
    """The project's one way of writing money (``wording.money``): "743 млн долларов США"."""
    return wording.money(v, cur, approx)
