"""robots.txt (RFC 9309), read once per site per crawl run with protego (wildcards, ``$``,
Crawl-delay, Request-rate as the major search engines read them).

As the RFC says: a robots.txt that is missing (4xx) allows everything; one that cannot be had
(5xx, timeout, refused connection) disallows the whole site for this run — the site is said to be
down, and crawling it anyway would add to its trouble.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

if TYPE_CHECKING:
    from coopwatch.crawl.fetch import Fetcher

MAX_ROBOTS_BYTES = 500 * 1024  # what the RFC asks crawlers to read at least; the rest is ignored
ROBOTS_LIMIT = 4 * 2**20  # a robots.txt larger than this is not read at all (everything allowed)
MAX_CRAWL_DELAY = 60.0  # a longer Crawl-delay is read as this (a run must end)


@dataclass
class Rules:
    parsed: Protego | None  # None: everything allowed
    unavailable: str | None = None  # why the whole site is off limits this run

    def check(self, url: str, agent: str) -> None:
        from coopwatch.crawl.fetch import FetchError, Refused

        if self.unavailable:
            raise FetchError(self.unavailable)
        if self.parsed is not None and not self.parsed.can_fetch(url, agent):
            raise Refused("robots.txt сайта запрещает эту страницу: пропущена")

    def crawl_delay(self, agent: str) -> float:
        if self.parsed is None:
            return 0.0
        delay = self.parsed.crawl_delay(agent)
        rate = self.parsed.request_rate(agent)
        if rate is not None and rate.requests:
            delay = max(delay or 0.0, rate.seconds / rate.requests)
        return min(float(delay or 0.0), MAX_CRAWL_DELAY)


class RobotsCache:
    """The rules of each site (scheme, host and port), fetched through the run's ``Fetcher``."""

    def __init__(self, fetcher: Fetcher) -> None:
        from coopwatch.crawl.fetch import ROBOTS_AGENT

        self.fetcher = fetcher
        self.agent = ROBOTS_AGENT
        self._rules: dict[str, Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """``Refused`` when robots.txt forbids ``url``, ``FetchError`` when the site's robots.txt
        cannot be had; nothing when the page may be fetched."""
        self.rules(url).check(url, self.agent)

    def crawl_delay(self, url: str) -> float:
        return self.rules(url).crawl_delay(self.agent)

    def rules(self, url: str) -> Rules:
        parts = urlsplit(url)
        site = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
        with self._lock:
            if site in self._rules:
                return self._rules[site]
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one thread fetches a site's robots.txt; the others wait for it
            with self._lock:
                if site in self._rules:
                    return self._rules[site]
            rules = self._fetch(site)
            with self._lock:
                self._rules[site] = rules
            return rules

    def _fetch(self, site: str) -> Rules:
        from coopwatch.crawl.fetch import FetchError, TooLarge

        try:
            response = self.fetcher.get(f"{site}/robots.txt", obey_robots=False, limit=ROBOTS_LIMIT)
        except TooLarge:
            return Rules(None)
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500 and e.status != 429:  # none there (404, 403…)
                return Rules(None)
            return Rules(None, unavailable=f"robots.txt сайта недоступен ({e}): страницы сайта не загружаются, пока он не ответит")
        text = response.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return Rules(Protego.parse(text))
