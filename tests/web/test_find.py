"""Finding things the way a person types them (issue 11 §2), against the shared live server: people
by a surname in any case, places by a name in any case or a code, and every refusal in Russian —
404 «место не найдено», 422 «укажите вторую сторону», never pydantic's English or a regex."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from .conftest import Site

ENGLISH = re.compile(r"should|match|pattern|field required|input|valid|missing", re.IGNORECASE)


@pytest.fixture
def api(own_site: Site) -> Iterator[httpx.Client]:
    """The module's own base, as built: the session's is changed by other tests (people merged)."""
    with httpx.Client(base_url=own_site.base, timeout=20) as c:
        yield c


def facts(api: httpx.Client, **params: str) -> set[int]:
    r = api.get("/api/facts", params={**params, "per_page": "500"})
    assert r.status_code == 200, r.text
    return {f["id"] for f in r.json()["items"]}


@pytest.mark.parametrize("typed", ["Минниханов", "Миннихановым", "минниханова", "МИННИХАНОВ", "Рустама Минниханова",
                                   "Р. Минниханов", "рустам минниханов"])
def test_a_person_by_the_surname_in_any_case(api: httpx.Client, typed: str) -> None:
    by_id = api.get("/api/facts", params={"person": "Рустам Минниханов"}).json()
    assert by_id["total"] >= 3
    assert facts(api, person=typed) == {f["id"] for f in by_id["items"]}


def test_a_surname_alone_finds_every_namesake_and_given_names_narrow_it(api: httpx.Client) -> None:
    both = facts(api, person="Кушнаренко")
    alexei, alexander = facts(api, person="Алексей Кушнаренко"), facts(api, person="Александром Кушнаренко")
    assert alexei and alexander and alexei != alexander
    assert both == alexei | alexander
    assert api.get("/api/facts", params={"person": "Иванов"}).json()["total"] == 0


@pytest.mark.parametrize(("typed", "code"), [("Татарстан", "RU-TA"), ("татарстана", "RU-TA"), ("в Казани", "RU-TA/Казань"),
                                             ("Минской области", "BY-MI"), ("Беларусь", "BY"), ("ru-ta", "RU-TA"),
                                             ("РТ", "RU-TA")])
def test_a_place_by_its_name_in_any_case_or_its_code(api: httpx.Client, typed: str, code: str) -> None:
    assert facts(api, place=typed) == facts(api, place=code)
    assert api.get(f"/api/place/{typed}").json()["view"]["place"]["id"] == code


def test_a_pair_by_names(api: httpx.Client) -> None:
    by_name = api.get("/api/pair", params={"a": "Татарстаном", "b": "Беларусью"}).json()
    by_code = api.get("/api/pair", params={"a": "RU-TA", "b": "BY"}).json()
    assert by_name["n_facts"] == by_code["n_facts"] > 0 and by_name["a"]["id"] == "RU-TA"
    assert facts(api, a="Татарстан", b="Беларусь") == facts(api, a="RU-TA", b="BY")


@pytest.mark.parametrize("url", ["/api/place/Атлантида", "/api/place/ZZ", "/api/facts?place=Атлантида",
                                 "/api/pair?a=Татарстан&b=Атлантида", "/api/search?q=план&place=Атлантида",
                                 "/report/place?id=Атлантида"])
def test_an_unknown_place_is_404_место_не_найдено(api: httpx.Client, url: str) -> None:
    r = api.get(url)
    assert r.status_code == 404
    assert "место «" in r.json()["detail"] and "не найдено" in r.json()["detail"]


@pytest.mark.parametrize("url", ["/api/pair?a=Татарстан", "/api/pair?b=BY", "/api/facts?a=RU-TA",
                                 "/report/pair?a=RU-TA"])
def test_a_pair_with_one_side_asks_for_the_other(api: httpx.Client, url: str) -> None:
    r = api.get(url)
    assert r.status_code == 422 and r.json()["detail"].startswith("укажите вторую сторону")


@pytest.mark.parametrize("url", ["/api/facts?date_from=вчера", "/api/facts?per_page=0", "/api/facts?type=party",
                                 "/api/fact/0", "/api/facts?conflicts=может", "/api/search?page=abc",
                                 "/api/facts?status=новый"])
def test_invalid_parameters_are_refused_in_russian(api: httpx.Client, url: str) -> None:
    r = api.get(url)
    assert r.status_code == 422
    d = r.json()
    assert d["detail"].startswith("Неверные параметры запроса: ")
    assert d["errors"] and all(e["field"] and e["problem"] for e in d["errors"])
    assert not ENGLISH.search(d["detail"]), d["detail"]


def test_html_pages_say_the_same_in_russian(api: httpx.Client) -> None:
    html = {"accept": "text/html"}
    r = api.get("/pair", params={"a": "RU-TA"}, headers=html)
    assert r.status_code == 422 and "укажите вторую сторону" in r.text
    r = api.get("/place/Атлантида", headers=html)
    assert r.status_code == 404 and "не найдено" in r.text
    r = api.get("/facts", params={"date_from": "вчера", "place": "Атлантида"}, headers=html)
    assert r.status_code == 200  # the form's page says what it could not use, and lists the rest
    assert "Место «Атлантида» не найдено" in r.text and "«вчера» — не дата" in r.text


def test_the_api_document_has_no_english(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    english = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("title", "description", "summary") and isinstance(v, str) \
                        and not re.search(r"[а-яё]", v, re.IGNORECASE):
                    english.append(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(spec)
    assert not english, english[:10]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    facts_422 = spec["paths"]["/api/facts"]["get"]["responses"]["422"]
    assert facts_422["content"]["application/json"]["schema"]["$ref"].endswith("/InvalidOut")
    params = {p["name"]: p for p in spec["paths"]["/api/facts"]["get"]["parameters"]}
    assert "в любом падеже" in params["place"]["description"] and "Миннихановым" in params["person"]["description"]
    assert api.get("/docs", follow_redirects=True).url.path == "/api-docs"


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_an_unexpected_error_is_said_in_russian(site: Site) -> None:
    """A failure no handler expected answers in Russian, as JSON and as a page, never Starlette's
    «Internal Server Error»."""
    from starlette.testclient import TestClient

    from coopwatch.web.app import create_app

    app = create_app(site.kb, check_every=0.0)

    def boom() -> None:
        raise RuntimeError("сбой для теста")

    app.add_api_route("/api/boom", boom)
    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
        assert r.status_code == 500 and r.json()["detail"].startswith("Внутренняя ошибка сервера")
        page = c.get("/boom", headers={"accept": "text/html"})
        assert page.status_code == 500 and "<h1>Ошибка 500</h1>" in page.text and "Внутренняя ошибка" in page.text
        assert "Internal Server Error" not in r.text + page.text
