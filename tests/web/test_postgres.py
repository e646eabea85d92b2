"""The same application on PostgreSQL (the server ``.ci/run`` starts; skipped without
COOPWATCH_TEST_PG_URL): pages, Russian search, sign-in and a correction."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa

from .conftest import EDITOR, build_kb, serving

PG_ENV = "COOPWATCH_TEST_PG_URL"
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_base() -> Iterator[str]:
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(
            f"{PG_ENV} не задан: тест на PostgreSQL пропущен (его запускает .ci/run со своим сервером)"
        )
    name = f"webtest_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    kb, _ = build_kb(url)
    try:
        with serving(kb) as base:
            yield base
    finally:
        kb.dispose()
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_pages_search_and_curation_on_postgres(pg_base: str) -> None:
    with httpx.Client(base_url=pg_base, timeout=30) as c:
        for url in (
            "/",
            "/pairs",
            "/places",
            "/pair?a=RU-TA&b=BY",
            "/place/RU-TA",
            "/conflicts",
            "/facts",
            "/search?q=соглашения",
        ):
            assert c.get(url).status_code == 200, url
        pair = c.get("/api/pair", params={"a": "RU-TA", "b": "BY"}).json()
        assert len(pair["trade"]) == 2 and pair["targets"]
        hits = c.get("/api/search", params={"q": "побратимского соглашения"}).json()
        assert [h["doc"]["name"] for h in hits["items"]] == ["twin-cities"]
        token = c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]}).json()["csrf_token"]
        fid = pair["agreements"][0]["id"]
        r = c.post(
            f"/api/fact/{fid}/correct",
            json={"changes": {"period": [2026, 2028]}},
            headers={"X-CSRF-Token": token},
        )
        assert r.status_code == 200
        assert c.get(f"/api/fact/{fid}").json()["fact"]["data"]["period"] == [2026, 2028]
        # the rules behind a document's facts, for the editor, with the corrected fact marked
        trade = next(t for t in pair["trade"] if t["period"][0] == "2024-01")["fact_id"]
        r = c.post(
            f"/api/fact/{trade}/correct",
            json={"changes": {"value": 743000000}},
            headers={"X-CSRF-Token": token},
        )
        assert r.status_code == 200
        source = next(
            s for s in c.get(f"/api/fact/{trade}").json()["fact"]["sources"] if s["name"] == "tatar-plan"
        )
        t = c.get(f"/api/document/{source['document_id']}").json()["trace"]
        assert t["stale"] and t["text"].startswith("Документ tatar-plan")
        traced = next(f for f in t["facts"] if f["fact_id"] == source["fact_id"])
        assert traced["corrected"] == {"value": 743000000}
