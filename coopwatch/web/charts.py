"""Chart options for the pages, drawn in the browser by Apache ECharts.

Why ECharts: it is a well-kept Apache project on the npm registry with one self-contained
browser bundle, no runtime dependencies and a Russian locale; one library draws both pictures
we need — the trade series over time with targets as horizontal mark lines, and the force-laid
network of partners (a ``graph`` series), which a plotting library such as plotly has no
series type for. ``coopwatch/web/vendor/build.sh`` installs the pinned version with npm and
copies the bundle and its licences to ``static/vendor/``, committed, so the server serves it
itself (no CDN: the tool works on a closed network) and installing coopwatch runs no JavaScript
build. This module only builds the option objects (data); ``static/app.js`` hands them to
ECharts and makes every point a link to the fact and its sources.
"""

from __future__ import annotations

from typing import Any

from coopwatch import facttypes, wording
from coopwatch.kb.views import Link, PairView, PlaceView
from coopwatch.wording.dates import ru_period

SPANS = {1: "за месяц", 3: "за квартал", 6: "за полугодие", 9: "за 9 месяцев", 12: "за год"}
LEVEL_COLOURS = {"country": "#1f5fa8", "region": "#2e9d6b", "city": "#d9822b", "district": "#9b59b6"}


def _months(period: list[str] | None) -> int | None:
    try:
        (y1, m1), (y2, m2) = (map(int, p.split("-")[:2]) for p in period or [])
    except (ValueError, TypeError):
        return None
    return (y2 - y1) * 12 + (m2 - m1) + 1


def trade_chart(view: PairView) -> dict[str, Any] | None:
    """Reported figures as points at the end of their period, one line per metric, currency and
    length of period; targets as horizontal lines. None when there is nothing to draw."""
    series: dict[tuple, list[dict[str, Any]]] = {}
    for t in view.trade:
        span = _months(t.period)
        if t.value is None or span is None:
            continue
        key = (t.metric, t.currency or "", span)
        series.setdefault(key, []).append(
            {
                "value": [t.period[1], t.value],
                "fact": t.fact_id,
                "sources": t.n_sources,
                "label": f"{facttypes.value_label(t.metric, 'metric')}, {ru_period(t.period[0], t.period[1])}: "
                f"{money(t.value, t.currency, t.approx)}"
                + (f", рост {t.growth_pct:g}%" if t.growth_pct is not None else "")
                + (" (источники расходятся)" if t.disputed else ""),
                "symbol": "diamond" if t.disputed else "circle",
            }
        )
    lines = [
        {
            "yAxis": t.value_max,
            "fact": t.fact_id,
            "sources": t.n_sources,
            "name": f"цель{' к ' + str(t.year) if t.year else ''}: "
            + (f"{money(t.value_min, None)}–" if t.value_min not in (None, t.value_max) else "")
            + money(t.value_max, t.currency),
        }
        for t in view.targets
        if t.value_max is not None
    ]
    if not series and not lines:
        return None
    out = []
    for (metric, cur, span), points in sorted(series.items()):
        points.sort(key=lambda p: p["value"][0])
        out.append(
            {
                "name": ", ".join(
                    x for x in (facttypes.value_label(metric, "metric"), SPANS.get(span, f"за {span} мес."), cur) if x
                ),
                "type": "line",
                "data": points,
                "symbolSize": 10,
                "connectNulls": False,
            }
        )
    if lines:
        out.append(
            {
                "name": "цели",
                "type": "line",
                "data": [],
                "markLine": {
                    "symbol": "none",
                    "data": lines,
                    "lineStyle": {"type": "dashed", "width": 2},
                    "label": {"formatter": "{b}", "position": "insideEndTop"},
                },
            }
        )
    top = max([p["value"][1] for s in series.values() for p in s] + [ln["yAxis"] for ln in lines])
    ends = [p["value"][0] for s in series.values() for p in s] + [
        f"{t.year}-12" for t in view.targets if t.year
    ]
    x_axis: dict[str, Any] = {"type": "time"}
    if ends:  # half a year of room on each side, so that the first and last points are not on the frame
        x_axis.update(min=_shift(min(ends), -6), max=_shift(max(ends), 6))
    return {
        "kind": "money",  # amounts over time: the page script formats the axis and labels as money
        "legend": {"top": 0},
        "grid": {"left": 90, "right": 40, "top": 50, "bottom": 40},
        "xAxis": x_axis,
        "yAxis": {"type": "value", "min": 0, "max": _nice(top * 1.15)},
        "series": out,
    }


def _shift(month: str, by: int) -> str:
    y, m = (int(x) for x in month.split("-")[:2])
    n = y * 12 + m - 1 + by
    return f"{n // 12:04d}-{n % 12 + 1:02d}-01"


def network_chart(view: PlaceView, edges: list[Link]) -> dict[str, Any] | None:
    """The place and its partners as nodes (size: facts together), links between any two of them."""
    if not view.partners:
        return None
    nodes = [
        {
            "id": view.place.id,
            "name": view.place.name,
            "symbolSize": 46,
            "place": view.place.id,
            "itemStyle": {"color": "#c0392b"},
            "label": {"show": True, "fontWeight": "bold"},
        }
    ]
    top = max(p.n_facts for p in view.partners)
    for p in view.partners:
        nodes.append(
            {
                "id": p.place.id,
                "name": p.place.name,
                "place": p.place.id,
                "value": p.n_facts,
                "symbolSize": 14 + 26 * p.n_facts / top,
                "label": {"show": True, "position": "right"},
                "itemStyle": {"color": LEVEL_COLOURS.get(p.place.level, "#7f8c8d")},
            }
        )
    known = {n["id"] for n in nodes}
    heaviest = max((e.n_facts for e in edges), default=1)
    links = [
        {
            "source": e.a,
            "target": e.b,
            "value": e.n_facts,
            "lineStyle": {"width": 1 + 6 * e.n_facts / heaviest, "opacity": 0.6},
        }
        for e in edges
        if e.a in known and e.b in known
    ]
    return {
        "kind": "network",
        "series": [
            {
                "type": "graph",
                "layout": "force",
                "roam": True,
                "draggable": True,
                "data": nodes,
                "links": links,
                "force": {"repulsion": 400, "edgeLength": [80, 200]},
                "emphasis": {"focus": "adjacency"},
            }
        ],
    }


def _nice(v: float) -> float:
    if v <= 0:
        return 1.0
    mag = 10 ** (len(str(int(v))) - 1)
    return float(-(-v // mag) * mag)


def money(v: float | None, cur: str | None, approx: bool = False) -> str:
    """The project's one way of writing money (``wording.money``): "743 млн долларов США"."""
    return wording.money(v, cur, approx)
