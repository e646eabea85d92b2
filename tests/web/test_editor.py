"""The editor's work in Chromium, on a site of its own: the typed correction form (selects, numbers,
dates at their precision) that comes back with what was typed and a message per field; the
«Журнал правок» with what was and what became; documents added as pasted text, files (DOCX, PDF,
broken and unsupported ones) and a page's address served on loopback; accounts managed by an
administrator, whose changes end the account's sessions at once. Screenshots under
test-output/screenshots/."""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .conftest import ADMIN, EDITOR, VIEWER, Site, build_kb, log_in, serving, shot
from .texts import ORENBURG_TEXT, PSKOV_TEXT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def own_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    path = tmp_path_factory.mktemp("editor") / "kb.db"
    kb, ids = build_kb(str(path), admin=True)
    with serving(kb) as base:
        yield Site(base, str(path), kb, ids)
    kb.dispose()


def _page(browser, site: Site) -> Iterator:  # noqa: ANN001
    context = browser.new_context(base_url=site.base, locale="ru-RU", viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and "400" not in m.text else None)
    pg.errors = errors
    yield pg
    context.close()


@pytest.fixture
def epage(browser, own_site: Site) -> Iterator:  # noqa: ANN001
    yield from _page(browser, own_site)


@pytest.fixture
def other_page(browser, own_site: Site) -> Iterator:  # noqa: ANN001
    """A second browser: another person, with cookies of their own."""
    yield from _page(browser, own_site)


def field(pg, name: str):  # noqa: ANN001, ANN201 - playwright Page, Locator
    return pg.locator(f"form.correct-form .field[data-field='{name}']")


def test_typed_correction_form_returns_what_was_typed_with_a_message_per_field(epage, own_site: Site) -> None:  # noqa: ANN001
    cid = own_site.canonical_of("trade-2023", "trade")
    log_in(epage, EDITOR, f"/fact/{cid}")
    epage.wait_for_url(re.compile(rf"/fact/{cid}"))
    epage.click("details.correct summary")
    # typed fields with Russian labels: a select of metrics by name, of currencies, a number, date parts
    metric = field(epage, "metric").locator("select")
    assert metric.locator("option:checked").inner_text() == "товарооборот"
    assert "импорт" in metric.inner_text() and "turnover" not in metric.inner_text()
    assert field(epage, "currency").locator("option:checked").inner_text() == "USD — доллар США"
    assert field(epage, "value").locator("label").inner_text().startswith("значение")
    assert epage.input_value("input[name=f_value]") == "690000000"
    assert epage.input_value("input[name=f_period__from_y]") == "2023"
    assert epage.locator("select[name=f_period__to_m] option:checked").inner_text() == "декабрь"
    assert epage.locator("input[name=f_approx][type=checkbox]").count() == 1
    # wrong input
    epage.fill("input[name=f_value]", "много")
    epage.select_option("select[name=f_period__from_m]", "2")
    epage.fill("input[name=f_period__from_d]", "30")
    epage.fill("textarea[name=f_parties]", "RU-TA\nНарния")
    epage.fill("input[name=note]", "по отчёту минэкономики")
    epage.click("form.correct-form button[type=submit]")
    epage.wait_for_load_state()
    assert "Исправление не сохранено" in epage.inner_text("form.correct-form")
    assert "«много» — не число" in field(epage, "value").inner_text()
    assert "число «30»: в этом месяце от 1 до 28" in field(epage, "period").inner_text()
    assert "место «Нарния» не найдено" in field(epage, "parties").inner_text()
    assert field(epage, "currency").locator(".field-error").count() == 0
    # what was typed is there to fix, not lost
    assert epage.input_value("input[name=f_value]") == "много"
    assert "Нарния" in epage.input_value("textarea[name=f_parties]")
    assert epage.input_value("input[name=note]") == "по отчёту минэкономики"
    assert epage.locator("details.correct[open]").count() == 1
    shot(epage, "fact-form-invalid")
    # fixed: a number with spaces, a place by its name, the day left out (February 2023)
    epage.fill("input[name=f_value]", "1 250 000 000")
    epage.fill("input[name=f_period__from_d]", "")
    epage.fill("textarea[name=f_parties]", "RU-TA\nРеспублика Беларусь")
    epage.click("form.correct-form button[type=submit]")
    epage.wait_for_url(re.compile(r"done=corrected"))
    assert "Исправление сохранено" in epage.inner_text("main")
    history = epage.inner_text("ul.history")
    assert "значение: 690 млн долларов США → 1,25 млрд долларов США" in re.sub(r"\s+", " ", history)
    assert "статус: не проверен → подтверждён" in re.sub(r"\s+", " ", history)
    assert "по отчёту минэкономики" in history
    shot(epage, "fact-form-saved")
    assert epage.errors == []


