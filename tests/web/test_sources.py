"""The «Источники» page and the document list, on a knowledge base of their own (served by a real
uvicorn server): sources in every state, a document with cooperation facts and one without.
Editors add, pause, resume and remove sources — through the JSON API and in Chromium (screenshots
under test-output/screenshots/); viewers and visitors only read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import httpx
import pytest

from coopwatch.crawl.sources import add_source, record_run, set_paused
from coopwatch.kb import store
from coopwatch.kb.curate import history
from coopwatch.kb.db import KB, open_kb
from coopwatch.models import Document, fact_from_json
from coopwatch.web.users import add_user

from .conftest import EDITOR, VIEWER, log_in, serving, shot
from .texts import PLAN_FACTS, PLAN_TEXT

EMBANKMENT = ("Казань, 1 июня 2025 года. Мэрия Казани объявила конкурс на ремонт набережной озера Кабан. "
              "Работы продлятся до осени.")


@dataclass
class Sources:
    base: str
    kb: KB
    ids: dict[str, int]


@pytest.fixture(scope="module")
def sources_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sources]:
    kb = open_kb(str(tmp_path_factory.mktemp("web-sources") / "kb.db"))
    for name, text, url, given in [("tatar-plan", PLAN_TEXT, "https://tatar-news.example/plan", PLAN_FACTS),
                                   ("kazan-embankment", EMBANKMENT, "https://kazan-city.example/embankment", [])]:
        doc = Document(id=name, text=text, url=url, published=date(2025, 6, 1), source=url)
        with kb.write() as conn:
            store.add(conn, store.prepare(doc, [fact_from_json(f) for f in given]))
    ids = {
        "working": add_source(kb, "https://tatar-news.example/rss.xml", name="Новости Татарстана", who="t").id,
        "failing": add_source(kb, "https://minsk-news.example/sitemap.xml", name="Минские новости", who="t").id,
        "paused": add_source(kb, "https://kazan-city.example/", name="Портал Казани", who="t").id,
        "new": add_source(kb, "https://ufa-news.example/feed", name="Уфа", who="t").id,
    }
    record_run(kb, ids["working"], kind="feed", error=None, counts={"listed": 12, "added": 3, "unchanged": 9},
               read=True)
    record_run(kb, ids["failing"], kind=None, error="источник недоступен: сервер ответил 503 (попыток: 3)",
               counts={}, read=False)
    set_paused(kb, ids["paused"], True, who="t")
    add_user(kb, *EDITOR, role="editor")
    add_user(kb, *VIEWER, role="viewer")
    with serving(kb) as base:
        yield Sources(base, kb, ids)
    kb.dispose()


@pytest.fixture
def api(sources_site: Sources) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sources_site.base, timeout=20) as c:
        yield c


def login(c: httpx.Client, who: tuple[str, str]) -> dict[str, str]:
    r = c.post("/api/login", json={"name": who[0], "password": who[1]})
    assert r.status_code == 200, r.text
    return {"X-CSRF-Token": r.json()["csrf_token"]}


def test_sources_are_listed_with_their_state(api: httpx.Client, sources_site: Sources) -> None:
    rows = {r["id"]: r for r in api.get("/api/sources").json()}
    working, failing = rows[sources_site.ids["working"]], rows[sources_site.ids["failing"]]
    assert working["state"] == "работает" and working["kind_name"] == "лента RSS/Atom"
    assert working["last_success_at"] and working["last_counts"]["added"] == 3
    assert failing["state"] == "ошибка" and failing["failing"] and "503" in failing["last_error"]
    assert rows[sources_site.ids["paused"]]["state"] == "на паузе"
    assert rows[sources_site.ids["new"]]["state"] == "ещё не обходился"
    page = api.get("/sources", headers={"accept": "text/html"}).text
    assert "сервер ответил 503" in page and "Добавлять, приостанавливать и удалять источники могут редакторы" in page
    assert "action=\"/sources\"" not in page  # no forms for visitors


def test_only_editors_change_sources(api: httpx.Client, sources_site: Sources) -> None:
    body = {"url": "https://orenburg-news.example/rss"}
    assert api.post("/api/sources", json=body).status_code == 401
    viewer = login(api, VIEWER)
    r = api.post("/api/sources", json=body, headers=viewer)
    assert r.status_code == 403 and r.json()["detail"] == (
        "Изменять список источников могут только редакторы; ваша роль — читатель")
    r = api.delete(f"/api/sources/{sources_site.ids['new']}", headers=viewer)
    assert r.status_code == 403
    login(api, EDITOR)
    assert api.post("/api/sources", json=body).status_code == 403  # no CSRF token


def test_editor_adds_pauses_and_removes_through_the_api(api: httpx.Client, sources_site: Sources) -> None:
    h = login(api, EDITOR)
    r = api.post("/api/sources", json={"url": "https://orenburg-news.example/rss", "name": "Оренбуржье"}, headers=h)
    assert r.status_code == 200 and r.json()["state"] == "ещё не обходился"
    sid = r.json()["id"]
    r = api.post("/api/sources", json={"url": "https://orenburg-news.example/rss?utm_source=x"}, headers=h)
    assert r.status_code == 400 and "уже есть" in r.json()["detail"]
    r = api.post("/api/sources", json={"url": "javascript:alert(1)//x"}, headers=h)
    assert r.status_code == 400 and "не адрес http://" in r.json()["detail"]
    assert api.post(f"/api/sources/{sid}/pause", json={"paused": True}, headers=h).json()["state"] == "на паузе"
    assert api.delete(f"/api/sources/{sid}", headers=h).json()["ok"]
    assert api.delete(f"/api/sources/{sid}", headers=h).status_code == 404
    actions = [e["action"] for e in history(sources_site.kb, "crawl_source", sid)]
    assert actions == ["remove_source", "pause_source", "add_source"]
    assert {e["who"] for e in history(sources_site.kb, "crawl_source", sid)} == {EDITOR[0]}


def test_documents_without_facts_are_hidden_unless_asked_for(api: httpx.Client) -> None:
    d = api.get("/api/documents").json()
    assert [r["doc"]["name"] for r in d["documents"]["items"]] == ["tatar-plan"] and d["hidden"] == 1
    d = api.get("/api/documents", params={"irrelevant": "true"}).json()
    names = {r["doc"]["name"]: r for r in d["documents"]["items"]}
    assert set(names) == {"tatar-plan", "kazan-embankment"} and d["hidden"] == 0
    assert names["kazan-embankment"]["relevant"] is False and names["kazan-embankment"]["n_facts"] == 0
    assert names["tatar-plan"]["n_facts"] == len(PLAN_FACTS)
    assert api.get("/api/search", params={"q": "набережной"}).json()["total"] == 0
    assert api.get("/api/search", params={"q": "набережной", "irrelevant": "true"}).json()["total"] == 1


@pytest.fixture
def tab(browser, sources_site: Sources) -> Iterator:  # noqa: ANN001 - playwright Browser (conftest)
    context = browser.new_context(base_url=sources_site.base, locale="ru-RU", viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.script_errors = errors  # what the tests check: no script failed on any page
    yield pg
    context.close()


@pytest.mark.browser
def test_editor_manages_sources_in_the_browser(tab, sources_site: Sources) -> None:  # noqa: ANN001
    log_in(tab, EDITOR, "/sources")
    tab.wait_for_url(re.compile(r"/sources$"))
    assert "Источники" in tab.inner_text("h1")
    # a wrong address is said on the page, the typed values kept
    tab.fill("form.add-source input[name=url]", "https://kazan-city.example/")
    tab.click("form.add-source button[type=submit]")
    assert "уже есть: №" in tab.inner_text("p.error")
    assert tab.input_value("form.add-source input[name=url]") == "https://kazan-city.example/"
    # the page came with 400, which Chromium notes in the console; nothing else may be there
    assert [e for e in tab.script_errors if "status of 400" not in e] == []
    tab.script_errors.clear()
    tab.fill("form.add-source input[name=url]", "https://bryansk-news.example/sitemap.xml")
    tab.fill("form.add-source input[name=name]", "Брянские новости")
    tab.select_option("form.add-source select[name=kind]", "sitemap")
    tab.click("form.add-source button[type=submit]")
    tab.wait_for_url(re.compile(r"done=source_added"))
    row = tab.locator("tr.source", has_text="Брянские новости")
    assert "карта сайта" in row.inner_text() and "ещё не обходился" in row.inner_text()
    # pause and resume
    row.locator("button", has_text="Пауза").click()
    tab.wait_for_url(re.compile(r"done=source_paused"))
    assert "на паузе" in tab.locator("tr.source", has_text="Брянские новости").inner_text()
    tab.locator("tr.source", has_text="Брянские новости").locator("button", has_text="Возобновить").click()
    tab.wait_for_url(re.compile(r"done=source_resumed"))
    shot(tab, "sources-editor")
    # remove: asked once more before it goes
    row = tab.locator("tr.source", has_text="Брянские новости")
    row.locator("details.remove summary").click()
    row.locator("button", has_text="Удалить источник").click()
    tab.wait_for_url(re.compile(r"done=source_removed"))
    assert "Источник удалён" in tab.inner_text("main")
    assert tab.locator("tr.source", has_text="Брянские новости").count() == 0
    assert tab.script_errors == []


@pytest.mark.browser
def test_viewer_reads_sources_and_the_document_list(tab, sources_site: Sources) -> None:  # noqa: ANN001
    log_in(tab, VIEWER, "/sources")
    tab.wait_for_url(re.compile(r"/sources$"))
    assert tab.locator("form.add-source").count() == 0 and tab.locator("td.actions").count() == 0
    failing = tab.locator(f"#source-{sources_site.ids['failing']}")
    assert "ошибка" in failing.locator("td.state").inner_text() and "503" in failing.inner_text()
    shot(tab, "sources")
    tab.click("header nav a:has-text('Документы')")
    tab.wait_for_url(re.compile(r"/documents$"))
    assert tab.locator("table.documents tbody tr").count() == 1
    assert "скрыто без фактов сотрудничества: 1" in tab.inner_text("main")
    tab.check("input[name=irrelevant]")
    tab.click("form.filters button[type=submit]")
    tab.wait_for_url(re.compile(r"irrelevant=1"))
    assert tab.locator("table.documents tbody tr").count() == 2
    assert tab.locator("tr.irrelevant", has_text="kazan-embankment").count() == 1
    shot(tab, "documents")
    assert tab.script_errors == []
