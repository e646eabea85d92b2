"""Briefing reports from the web: the download form on the pair and place pages, the files the
server sends (read back), errors in Russian, and a person's click in Chromium that saves the file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from urllib.parse import unquote

import docx
import httpx
import pytest
from lxml import html as lxml_html

from .conftest import OUT, Site


@pytest.fixture
def client(site: Site) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site.base, timeout=60) as c:
        yield c


def test_pair_page_has_the_download_form(client: httpx.Client) -> None:
    tree = lxml_html.fromstring(client.get("/pair", params={"a": "RU-TA", "b": "BY"}).text)
    (form,) = tree.xpath("//form[@class='report-form']")
    assert form.get("action") == "/report/pair"
    assert {i.get("name"): i.get("value") for i in form.xpath(".//input[@type='hidden']")} == {"a": "RU-TA", "b": "BY"}
    assert form.xpath(".//select[@name='format']/option/@value") == ["docx", "pdf", "html", "md"]
    assert form.xpath(".//button")[0].text_content() == "Скачать справку"
    tree = lxml_html.fromstring(client.get("/place/RU-TA").text)
    assert tree.xpath("//form[@class='report-form']/@action") == ["/report/place"]


def test_pair_report_docx_download(client: httpx.Client) -> None:
    # the form sends empty years when none are typed
    r = client.get("/report/pair", params={"a": "RU-TA", "b": "BY", "format": "docx", "from": "", "to": ""})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert r.headers["content-disposition"].startswith('attachment; filename="spravka-RU-TA-BY.docx"')
    doc = docx.Document(io.BytesIO(r.content))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Общие сведения" and headings[-1] == "Источники"
    assert doc.paragraphs[1].text == "о сотрудничестве: Республика Татарстан — Республика Беларусь"


@pytest.mark.parametrize(("fmt", "start"), [("html", b"<!DOCTYPE html>"), ("md", "# СПРАВКА".encode()),
                                             ("pdf", b"%PDF")])
def test_place_report_other_formats(client: httpx.Client, fmt: str, start: bytes) -> None:
    r = client.get("/report/place", params={"id": "RU-TA/Казань", "format": fmt, "from": "2020"})
    assert r.status_code == 200, r.text
    assert r.content.startswith(start)
    name = unquote(r.headers["content-disposition"].split("filename*=UTF-8''")[1])
    assert name == f"spravka-RU-TA_Казань-2020.{fmt}"


def test_report_errors_in_russian(client: httpx.Client) -> None:
    r = client.get("/report/pair", params={"a": "RU-TA", "b": "RU-TA"})
    assert r.status_code == 400 and "пара из одного места" in r.json()["detail"]
    r = client.get("/report/place", params={"id": "ZZ-QQ"}, headers={"accept": "text/html"})
    assert r.status_code == 404 and "место «ZZ-QQ» не найдено" in r.text
    r = client.get("/report/pair", params={"a": "RU-TA", "b": "BY", "from": "2030", "to": "2020"})
    assert r.status_code == 400 and "период задан наоборот" in r.json()["detail"]
    assert client.get("/report/pair", params={"a": "RU-TA", "b": "BY", "format": "odt"}).status_code == 422


@pytest.mark.browser
def test_download_button_saves_the_report(page) -> None:  # noqa: ANN001 - playwright Page
    page.goto("/pair?a=RU-TA&b=BY")
    page.select_option("form.report-form select[name=format]", "docx")
    page.fill("form.report-form input[name=from]", "2019")
    with page.expect_download() as info:
        page.click("form.report-form button[type=submit]")
    download = info.value
    assert download.suggested_filename == "spravka-RU-TA-BY-2019.docx"
    folder = OUT / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    saved = folder / "web-pair.docx"
    download.save_as(saved)
    doc = docx.Document(str(saved))
    assert "за период: с 2019" in " ".join(p.text for p in doc.paragraphs[:4]).replace("\u00a0", " ")