def test_a_date_keeps_its_precision_and_a_kind_is_chosen_by_name(epage, own_site: Site) -> None:  # noqa: ANN001
    cid = own_site.canonical_of("twin-cities", "agreement")
    log_in(epage, EDITOR, f"/fact/{cid}")
    epage.click("details.correct summary")
    epage.select_option("select[name=f_kind]", label="меморандум")
    epage.fill("input[name=f_date__y]", "2004")
    epage.select_option("select[name=f_date__m]", "")
    epage.fill("input[name=f_date__d]", "")
    epage.click("form.correct-form button[type=submit]")
    epage.wait_for_url(re.compile(r"done=corrected"))
    h1 = epage.inner_text("h1")
    assert "меморандум" in h1 and "2004 год" in h1 and "января" not in h1
    assert "5 сентября 2025 → 2004 год" in re.sub(r"\s+", " ", epage.inner_text("ul.history"))


def test_journal_shows_what_was_and_what_became_with_who_and_when(epage, own_site: Site) -> None:  # noqa: ANN001
    from coopwatch.kb import curate

    cid = own_site.canonical_of("visit-2025", "visit")
    curate.correct(own_site.kb, cid, {"head": "Рустам Минниханов"}, who="analitik", note="по сайту раиса")
    curate.reject(own_site.kb, own_site.canonical_of("bash-kz", "institution"), who=EDITOR[0])
    epage.goto("/journal")
    assert epage.inner_text("h1") == "Журнал правок"
    assert epage.locator("header nav a.on", has_text="Журнал правок").count() == 1
    row = epage.locator(f"tr.entry:has(a[href='/fact/{cid}'])").first
    text = row.inner_text()
    assert "analitik" in text and "исправил(а)" in text and "по сайту раиса" in text
    assert re.search(r"\d{1,2} [а-я]+ \d{4}, \d\d:\d\d", text)  # when, in Russian
    entry = row.get_attribute("data-entry")
    cells = [r.inner_text() for r in epage.locator(f"tr[data-entry='{entry}'] td.became").all()]
    assert "Рустам Минниханов" in cells and "подтверждён" in cells
    assert "отклонил(а)" in epage.inner_text("table.journal")
    shot(epage, "journal")
    epage.click(f"tr[data-entry='{entry}'] a[href*='who=analitik']")
    epage.wait_for_url(re.compile(r"/journal\?who=analitik"))
    assert epage.locator("tbody tr.entry:not(.cont)").count() == 1
    data = epage.request.get("/api/journal?who=analitik").json()
    assert data["total"] == 1 and data["entries"][0]["changes"][0]["became"] == "Рустам Минниханов"
    assert epage.errors == []


# --- documents from the web ---------------------------------------------------------------------


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.strip().split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(text: str) -> bytes:
    from weasyprint import HTML

    paragraphs = "".join(f"<p>{line}</p>" for line in text.strip().split("\n"))
    return HTML(string=f"<html><body>{paragraphs}</body></html>").write_pdf()


