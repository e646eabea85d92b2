"""The trade chart of a report, drawn with matplotlib (its object API: no pyplot state, safe in the
web server's threads) as a PNG that every format embeds: yearly turnover as bars (one series) or
lines (several partners), stated targets as dashed lines over their year.

A command that makes one report can draw it in a worker process started at once
(``start_worker``): importing matplotlib takes a third of a second of processor time, which then
runs on the other core while the main process imports the rest and queries the knowledge base;
the report asks for the chart with ``trade_png_later`` and builds its other sections while it is
drawn. Without the worker (the web server; a system without ``fork``) the chart is drawn in-process, to
the same bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

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


class Worker:
    """A forked process that imports matplotlib as soon as it starts and then draws one chart
    sent to it through a pipe."""

    def __init__(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child,), daemon=True, name="coopwatch-chart")
        self.process.start()
        child.close()

    def send(self, *args: Any) -> None:
        self.conn.send(args)

    def receive(self) -> bytes:
        kind, value = self.conn.recv()
        self.process.join()
        if kind == "error":
            raise RuntimeError(value)
        return value

    def stop(self) -> None:
        """Ends the worker whether or not it drew (a report without a chart)."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.conn.close()


def _serve(conn) -> None:  # noqa: ANN001 - multiprocessing Connection
    try:
        import matplotlib.backends.backend_agg  # noqa: F401 - what drawing needs, while the parent works
        import matplotlib.figure  # noqa: F401
    except ImportError:
        pass  # said when a chart is asked for
    try:
        args = conn.recv()
    except (EOFError, OSError):
        return  # the parent made no chart and went
    try:
        conn.send(("png", _draw(*args)))
    except Exception as e:  # noqa: BLE001 - the parent draws it again in-process and sees it there
        conn.send(("error", f"{type(e).__name__}: {e}"))


_worker: Worker | None = None  # started, no chart sent yet
_drawing: list[Worker] = []  # sent a chart: ended when it is received or by ``stop_worker``


def start_worker() -> None:
    """Starts drawing's worker for this process's next chart (where ``fork`` exists)."""
    global _worker
    import multiprocessing

    if _worker is None and "fork" in multiprocessing.get_all_start_methods():
        _worker = Worker()


def stop_worker() -> None:
    """Ends the worker, whether it drew, is drawing or was never asked (a report without a chart,
    or one that failed)."""
    global _worker
    for w in [_worker, *_drawing]:
        if w is not None:
            w.stop()
    _worker = None
    _drawing.clear()


def trade_png(series: list[Series], targets: list[Target], unit: str, title: str) -> bytes | None:
    """A PNG of the series over the years, or None when there is no point to draw. ``unit`` is the
    currency in the genitive plural ("долларов США")."""
    later = trade_png_later(series, targets, unit, title)
    return later() if later is not None else None


def trade_png_later(series: list[Series], targets: list[Target], unit: str,
                    title: str) -> Callable[[], bytes] | None:
    """As ``trade_png``, but the worker, if one was started, draws while the caller goes on; the
    PNG is what the returned function gives (drawn here if the worker fails). The worker draws
    one chart: a second one is drawn here."""
    global _worker
    if not [s for s in series if s.points] and not targets:
        return None
    args = (series, targets, unit, title)
    worker, _worker = _worker, None
    if worker is not None:
        try:
            worker.send(*args)
            _drawing.append(worker)
        except OSError:
            worker.stop()
            worker = None

    @cache
    def png() -> bytes:
        if worker is not None:
            try:
                return worker.receive()
            except (OSError, EOFError, RuntimeError):
                pass  # a worker that died or failed: drawn here, where an error is raised as it is
            finally:
                worker.stop()
                if worker in _drawing:
                    _drawing.remove(worker)
        return _draw(*args)  # type: ignore[return-value] - None only without points and targets

    return png


def _draw(series: list[Series], targets: list[Target], unit: str, title: str) -> bytes | None:
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
