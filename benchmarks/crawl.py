"""Crawl speed: a loopback news site of N pages crawled into SQLite, end to end, as a user runs it.

    .venv/bin/python benchmarks/crawl.py --pages 2000 --workers 0 --workers 2

Writes N article pages (``coopwatch.kb.synth.from_samples``: the team's own sample notes
recombined, no third-party text) as HTML with a menu, a sidebar, comments and a footer around the
article, and a sitemap listing them; serves the folder with ``python -m http.server`` on
127.0.0.1 (a process of its own); registers the sitemap with ``coopwatch sources add`` and runs
``coopwatch crawl --delay 0 --max-items N -j WORKERS --json`` once per ``--workers`` value, each
into a fresh database. Reports pages per second and the share of the run spent fetching (HTTP),
extracting the text from HTML (trafilatura; feeds and sitemaps read) and in the rest — extracting
facts and storing them. With ``-j 0`` everything runs one after another in one thread, so the
shares add up to the run; with ``-j 2`` extraction runs in two more processes while the crawler
fetches and parses, and the crawler's shares say how much of the run it occupied its thread.
Target: fetch + parse ≤ 20 % of the run with the politeness delay at zero.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loopback import answers, free_port  # noqa: E402

from coopwatch.kb.synth import from_samples  # noqa: E402

AROUND = {
    "nav": "<header><nav><a href='/'>Главная</a> | <a href='/news/'>Новости</a> | <a href='/about'>О портале</a></nav></header>",
    "aside": "<aside><h3>Популярное</h3><ul><li><a href='/p/1'>Погода на выходные</a></li>"
             "<li><a href='/p/2'>Курс валют</a></li><li><a href='/p/3'>Афиша</a></li></ul></aside>",
    "comments": "<section class='comments'><h3>Комментарии</h3><div><b>Читатель</b>: Хорошая новость.</div>"
                "<div><b>Гость</b>: Когда откроют рейсы?</div></section>",
    "footer": "<footer>© Новости региона. Все права защищены. <a href='/rss.xml'>RSS</a></footer>",
}


def page(title: str, day: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>{html.escape(title)} — Новости</title>"
            f"<meta property='article:published_time' content='{day}T09:00:00+03:00'></head><body>{AROUND['nav']}"
            f"{AROUND['aside']}<main><article><h1>{html.escape(title)}</h1>{body}</article>{AROUND['comments']}</main>"
            f"{AROUND['footer']}</body></html>")


def write_site(folder: Path, n: int, base: str) -> None:
    (folder / "news").mkdir(parents=True)
    urls = []
    for d in from_samples(n, seed=13):
        lines = [x.strip() for x in d.text.splitlines() if x.strip()]
        if lines and lines[0].startswith("date "):
            lines[0] = lines[0].split(" ", 2)[-1]
        title, paragraphs = lines[0][:150], lines[1:] or lines
        (folder / "news" / f"{d.id}.html").write_text(page(title, d.published.isoformat(), paragraphs), encoding="utf-8")
        urls.append((f"{base}/news/{d.id}.html", d.published.isoformat()))
    entries = "".join(f"<url><loc>{u}</loc><lastmod>{day}</lastmod></url>" for u, day in urls)
    (folder / "sitemap.xml").write_text("<?xml version='1.0' encoding='UTF-8'?><urlset "
                                        f"xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{entries}</urlset>",
                                        encoding="utf-8")


def serve(folder: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory",
                               str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if answers(f"http://127.0.0.1:{port}/sitemap.xml", 10):
        return server
    server.kill()
    sys.exit("the loopback site did not start")


def crawl(exe: Path, db: Path, sitemap: str, pages: int, workers: int) -> dict:
    subprocess.run([str(exe), "sources", "add", sitemap, "--db", str(db)], check=True, capture_output=True)
    t = time.monotonic()
    r = subprocess.run([str(exe), "crawl", "--db", str(db), "--allow-private", "--delay", "0", "--max-items",
                        str(pages), "-j", str(workers), "--no-progress", "--json"], capture_output=True, text=True)
    wall = time.monotonic() - t
    if r.returncode:
        sys.exit(f"crawl failed ({r.returncode}): {r.stderr[-3000:]}")
    report = json.loads(r.stdout)
    report["wall"] = wall
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--workers", type=int, action="append", help="extraction processes (repeat for several runs)")
    args = ap.parse_args()
    exe = Path(sys.executable).parent / "coopwatch"
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        write_site(Path(tmp) / "site", args.pages, base)
        server = serve(Path(tmp) / "site", port)
        rows = []
        try:
            for workers in args.workers or [0]:
                r = crawl(exe, Path(tmp) / f"kb-{workers}.db", f"{base}/sitemap.xml", args.pages, workers)
                run = r["seconds"]
                rest = max(0.0, run - r["fetch_seconds"] - r["parse_seconds"])
                rows.append(
                    f"| {r['pages']} | {workers} | {run:.0f} ({r['wall']:.0f}) | {r['pages'] / run:.1f} | "
                    f"{100 * r['fetch_seconds'] / run:.1f} % | {100 * r['parse_seconds'] / run:.1f} % | "
                    f"{100 * (r['fetch_seconds'] + r['parse_seconds']) / run:.1f} % | {100 * rest / run:.1f} % | "
                    f"{r['added']} | {r['irrelevant']} | {r['facts']} |")
        finally:
            server.terminate()
            server.wait(10)
    print("| pages | workers | run s (process s) | pages/s | fetch | parse | fetch + parse | facts + storing "
          "| documents | without facts | facts |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"cores: {os.cpu_count()}; load average before: {load:.1f}, after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