class _Pages(BaseHTTPRequestHandler):
    pages: dict[str, bytes] = {}

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body or b"not found")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def news_server() -> Iterator[str]:
    """A news site on loopback: one article page (the crawler is told loopback is allowed: it
    refuses private addresses by default)."""
    body = PSKOV_TEXT.replace("Витебск", "Могилёв").replace("Витебске", "Могилёве")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.strip().split("\n"))
    _Pages.pages = {"/news/pskov-mogilev.html": (
        "<html><head><meta charset='utf-8'><title>Псковская делегация в Могилёве</title>"
        "<meta property='article:published_time' content='2025-11-20'></head>"
        f"<body><article><h1>Псковская делегация в Могилёве</h1>{paragraphs}</article></body></html>"
    ).encode()}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COOPWATCH_CRAWL_ALLOW_PRIVATE", "1")
        yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_add_documents_from_text_files_and_an_address(epage, own_site: Site, news_server: str, tmp_path) -> None:  # noqa: ANN001
    log_in(epage, EDITOR, "/documents/new")
    epage.wait_for_url(re.compile(r"/documents/new"))
    assert epage.locator("header nav a", has_text="Добавить документ").count() == 1
    # nothing given: the form says so
    epage.click("form.add-document button[type=submit]")
    epage.wait_for_load_state()
    assert "вставьте текст, выберите файлы или укажите адрес" in epage.inner_text(".field[class*=invalid]")
    # pasted text: through the extractor, to the document's page with its facts
    epage.fill("textarea[name=text]", ORENBURG_TEXT)
    epage.fill("input[name=text_url]", "https://orenburg-news.example/web-added")
    epage.click("form.add-document button[type=submit]")
    epage.wait_for_url(re.compile(r"/document/\d+\?done=doc_added"), timeout=120_000)  # the first loads models
    assert "Документ добавлен" in epage.inner_text("main")
    assert epage.locator("li.docfact").count() >= 2
    assert "Соглашение" in epage.inner_text(".doc-facts")
    shot(epage, "document-added")
    # files: Word and PDF are read; a broken PDF and a spreadsheet are named with their reason
    pskov_docx = tmp_path / "pskov.docx"
    pskov_docx.write_bytes(_docx(PSKOV_TEXT))
    oren_pdf = tmp_path / "orenburg.pdf"
    oren_pdf.write_bytes(_pdf(ORENBURG_TEXT.replace("12 марта", "14 марта")))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    sheet = tmp_path / "table.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0 spreadsheet")
    epage.goto("/documents/new")
    epage.set_input_files("input[name=files]", [str(pskov_docx), str(oren_pdf), str(broken), str(sheet)])
    epage.click("form.add-document button[type=submit]")
    epage.wait_for_selector("#results", timeout=60_000)
    results = {li.get_attribute("data-source"): li.inner_text() for li in epage.locator("ul.results li").all()}
    assert re.search(r"добавлен, фактов: [1-9]", results["pskov.docx"]), results
    assert re.search(r"добавлен, фактов: [1-9]", results["orenburg.pdf"]), results
    assert "не удалось прочитать PDF: файл повреждён или это не PDF" in results["broken.pdf"]
    assert "не поддерживается" in results["table.xls"]
    shot(epage, "documents-uploaded")
    epage.locator("ul.results li[data-source='pskov.docx'] a").click()
    epage.wait_for_url(re.compile(r"/document/\d+$"))
    assert "Псков" in epage.inner_text(".doc .text")
    # a page's address: fetched, its article text read, its facts extracted
    epage.goto("/documents/new")
    epage.fill("input[name=url]", f"{news_server}/news/missing.html")
    epage.click("form.add-document button[type=submit]")
    epage.wait_for_load_state()
    assert "сервер ответил 404" in epage.inner_text(".field[class*=invalid]")
    assert epage.input_value("input[name=url]").endswith("/news/missing.html")
    epage.fill("input[name=url]", f"{news_server}/news/pskov-mogilev.html")
    epage.click("form.add-document button[type=submit]")
    epage.wait_for_url(re.compile(r"/document/\d+\?done=doc_added"), timeout=60_000)
    assert "Могилёв" in epage.inner_text(".doc .text")
    assert epage.locator("li.docfact").count() >= 1
    # the same text again: nothing stored twice
    epage.goto("/documents/new")
    epage.fill("textarea[name=text]", ORENBURG_TEXT)
    epage.click("form.add-document button[type=submit]")
    epage.wait_for_url(re.compile(r"done=doc_skipped"), timeout=60_000)
    assert epage.errors == []


def test_readers_and_visitors_cannot_add_documents(epage) -> None:  # noqa: ANN001
    r = epage.request.get("/documents/new", headers={"accept": "text/html"})
    assert r.status == 401
    log_in(epage, VIEWER, "/")
    assert epage.locator("header nav a", has_text="Добавить документ").count() == 0
    r = epage.request.get("/documents/new", headers={"accept": "text/html"})
    assert r.status == 403 and "только редакторы" in r.text()


# --- accounts -----------------------------------------------------------------------------------


def _row(pg, name: str):  # noqa: ANN001, ANN201
    return pg.locator(f"table.accounts tr[data-user='{name}']")


