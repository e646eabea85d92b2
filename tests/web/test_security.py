"""What an attacker tried (issue 15): stored markup in chart tooltips, sessions that outlive logout,
a password change or the account, reused account ids, password guessing, huge bodies, missing
headers, per-user values in cached pages, server paths shown to visitors. Each test runs against
its own knowledge base and a real uvicorn server on loopback (accounts change under it)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import sqlalchemy as sa

from coopwatch.kb import fuse, store
from coopwatch.kb.db import KB
from coopwatch.kb.schema import audit_log, canonical_facts
from coopwatch.models import Document, fact_from_json
from coopwatch.web import users
from coopwatch.web.users import add_user, remove_user

from .conftest import EDITOR, VIEWER, Site, build_kb, free_port, serving

PAYLOAD = "<img src=x onerror=alert(document.domain)>"
PRIVATE_SOURCE = "/srv/coopwatch-private/входящие/2026/omsk-astana.txt"
# The stand-ins the pages used to carry in cached bodies (replaced by string substitution):
# a document's address containing them must come out as it is, carrying nobody's token.
MARKED_URL = "https://news.example/omsk-astana?ref=cw8csrf8mark&by=cw8user8mark"
OMSK_TEXT = (
    "Омск, 12 марта 2026 года. Губернатор Омской области и аким Астаны подписали соглашение о "
    "сотрудничестве в сфере образования."
)
OMSK_FACTS = [
    {
        "type": "agreement",
        "kind": "agreement",
        "parties": ["RU-OMS", "KZ-71"],
        "date": "2026-03-12",
        "period": None,
        "signatories": [],
        "evidence": "Губернатор Омской области и аким Астаны подписали соглашение о сотрудничестве в "
        "сфере образования.",
    }
]


@dataclass
class Own(Site):
    omsk: int = 0  # the document with a server path as its source and the marked address


def _own_kb(path: Path) -> tuple[KB, dict[str, int], int]:
    kb, ids = build_kb(str(path))
    doc = Document(
        id="omsk-astana", text=OMSK_TEXT, url=MARKED_URL, published=date(2026, 3, 12), source=PRIVATE_SOURCE
    )
    with kb.write() as conn:
        _, omsk = store.add(conn, store.prepare(doc, [fact_from_json(f) for f in OMSK_FACTS]))
    return kb, ids, omsk


@pytest.fixture
def own(tmp_path: Path) -> Iterator[Own]:
    kb, ids, omsk = _own_kb(tmp_path / "kb.db")
    with serving(kb) as base:
        yield Own(base, str(tmp_path / "kb.db"), kb, ids, omsk)
    kb.dispose()


def client(site: Site, **kw: object) -> httpx.Client:
    return httpx.Client(base_url=site.base, timeout=30, **kw)


def login(c: httpx.Client, who: tuple[str, str]) -> str:
    r = c.post("/api/login", json={"name": who[0], "password": who[1]})
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]


def confirm(c: httpx.Client, cid: int, token: str, **headers: str) -> httpx.Response:
    return c.post(f"/api/fact/{cid}/status", json={"status": "confirmed"}, headers={"X-CSRF-Token": token, **headers})


def saved_session(site: Site, who: tuple[str, str]) -> tuple[httpx.Cookies, str]:
    """A signed-in session's cookie and CSRF token, as an attacker would save them."""
    with client(site) as c:
        token = login(c, who)
        return httpx.Cookies(c.cookies), token


