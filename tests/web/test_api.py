"""The JSON API over HTTP against the shared server: every page's data, filters and paging, errors
in Russian, and the write rules (editor + CSRF token; viewers and strangers refused)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from .conftest import EDITOR, VIEWER, Site


@pytest.fixture
def api(site: Site) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site.base, timeout=20) as c:
        yield c


def login(c: httpx.Client, who: tuple[str, str]) -> str:
    r = c.post("/api/login", json={"name": who[0], "password": who[1]})
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]


def test_overview_counts_and_top_pairs(api: httpx.Client) -> None:
    d = api.get("/api/overview").json()
    assert d["overview"]["n_documents"] == 6
    assert d["overview"]["n_canonical"] >= 10
    pairs = {frozenset((a["id"], b["id"])) for a, b, _ in d["overview"]["top_pairs"]}
    assert frozenset(("RU-TA", "BY")) in pairs
    assert d["latest"] and all("summary" in f for f in d["latest"])


def test_pair_has_trade_series_targets_agreements_people_conflicts(api: httpx.Client) -> None:
    d = api.get("/api/pair", params={"a": "RU-TA", "b": "BY"}).json()
    assert d["a"]["name"] == "Республика Татарстан"
    periods = sorted(t["period"][0] for t in d["trade"])
    assert periods == ["2023-01", "2024-01"]
    assert [t["value_max"] for t in d["targets"]] == [1e9]
    kinds = {a["data"]["kind"] for a in d["agreements"]}
    assert {
        "plan",
        "twinning",
    } <= kinds  # Minsk oblast and the city of Minsk are inside BY, Kazan inside RU-TA
    assert "Рустам Минниханов" in {p["name"] for p in d["people"]}
    assert any(c["type"] == "trade" for c in d["conflicts"])
    assert all(f["n_sources"] >= 1 for f in d["timeline"])
    assert all(f["sources"] for f in d["conflicts"])  # the disputed facts come with their sources


def test_place_rolls_up_cities_and_ranks_partners(api: httpx.Client) -> None:
    d = api.get("/api/place/RU-TA").json()
    assert [c[0]["id"] for c in d["view"]["children"]] == ["RU-TA/Казань"]
    assert d["view"]["by_type"]["transport"] == 1  # Kazan's air link counts for Tatarstan
    partners = [p["place"]["id"] for p in d["view"]["partners"]]
    assert {"BY", "BY-MI", "BY-HM"} <= set(partners)
    assert d["view"]["partner_countries"][0]["place"]["id"] == "BY"
    assert any(link["a"] == "RU-TA" for link in d["links"])
    kazan = api.get("/api/place/RU-TA/Казань").json()
    assert kazan["view"]["lineage"][0]["id"] == "RU-TA"


def test_facts_filters_and_paging(api: httpx.Client) -> None:
    trade = api.get("/api/facts", params={"type": "trade", "place": "RU-TA"}).json()
    assert trade["total"] == 2 and {f["type"] for f in trade["items"]} == {"trade"}
    dated = api.get("/api/facts", params={"date_from": "2025-01-01", "date_to": "2025-12-31"}).json()
    assert dated["total"] >= 4 and all("2025" in (f["day"] or "") for f in dated["items"])
    by_name = api.get("/api/facts", params={"person": "Рустам Минниханов"}).json()
    assert by_name["total"] >= 3
    pid = api.get("/api/pair", params={"a": "RU-TA", "b": "BY"}).json()["people"][0]["id"]
    assert api.get("/api/facts", params={"person": str(pid)}).json()["total"] >= 1
    assert api.get("/api/facts", params={"person": "Никто Никаков"}).json()["total"] == 0
    pair = api.get("/api/facts", params={"a": "RU-TA/Казань", "b": "BY"}).json()
    assert sorted(f["type"] for f in pair["items"]) == ["agreement", "transport"]
    first, second = (api.get("/api/facts", params={"per_page": 3, "page": n}).json() for n in (1, 2))
    assert len(first["items"]) == 3 and first["total"] == second["total"]
    assert not {f["id"] for f in first["items"]} & {f["id"] for f in second["items"]}


def test_search_finds_word_forms_and_filters(api: httpx.Client) -> None:
    hits = api.get(
        "/api/search", params={"q": "побратимского соглашения"}
    ).json()  # text: "соглашение о побратимских"
    assert [h["doc"]["name"] for h in hits["items"]] == ["twin-cities"]
    assert api.get("/api/search", params={"q": "Казань"}).json()["total"] >= 3
    only = api.get("/api/search", params={"q": "Казань", "type": "visit"}).json()
    assert {h["doc"]["name"] for h in only["items"]} == set()  # the visit text names no Kazan
    ufa = api.get("/api/search", params={"q": "консульство", "place": "RU-BA"}).json()
    assert [h["doc"]["name"] for h in ufa["items"]] == ["bash-kz"]
    late = api.get("/api/search", params={"q": "товарооборот", "date_from": "2026-01-01"}).json()
    assert {h["doc"]["name"] for h in late["items"]} == {"tatar-plan", "minsk-plan"}


def test_document_offsets_point_at_the_evidence(api: httpx.Client, site: Site) -> None:
    d = api.get(f"/api/document/{site.doc_ids['tatar-plan']}").json()
    assert d["facts"]
    for f in d["facts"]:
        assert d["text"][f["start"] : f["end"]] == f["evidence"]
    assert [s["name"] for s in d["story"]] == ["minsk-plan"]


def test_fact_page_data(api: httpx.Client, site: Site) -> None:
    cid = site.canonical_of("tatar-plan", "agreement")
    d = api.get(f"/api/fact/{cid}").json()
    assert d["fact"]["type"] == "agreement" and len(d["fact"]["sources"]) == 2
    assert "signatories" in d["correctable"]
    names = {p["name"] for p in d["people"]}
    assert {"Алексей Кушнаренко", "Александр Кушнаренко"} <= names
    alexei = next(p for p in d["people"] if p["name"] == "Алексей Кушнаренко")
    assert [p["name"] for p in d["namesakes"][str(alexei["id"])]] == ["Александр Кушнаренко"]


@pytest.mark.parametrize("url", ["/api/fact/999999", "/api/person/999999", "/api/document/999999"])
def test_unknown_ids_are_404_in_russian(api: httpx.Client, url: str) -> None:
    r = api.get(url)
    assert r.status_code == 404 and "не найден" in r.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/pair?a=RU-TA",
        "/api/facts?type=party",
        "/api/facts?date_from=вчера",
        "/api/facts?per_page=0",
        "/api/fact/0",
    ],
)
def test_bad_parameters_are_422(api: httpx.Client, url: str) -> None:
    assert api.get(url).status_code == 422


def test_unknown_place_is_404_in_russian(api: httpx.Client) -> None:
    r = api.get("/api/pair", params={"a": "RU-TA", "b": "ZZ"})
    assert r.status_code == 404 and "место «ZZ» не найдено" in r.json()["detail"]


def test_openapi_describes_every_api_page(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    for path in (
        "/api/overview",
        "/api/pairs",
        "/api/places",
        "/api/pair",
        "/api/place/{place_id}",
        "/api/person/{person_id}",
        "/api/document/{doc_id}",
        "/api/fact/{fact_id}",
        "/api/facts",
        "/api/search",
        "/api/conflicts",
        "/api/fact/{fact_id}/correct",
        "/api/login",
    ):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/facts"]["get"]["parameters"]}
    assert {"type", "place", "person", "date_from", "date_to", "page", "per_page"} <= params


def test_writes_need_a_session_and_the_csrf_token(api: httpx.Client, site: Site) -> None:
    cid = site.canonical_of("bash-kz", "institution")
    assert api.post(f"/api/fact/{cid}/status", json={"status": "confirmed"}).status_code == 401
    login(api, EDITOR)
    r = api.post(f"/api/fact/{cid}/status", json={"status": "confirmed"})
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    r = api.post(
        f"/api/fact/{cid}/status", json={"status": "confirmed"}, headers={"X-CSRF-Token": "forged-token"}
    )
    assert r.status_code == 403


def test_viewer_cannot_write(api: httpx.Client, site: Site) -> None:
    cid = site.canonical_of("bash-kz", "institution")
    token = login(api, VIEWER)
    assert api.get("/api/me").json()["role"] == "viewer"
    r = api.post(f"/api/fact/{cid}/status", json={"status": "rejected"}, headers={"X-CSRF-Token": token})
    assert r.status_code == 403 and "редактор" in r.json()["detail"]
    assert api.get(f"/api/fact/{cid}").json()["fact"]["status"] != "rejected"


def test_wrong_password_is_refused(api: httpx.Client) -> None:
    r = api.post("/api/login", json={"name": EDITOR[0], "password": "не тот пароль"})
    assert r.status_code == 401 and api.get("/api/me").json()["name"] is None


def test_editor_confirms_corrects_and_resolves_and_pages_follow(api: httpx.Client, site: Site) -> None:
    token = login(api, EDITOR)
    h = {"X-CSRF-Token": token}
    cid = site.canonical_of("bash-kz", "institution")
    before = api.get("/api/facts", params={"status": "confirmed", "type": "institution"}).json()["total"]
    assert (
        api.post(
            f"/api/fact/{cid}/status", json={"status": "confirmed", "note": "проверено"}, headers=h
        ).status_code
        == 200
    )
    assert (
        api.get("/api/facts", params={"status": "confirmed", "type": "institution"}).json()["total"]
        == before + 1
    )
    r = api.post(f"/api/fact/{cid}/correct", json={"changes": {"kind": "embassy_office"}}, headers=h)
    assert r.status_code == 200
    fact = api.get(f"/api/fact/{cid}").json()
    assert fact["fact"]["data"]["kind"] == "embassy_office"
    assert [e["who"] for e in fact["history"]][:2] == [EDITOR[0], EDITOR[0]]
    bad = api.post(f"/api/fact/{cid}/correct", json={"changes": {"value": 5}}, headers=h)
    assert bad.status_code == 400 and "нельзя исправить" in bad.json()["detail"]
    trade = site.canonical_of("minsk-plan", "trade")
    conflict = api.get(f"/api/fact/{trade}").json()["fact"]["conflicts"][0]
    pick = next(i for i, v in enumerate(conflict["values"]) if v["value"]["value"] == 743000000)
    r = api.post(
        f"/api/fact/{trade}/resolve",
        json={"field": conflict["field"], "label": "", "choice": pick},
        headers=h,
    )
    assert r.status_code == 200
    after = api.get(f"/api/fact/{trade}").json()["fact"]
    assert after["data"]["value"] == 743000000 and after["data"]["approx"] is False
    assert all(c["resolved"] for c in after["conflicts"])


def test_bodies_are_gzipped_for_clients_that_accept_it(api: httpx.Client) -> None:
    packed = api.get("/api/pair", params={"a": "RU-TA", "b": "BY"}, headers={"Accept-Encoding": "gzip"})
    plain = api.get("/api/pair", params={"a": "RU-TA", "b": "BY"}, headers={"Accept-Encoding": "identity"})
    assert packed.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert packed.json() == plain.json()
    page = api.get("/pair", params={"a": "RU-TA", "b": "BY"}, headers={"Accept-Encoding": "identity"})
    assert page.status_code == 200 and "Республика Татарстан" in page.text
