"""Crawling again and again: ``coopwatch crawl --every 30m`` in the foreground, ``coopwatch serve
--crawl`` in a thread beside the web application. A run that fails (the database busy, a bug) is
reported and the next one comes on time."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from coopwatch.crawl.crawler import Crawler
from coopwatch.crawl.fetch import Settings
from coopwatch.kb.db import KB, KBError

log = logging.getLogger("coopwatch")
UNITS = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}
PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*(min|[smhd])", re.IGNORECASE)
SHORTEST = 10.0  # seconds: more often than this is a typo, not a plan


def parse_every(text: str) -> float:
    """``30m``, ``1h``, ``1h30m``, ``90s``, ``2d`` → seconds."""
    cleaned = text.strip().lower().replace(" ", "")
    parts = PART.findall(cleaned)
    if not parts or "".join(a + u for a, u in parts) != cleaned:
        raise ValueError(f"«{text}» — не промежуток времени: например 30m, 1h, 1h30m, 90s")
    seconds = sum(float(n.replace(",", ".")) * UNITS[u] for n, u in parts)
    if seconds < SHORTEST:
        raise ValueError(f"«{text}» — слишком часто: не чаще раза в {SHORTEST:g} с")
    return seconds


def repeat(kb: KB, every: float, *, settings: Settings | None = None, workers: int = 2, progress: bool = False,
           say: Callable[[str], None] = print, stop: threading.Event | None = None) -> None:
    """Crawl every ``every`` seconds (from the start of one run to the start of the next; a run
    longer than that is followed at once) until ``stop`` is set."""
    stop = stop or threading.Event()
    crawler = Crawler(kb, settings, workers=workers, progress=progress, stop=stop)
    while not stop.is_set():
        started = time.monotonic()
        try:
            say(crawler.run().text())
        except KBError as e:
            say(f"обход не удался: {e}; следующий — по расписанию")
        except Exception as e:  # a bug: reported, and the schedule goes on
            log.exception("обход")
            say(f"обход не удался: {type(e).__name__}: {e}; следующий — по расписанию")
        wait = max(0.0, every - (time.monotonic() - started))
        say(f"Следующий обход в {(datetime.now() + timedelta(seconds=wait)):%H:%M:%S}")
        stop.wait(wait)


def in_background(kb: KB, every: float, *, settings: Settings | None = None, workers: int = 2,
                  say: Callable[[str], None] = print) -> tuple[threading.Thread, threading.Event]:
    """``repeat`` in a daemon thread; set the event to stop it: the run under way fetches nothing
    more and stores what it has."""
    stop = threading.Event()
    thread = threading.Thread(target=repeat, args=(kb, every), daemon=True, name="coopwatch-crawl",
                              kwargs={"settings": settings, "workers": workers, "say": say, "stop": stop})
    thread.start()
    return thread, stop