# --- 1. stored markup in chart tooltips -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "changes", "field"),
    [
        ("trade", {"currency": PAYLOAD}, "currency"),
        ("trade", {"currency": "XYZ"}, "currency"),
        ("trade", {"parties": ["RU-TA", f"BY-MI/{PAYLOAD}"]}, "parties"),
        ("trade", {"parties": ["RU-TA", "QQ-ZZ"]}, "parties"),
        ("trade", {"period": ["2024-01", PAYLOAD]}, "period"),
        ("agreement", {"kind": PAYLOAD}, "kind"),
    ],
)
def test_corrections_are_checked_against_the_contract(own: Own, kind: str, changes: dict, field: str) -> None:
    cid = own.canonical_of("tatar-plan", kind)
    with client(own) as c:
        token = login(c, EDITOR)
        before = c.get(f"/api/fact/{cid}").json()["fact"]["data"]
        r = c.post(f"/api/fact/{cid}/correct", json={"changes": changes}, headers={"X-CSRF-Token": token})
        assert r.status_code == 400, r.text
        assert field in r.json()["detail"] and "не подходит" in r.json()["detail"]
        assert c.get(f"/api/fact/{cid}").json()["fact"]["data"] == before
        ok = c.post(
            f"/api/fact/{cid}/correct",
            json={"changes": {"currency": "EUR"} if kind == "trade" else {"kind": "memorandum"}},
            headers={"X-CSRF-Token": token},
        )
        assert ok.status_code == 200, ok.text


