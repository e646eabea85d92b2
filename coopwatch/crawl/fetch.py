"""Fetching one address politely and safely (httpx).

Every request: the host's address checked (``network``), robots.txt asked (``robots``), the
host's turn awaited (``HostLimiter``: one request per ``delay`` seconds per host, longer when
robots.txt says Crawl-delay), the page's validators sent (``If-None-Match``,
``If-Modified-Since``: an unchanged page answers 304 without a body). Then:

* timeouts and connection failures, 5xx and 429 answers are retried after a back-off (doubling
  from ``backoff`` seconds; a ``Retry-After`` is honoured up to ``max_retry_after``);
* redirects are followed by hand, each hop checked as above, at most ``max_redirects``, a loop
  named as such;
* the body is read in chunks and abandoned past ``max_bytes`` (after decompression: a gzip bomb is
  stopped as early as an honest large page).

Failures raise ``FetchError`` with a reason in Russian that names what happened.
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from coopwatch.crawl.network import AddressRefused, check_address

PROJECT, VERSION = "coopwatch", "0.1"
# Names the project (robots.txt rules for "coopwatch" apply to it) and how to find out more.
USER_AGENT = f"{PROJECT}/{VERSION} (cooperation news monitor; robots.txt agent: {PROJECT})"
ROBOTS_AGENT = PROJECT
ENV_ALLOW_PRIVATE = "COOPWATCH_CRAWL_ALLOW_PRIVATE"
RETRY_STATUS = {429, 500, 502, 503, 504}
REDIRECT_STATUS = {301, 302, 303, 307, 308}


def env_allows_private() -> bool:
    return os.environ.get(ENV_ALLOW_PRIVATE, "").strip().lower() in ("1", "true", "yes")


@dataclass(frozen=True)
class Settings:
    """How the crawler behaves; the defaults suit public news sites."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds to connect, and between two chunks of an answer
    retries: int = 2  # more tries after a timeout, a failed connection, a 5xx or 429
    backoff: float = 2.0  # seconds before the first retry; doubles with each
    max_retry_after: float = 60.0  # a longer Retry-After fails the page for this run
    max_bytes: int = 5 * 2**20  # a page; news pages are tens of kilobytes
    max_listing_bytes: int = 50 * 2**20  # a feed or sitemap (the sitemap protocol allows 50 MB)
    max_redirects: int = 5
    allow_private: bool = field(default_factory=env_allows_private)
    user_agent: str = USER_AGENT
    max_items: int = 500  # pages fetched per source per run; the rest wait for the next run
    threads: int = 4  # sources read at once (each host still gets one request per ``delay``)


