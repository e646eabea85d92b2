"""The trade chart of a report, drawn with matplotlib (its object API: no pyplot state, safe in the
web server's threads) as a PNG that every format embeds: yearly turnover as bars (one series) or
lines (several partners), stated targets as dashed lines over their year."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from coopwatch.wording import NBSP, number

WIDTH_CM, HEIGHT_CM, DPI = 16.0, 8.0, 150


@dataclass
class Series:
    label: str
    points: dict[int, float]  # year → value
    approx: set[int] = field(default_factory=set)  # years whose value the sources give as "about"


@dataclass
class Target:
    label: str
    year: int
    value: float


def _scale(top: float) -> tuple[float, str]:
    return (1e9, "млрд") if top >= 2e9 else (1e6, "млн") if top >= 2e6 else (1e3, "тыс.") if top >= 2e3 else (1, "")


def trade_png(series: list[Series], targets: list[Target], unit: str, title: str) -> bytes | None:
    """A PNG of the series over the years, or None when there is no point to draw. ``unit`` is the
    currency in the genitive plural ("долларов США")."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    series = [s for s in series if s.points]
    if not series and not targets:
        return None
    values = [v for s in series for v in s.points.values()]
    top = max(values + [t.value for t in targets])
    div, word = _scale(max(values or [top]))
    fig = Figure(figsize=(WIDTH_CM / 2.54, HEIGHT_CM / 2.54), dpi=DPI)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.1)  # fixed margins: no layout solver
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=10)
    if len(series) == 1:
        s = series[0]
        xs = sorted(s.points)
        bars = ax.bar(xs, [s.points[x] / div for x in xs], color="#3b6ea8", width=0.6, label=s.label, zorder=2)
        ax.bar_label(bars, labels=[("≈" if x in s.approx else "") + number(float(f"{s.points[x] / div:.3g}"), 2)
                                   for x in xs], fontsize=7, padding=2)
    else:
        for s in series:
            xs = sorted(s.points)
            ax.plot(xs, [s.points[x] / div for x in xs], marker="o", markersize=4, linewidth=1.5, label=s.label,
                    zorder=2)
    for t in targets:  # a dashed line over the target's year, its amount beside it
        ax.hlines(t.value / div, t.year - 0.45, t.year + 0.45, colors="#c0392b", linestyles="dashed", linewidth=1.5,
                  zorder=3, label="цель")
        ax.annotate(number(float(f"{t.value / div:.3g}"), 2), (t.year + 0.5, t.value / div), textcoords="offset points",
                    xytext=(2, 0), ha="left", va="center", fontsize=7, color="#c0392b")
    ax.set_ylabel(f"{word}{NBSP}{unit}".strip(), fontsize=8)
    ax.set_ylim(0, top / div * 1.2)
    if targets:  # room for the last target's label
        ax.set_xlim(right=max([t.year for t in targets] + [x for s in series for x in s.points]) + 1.2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(round(v, 2))))
    ax.tick_params(labelsize=7)
    ax.grid(axis="y", color="#dddddd", zorder=0)
    ax.spines[["top", "right"]].set_visible(False)
    handles, labels = ax.get_legend_handles_labels()
    seen: dict[str, object] = {}
    for h, lab in zip(handles, labels):
        seen.setdefault(lab, h)
    ax.legend(list(seen.values()), list(seen), fontsize=7, frameon=False, loc="upper left")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()
