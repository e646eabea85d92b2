"""End to end in Debian's Chromium (Playwright, headless): every page opens without script errors
and is saved as a screenshot under test-output/screenshots/; an analyst clicks from the overview
to a pair, to a document, to a fact; chart points open their facts; an editor corrects a fact,
resolves a conflict and merges people; a viewer cannot."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import EDITOR, VIEWER, Site, TracedSite, log_in, shot

pytestmark = pytest.mark.browser


def watch_errors(pg) -> list[str]:  # noqa: ANN001 - playwright Page
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return errors


def test_every_page_opens_and_is_saved(page, site: Site) -> None:  # noqa: ANN001
    errors = watch_errors(page)
    fact = site.canonical_of("tatar-plan", "agreement")
    pages = {
        "overview": ("/", "Сотрудничество регионов"),
        "pairs": ("/pairs", "Пары партнёров"),
        "places": ("/places", "Места"),
        "pair": ("/pair?a=RU-TA&b=BY", "Республика Татарстан — Республика Беларусь"),
        "place": ("/place/RU-TA", "Республика Татарстан"),
        "place-city": ("/place/RU-TA/Казань", "Казань"),
        "person": (f"/person/{_person_id(site, 'Рустам Минниханов')}", "Рустам Минниханов"),
        "document": (f"/document/{site.doc_ids['tatar-plan']}", "Раис Татарстана Рустам Минниханов"),
        "fact": (f"/fact/{fact}", "Соглашение"),
        "facts": ("/facts?type=agreement", "Факты"),
        "search": ("/search?q=соглашения+Казани", "Поиск по текстам"),
        "conflicts": ("/conflicts", "Противоречия источников"),
        "documents": ("/documents", "Документы"),
        "sources-empty": ("/sources", "Источники"),
        "login": ("/login", "Вход"),
        "api": ("/api-docs", "JSON API"),
    }
    for name, (url, heading) in pages.items():
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        assert heading in page.inner_text("h1"), url
        assert page.locator("html").get_attribute("lang") == "ru"
        if page.locator("[data-chart]").count():
            page.wait_for_selector("[data-chart][data-ready='1'] canvas")
        shot(page, name)
    assert errors == []


def _person_id(site: Site, name: str) -> int:
    from coopwatch.kb.query import person_id_by_name

    pid = person_id_by_name(site.kb, name)
    assert pid is not None
    return pid


def test_pair_to_document_to_fact(page) -> None:  # noqa: ANN001
    errors = watch_errors(page)
    page.goto("/")
    page.click("text=Республика Беларусь — Республика Татарстан")
    page.wait_for_url(re.compile(r"/pair\?"))
    assert "Товарооборот и цели" in page.inner_text("#trade")
    page.wait_for_selector("#trade-chart[data-ready='1'] canvas")
    # the timeline's source link of the signed plan opens the document at that fact
    page.locator("#timeline li", has_text="План: ").locator(
        "a", has_text="tatar-news.example"
    ).click()
    page.wait_for_url(re.compile(r"/document/\d+#fact-\d+"))
    assert page.locator("mark.ev").count() >= 3
    assert page.locator("mark.ev.active").count() >= 1  # the fact from the link is lit in the text
    assert "Другие версии этого сюжета" in page.content()
    page.locator("li.docfact", has_text="743").click()  # the trade figure (the target names turnover too)
    assert "743 млн долларов" in page.locator("mark.ev.active").first.inner_text()
    page.locator("li.docfact", has_text="743").locator("a.to-fact").click()
    page.wait_for_url(re.compile(r"/fact/\d+$"))
    assert "Источники" in page.content()
    assert page.locator("ul.sources li").count() == 2  # both outlets
    shot(page, "click-through-fact")
    assert errors == []


def test_chart_point_opens_its_fact(page) -> None:  # noqa: ANN001
    page.goto("/pair?a=RU-TA&b=BY")
    page.wait_for_selector("#trade-chart[data-ready='1'] canvas")
    x, y, fact = page.evaluate("""() => {
        const el = document.getElementById('trade-chart');
        const chart = echarts.getInstanceByDom(el);
        const s = chart.getOption().series[0];
        const [px, py] = chart.convertToPixel({seriesIndex: 0}, s.data[0].value);
        const box = el.getBoundingClientRect();
        return [box.left + px, box.top + py, s.data[0].fact];
    }""")
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(rf"/fact/{fact}$"))
    assert "Торговля" in page.inner_text("h1")


def test_search_box_finds_word_forms(page) -> None:  # noqa: ANN001
    page.goto("/")
    page.fill("header input[name=q]", "побратимских связей")  # the text: "о побратимских связях"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert page.locator("ol.hits li").count() == 1
    assert page.locator(".snippet mark").count() >= 1
    page.select_option("select[name=type]", "institution")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    assert "Ничего не найдено" in page.inner_text("ol.hits")


def test_editor_corrects_a_fact(page, site: Site) -> None:  # noqa: ANN001
    cid = site.canonical_of("bash-kz", "agreement")
    log_in(page, EDITOR, f"/fact/{cid}")
    page.wait_for_url(re.compile(rf"/fact/{cid}"))
    assert EDITOR[0] in page.inner_text("header .who")
    page.click("details.correct summary")
    page.fill("input[name=f_period__from]", "2025")
    page.fill("input[name=f_period__to]", "2030")
    page.fill("input[name=note]", "период указан в тексте соглашения")
    page.click("form.correct-form button[type=submit]")
    page.wait_for_url(re.compile(r"done=corrected"))
    assert "Исправление сохранено" in page.inner_text("main")
    assert "2025–2030" in page.inner_text("h1")
    assert "подтверждён" in page.inner_text("main")
    assert "период указан в тексте соглашения" in page.inner_text("ul.history")
    shot(page, "fact-editor")
    page.click("form.inline button:has-text('Отклонить')")
    page.wait_for_url(re.compile(r"done=rejected"))
    assert "отклонён" in page.inner_text("main")


@pytest.fixture
def own_page(browser, own_site: Site) -> Iterator:  # noqa: ANN001 - playwright Browser
    """A page on the module's own base: merging people there leaves the session's base as built for
    the tests that read it (``test_api`` expects both Kushnarenkos)."""
    context = browser.new_context(base_url=own_site.base, locale="ru-RU", viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def test_editor_resolves_a_conflict_and_merges_people(own_page, own_site: Site) -> None:  # noqa: ANN001
    page, site = own_page, own_site
    log_in(page, EDITOR, "/conflicts")
    page.wait_for_url(re.compile(r"/conflicts"))
    shot(page, "conflicts-editor")
    item = page.locator("article.conflict", has_text="План: ")
    item.locator("li", has_text="Алексей Кушнаренко").locator("button").click()
    page.wait_for_url(re.compile(r"done=resolved"))
    assert "Противоречие разрешено" in page.inner_text("main")
    cid = site.canonical_of("tatar-plan", "agreement")
    page.goto(f"/fact/{cid}")
    assert "решено редактором" in page.inner_text("#conflicts")
    merge = page.locator("form.merge", has_text="«Александр Кушнаренко»")
    keep = merge.locator("option", has_text="Алексей Кушнаренко").get_attribute("value")
    merge.locator("select[name=keep]").select_option(keep)
    merge.locator("button").click()
    page.wait_for_url(re.compile(r"done=merged"))
    assert page.locator("form.merge", has_text="«Александр Кушнаренко»").count() == 0
    person = _person_id(site, "Александр Кушнаренко")
    page.goto(f"/person/{person}")
    assert "Алексей Кушнаренко" in page.inner_text("h1")
    assert "Александр Кушнаренко" in page.inner_text("main")  # kept as a spelling


def test_viewer_cannot_curate(page, site: Site) -> None:  # noqa: ANN001
    cid = site.canonical_of("twin-cities", "transport")
    log_in(page, VIEWER, f"/fact/{cid}")
    page.wait_for_url(re.compile(rf"/fact/{cid}"))
    assert "читатель" in page.inner_text("header .who")
    assert page.locator("section.curation").count() == 0
    assert page.locator("form[action$='/status']").count() == 0
    assert "только редакторы" in page.inner_text("main")
    page.goto("/conflicts")
    assert page.locator("form[action$='/resolve']").count() == 0
    # even a hand-made request with the viewer's own session and CSRF token is refused
    token = page.locator("form[action='/logout'] input[name=csrf_token]").get_attribute("value")
    r = page.request.post(
        f"/fact/{cid}/status",
        form={"status": "rejected", "csrf_token": token},
        headers={"accept": "text/html"},
    )
    assert r.status == 403 and "только редакторы" in r.text()
    page.goto(f"/fact/{cid}")
    assert "не проверен" in page.inner_text("main")
    page.click("form[action='/logout'] button")
    page.wait_for_url(re.compile(r"/$"))
    assert "Войти" in page.inner_text("header .who")


def test_anonymous_sees_no_forms_and_cannot_post(page, site: Site) -> None:  # noqa: ANN001
    cid = site.canonical_of("twin-cities", "agreement")
    page.goto(f"/fact/{cid}")
    assert page.locator("section.curation").count() == 0
    assert "Войдите как редактор" in page.inner_text("main")
    r = page.request.post(f"/fact/{cid}/status", form={"status": "rejected", "csrf_token": "x"})
    assert r.status == 401


def test_any_two_places_open_as_a_pair(page) -> None:  # noqa: ANN001
    page.goto("/pairs")
    page.fill("form.filters input[name=a]", "RU-TA/Казань")
    page.fill("form.filters input[name=b]", "BY")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/pair\?a=RU-TA%2F"))
    assert "Казань — Республика Беларусь" in page.inner_text("h1")
    assert "побратимство" in page.inner_text("#agreements")


@pytest.fixture
def traced_page(browser, traced_site: TracedSite) -> Iterator:  # noqa: ANN001 - playwright Browser
    """A page on the site whose facts the extractor made; it may use the clipboard."""
    context = browser.new_context(
        base_url=traced_site.base, locale="ru-RU", viewport={"width": 1300, "height": 900}
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=traced_site.base)
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def test_editor_sees_the_rules_beside_each_fact_and_copies_them(traced_page, traced_site: TracedSite) -> None:  # noqa: ANN001
    pg, doc = traced_page, traced_site.doc_ids["orenburg-aktobe"]
    errors = watch_errors(pg)
    log_in(pg, EDITOR, f"/document/{doc}")
    pg.wait_for_url(re.compile(rf"/document/{doc}$"))
    pg.wait_for_selector("#trace[data-ready='1']", timeout=120_000)  # the first trace loads the models
    agreement = pg.locator("li.docfact:has(> span.t-agreement)")
    rules = agreement.locator("details.trace ul.rules code")
    assert rules.count() >= 2 and any(n.startswith("agreement.") for n in rules.all_inner_texts())
    assert (
        "подписали соглашение о сотрудничестве"
        in agreement.locator("details.trace blockquote").first.inner_text()
    )
    assert agreement.locator("details.trace").is_visible()
    trade = pg.locator("li.docfact:has(> span.t-trade)")
    assert "исправлен редактором; правила показаны для извлечённого значения" in trade.inner_text()
    assert pg.locator("li.docfact details.trace").count() == pg.locator("li.docfact").count()
    dropped = pg.locator("#trace ol.dropped > li")
    assert dropped.count() >= 1 and "отброшен:" in dropped.first.inner_text()
    shot(pg, "document-editor")
    pg.click("button.copy-trace")
    pg.wait_for_selector(".copy-status:has-text('скопировано')")
    pasted = pg.evaluate("navigator.clipboard.readText()")
    assert pasted.rstrip("\n") == _explain_output(traced_site.files["orenburg-aktobe"]).rstrip("\n")
    assert errors == []


def test_visitor_sees_no_rules(traced_page, traced_site: TracedSite) -> None:  # noqa: ANN001
    pg, doc = traced_page, traced_site.doc_ids["orenburg-aktobe"]
    for who in (None, VIEWER):
        if who:
            log_in(pg, who, f"/document/{doc}")
            assert "читатель" in pg.inner_text("header .who")
        else:
            pg.goto(f"/document/{doc}")
        pg.wait_for_load_state("networkidle")
        assert pg.locator("li.docfact").count() >= 3
        assert pg.locator("#trace").count() == 0 and pg.locator("details.trace").count() == 0
        assert "Правила извлечения" not in pg.inner_text("main")


def _explain_output(path: Path) -> str:
    """What ``coopwatch explain FILE`` prints."""
    from typer.testing import CliRunner

    from coopwatch.cli import app

    r = CliRunner().invoke(app, ["explain", str(path)])
    assert r.exit_code == 0, r.output
    return r.stdout