def test_administrator_adds_disables_and_changes_accounts(epage, other_page) -> None:  # noqa: ANN001
    admin, person = epage, other_page
    log_in(admin, ADMIN, "/admin/users")
    admin.wait_for_url(re.compile(r"/admin/users"))
    assert admin.locator("header nav a.on", has_text="Пользователи").count() == 1
    # a form that does not pass keeps the name, never the password
    admin.fill("form.add-user input[name=name]", "novichok")
    admin.select_option("form.add-user select[name=role]", "editor")
    admin.fill("form.add-user input[name=password]", "korotko")
    admin.click("form.add-user button[type=submit]")
    admin.wait_for_load_state()
    assert "пароль слишком короткий" in admin.inner_text("form.add-user")
    assert admin.input_value("form.add-user input[name=name]") == "novichok"
    assert admin.input_value("form.add-user input[name=password]") == ""
    assert admin.locator("form.add-user select[name=role] option:checked").inner_text() == "редактор"
    admin.fill("form.add-user input[name=password]", "dlinnyi-parol-1")
    admin.click("form.add-user button[type=submit]")
    admin.wait_for_url(re.compile(r"done=added"))
    assert "редактор" in _row(admin, "novichok").locator("option:checked").inner_text()
    shot(admin, "admin-users")

    log_in(person, ("novichok", "dlinnyi-parol-1"), "/")
    assert "novichok · редактор" in person.inner_text("header .who")
    # a new role: the session ends at once; signed in again, the new role
    _row(admin, "novichok").locator("select[name=role]").select_option("viewer")
    _row(admin, "novichok").locator("form.row-role button").click()
    admin.wait_for_url(re.compile(r"done=role"))
    person.reload()
    assert "Войти" in person.inner_text("header .who")
    log_in(person, ("novichok", "dlinnyi-parol-1"), "/")
    assert "novichok · читатель" in person.inner_text("header .who")
    # disabled: the session ends and the password is refused; enabled again, it works
    _row(admin, "novichok").locator("form.row-state button").click()
    admin.wait_for_url(re.compile(r"done=disabled"))
    assert "отключён" in _row(admin, "novichok").inner_text()
    person.reload()
    assert "Войти" in person.inner_text("header .who")
    log_in(person, ("novichok", "dlinnyi-parol-1"), "/")
    assert "Неверное имя пользователя или пароль" in person.inner_text("main")
    _row(admin, "novichok").locator("form.row-state button").click()
    admin.wait_for_url(re.compile(r"done=enabled"))
    log_in(person, ("novichok", "dlinnyi-parol-1"), "/")
    assert "novichok" in person.inner_text("header .who")
    # a new password from the administrator: the session ends, the old password no longer opens it
    _row(admin, "novichok").locator("input[name=password]").fill("novyi-parol-22")
    _row(admin, "novichok").locator("form.row-password button").click()
    admin.wait_for_url(re.compile(r"done=password"))
    person.reload()
    assert "Войти" in person.inner_text("header .who")
    log_in(person, ("novichok", "dlinnyi-parol-1"), "/")
    assert "Неверное имя пользователя или пароль" in person.inner_text("main")
    log_in(person, ("novichok", "novyi-parol-22"), "/")
    assert "novichok" in person.inner_text("header .who")
    # the only administrator cannot lock everyone out
    _row(admin, ADMIN[0]).locator("form.row-state button").click()
    admin.wait_for_load_state()
    assert "единственный администратор" in _row(admin, ADMIN[0]).inner_text()
    assert epage.errors == [] and other_page.errors == []


def test_only_administrators_manage_accounts(epage) -> None:  # noqa: ANN001
    assert epage.request.get("/admin/users", headers={"accept": "text/html"}).status == 401
    log_in(epage, EDITOR, "/")
    assert epage.locator("header nav a", has_text="Пользователи").count() == 0
    r = epage.request.get("/admin/users", headers={"accept": "text/html"})
    assert r.status == 403 and "только администратор" in r.text()
    token = epage.locator("form[action='/logout'] input[name=csrf_token]").get_attribute("value")
    r = epage.request.post("/admin/users", form={"name": "vzlom", "role": "admin", "password": "dlinnyi-parol-9",
                                                 "csrf_token": token})
    assert r.status == 403
