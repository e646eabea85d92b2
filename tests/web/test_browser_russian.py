"""Issue 11 §2–§3 in Debian's Chromium: finding things the way a person types them (a surname in
any case, a place by name, a pair by names), refusals in Russian (never the browser's «Please match
the requested format»), numerals that agree, places declined, money and dates in one format,
documents named by headline and outlet. Each page is saved under test-output/screenshots/."""

from __future__ import annotations

import re

import pytest

from coopwatch.wording import agree

from .conftest import Site, shot

pytestmark = pytest.mark.browser
NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def test_facts_found_by_a_surname_and_a_place_as_typed(page, site: Site) -> None:  # noqa: ANN001
    page.goto("/facts")
    page.fill("input[name=person]", "Миннихановым")
    page.fill("input[name=place]", "татарстана")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"person="))
    main = page.inner_text("main")
    assert "не найдено" not in main.lower() and "Ничего не найдено" not in main
    assert page.locator("ul.facts li").count() >= 1
    shot(page, "russian-facts-by-surname-and-place")
    page.goto("/facts?person=%D0%A0%D1%83%D1%81%D1%82%D0%B0%D0%BC%D0%B0%20%D0%9C%D0%B8%D0%BD%D0%BD%D0%B8%D1%85%D0%B0"
              "%D0%BD%D0%BE%D0%B2%D0%B0")  # «Рустама Минниханова»
    assert page.locator("ul.facts li").count() >= 3


def test_a_pair_opened_by_names(page) -> None:  # noqa: ANN001
    page.goto("/pairs")
    page.fill("input[name=a]", "Татарстан")
    page.fill("input[name=b]", "Беларусью")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/pair\?"))
    assert "Республика Татарстан — Республика Беларусь" in page.inner_text("h1")
    trade = plain(page.inner_text("#trade"))
    assert "743 млн долларов США" in trade and "USD" not in trade  # one format for money
    assert re.search(r"\d+ источник(а|ов)?\b", trade)  # numerals agree, no «ист.»
    shot(page, "russian-pair-by-names")


def test_one_side_of_a_pair_asks_for_the_other_in_russian(page) -> None:  # noqa: ANN001
    page.goto("/pairs")
    page.fill("input[name=a]", "Татарстан")
    page.click("form.filters button[type=submit]")  # no pattern, no required: the browser says nothing
    page.wait_for_url(re.compile(r"/pair\?"))
    assert "укажите вторую сторону" in page.inner_text("main")
    assert "Please" not in page.content()
    shot(page, "russian-pair-one-side")


def test_an_unknown_place_is_said_in_russian(page) -> None:  # noqa: ANN001
    response = page.goto("/place/Атлантида")
    assert response is not None and response.status == 404
    assert "место «Атлантида» не найдено" in page.inner_text("main")
    page.goto("/facts?place=Атлантида&date_from=вчера")
    assert "Место «Атлантида» не найдено" in page.inner_text("main")
    shot(page, "russian-unknown-place")


def test_numerals_agree_on_the_overview(page) -> None:  # noqa: ANN001
    page.goto("/")
    counts = [plain(t) for t in page.locator("section.counts div").all_inner_texts()]
    nouns = {"документ": 0, "сюжет": 0, "факт": 0, "место": 0, "человек": 0, "противоречие": 0}
    for line in counts:
        m = re.match(r"^([\d ]+) (\S+)", line)
        if not m:
            continue
        n = int(m.group(1).replace(" ", ""))
        for noun in nouns:
            if m.group(2) == agree(n, noun):
                nouns[noun] += 1
    assert all(nouns.values()), (counts, nouns)  # every count's noun agrees with its number
    shot(page, "russian-overview-counts")


def test_places_decline_and_fact_labels_do_not_repeat_their_type(page) -> None:  # noqa: ANN001
    page.goto("/facts?type=institution")
    line = page.locator("ul.facts li").first.inner_text()
    # the sender in the genitive, the place in the locative (an editor may have changed the kind)
    assert re.search(r"(Консульство|Отделение посольства|Посольство) Казахстана в Уфе \(планируется\)", line), line
    page.goto("/facts?type=agreement")
    for item in page.locator("ul.facts li a.fact").all_inner_texts():
        assert not item.startswith(("Соглашение (", "Соглашение:")), item
    shot(page, "russian-fact-labels")


def test_documents_are_named_by_headline_and_outlet(page, site: Site) -> None:  # noqa: ANN001
    page.goto(f"/document/{site.doc_ids['tatar-plan']}")
    assert page.inner_text("h1").startswith("Казань, 18 февраля 2026 года. Раис Татарстана")
    assert "tatar-news.example" in page.inner_text("main")
    text = page.inner_text("body")
    assert "tatar-plan" not in text and ".txt" not in text
    shot(page, "russian-document-headline")
    page.goto("/search?q=побратимских")
    assert "twin-cities" not in page.inner_text("main")
    assert "Казань и Минск подписали соглашение о побратимских связях" in page.inner_text("ol.hits")