def test_a_facts_file_with_markup_is_refused_naming_its_line(tmp_path: Path) -> None:
    doc = tmp_path / "docs" / "plan.txt"
    doc.parent.mkdir()
    doc.write_text("Казань, 18 февраля 2026 года. Товарооборот вырос.", encoding="utf-8")
    given = tmp_path / "facts.jsonl"
    bad = {"type": "trade", "parties": ["RU-TA", "BY"], "metric": "turnover", "value": 1, "currency": PAYLOAD}
    given.write_text(
        json.dumps({"doc": "other", "facts": []}) + "\n" + json.dumps({"doc": "plan", "facts": [bad]}) + "\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [sys.executable, "-m", "coopwatch.cli", "ingest", str(doc.parent), "--facts", str(given),
         "--db", str(tmp_path / "kb.db"), "-j", "0", "--no-progress"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert r.returncode != 0
    assert f"{given}:2" in r.stderr and "валют" in r.stderr, r.stderr


def _store_payload(own: Own) -> tuple[int, str]:
    """Markup stored as a trade figure's currency and as a partner's place ID — what a correction
    or a facts file could leave in the base before they were checked."""
    trade = own.canonical_of("tatar-plan", "trade")
    agreement = own.canonical_of("tatar-plan", "agreement")
    place = f"BY-MI/{PAYLOAD}"
    with own.kb.write() as conn:
        for cid, corrected in ((trade, {"currency": PAYLOAD}), (agreement, {"parties": ["RU-TA", place]})):
            conn.execute(canonical_facts.update().where(canonical_facts.c.id == cid).values(corrected=corrected))
        fuse.recompute(conn, [trade, agreement])
    return trade, place


@pytest.mark.browser
def test_stored_markup_in_chart_tooltips_runs_no_script(own: Own, browser) -> None:  # noqa: ANN001
    _, place = _store_payload(own)
    context = browser.new_context(base_url=own.base, locale="ru-RU")
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        pg.goto("/pair?a=RU-TA&b=BY")
        pg.wait_for_selector("#trade-chart[data-ready='1'] canvas")
        tips = pg.evaluate("""() => {
            const el = document.getElementById('trade-chart');
            const chart = echarts.getInstanceByDom(el);
            const out = [];
            chart.getOption().series.forEach((s, i) => s.data.forEach((_, j) => {
                chart.dispatchAction({type: 'showTip', seriesIndex: i, dataIndex: j});
                out.push(el.lastElementChild.textContent);
            }));
            return out;
        }""")
        pg.wait_for_timeout(300)
        assert any(PAYLOAD in t for t in tips), tips  # shown as text
        assert pg.locator("#trade-chart img").count() == 0
        pg.goto("/place/RU-TA")
        pg.wait_for_selector("[data-chart][data-ready='1'] canvas")
        tip = pg.evaluate("""(place) => {
            const el = document.querySelector('[data-chart]');
            const chart = echarts.getInstanceByDom(el);
            const nodes = chart.getOption().series[0].data;
            chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: nodes.findIndex((n) => n.id === place)});
            return el.lastElementChild.textContent;
        }""", place)
        pg.wait_for_timeout(300)
        assert PAYLOAD in tip
        assert pg.locator("[data-chart] img").count() == 0
        assert dialogs == []
    finally:
        context.close()


@pytest.mark.browser
def test_stored_markup_on_every_page_stays_text(own: Own, browser) -> None:  # noqa: ANN001
    """Markup wherever a value can come from — a corrected role's title and person (free text an
    editor may type), a curation note, a currency and a place ID stored before they were checked —
    opened on every page that shows them: no script runs, no element is made of it."""
    from coopwatch.kb import curate

    trade, place = _store_payload(own)
    role = own.canonical_of("tatar-plan", "role")
    curate.correct(own.kb, role, {"title": PAYLOAD, "person": f"Рустам {PAYLOAD}"}, who=EDITOR[0], note=PAYLOAD)
    with client(own) as c:
        person = c.get(f"/api/fact/{role}").json()["people"][0]["id"]
    pages = ["/", "/pairs", "/places", "/pair?a=RU-TA&b=BY", "/pair?a=RU-TA&b=BY-MI", "/place/RU-TA",
             "/place/" + quote(place, safe="/"), f"/fact/{trade}", f"/fact/{role}", f"/person/{person}",
             f"/document/{own.doc_ids['tatar-plan']}", "/facts", "/facts?type=role", "/conflicts",
             "/search?q=" + "план", "/search?q=" + PAYLOAD]
    context = browser.new_context(base_url=own.base, locale="ru-RU")
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for who in (None, EDITOR):
            if who:
                pg.goto("/login?next=/")
                pg.fill("input[name=name]", who[0])
                pg.fill("input[name=password]", who[1])
                pg.click("form.login button[type=submit]")
                pg.wait_for_load_state()
            for url in pages:
                response = pg.goto(url)
                assert response is not None and response.status in (200, 404), url
                if pg.locator("[data-chart]").count():
                    pg.wait_for_selector("[data-chart][data-ready='1'] canvas")
                assert pg.locator('img[src="x"]').count() == 0, url
            pg.goto(f"/fact/{role}")
            assert PAYLOAD in pg.inner_text("main"), "разметка показана как текст"
        assert dialogs == []
    finally:
        context.close()


# --- 6. headers, cookies, origins --------------------------------------------------------------------


def test_every_answer_carries_the_security_headers(own: Own) -> None:
    with client(own) as c:
        for url in ("/", "/api/overview", "/static/app.js", "/login", "/nope"):
            h = c.get(url).headers
            csp = h.get("content-security-policy", "")
            script = next((d for d in csp.split(";") if d.strip().startswith("script-src")), "")
            assert script and "'self'" in script and "unsafe-inline" not in script, (url, csp)
            assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp, url
            assert h.get("x-frame-options") == "DENY", url
            assert h.get("x-content-type-options") == "nosniff", url
            assert h.get("referrer-policy") == "same-origin", url
            assert re.fullmatch(r"app;dur=\d+\.\d", h.get("server-timing", "")), url  # guard.ServerTiming


def test_pages_with_a_csrf_token_are_not_stored(own: Own) -> None:
    cid = own.canonical_of("tatar-plan", "agreement")
    with client(own) as c:
        assert "no-store" not in c.get(f"/fact/{cid}").headers.get("cache-control", "")  # a visitor's copy
        assert "no-store" in c.get("/login").headers.get("cache-control", "")
        login(c, EDITOR)
        for url in (f"/fact/{cid}", "/", "/api/me"):
            assert "no-store" in c.get(url).headers.get("cache-control", ""), url


@pytest.mark.parametrize("secure", [False, True])
def test_the_session_cookie_is_secure_when_configured(tmp_path: Path, secure: bool) -> None:
    kb, _ = build_kb(str(tmp_path / "kb.db"))
    try:
        with serving(kb, secure_cookies=secure) as base, httpx.Client(base_url=base) as c:
            r = c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]})
            cookie = r.headers["set-cookie"]
            assert ("secure" in cookie.lower().split("; ")) is secure, cookie
            assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    finally:
        kb.dispose()


