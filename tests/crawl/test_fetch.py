"""One fetch at a time against the loopback site: robots.txt, retries and their waits, redirects,
size limits (declared, streamed, decompressed), validators, the user agent."""

from __future__ import annotations

import gzip
import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from coopwatch.crawl.fetch import Fetcher, FetchError, Refused, TooLarge

from .conftest import FAST, Reply, Site

HTML = {"Content-Type": "text/html; charset=utf-8"}
PAGE = "<html><body><p>Текст</p></body></html>".encode()


def fetcher(**kw: object) -> Fetcher:
    return Fetcher(replace(FAST, **kw))


def test_robots_rules_for_the_project_are_obeyed(site: Site) -> None:
    site.answer("/robots.txt", Reply(200, b"User-agent: *\nAllow: /\n\nUser-agent: coopwatch\nDisallow: /news/\n",
                                     {"Content-Type": "text/plain"}))
    site.answer("/news/a.html", Reply(200, PAGE, HTML))
    site.answer("/about.html", Reply(200, PAGE, HTML))
    with fetcher() as f:
        with pytest.raises(Refused, match="robots.txt сайта запрещает"):
            f.get(site.url("/news/a.html"))
        assert f.get(site.url("/about.html")).body == PAGE
    assert len(site.hits("/robots.txt")) == 1  # once per site and run
    assert not site.hits("/news/a.html")


def test_unavailable_robots_txt_keeps_the_crawler_off_the_site(site: Site) -> None:
    site.answer("/robots.txt", Reply(503))
    site.answer("/a.html", Reply(200, PAGE, HTML))
    with fetcher() as f, pytest.raises(FetchError, match="robots.txt сайта недоступен"):
        f.get(site.url("/a.html"))
    assert not site.hits("/a.html")


def test_crawl_delay_of_robots_txt_spaces_requests(site: Site) -> None:
    site.answer("/robots.txt", Reply(200, b"User-agent: *\nCrawl-delay: 0.4\n", {"Content-Type": "text/plain"}))
    for p in ("/a", "/b", "/c"):
        site.answer(p, Reply(200, PAGE, HTML))
    with fetcher(delay=0.0) as f:
        for p in ("/a", "/b", "/c"):
            f.get(site.url(p))
    times = [r.at for r in site.requests if r.path != "/robots.txt"]
    assert times[-1] - times[0] >= 0.6, times  # 0.8 s apart at the crawler, less arrival jitter


def test_retry_after_is_honoured_and_a_long_one_gives_up(site: Site) -> None:
    answers = iter([Reply(503, headers={"Retry-After": "1"}), Reply(200, PAGE, HTML)])
    site.answer("/busy", lambda _r: next(answers))
    site.answer("/later", Reply(429, headers={"Retry-After": "3600"}))
    with fetcher() as f:
        assert f.get(site.url("/busy")).body == PAGE
        with pytest.raises(FetchError, match="просит подождать 3600 с"):
            f.get(site.url("/later"))
    first, second = site.hits("/busy")
    assert second.at - first.at >= 0.9
    assert len(site.hits("/later")) == 1


def test_redirects_within_limits(site: Site) -> None:
    for i in range(7):
        site.answer(f"/r{i}", Reply(301, headers={"Location": f"/r{i + 1}"}))
    site.answer("/r7", Reply(200, PAGE, HTML))
    site.answer("/nowhere", Reply(302))
    with fetcher(max_redirects=7) as f:
        response = f.get(site.url("/r0"))
        assert response.url == site.url("/r7") and response.body == PAGE
    with fetcher(max_redirects=5) as f:
        with pytest.raises(FetchError, match="больше 5 переадресаций"):
            f.get(site.url("/r0"))
        with pytest.raises(FetchError, match="без адреса Location"):
            f.get(site.url("/nowhere"))


def test_size_limit_declared_streamed_and_decompressed(site: Site) -> None:
    big = b"<html><body>" + b"x" * 300_000 + b"</body></html>"
    site.answer("/declared", Reply(200, big, HTML))
    bomb = gzip.compress(b"<html><body>" + b" " * 3_000_000 + b"</body></html>")
    site.answer("/bomb", Reply(200, bomb, {**HTML, "Content-Encoding": "gzip"}))
    site.answer("/small-gzip", Reply(200, gzip.compress(PAGE), {**HTML, "Content-Encoding": "gzip"}))
    with fetcher() as f:
        with pytest.raises(TooLarge, match="страница больше 256 КБ"):
            f.get(site.url("/declared"))
        assert len(bomb) < 256 * 1024
        with pytest.raises(TooLarge):
            f.get(site.url("/bomb"))
        assert f.get(site.url("/small-gzip")).body == PAGE


def test_validators_are_sent_and_304_understood(site: Site) -> None:
    site.static("/etag.html", PAGE, "text/html")
    site.static("/dated.html", PAGE, "text/html", etag=False)
    with fetcher() as f:
        first = f.get(site.url("/etag.html"))
        again = f.get(site.url("/etag.html"), etag=first.headers["etag"])
        assert again.not_modified and again.body == b""
        dated = f.get(site.url("/dated.html"))
        assert f.get(site.url("/dated.html"), last_modified=dated.headers["last-modified"]).not_modified


def test_loopback_is_refused_by_default_without_a_request(site: Site) -> None:
    with Fetcher(replace(FAST, allow_private=False)) as f, pytest.raises(Refused, match="внутреннюю сеть"):
        f.get(site.url("/"))
    assert site.requests == []


def test_user_agent_names_the_project(site: Site) -> None:
    site.answer("/a", Reply(200, PAGE, HTML))
    with fetcher() as f:
        f.get(site.url("/a"))
    assert {r.headers["user-agent"] for r in site.requests} == {
        "coopwatch/0.1 (cooperation news monitor; robots.txt agent: coopwatch)"}


# Words a Russian message may keep in Latin letters: names of protocols and files.
LATIN_ALLOWED = re.compile(r"robots\.txt|HTTPS?|TLS|DNS|https?://\S+|gzip|XML|RSS|Atom")


@contextmanager
def raw_server(reply: bytes | None) -> Iterator[str]:
    """A loopback TCP server that reads a request and answers ``reply`` as it is (not HTTP), or
    closes the connection without a word (None); yields its address."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.recv(4096)
                if reply:
                    conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{sock.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        sock.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(("kind", "said"), [
    ("silent", "сервер оборвал соединение"),
    ("garbage", "не по протоколу HTTP"),
    ("https", "защищённое соединение"),
    ("closed", "соединение отклонено"),
    ("unknown host", "адрес сайта не найден"),
])
def test_a_failed_connection_is_explained_in_russian(kind: str, said: str) -> None:
    """Below HTTP, httpx and the standard library explain in English («Server disconnected without
    sending a response», «[Errno -2] Name or service not known», «[SSL: WRONG_VERSION_NUMBER]»): the
    reason a user reads — on the command line, in the sources' table, on the add-document form — is
    Russian, whatever the cause."""
    reply = None if kind == "silent" else b"HELLO, THIS IS NOT HTTP\r\n\r\n"
    with raw_server(reply) as host:
        url = {"silent": f"http://{host}/a", "garbage": f"http://{host}/a", "https": f"https://{host}/a",
               "closed": f"http://127.0.0.1:{_closed_port()}/a", "unknown host": "http://no-such-host.invalid/a"}[kind]
        with fetcher() as f, pytest.raises(FetchError) as failed:
            f.get(url, obey_robots=False)
    message = str(failed.value)
    assert said in message, message
    assert not re.search(r"[A-Za-z]", LATIN_ALLOWED.sub("", message)), message
