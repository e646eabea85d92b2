"""Web benchmark (not a test): concurrent requests on loopback against ``coopwatch serve`` on a
knowledge base of 100,000 extracted facts; p50/p95 latency and requests per second for the pair
page and for search, as HTML pages and as JSON.

    .venv/bin/python benchmarks/web_bench.py                  # builds /tmp/coopwatch-bench.db first if needed
    .venv/bin/python benchmarks/web_bench.py --clients 20 --requests 3000 --db /tmp/coopwatch-bench.db

Phases per scenario: *cold* — every distinct URL once, one at a time, on a fresh server (what the
first visitor of a page waits); *load* — ``--clients`` keep-alive connections sending
``--requests`` requests in all over the same URLs in random order (what a team of analysts sees);
then, for the HTML pages, the same load on a fresh server with nothing cached ("без прогрева").
The client is a few lines of asyncio (HTTP/1.1, keep-alive) so that it takes little of the two
cores from the server. Every request goes to 127.0.0.1 only, and the run is bounded in count.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loopback import answers  # noqa: E402
from web_kb import build  # noqa: E402

QUERIES = [
    "соглашения",
    "товарооборот",
    "делегации",
    "переговоры",
    "авиасообщение",
    "Татарстана",
    "Минской области",
    "дорожную карту",
    "план мероприятий",
    "визитом",
    "машиностроение",
    "губернатора",
    "Казахстаном",
    "меморандум",
    "сотрудничестве",
    "поставки",
    "молочной продукции",
    "туризм",
    "председателя исполнительного комитета",
    "прямое авиасообщение",
]
FILTERS = [
    "",
    "&type=agreement",
    "&place=RU-TA",
    "&date_from=2020-01-01&date_to=2022-12-31",
    "&place=BY&type=trade",
]


@dataclass
class Result:
    name: str
    phase: str
    latencies: list[float]
    seconds: float
    errors: int

    def row(self) -> str:
        lat = sorted(self.latencies)
        q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else lat * 99
        rate = len(lat) / self.seconds if self.seconds else 0.0
        return (
            f"| {self.name} | {self.phase} | {len(lat)} | {q[49] * 1000:.1f} | {q[94] * 1000:.1f} | "
            f"{q[98] * 1000:.1f} | {rate:.0f} | {self.errors} |"
        )


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    writer.write(  # what a browser sends that matters here: gzip accepted
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html,application/json\r\n"
        "Accept-Encoding: gzip\r\n\r\n".encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def _client(port: int, paths: list[str], latencies: list[float], errors: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for path in paths:
            t = time.perf_counter()
            status = await _get(reader, writer, path)
            latencies.append(time.perf_counter() - t)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


async def load(
    port: int, urls: list[str], clients: int, total: int, seed: int = 1
) -> tuple[list[float], float, int]:
    rng = random.Random(seed)
    order = [rng.choice(urls) for _ in range(total)]
    shares = [order[i::clients] for i in range(clients)]
    latencies: list[float] = []
    errors: list[int] = []
    started = time.perf_counter()
    await asyncio.gather(*(_client(port, share, latencies, errors) for share in shares))
    return latencies, time.perf_counter() - started, len(errors)


def fetch_json(port: int, path: str) -> object:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120) as r:
        return json.load(r)


def start_server(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "coopwatch"
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL)
    if answers(f"http://127.0.0.1:{port}/openapi.json", 60):
        return proc
    proc.terminate()
    raise SystemExit("сервер не запустился за 60 с")


def scenarios(port: int) -> dict[str, list[str]]:
    pairs = fetch_json(port, "/api/pairs")
    pair_args = [f"a={quote(p['a']['id'], safe='')}&b={quote(p['b']['id'], safe='')}" for p in pairs]
    pair_args += ["a=RU-TA&b=BY", "a=RU-BA&b=BY"]  # a region and a country: every region of it rolled up
    search_args = [f"q={quote(q)}{f}" for q in QUERIES for f in FILTERS]
    return {
        "пара, HTML /pair": [f"/pair?{a}" for a in pair_args],
        "пара, JSON /api/pair": [f"/api/pair?{a}" for a in pair_args],
        "поиск, HTML /search": [f"/search?{a}" for a in search_args],
        "поиск, JSON /api/search": [f"/api/search?{a}" for a in search_args],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "coopwatch-bench.db"))
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=3000, help="запросов на сценарий в фазе нагрузки")
    ap.add_argument("--port", type=int, default=8791)
    args = ap.parse_args()
    n = build(args.db, args.facts)
    print(f"база: {args.db}, извлечённых фактов: {n}; loadavg в начале: {os.getloadavg()}")
    results: list[Result] = []
    proc = start_server(args.db, args.port)
    try:
        urls = scenarios(args.port)
        print(f"адресов: {', '.join(f'{k} — {len(v)}' for k, v in urls.items())}")
        results += asyncio.run(_cold(args.port, urls))
        for name, paths in urls.items():
            lat, secs, errs = asyncio.run(load(args.port, paths, args.clients, args.requests))
            results.append(Result(name, f"{args.clients} клиентов", lat, secs, errs))
    finally:
        proc.terminate()
        proc.wait(30)
    for name in ("пара, HTML /pair", "поиск, HTML /search"):  # a fresh server: nothing cached yet
        proc = start_server(args.db, args.port)
        try:
            lat, secs, errs = asyncio.run(load(args.port, urls[name], args.clients, args.requests))
            results.append(Result(name, f"{args.clients} клиентов без прогрева", lat, secs, errs))
        finally:
            proc.terminate()
            proc.wait(30)
    print(f"\nсредняя загрузка машины (loadavg за 1/5/15 мин) в конце: {os.getloadavg()}")
    print("\n| сценарий | фаза | запросов | p50, мс | p95, мс | p99, мс | запросов/с | ошибок |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(r.row())


async def _cold(port: int, urls: dict[str, list[str]]) -> list[Result]:
    """Each distinct URL once, one at a time; the HTML page and the JSON of the same thing one
    after the other, as a visitor's browser and a script would ask for them."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    times: dict[str, list[float]] = {name: [] for name in urls}
    errors = dict.fromkeys(urls, 0)
    spent = dict.fromkeys(urls, 0.0)
    try:
        longest = max(len(p) for p in urls.values())
        for i in range(longest):
            for name, paths in urls.items():
                if i < len(paths):
                    t = time.perf_counter()
                    status = await _get(reader, writer, paths[i])
                    took = time.perf_counter() - t
                    times[name].append(took)
                    spent[name] += took
                    errors[name] += status != 200
    finally:
        writer.close()
    return [Result(name, "холодный", times[name], spent[name], errors[name]) for name in urls]


if __name__ == "__main__":
    main()