def test_writes_from_another_site_are_refused(own: Own) -> None:
    cid = own.canonical_of("tatar-plan", "agreement")
    with client(own) as c:
        token = login(c, EDITOR)
        r = confirm(c, cid, token, Origin="https://evil.example")
        assert r.status_code == 403 and "другого сайта" in r.json()["detail"]
        r = c.post(f"/fact/{cid}/status", data={"status": "rejected", "csrf_token": token},
                   headers={"Origin": "null"})
        assert r.status_code == 403
        assert c.get(f"/api/fact/{cid}").json()["fact"]["status"] == "auto"
        assert confirm(c, cid, token, Origin=own.base).status_code == 200
        assert confirm(c, cid, token).status_code == 200  # API clients send no Origin: the token decides


def test_a_refused_write_with_a_large_body_gets_its_answer(own: Own) -> None:
    """The refusal is read by the client, not lost to a reset: the server reads the body it will not
    use before it closes the connection (as for a body over the limit)."""
    cid = own.canonical_of("tatar-plan", "agreement")
    note = "пояснение " * 40_000  # 760 KB: under the limit of a request body, far over a socket's buffers
    with client(own) as c:
        token = login(c, EDITOR)
        for _ in range(3):
            r = c.post(f"/api/fact/{cid}/status", json={"status": "confirmed", "note": note},
                       headers={"X-CSRF-Token": token, "Origin": "https://evil.example"})
            assert r.status_code == 403 and "другого сайта" in r.json()["detail"]


# --- 2, 3. sessions -------------------------------------------------------------------------------


def test_logout_ends_the_session_for_a_saved_cookie(own: Own) -> None:
    cid = own.canonical_of("bash-kz", "institution")
    cookies, token = saved_session(own, EDITOR)
    with client(own, cookies=cookies) as c:
        assert c.get("/api/me").json()["name"] == EDITOR[0]
        assert c.post("/api/logout", headers={"X-CSRF-Token": token}).status_code == 200
    with client(own, cookies=cookies) as replay:  # the cookie as it was before logging out
        assert replay.get("/api/me").json()["name"] is None
        assert confirm(replay, cid, token).status_code == 401


@pytest.mark.parametrize("change", ["password", "role", "removal", "disabled", "set_role", "set_password"])
def test_account_changes_end_its_sessions(own: Own, change: str) -> None:
    cid = own.canonical_of("bash-kz", "institution")
    add_user(own.kb, "smena", "staryi-parol-1", "editor")
    cookies, token = saved_session(own, ("smena", "staryi-parol-1"))
    if change == "password":
        add_user(own.kb, "smena", "novyi-parol-22", "editor", replace=True)
    elif change == "role":
        add_user(own.kb, "smena", "staryi-parol-1", "viewer", replace=True)
    elif change == "disabled":  # as an administrator does from the web
        users.set_disabled(own.kb, "smena", True)
    elif change == "set_role":
        users.set_role(own.kb, "smena", "admin")  # even a higher role: the old session does not carry it
    elif change == "set_password":
        users.set_password(own.kb, "smena", "sovsem-novyi-3")
    else:
        assert remove_user(own.kb, "smena")
    with client(own, cookies=cookies) as c:
        assert c.get("/api/me").json()["name"] is None
        assert confirm(c, cid, token).status_code == 401
        assert c.get(f"/api/fact/{cid}").json()["fact"]["status"] == "auto"


def test_a_removed_accounts_cookie_is_nobody_elses(own: Own) -> None:
    cid = own.canonical_of("bash-kz", "institution")
    old = add_user(own.kb, "vremennyi", "vremennyi-parol", "editor")
    cookies, token = saved_session(own, ("vremennyi", "vremennyi-parol"))
    remove_user(own.kb, "vremennyi")
    new = add_user(own.kb, "novenkii", "novenkii-parol", "editor")
    assert new.id != old.id  # ids are never reused
    with client(own, cookies=cookies) as c:
        assert c.get("/api/me").json()["name"] is None
        assert confirm(c, cid, token).status_code == 401
    with own.kb.read() as conn:
        assert conn.execute(sa.select(audit_log.c.who).where(audit_log.c.target_id == cid)).all() == []


