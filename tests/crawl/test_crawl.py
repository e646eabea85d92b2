"""Crawl runs end to end: sources on the loopback site, their articles extracted and stored through
the ingest path, what was skipped and what was reported — and the second run, which fetches only
what changed."""

from __future__ import annotations

import time
from dataclasses import replace

import sqlalchemy as sa

from coopwatch.crawl.crawler import Crawler
from coopwatch.crawl.sources import add_source, get_source, list_sources, remove_source, set_paused
from coopwatch.kb.db import KB
from coopwatch.kb.schema import crawl_pages, documents, facts

from .conftest import FAST, SHORT_TIMEOUT, Reply, Site
from .texts import ARTICLES, CHANGED_TAIL


def stored(kb: KB) -> dict[str, dict]:
    """Stored documents by name: url, relevance, number of facts, text."""
    with kb.read() as conn:
        rows = conn.execute(sa.select(documents.c.id, documents.c.name, documents.c.url, documents.c.relevant,
                                      documents.c.text, documents.c.published)).all()
        n = dict(conn.execute(sa.select(facts.c.document_id, sa.func.count()).group_by(facts.c.document_id)).all())
    return {r.name: {"url": r.url, "relevant": r.relevant, "facts": n.get(r.id, 0), "text": r.text,
                     "published": r.published, "id": r.id} for r in rows}


def crawl(kb: KB, **kw: object):  # noqa: ANN201 - CrawlSummary
    return Crawler(kb, replace(FAST, **kw), workers=0).run()


def news_site(site: Site) -> None:
    """A feed of three articles (one in Windows-1251, one without cooperation facts) and a sitemap
    listing one of them again under a tracking address, and a fourth article with its AMP and print
    versions (the print version says which is canonical)."""
    site.article("/news/kazan-minsk-plan.html", "kazan-minsk-plan")
    site.article("/news/orenburg-aktobe-trade.html", "orenburg-aktobe-trade", charset="windows-1251")
    site.article("/news/kazan-embankment.html", "kazan-embankment")
    site.article("/news/ufa-minsk-flights.html", "ufa-minsk-flights")
    site.article("/amp/news/ufa-minsk-flights.html", "ufa-minsk-flights")
    site.article("/print/ufa-minsk-flights", "ufa-minsk-flights", canonical="/news/ufa-minsk-flights.html")
    site.feed("/rss.xml", [("/news/kazan-minsk-plan.html", "kazan-minsk-plan"),
                           ("/news/orenburg-aktobe-trade.html", "orenburg-aktobe-trade"),
                           ("/news/kazan-embankment.html", "kazan-embankment")])
    site.sitemap("/sitemap-news.xml", ["/news/kazan-minsk-plan.html?utm_source=sitemap&utm_medium=xml",
                                       "/amp/news/ufa-minsk-flights.html", "/print/ufa-minsk-flights",
                                       "/news/ufa-minsk-flights.html"],
                 news={"/news/ufa-minsk-flights.html": "ufa-minsk-flights"})
    site.sitemap_index("/sitemap.xml", ["/sitemap-news.xml"])


