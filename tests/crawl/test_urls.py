"""One address per article: tracking parameters, AMP and mobile versions, fragments, case and
default ports do not make another article; other parameters and paths do."""

from __future__ import annotations

import pytest

from coopwatch.crawl.network import is_public
from coopwatch.crawl.urls import canonical_url, document_name, is_web_url, same_site

SAME = [
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru/news/view/123?utm_source=vk&utm_medium=social"),
    ("https://tatarstan.ru/news/view/123", "HTTPS://Tatarstan.RU:443/news/view/123#comments"),
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru/news/view/123?yclid=42&fbclid=x&erid=2Vtzq"),
    ("https://tatarstan.ru/news/view/123", "https://m.tatarstan.ru/news/view/123"),
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru/amp/news/view/123"),
    ("https://tatarstan.ru/news/view/123/", "https://tatarstan.ru/news/view/123/amp/"),
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru/news/view/123?amp=1"),
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru/news/view/123?outputType=amp"),
    ("https://tatarstan.ru/news/tatarstan-minsk.html", "https://tatarstan.ru/news/tatarstan-minsk.amp.html"),
    ("https://tatarstan.ru/news/view/123?b=2&a=1", "https://tatarstan.ru/news/view/123?a=1&b=2&utm_campaign=x"),
    ("https://tatarstan.ru/news/", "https://tatarstan.ru/news/./"),
    ("https://президент.рф/news/1", "https://xn--d1abbgf6aiiy.xn--p1ai/news/1"),
    ("https://tatarstan.ru/новости/1", "https://tatarstan.ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1"),
]
DIFFERENT = [
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru/news/view/124"),
    ("https://tatarstan.ru/news.php?id=1", "https://tatarstan.ru/news.php?id=2"),
    # parameters that merely contain "source" or "cid" are the article's, not a tracker's
    ("https://tatarstan.ru/news.php?source_id=7", "https://tatarstan.ru/news.php?source_id=8"),
    ("https://tatarstan.ru/news.php?cid=12", "https://tatarstan.ru/news.php?cid=13"),
    ("https://tatarstan.ru/news/view/123", "https://tatarstan.ru:8443/news/view/123"),
    ("https://tatarstan.ru/news/example", "https://tatarstan.ru/news/example-ample"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_versions_of_one_article_share_an_address(a: str, b: str) -> None:
    assert canonical_url(a) == canonical_url(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_articles_keep_their_addresses(a: str, b: str) -> None:
    assert canonical_url(a) != canonical_url(b)


def test_canonical_form_is_stable() -> None:
    for a, b in SAME + DIFFERENT:
        for u in (a, b):
            assert canonical_url(canonical_url(u)) == canonical_url(u)


def test_sites_and_names() -> None:
    assert same_site("https://www.kazan.ru/a", "https://m.kazan.ru/b")
    assert not same_site("https://kazan.ru/a", "https://evil.example/kazan.ru")
    assert document_name("https://kazan.ru/news/2025/kazan-minsk-plan.html") == "kazan-minsk-plan"
    assert document_name("https://kazan.ru/news/12345") == "news-12345"
    assert document_name("https://kazan.ru/") == "kazan.ru"
    assert is_web_url("https://kazan.ru") and not is_web_url("ftp://kazan.ru/a") and not is_web_url("kazan.ru/a")
    assert not is_web_url("javascript:alert(1)") and not is_web_url("http://")


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.5", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1%eth0", "fc00::1",
                                     "::ffff:127.0.0.1", "::ffff:10.0.0.1"])
def test_private_addresses_are_not_public(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["77.88.55.88", "2a02:6b8::2:242", "::ffff:77.88.55.88"])
def test_public_addresses(address: str) -> None:
    assert is_public(address)