def test_sessions_expire_when_idle(tmp_path: Path) -> None:
    kb, _ = build_kb(str(tmp_path / "kb.db"))
    try:
        with serving(kb, idle_minutes=0.02) as base, httpx.Client(base_url=base) as c:
            login(c, VIEWER)
            assert c.get("/api/me").json()["name"] == VIEWER[0]
            time.sleep(1.5)
            assert c.get("/api/me").json()["name"] is None
    finally:
        kb.dispose()


# --- 4. password guessing ------------------------------------------------------------------------


def test_password_guessing_is_throttled(own: Own) -> None:
    with client(own) as c:
        codes = [
            c.post("/api/login", json={"name": EDITOR[0], "password": f"ugadyvayu-{i}"}).status_code
            for i in range(8)
        ]
        assert codes[:5] == [401] * 5 and codes[-1] == 429, codes
        r = c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]})
        assert r.status_code == 429  # even the right password waits: the guesser cannot tell
        assert int(r.headers["retry-after"]) >= 1 and "попыт" in r.json()["detail"]
        assert c.get("/api/me").json()["name"] is None
        # another account from another address is not held up by this one
        other = c.post("/api/login", json={"name": VIEWER[0], "password": VIEWER[1]},
                       headers={"X-Forwarded-For": "203.0.113.9"})
        assert other.status_code == 200