def test_feed_and_sitemap_are_crawled_into_the_knowledge_base(kb: KB, site: Site) -> None:
    news_site(site)
    feed = add_source(kb, site.url("/rss.xml"), name="Лента региона", who="тест")
    index = add_source(kb, site.url("/sitemap.xml"), who="тест")
    summary = crawl(kb)
    assert not summary.failed, summary.text()
    docs = stored(kb)
    assert set(docs) == {"kazan-minsk-plan", "orenburg-aktobe-trade", "kazan-embankment", "ufa-minsk-flights"}
    # the article, not the page around it
    plan = docs["kazan-minsk-plan"]["text"]
    assert plan.startswith(ARTICLES["kazan-minsk-plan"][0]) and "Минниханов" in plan
    assert not any(junk in plan for junk in ("Главная", "Популярное", "Давно пора", "Все права защищены"))
    # Windows-1251 read as such
    assert "Паслер" in docs["orenburg-aktobe-trade"]["text"]
    # a general news item: stored, flagged
    assert docs["kazan-embankment"]["relevant"] is False and docs["kazan-embankment"]["facts"] == 0
    assert all(d["relevant"] and d["facts"] for n, d in docs.items() if n != "kazan-embankment")
    # an article under four addresses: one document under its canonical URL; the tracked and AMP
    # addresses not even fetched, the print version fetched and found to name the article's address
    assert docs["ufa-minsk-flights"]["url"] == site.url("/news/ufa-minsk-flights.html")
    assert len(site.hits("/news/ufa-minsk-flights.html")) == 1  # dated in the news sitemap: first
    assert not site.hits("/news/kazan-minsk-plan.html?utm_source=sitemap&utm_medium=xml")
    assert not site.hits("/amp/news/ufa-minsk-flights.html")
    assert len(site.hits("/print/ufa-minsk-flights")) == 1
    runs = {r.source.id: r for r in summary.sources}
    assert runs[feed.id].kind == "feed" and runs[feed.id].counts["added"] == 3
    assert runs[feed.id].counts["irrelevant"] == 1
    assert runs[index.id].kind == "sitemap" and runs[index.id].counts["added"] == 1
    assert runs[index.id].counts["duplicate"] == 3
    # the sources' state
    after = {s.id: s for s in list_sources(kb)}
    assert after[feed.id].kind == "feed" and after[feed.id].last_success_at and not after[feed.id].last_error
    assert after[feed.id].n_documents == 3 and after[feed.id].n_irrelevant == 1
    assert after[index.id].kind == "sitemap"
    # politeness: every request named the project
    assert all(r.headers["user-agent"].startswith("coopwatch/") for r in site.requests)


def test_second_run_fetches_only_what_changed(kb: KB, site: Site) -> None:
    site.article("/news/kursk-gomel-group.html", "kursk-gomel-group")
    site.article("/news/kazan-minsk-plan.html", "kazan-minsk-plan")
    site.feed("/rss.xml", [("/news/kursk-gomel-group.html", "kursk-gomel-group"),
                           ("/news/kazan-minsk-plan.html", "kazan-minsk-plan")])
    add_source(kb, site.url("/rss.xml"))
    page_source = add_source(kb, site.url("/news/kazan-minsk-plan.html"))
    first = crawl(kb)
    assert first.ingest.added == 2 and not first.failed
    before = len(site.requests)

    again = crawl(kb)
    assert again.ingest.added == again.ingest.updated == 0
    new_requests = site.requests[before:]
    # the feed asked with its validators and answered 304; its items were not asked again; the page
    # source was asked conditionally and is unchanged
    feed_hits = [r for r in new_requests if r.path == "/rss.xml"]
    assert len(feed_hits) == 1 and feed_hits[0].headers.get("if-none-match")
    assert not [r for r in new_requests if r.path == "/news/kursk-gomel-group.html"]
    page_hits = [r for r in new_requests if r.path == "/news/kazan-minsk-plan.html"]
    assert len(page_hits) == 1 and page_hits[0].headers.get("if-none-match")
    assert {r.source.id: r.counts["unchanged"] for r in again.sources}[page_source.id] == 1

    # the page source changes: fetched, its document updated (not a second one), facts extracted anew
    old = stored(kb)["kazan-minsk-plan"]
    site.article("/news/kazan-minsk-plan.html", "kazan-minsk-plan",
                 text=ARTICLES["kazan-minsk-plan"][2] + " Стороны договорились встретиться осенью в Минске.")
    third = crawl(kb)
    assert third.ingest.updated == 1 and third.ingest.added == 0
    new = stored(kb)["kazan-minsk-plan"]
    assert new["id"] == old["id"] and "осенью в Минске" in new["text"]
    assert len(stored(kb)) == 2


