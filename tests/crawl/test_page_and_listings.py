"""Pages to documents (encodings declared, undeclared and wrongly declared; the article without
what surrounds it; canonical links), and what feeds and sitemaps list."""

from __future__ import annotations

import gzip

import pytest

from coopwatch.crawl.feeds import parse_feed
from coopwatch.crawl.listing import NotAListing, kind_of
from coopwatch.crawl.page import page_document
from coopwatch.crawl.sitemaps import parse_sitemap
from coopwatch.ingest import ReadFailure
from coopwatch.models import Document

from .texts import ARTICLES, page_html

URL = "https://orenburg-news.example/news/orenburg-aktobe-trade.html"


def doc(body: bytes, content_type: str, url: str = URL) -> Document:
    d = page_document(url, body, content_type)
    assert isinstance(d, Document), d
    return d


@pytest.mark.parametrize(("content_type", "meta"), [
    ("text/html; charset=windows-1251", True),  # said by the server
    ("text/html", True),  # said by the page only
    ("text/html", False),  # said by nobody: detected
    ("text/html; charset=utf-8", False),  # said wrongly: detected
])
def test_windows_1251_pages(content_type: str, meta: bool) -> None:
    body = page_html("orenburg-aktobe-trade", charset="windows-1251", meta_charset=meta).encode("cp1251")
    d = doc(body, content_type)
    assert "Денис Паслер" in d.text and "Товарооборот Оренбургской области" in d.text
    guessed = d.meta.get("warnings", [])
    assert bool(guessed) == (not meta and "windows-1251" not in content_type)


def test_the_article_without_menus_comments_and_footer() -> None:
    d = doc(page_html("kazan-minsk-plan").encode(), "text/html")
    title, day, body = ARTICLES["kazan-minsk-plan"]
    assert d.text.startswith(title)
    assert "Рустам Минниханов" in d.text and "машиностроении" in d.text
    for clutter in ("Главная", "О портале", "Популярное", "Курс валют", "Комментарии", "Давно пора", "Все права"):
        assert clutter not in d.text
    assert d.published.isoformat() == day
    assert d.id == "orenburg-aktobe-trade"  # named after the address


def test_canonical_link_only_within_the_site() -> None:
    own = page_html("kazan-minsk-plan", canonical="/news/kazan-minsk-plan.html?utm_source=amp").encode()
    assert doc(own, "text/html", "https://kazan.example/amp/x").url == "https://kazan.example/news/kazan-minsk-plan.html"
    foreign = page_html("kazan-minsk-plan", canonical="https://other.example/news/1").encode()
    assert doc(foreign, "text/html", "https://kazan.example/news/2").url == "https://kazan.example/news/2"


def test_what_is_not_an_article() -> None:
    assert page_document(URL, b"%PDF-1.4 ...", "application/pdf").reason == "не HTML-страница (application/pdf): пропущена"
    empty = page_document(URL, b"<html><head><script>var a=1;</script></head><body></body></html>", "text/html")
    assert isinstance(empty, ReadFailure) and empty.reason == "на странице не найден основной текст"


def test_feeds_rss_in_windows_1251_and_atom() -> None:
    rss = ("<?xml version='1.0' encoding='windows-1251'?><rss version='2.0'><channel><title>Новости</title>"
           "<item><title>Оренбуржье и Актюбинская область</title><link>/news/1.html</link>"
           "<pubDate>Wed, 02 Apr 2025 09:00:00 +0300</pubDate></item>"
           "<item><title>Без ссылки</title></item></channel></rss>").encode("cp1251")
    items = parse_feed(rss, "https://orenburg-news.example/rss.xml")
    assert [(i.url, i.title, str(i.published)) for i in items] == [
        ("https://orenburg-news.example/news/1.html", "Оренбуржье и Актюбинская область", "2025-04-02")]
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Лента</title>"
            "<entry><title>Курск и Гомель</title><link href='https://kursk.example/n/2'/>"
            "<updated>2025-06-10T08:00:00Z</updated></entry></feed>").encode()
    (item,) = parse_feed(atom, "https://kursk.example/atom")
    assert item.url == "https://kursk.example/n/2" and item.updated.isoformat() == "2025-06-10T08:00:00+00:00"
    assert kind_of(rss) == kind_of(atom) == "feed"
    with pytest.raises(NotAListing):
        parse_feed(b"<html><body>not a feed</body></html>\x00\x01", "https://x.example/")


def test_sitemaps_index_news_gzip_and_text() -> None:
    index = (b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             b"<sitemap><loc>https://kazan.example/s1.xml.gz</loc><lastmod>2025-06-01T10:00:00+03:00</lastmod></sitemap>"
             b"</sitemapindex>")
    found = parse_sitemap(index, "https://kazan.example/sitemap.xml")
    assert [(s.url, s.updated.isoformat()) for s in found.sitemaps] == [
        ("https://kazan.example/s1.xml.gz", "2025-06-01T07:00:00+00:00")]
    news = ("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url><loc>https://kazan.example/n/1</loc>"
            "<news:news><news:publication_date>2025-03-14</news:publication_date>"
            "<news:title>Татарстан и Минская область</news:title></news:news></url>"
            "<url><loc>javascript:alert(1)</loc></url></urlset>").encode()
    (page,) = parse_sitemap(gzip.compress(news), "https://kazan.example/s1.xml.gz").pages
    assert (page.url, page.title, str(page.published)) == ("https://kazan.example/n/1", "Татарстан и Минская область",
                                                           "2025-03-14")
    text = parse_sitemap(b"https://kazan.example/a\nhttps://kazan.example/b\n", "https://kazan.example/s.txt")
    assert [p.url for p in text.pages] == ["https://kazan.example/a", "https://kazan.example/b"]
    assert kind_of(gzip.compress(news)) == "sitemap"
    with pytest.raises(NotAListing, match="корневой элемент <html>"):
        parse_sitemap(b"<html><body>hi</body></html>", "https://kazan.example/")


def test_entities_are_not_expanded() -> None:
    evil = (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
            b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>https://k.example/&e;</loc></url></urlset>")
    pages = parse_sitemap(evil, "https://k.example/").pages
    assert all("root:" not in p.url for p in pages)