def test_guessing_many_accounts_from_one_address_is_throttled(own: Own) -> None:
    with client(own) as c:
        codes = [
            c.post("/api/login", json={"name": f"kto-to-{i}", "password": "lyuboi-parol"}).status_code
            for i in range(34)
        ]
        assert codes[0] == 401 and codes[-1] == 429, codes


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("нет VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="пик памяти читается из /proc (Linux)")
def test_parallel_logins_hash_a_few_passwords_at_a_time(tmp_path: Path) -> None:
    """Forty logins at once would hold forty Argon2 hashes of 64 MiB each (2 GB): the server
    hashes a few at a time."""
    kb, _ = build_kb(str(tmp_path / "kb.db"))
    kb.dispose()
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "coopwatch.cli", "serve", "--db", str(tmp_path / "kb.db"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/me", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "сервер не запустился"
                time.sleep(0.2)
        before = _peak_rss_mb(server.pid)
        codes: list[int] = []

        def one() -> None:
            r = httpx.post(base + "/api/login", json={"name": VIEWER[0], "password": VIEWER[1]}, timeout=120)
            codes.append(r.status_code)

        threads = [threading.Thread(target=one) for _ in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        peak = _peak_rss_mb(server.pid)
        assert codes.count(200) + codes.count(503) == 40 and codes.count(200) >= 1, codes
        assert peak - before < 600, f"пик памяти вырос на {peak - before:.0f} МБ"
    finally:
        server.terminate()
        server.wait(10)


# --- 5. request size ----------------------------------------------------------------------------


def test_oversized_bodies_are_refused_before_they_are_read(own: Own) -> None:
    big = b'{"name": "' + b"a" * (5 * 2**20) + b'", "password": "x"}'
    with client(own) as c:
        r = c.post("/api/login", content=big, headers={"content-type": "application/json"})
        assert r.status_code == 413 and "слишком велик" in r.json()["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it comes
            for i in range(0, len(big), 65536):
                yield big[i:i + 65536]

        r = c.post("/api/login", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        r = c.post("/login", content=b"name=a&password=" + b"b" * (3 * 2**20),
                   headers={"content-type": "application/x-www-form-urlencoded", "accept": "text/html"})
        assert r.status_code == 413 and "слишком велик" in r.text
        assert c.get("/api/overview").status_code == 200


# --- 7. per-user values in cached pages ------------------------------------------------------------


def test_cached_pages_carry_no_per_user_values(own: Own) -> None:
    url = f"/document/{own.omsk}"
    with client(own) as visitor:
        assert MARKED_URL.replace("&", "&amp;") in visitor.get(url).text  # now cached for visitors
    for who in (EDITOR, VIEWER):
        with client(own) as c:
            token = login(c, who)
            page = c.get(url).text
            assert MARKED_URL.replace("&", "&amp;") in page
            outside_forms = re.sub(r'<input type="hidden" name="csrf_token" value="[^"]*">', "", page)
            assert token not in outside_forms
            assert who[0] in page


# --- 8. server paths --------------------------------------------------------------------------------


def test_server_paths_are_not_shown_to_visitors(own: Own) -> None:
    with client(own) as c:
        page = c.get(f"/document/{own.omsk}").text
        data = c.get(f"/api/document/{own.omsk}").text
        for body in (page, data):
            assert "/srv/" not in body and "coopwatch-private" not in body
        assert c.get(f"/api/document/{own.omsk}").json()["source"] == "omsk-astana.txt"
        login(c, EDITOR)
        assert PRIVATE_SOURCE in c.get(f"/api/document/{own.omsk}").json()["source"]


# --- accounts of an earlier version, on both databases -----------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "kb.db")
        return
    server = os.environ.get("COOPWATCH_TEST_PG_URL")
    if not server:
        pytest.skip("COOPWATCH_TEST_PG_URL не задан: проверка на PostgreSQL пропущена (её запускает .ci/run)")
    import uuid

    name = f"acctest_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_accounts_of_an_earlier_version_get_secrets_and_ids_are_never_reused(empty_db: str) -> None:
    from datetime import UTC, datetime, timedelta

    from argon2 import PasswordHasher

    from coopwatch.kb.db import open_kb
    from coopwatch.web import users

    kb = open_kb(empty_db)
    try:
        old = sa.MetaData()  # the table as the previous version made it: no secret, ids reused in SQLite
        table = sa.Table(
            "web_users", old,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("name", sa.String(64), nullable=False, unique=True),
            sa.Column("role", sa.String(20), nullable=False),
            sa.Column("password_hash", sa.String(300), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
        with kb.write() as conn:
            old.create_all(conn)
            for name, role in (("anna", "editor"), ("boris", "viewer")):
                conn.execute(table.insert().values(name=name, role=role, created_at=datetime.now(UTC),
                                                   password_hash=PasswordHasher().hash("staryi-parol")))
        users.ensure_tables(kb)
        anna = users.authenticate(kb, "anna", "staryi-parol")
        assert anna == users.User(1, "anna", "editor")
        week, day = timedelta(days=7), timedelta(days=1)
        token = users.open_session(kb, anna, week)
        assert users.session_account(kb, token, lifetime=week, idle=day) == anna
        assert users.remove_user(kb, "boris")
        vera = users.add_user(kb, "vera", "novyi-parol-3", "editor")
        assert vera.id not in (1, 2)
        users.add_user(kb, "anna", "novyi-parol-4", "editor", replace=True)
        assert users.session_account(kb, token, lifetime=week, idle=day) is None
        again = users.open_session(kb, users.authenticate(kb, "anna", "novyi-parol-4"), week)
        assert users.session_account(kb, again, lifetime=week, idle=day) == anna
        users.close_session(kb, again)
        assert users.session_account(kb, again, lifetime=week, idle=day) is None
    finally:
        kb.dispose()


# --- the write matrix: every write route as every kind of caller -------------------------------------


def _write_routes(kb: KB) -> set[tuple[str, str]]:
    """(method, path) of every route of the application that is not a read — taken from the app that
    ``coopwatch serve`` runs (here on ``kb``), whatever router a route is in, so that a new one cannot
    be left out."""
    from fastapi.routing import APIRoute

    from coopwatch.web.app import create_app

    def flat(routes: list) -> Iterator:
        for r in routes:  # FastAPI keeps an included router as one entry holding the router's own routes
            inner = getattr(r, "original_router", None)
            yield from flat(inner.routes) if inner is not None else (r,)

    found = {(m, r.path) for r in flat(create_app(kb).routes) if isinstance(r, APIRoute)
             for m in r.methods - {"GET", "HEAD", "OPTIONS"}}
    assert ("POST", "/api/login") in found, "таблица маршрутов не прочитана: FastAPI хранит её иначе"
    return found


@dataclass
class Write:
    url: str
    json: dict | None = None  # a JSON body (the API) …
    form: dict | None = None  # … or form fields (the pages)
    files: dict | None = None  # multipart files, with ``form``
    who: str = "editor"  # the least role that may: editor or admin


def _fingerprint(kb: KB) -> tuple:
    """What any write changes: the curation journal, documents, sources, the accounts (roles, states,
    passwords)."""
    from coopwatch.kb.schema import crawl_sources, documents

    with kb.read() as conn:
        n = [conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
             for t in (audit_log, documents, crawl_sources)]
        accounts = conn.execute(sa.select(users.web_users.c.name, users.web_users.c.role, users.web_users.c.disabled,
                                          users.web_users.c.password_hash).order_by(users.web_users.c.name)).all()
    return (*n, tuple(map(tuple, accounts)))


def test_every_write_is_refused_to_every_caller_but_the_role_with_the_token(own: Own) -> None:
    """Each state-changing route of the application (its own route table: a route added to any
    router is found here, and the test fails until it is given a request below) as a visitor, a
    visitor holding a token, a viewer, an editor without the token, with a forged one or from another
    site, and — for the accounts' routes — an editor with the token: refused, nothing written; then
    the role the route is for: done, something written."""
    from coopwatch.crawl import sources

    add_user(own.kb, "glavnyi", "vse-prava-admina-0", role="admin")
    add_user(own.kb, "novichok", "parol-novichka-1", role="viewer")
    agreement = own.canonical_of("tatar-plan", "agreement")
    trade = own.canonical_of("tatar-plan", "trade")
    feeds = [sources.add_source(own.kb, f"https://news.example/feed-{i}.xml", who="test").id for i in range(3)]
    with own.kb.read() as conn:
        people = conn.execute(sa.text("SELECT id FROM people ORDER BY id LIMIT 4")).scalars().all()
    writes = {
        ("POST", "/api/fact/{fact_id}/status"): Write(f"/api/fact/{agreement}/status", json={"status": "confirmed"}),
        ("POST", "/api/fact/{fact_id}/correct"): Write(f"/api/fact/{agreement}/correct",
                                                       json={"changes": {"kind": "memorandum"}}),
        ("POST", "/api/fact/{fact_id}/resolve"): Write(f"/api/fact/{trade}/resolve",
                                                       json={"field": "value", "label": "", "choice": 0}),
        ("POST", "/api/people/merge"): Write("/api/people/merge", json={"keep": people[0], "merge": people[1]}),
        ("POST", "/fact/{fact_id}/status"): Write(f"/fact/{agreement}/status", form={"status": "rejected"}),
        ("POST", "/fact/{fact_id}/correct"): Write(f"/fact/{agreement}/correct", form={"f_kind": "roadmap"}),
        ("POST", "/fact/{fact_id}/resolve"): Write(f"/fact/{trade}/resolve", form={"field": "value", "choice": "1"}),
        ("POST", "/people/merge"): Write("/people/merge", form={"keep": str(people[2]), "merge": str(people[3])}),
        ("POST", "/api/sources"): Write("/api/sources", json={"url": "https://news.example/new.xml"}),
        ("POST", "/api/sources/{source_id}/pause"): Write(f"/api/sources/{feeds[0]}/pause", json={"paused": True}),
        ("DELETE", "/api/sources/{source_id}"): Write(f"/api/sources/{feeds[1]}"),
        ("POST", "/sources"): Write("/sources", form={"url": "https://news.example/other.xml"}),
        ("POST", "/sources/{source_id}/{action}"): Write(f"/sources/{feeds[2]}/pause", form={}),
        ("POST", "/documents/new"): Write("/documents/new", form={"published": "2026-02-18"}, files={
            "files": ("omsk.txt", "Омск, 18 февраля 2026 года. Омская область и Павлодарская область "
                                  "подписали соглашение о сотрудничестве.".encode(), "text/plain")}),
        ("POST", "/admin/users"): Write("/admin/users", form={"name": "stazher", "role": "viewer",
                                                              "password": "parol-stazhera-2"}, who="admin"),
        ("POST", "/admin/users/{name}/role"): Write("/admin/users/novichok/role", form={"role": "editor"}, who="admin"),
        ("POST", "/admin/users/{name}/password"): Write("/admin/users/novichok/password",
                                                        form={"password": "novyi-parol-3"}, who="admin"),
        ("POST", "/admin/users/{name}/state"): Write("/admin/users/novichok/state", form={"disabled": "true"},
                                                     who="admin"),
    }
    signing = {("POST", p) for p in ("/api/login", "/api/logout", "/login", "/logout")}  # open to all, tested above
    assert _write_routes(own.kb) - signing == set(writes), "маршрут записи без запроса в этой таблице: добавьте его сюда"

    def send(c: httpx.Client, w: Write, token: str | None, **headers: str) -> int:
        if w.json is not None or w.form is None:
            h = {**headers, **({"X-CSRF-Token": token} if token else {})}
            return c.request("POST" if w.json is not None else "DELETE", w.url, json=w.json, headers=h).status_code
        data = {**w.form, **({"csrf_token": token} if token else {})}
        return c.post(w.url, data=data, files=w.files, headers=headers).status_code

    def attempt(c: httpx.Client, token: str | None, only: str | None = None, **headers: str) -> list[int]:
        return [send(c, w, token, **headers) for w in writes.values() if only is None or w.who == only]

    before = _fingerprint(own.kb)
    with client(own) as visitor:
        assert set(attempt(visitor, None)) == {401}
        visitor.get("/login")  # a visitor's session holds a CSRF token too
        token = visitor.cookies and visitor.get("/api/me").json()["csrf_token"]
        assert set(attempt(visitor, token or "no-token")) == {401}
    with client(own) as viewer:
        assert set(attempt(viewer, login(viewer, VIEWER))) == {403}
    with client(own) as editor:
        token = login(editor, EDITOR)
        assert set(attempt(editor, None)) == {403}
        assert set(attempt(editor, "forged-token")) == {403}
        assert set(attempt(editor, token, Origin="https://evil.example")) == {403}
        assert set(attempt(editor, token, Referer="https://evil.example/page")) == {403}
        assert set(attempt(editor, token, only="admin", Origin=own.base)) == {403}  # accounts: administrators only
        assert _fingerprint(own.kb) == before
        for role, who in (("editor", (EDITOR, editor, token)), ("admin", None)):
            if who is None:
                admin = client(own)
                who = (None, admin, login(admin, ("glavnyi", "vse-prava-admina-0")))
            _, c, t = who
            for key, w in writes.items():
                if w.who != role:
                    continue
                was = _fingerprint(own.kb)
                code = send(c, w, t, Origin=own.base)
                assert code in (200, 303), (key, code)
                assert _fingerprint(own.kb) != was, f"{key}: ответ {code}, но ничего не записано"
        admin.close()


# --- 15. a write while another process writes --------------------------------------------------------


def test_a_write_behind_a_long_transaction_answers_busy_soon(own: Own) -> None:
    """An ingest holding the database (here: a transaction held open by another connection) makes an
    editor's write wait at most a couple of seconds, then answers 503 with Retry-After; once the other
    writer is done, the write goes through."""
    import sqlite3

    cid = own.canonical_of("tatar-plan", "agreement")
    with client(own) as c:
        token = login(c, EDITOR)
        other = sqlite3.connect(own.db, timeout=1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            started = time.monotonic()
            r = confirm(c, cid, token)
            took = time.monotonic() - started
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert r.status_code == 503 and took < 6, (r.status_code, took)
        assert int(r.headers["retry-after"]) > 0 and "занята другим процессом" in r.json()["detail"]
        assert confirm(c, cid, token).status_code == 200