class FetchError(Exception):
    """A page that could not be fetched; the message says why, in Russian. ``status``: the
    server's answer, when it gave one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TooLarge(FetchError):
    pass


class Refused(FetchError):
    """Not asked at all: robots.txt forbids the page, or its address is in a private network."""


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200 (or another 2xx) or 304
    headers: httpx.Headers
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostLimiter:
    """One request per ``delay`` seconds to each host, whichever thread asks."""

    def __init__(self) -> None:
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self.waited = 0.0  # seconds slept in total (politeness, not work)

    def wait(self, host: str, delay: float) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, 0.0))
            self._next[host] = at + delay
            if at > now:
                self.waited += at - now
        if at > now:
            time.sleep(at - now)


@dataclass
class Stats:
    requests: int = 0
    seconds: float = 0.0  # spent in requests (network and reading), not in politeness waits
    retries: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, seconds: float) -> None:
        with self._lock:
            self.requests += 1
            self.seconds += seconds


class Fetcher:
    """A crawl run's HTTP client: one connection pool, one robots.txt cache, one host limiter."""

    def __init__(self, settings: Settings | None = None) -> None:
        from coopwatch.crawl.robots import RobotsCache

        self.settings = settings or Settings()
        timeout = httpx.Timeout(self.settings.timeout, pool=None)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                                   headers={"User-Agent": self.settings.user_agent,
                                            "Accept-Language": "ru, en;q=0.5"})
        self.limiter = HostLimiter()
        self.stats = Stats()
        self.robots = RobotsCache(self)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            listing: bool = False, obey_robots: bool = True, limit: int | None = None) -> Response:
        """The page at ``url`` (following redirects), or 304 when the validators still hold.
        ``listing``: a feed or sitemap (a larger size limit); ``limit``: another one, in bytes."""
        if limit is None:
            limit = self.settings.max_listing_bytes if listing else self.settings.max_bytes
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        while True:
            self._allowed(url, obey_robots)
            response = self._with_retries(url, headers, limit)
            if response.status not in REDIRECT_STATUS:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"переадресация ({response.status}) без адреса Location")
            url = urljoin(url, location.strip())
            if url in seen:
                raise FetchError("переадресация по кругу: страница пропущена")
            if len(seen) > self.settings.max_redirects:
                raise FetchError(f"больше {self.settings.max_redirects} переадресаций подряд: страница пропущена")
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError(f"переадресация на адрес не http(s): {url[:200]}")
            seen.add(url)

    def _allowed(self, url: str, obey_robots: bool) -> None:
        try:
            check_address(url, allow_private=self.settings.allow_private)
        except AddressRefused as e:
            raise Refused(str(e)) from None
        except OSError as e:
            raise FetchError(str(e)) from None
        if obey_robots:
            self.robots.check(url)

    def delay_for(self, url: str, obey_robots: bool) -> float:
        delay = self.settings.delay
        if obey_robots:
            delay = max(delay, self.robots.crawl_delay(url))
        return delay

    def _with_retries(self, url: str, headers: dict[str, str], limit: int) -> Response:
        host = urlsplit(url).netloc.lower()
        obey = urlsplit(url).path != "/robots.txt"  # robots.txt itself: the configured delay alone
        attempt = 0
        while True:
            self.limiter.wait(host, self.delay_for(url, obey))
            response = None
            try:
                response = self._once(url, headers, limit)
            except httpx.TimeoutException:
                reason = f"нет ответа за {self.settings.timeout:g} с"
                retry_in = None
            except httpx.TransportError as e:
                reason = f"сайт недоступен: {_transport_reason(e)}"
                retry_in = None
            else:
                if response.status not in RETRY_STATUS:
                    if response.status >= 400:
                        raise FetchError(f"сервер ответил {response.status}", response.status)
                    return response
                reason = f"сервер ответил {response.status}"
                retry_in = _retry_after(response.headers.get("retry-after"))
                if retry_in is not None and retry_in > self.settings.max_retry_after:
                    raise FetchError(f"{reason} и просит подождать {retry_in:.0f} с: страница — в следующий обход",
                                     response.status)
            if attempt >= self.settings.retries:
                raise FetchError(reason + (f" (попыток: {attempt + 1})" if attempt else ""),
                                 None if response is None else response.status)
            wait = retry_in if retry_in is not None else self.settings.backoff * 2**attempt
            time.sleep(wait * (1 + random.random() / 4) if retry_in is None else wait)
            attempt += 1
            self.stats.retries += 1

    def _once(self, url: str, headers: dict[str, str], limit: int) -> Response:
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code >= 300:  # redirects, 304, errors: the body is not wanted
                    return Response(str(r.url), r.status_code, r.headers)
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise TooLarge(_too_large(limit))
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise TooLarge(_too_large(limit))
                    chunks.append(chunk)
                return Response(str(r.url), r.status_code, r.headers, b"".join(chunks))
        except httpx.DecodingError:  # its message is English and technical
            raise FetchError("ответ сервера не распаковывается: сжатие повреждено или названо неверно") from None
        finally:
            self.stats.add(time.monotonic() - started)


def _too_large(limit: int) -> str:
    size = f"{limit / 2**20:g} МБ" if limit >= 2**20 else f"{limit // 1024} КБ"
    return f"страница больше {size}: пропущена"


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import UTC, datetime

    return max(0.0, (when - datetime.now(UTC)).total_seconds()) if when.tzinfo else None


# What a transport error's own (English, technical) text says, in words a user can act on: the
# text itself is never shown. Checked in order; the first match names the cause.
TRANSPORT_CAUSES = (
    (("name or service not known", "nodename nor servname", "temporary failure in name resolution",
      "no address associated", "getaddrinfo failed"), "адрес сайта не найден (DNS)"),
    (("refused",), "соединение отклонено"),
    (("certificate", "ssl", "tls", "handshake"), "не удалось установить защищённое соединение (TLS): "
                                                  "сертификат сайта не прошёл проверку или сайт не говорит по HTTPS"),
    (("network is unreachable", "no route to host"), "сеть до сайта недоступна"),
    (("reset by peer", "broken pipe"), "сайт оборвал соединение"),
)


def _transport_reason(e: httpx.TransportError) -> str:
    """Why a request failed below HTTP, in Russian: httpx's and the standard library's messages are
    English ("Server disconnected without sending a response", "[Errno -2] Name or service not
    known") and are not passed on."""
    text = (str(e) or "").lower()
    for needles, reason in TRANSPORT_CAUSES:
        if any(n in text for n in needles):
            return reason
    if isinstance(e, httpx.RemoteProtocolError):
        return "сервер оборвал соединение или ответил не по протоколу HTTP"
    if isinstance(e, httpx.UnsupportedProtocol):
        return "адрес не http(s)"
    if isinstance(e, httpx.ProxyError):
        return "ошибка прокси-сервера"
    if isinstance(e, httpx.ReadError | httpx.WriteError):
        return "соединение оборвалось при передаче данных"
    if isinstance(e, httpx.ConnectError):
        return "не удалось соединиться с сайтом"
    return "ошибка соединения с сайтом"