def test_feed_item_said_to_have_changed_is_fetched_again(kb: KB, site: Site) -> None:
    site.article("/news/kursk-gomel-group.html", "kursk-gomel-group")
    site.feed("/rss.xml", [("/news/kursk-gomel-group.html", "kursk-gomel-group")])
    add_source(kb, site.url("/rss.xml"))
    crawl(kb)
    changed = ARTICLES["kursk-gomel-group"][2] + CHANGED_TAIL
    site.article("/news/kursk-gomel-group.html", "kursk-gomel-group", text=changed)
    xml = (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Лента</title>"
           f"<entry><title>{ARTICLES['kursk-gomel-group'][0]}</title>"
           f"<link href='{site.url('/news/kursk-gomel-group.html')}'/><updated>2099-01-01T00:00:00Z</updated>"
           f"</entry></feed>")
    site.static("/rss.xml", xml, "application/atom+xml")
    summary = crawl(kb)
    assert summary.ingest.updated == 1, summary.text()
    assert CHANGED_TAIL.strip() in stored(kb)["kursk-gomel-group"]["text"]


def test_failures_are_reported_and_never_stop_the_other_sources(kb: KB, site: Site) -> None:
    site.answer("/robots.txt", Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"}))
    site.article("/news/kazan-minsk-plan.html", "kazan-minsk-plan")
    site.article("/private/ufa-minsk-flights.html", "ufa-minsk-flights")
    site.answer("/news/broken.html", Reply(500, b"oops"))
    site.answer("/news/slow.html", Reply(200, b"<html><body><p>late</p></body></html>", {"Content-Type": "text/html"},
                                          delay=2.0))
    site.answer("/news/loop-a.html", Reply(302, headers={"Location": "/news/loop-b.html"}))
    site.answer("/news/loop-b.html", Reply(302, headers={"Location": "/news/loop-a.html"}))
    site.answer("/news/moved.html", Reply(301, headers={"Location": "/news/orenburg-aktobe-trade.html"}))
    site.article("/news/orenburg-aktobe-trade.html", "orenburg-aktobe-trade", charset="windows-1251")
    site.answer("/news/huge.html", Reply(200, b"<html><body>" + b"<p>" + "слово ".encode() * 60_000 + b"</p></body></html>",
                                          {"Content-Type": "text/html; charset=utf-8"}))
    site.sitemap("/sitemap.xml", ["/news/broken.html", "/news/slow.html", "/news/loop-a.html", "/news/huge.html",
                                  "/private/ufa-minsk-flights.html", "/news/moved.html", "/news/kazan-minsk-plan.html"])
    good = add_source(kb, site.url("/sitemap.xml"))
    gone = add_source(kb, site.url("/no-such-feed.xml"))
    not_a_feed = add_source(kb, site.url("/news/broken.html"), kind="feed")
    summary = crawl(kb, timeout=SHORT_TIMEOUT)
    assert summary.failed
    runs = {r.source.id: r for r in summary.sources}
    assert runs[gone.id].error == "источник недоступен: сервер ответил 404"
    assert runs[not_a_feed.id].error.startswith("источник недоступен: сервер ответил 500")
    problems = dict(runs[good.id].problems)
    assert problems[site.url("/news/broken.html")] == "сервер ответил 500 (попыток: 2)"
    assert problems[site.url("/news/slow.html")].startswith(f"нет ответа за {SHORT_TIMEOUT:g} с")
    assert problems[site.url("/news/loop-a.html")] == "переадресация по кругу: страница пропущена"
    assert problems[site.url("/news/huge.html")] == "страница больше 256 КБ: пропущена"
    assert problems[site.url("/private/ufa-minsk-flights.html")].startswith("robots.txt сайта запрещает")
    assert len(site.hits("/news/broken.html")) == 2 + 2  # the page and the "feed": a try and a retry each
    assert not site.hits("/private/ufa-minsk-flights.html")
    # the rest was stored: a redirect within the limit, and the page after the failures
    assert set(stored(kb)) == {"kazan-minsk-plan", "orenburg-aktobe-trade"}
    assert runs[good.id].counts["refused"] == 1 and runs[good.id].counts["failed"] == 4
    # reported on the sources too
    after = {s.id: s for s in list_sources(kb)}
    assert after[gone.id].state == "ошибка" and "404" in after[gone.id].last_error
    assert after[good.id].state == "работает, есть ошибки страниц"
    assert after[good.id].last_error.startswith("страниц с ошибками: 4")
    assert after[good.id].n_failed == 4
    # and in what the batch says (the ingest summary names each failed page)
    failed = dict(summary.ingest.failures)
    assert site.url("/news/loop-a.html") in failed
    assert site.url("/private/ufa-minsk-flights.html") not in failed  # refused is not a failure


def test_private_addresses_are_refused_unless_allowed(kb: KB, site: Site) -> None:
    site.feed("/rss.xml", [])
    add_source(kb, site.url("/rss.xml"))
    summary = crawl(kb, allow_private=False)
    assert "ведёт во внутреннюю сеть (127.0.0.1)" in summary.sources[0].error
    assert site.requests == []


def test_pages_per_run_are_limited_and_the_rest_left_for_the_next(kb: KB, site: Site) -> None:
    slugs = ["kazan-minsk-plan", "kursk-gomel-group", "kazan-embankment"]
    for s in slugs:
        site.article(f"/news/{s}.html", s)
    site.sitemap("/sitemap.xml", [f"/news/{s}.html" for s in slugs])
    add_source(kb, site.url("/sitemap.xml"))
    first = crawl(kb, max_items=2)
    assert first.ingest.added == 2 and first.sources[0].counts["left"] == 1
    second = crawl(kb, max_items=2)
    assert second.ingest.added == 1 and second.sources[0].counts["unchanged"] == 2
    assert len(site.hits("/sitemap.xml")) == 2 and not site.hits("/sitemap.xml")[1].headers.get("if-none-match")


def test_requests_to_one_host_are_spaced(kb: KB, site: Site) -> None:
    slugs = ["kazan-minsk-plan", "kursk-gomel-group"]
    for s in slugs:
        site.article(f"/news/{s}.html", s)
    site.sitemap("/sitemap.xml", [f"/news/{s}.html" for s in slugs])
    add_source(kb, site.url("/sitemap.xml"))
    crawl(kb, delay=0.5)
    times = [r.at for r in site.requests]  # robots.txt, the sitemap, two pages
    assert len(times) == 4
    # the crawler starts them 0.5 s apart; the server sees each a little later, by how long the
    # request took to arrive (tenths of a second on a busy machine)
    assert all(b - a >= 0.3 for a, b in zip(times, times[1:])), times
    assert times[-1] - times[0] >= 1.3, times


def test_paused_and_removed_sources(kb: KB, site: Site) -> None:
    site.article("/news/kazan-minsk-plan.html", "kazan-minsk-plan")
    s = add_source(kb, site.url("/news/kazan-minsk-plan.html"), name="Страница")
    set_paused(kb, s.id, True, who="тест")
    assert crawl(kb).sources == [] and site.requests == []
    set_paused(kb, s.id, False, who="тест")
    assert crawl(kb).ingest.added == 1
    assert get_source(kb, s.id).kind == "page"
    remove_source(kb, s.id, who="тест")
    assert list_sources(kb) == []
    with kb.read() as conn:  # its pages forgotten, its document kept
        assert conn.execute(sa.select(sa.func.count()).select_from(crawl_pages)).scalar() == 0
    assert set(stored(kb)) == {"kazan-minsk-plan"}


def test_crawling_on_a_schedule_until_stopped(kb: KB, site: Site) -> None:
    from coopwatch.crawl.schedule import in_background

    site.article("/news/kursk-gomel-group.html", "kursk-gomel-group")
    site.feed("/rss.xml", [("/news/kursk-gomel-group.html", "kursk-gomel-group")])
    add_source(kb, site.url("/rss.xml"))
    said: list[str] = []
    thread, stop = in_background(kb, 0.3, settings=FAST, workers=0, say=said.append)
    try:
        deadline = time.monotonic() + 60
        while len(site.hits("/rss.xml")) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    assert len(site.hits("/rss.xml")) >= 3
    assert len(site.hits("/news/kursk-gomel-group.html")) == 1  # read once, then left alone
    assert sum("Добавлено документов: 1" in s for s in said) == 1
    assert any(s.startswith("Следующий обход в") for s in said)
