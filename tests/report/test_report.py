"""Briefing reports on a knowledge base built from the team's own items (``texts.py``): each format
generated and read back — the DOCX with python-docx (headings, tables, the citations after each
fact leading to the note of the document that states it), the HTML with lxml, the Markdown's
footnotes, the PDF's pages; numerals agreeing in Russian; thin and empty data; bad input."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import html as lxml_html
from pypdf import PdfReader

import coopwatch.report as report
from coopwatch import wording as words
from coopwatch.report.model import Figure, Para, Table

from .conftest import TODAY, build
from .texts import DOCUMENTS, A, B

SECTIONS = ["1. Общие сведения", "2. Договорно-правовая база", "3. Встречи и визиты",
            "4. Торгово-экономическое сотрудничество", "5. Представительства и транспортное сообщение",
            "6. Персоналии", "7. Расхождения источников"]
URL = {name: url for name, _, url, _, _ in DOCUMENTS}


# --- reading a DOCX back -------------------------------------------------------------------------


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def refs_in(runs) -> list[int]:  # noqa: ANN001 - python-docx runs
    """The note numbers in the superscript runs ("[1–3, 7]" → 1, 2, 3, 7)."""
    out: list[int] = []
    for r in runs:
        if not r.font.superscript:
            continue
        for a, b in re.findall(r"(\d+)(?:–(\d+))?", r.text.split(" и ещё")[0]):
            out += list(range(int(a), int(b or a) + 1))
    return out


def cell_refs(cell) -> list[int]:  # noqa: ANN001
    return [n for p in cell.paragraphs for n in refs_in(p.runs)]


class Read:
    """A DOCX report as a reader sees it: headings, tables by their header, notes by number."""

    def __init__(self, data: bytes) -> None:
        self.doc = docx.Document(io.BytesIO(data))
        for t in self.doc.element.body.iter(qn("w:t")):  # non-breaking and thin spaces read as spaces
            t.text = plain(t.text or "")
        self.paragraphs = self.doc.paragraphs
        self.headings = [p.text for p in self.paragraphs if p.style.name == "Heading 1"]
        self.notes: dict[int, str] = {}
        after = False
        for p in self.paragraphs:
            if p.style.name == "Heading 1":
                after = p.text == "Источники"
            elif after and (m := re.match(r"(\d+)\. (.*)", p.text)):
                self.notes[int(m[1])] = m[2]

    def table(self, *header: str) -> list[dict[str, object]]:
        """The rows (column name → cell) of the table whose header starts with ``header``."""
        for t in self.doc.tables:
            names = [c.text for c in t.rows[0].cells]
            if names[:len(header)] == list(header):
                return [dict(zip(names, r.cells)) for r in t.rows[1:]]
        raise AssertionError(f"нет таблицы {header}: {[[c.text for c in t.rows[0].cells] for t in self.doc.tables]}")

    def paragraph(self, contains: str):  # noqa: ANN201 - python-docx Paragraph
        found = [p for p in self.paragraphs if contains in p.text]
        assert found, f"нет абзаца с «{contains}»"
        return found[0]

    def cited(self, refs: list[int]) -> list[str]:
        return [self.notes[n] for n in refs]


@pytest.fixture(scope="module")
def pair_docx(report_kb, out_dir: Path) -> Read:
    made = report.pair_report(report_kb, A, B, today=TODAY)
    data = report.render(made, "docx")
    (out_dir / "pair.docx").write_bytes(data)
    return Read(data)


def test_docx_headings_and_title(pair_docx: Read) -> None:
    assert pair_docx.paragraphs[0].text == "СПРАВКА"
    assert pair_docx.paragraphs[1].text == "о сотрудничестве: Республика Татарстан — Республика Беларусь"
    assert pair_docx.paragraphs[2].text == "(по состоянию на 5 мая 2026)"
    assert pair_docx.headings == [*SECTIONS, "Источники"]
    assert len(pair_docx.doc.inline_shapes) == 1  # the trade chart


def test_docx_every_note_is_a_stored_document(pair_docx: Read) -> None:
    assert sorted(pair_docx.notes) == list(range(1, len(DOCUMENTS) - 1 + 1))  # all but Kazakhstan's
    by_url = {u: n for n, text in pair_docx.notes.items() for u in URL.values() if u and text.endswith(u)}
    assert len(by_url) == len([u for name, u in URL.items() if u and name != "kazakhstan-2022"])
    no_url = [t for t in pair_docx.notes.values() if "адрес не указан" in t]
    # named by its headline, never by its file name ("working-group-2023")
    assert no_url == ["«В марте 2023 года в Минске прошло заседание рабочей группы по сотрудничеству Татарстана и Беларуси», 30 марта 2023, адрес не указан."]
    assert not any("working-group-2023" in t for t in pair_docx.notes.values())


def test_docx_legal_basis_table(pair_docx: Read) -> None:
    rows = pair_docx.table("№", "Документ")
    assert [r["Документ"].text.split("[")[0] for r in rows] == [
        "Соглашение", "План мероприятий", "Побратимские (дружественные) связи"]
    agreement, plan, twinning = rows
    assert agreement["Дата подписания"].text == "19 мая 2017"
    assert agreement["Подписали"].text == "Ильдар Гарипов, Павел Жуковский"
    assert agreement["Статус"].text == "—"
    assert plan["Срок"].text == "2024–2026 годы" and plan["Статус"].text == "действует"
    assert twinning["Дата подписания"].text == "дата не указана"
    assert twinning["Стороны"].text == "Казань — город Минск"
    for row, doc in zip(rows, ("agreement-2017", "plan-2024", "links")):
        assert pair_docx.cited(cell_refs(row["Документ"])) == [
            next(t for t in pair_docx.notes.values() if t.endswith(URL[doc]))]


def test_docx_meetings_in_order_with_session_numbers(pair_docx: Read) -> None:
    rows = pair_docx.table("№", "Дата", "Событие")
    assert [r["Дата"].text for r in rows] == ["март 2023", "июнь 2023", "9 февраля 2024"]
    first, visit, fifth = (r["Событие"].text.split("[")[0] for r in rows)
    assert first == "Заседание рабочей группы, номер в источниках не указан"
    assert visit == "Визит: Республика Беларусь → Республика Татарстан"
    assert fifth == "Заседание рабочей группы № 5"
    assert rows[1]["Участники"].text == "глава делегации: Сергей Волков"
    assert rows[1]["Место"].text == "Республика Татарстан (Набережные Челны)"
    assert pair_docx.cited(cell_refs(rows[0]["Событие"])) == [
        "«В марте 2023 года в Минске прошло заседание рабочей группы по сотрудничеству Татарстана и Беларуси», 30 марта 2023, адрес не указан."]
    assert pair_docx.cited(cell_refs(rows[2]["Событие"]))[0].endswith(URL["plan-2024"])


def test_docx_trade_table_targets_and_growth(pair_docx: Read) -> None:
    rows = pair_docx.table("Период", "Показатель")
    assert [r["Период"].text for r in rows] == ["2018 год", "2019 год", "2024 год"]
    assert rows[1]["Значение"].text.startswith("878 млн долларов США")
    assert rows[1]["Рост по данным источника"].text == "+5 %"
    assert rows[1]["Рост к предыдущему году (расчёт)"].text == "+5 %"  # 878 / 836
    # two outlets disagree about 2024: the value shown cites the one that gives it, the rest is in section 7
    assert "источники расходятся" in rows[2]["Значение"].text
    assert [t.split(" ")[-1] for t in pair_docx.cited(cell_refs(rows[2]["Значение"]))] == [URL["trade-2024-kazan"]]
    met = pair_docx.paragraph("к 2019 году")
    assert met.text.startswith("Товарооборот: цель — 1 млрд долларов США к 2019 году[")
    assert "— достигнуто 878 млн долларов США за 2019 год, 88 %[" in met.text
    assert [t.split(" ")[-1] for t in pair_docx.cited(refs_in(met.runs))] == [URL["agreement-2017"], URL["trade-2019"]]
    future = pair_docx.paragraph("к 2030 году")
    assert "срок не наступил; последнее известное значение — 743 млн долларов США за 2024 год, 37 %" in future.text


def test_docx_institutions_transport_people(pair_docx: Read) -> None:
    inst = pair_docx.table("№", "Учреждение")
    assert [(r["Чьё"].text, r["Где"].text, r["Состояние"].text) for r in inst] == [
        ("Республика Татарстан", "город Минск", "действует")]
    (flight,) = pair_docx.table("№", "Вид сообщения")
    assert flight["Вид сообщения"].text.startswith("Авиасообщение") and flight["Между"].text == "Казань — город Минск"
    people = {r["Фамилия, имя"].text: r for r in pair_docx.table("№", "Фамилия, имя")}
    assert set(people) == {"Сергей Волков", "Марат Сафин", "Ильдар Гарипов", "Олег Ракитин", "Павел Жуковский"}
    # Safin is premier after Garipov: Garipov's post is a past one
    garipov = people["Ильдар Гарипов"]
    assert garipov["Должность (по последним сведениям)"].text == "должность в источниках не указана"
    assert garipov["Прежние должности"].text.startswith("премьер-министр (Республика Татарстан), сведения на 20 мая 2017")
    assert pair_docx.cited(cell_refs(garipov["Прежние должности"]))[0].endswith(URL["agreement-2017"])
    assert people["Марат Сафин"]["Должность (по последним сведениям)"].text.startswith(
        "премьер-министр (Республика Татарстан) — по сведениям на 9 февраля 2024")
    assert people["Сергей Волков"]["В справке"].text == \
        "подписано: 1 документ; встречи: 1; визиты во главе делегации: 1"


def test_docx_overview_and_conflicts(pair_docx: Read) -> None:
    overview = pair_docx.paragraph("В базе знаний —").text
    assert overview.startswith("В базе знаний — 13 фактов о сотрудничестве: 3 документа договорно-правовой базы; "
                               "2 встречи (в том числе 2 заседания рабочей группы); 1 визит; 3 показателя торговли; "
                               "2 цели по товарообороту; 1 представительство; 1 транспортное сообщение.")
    assert overview.endswith("Источники приведённых сведений: 9 публикаций.")
    conflict = pair_docx.paragraph("за 2024 год — значение:")
    assert conflict.text.startswith("Товарооборот (Республика Татарстан — Республика Беларусь) за 2024 год — значение: "
                                    "743 млн долларов США[")
    assert "; 690 млн долларов США[" in conflict.text
    cited = [t.split(" ")[-1] for t in pair_docx.cited(refs_in(conflict.runs))]
    assert cited == [URL["trade-2024-kazan"], URL["trade-2024-minsk"]]


# --- the other formats ---------------------------------------------------------------------------


def test_html_prints_and_links_every_reference(report_kb, out_dir: Path) -> None:
    made = report.pair_report(report_kb, A, B, today=TODAY)
    page = report.render(made, "html").decode()
    (out_dir / "pair.html").write_text(page, encoding="utf-8")
    tree = lxml_html.fromstring(page)
    assert [h.text_content() for h in tree.xpath("//h2")] == [*SECTIONS, "Источники"]
    notes = {li.get("id") for li in tree.xpath("//ol[@class='notes']/li")}
    links = tree.xpath("//sup[@class='ref']/a/@href")
    assert links and {h.lstrip("#") for h in links} == notes
    assert tree.xpath("//img/@src")[0].startswith("data:image/png;base64,")
    assert "@page" in page and "table-header-group" in page
    rows = tree.xpath("//section[@id='section-2']//tbody/tr")
    assert [r.xpath("td[2]")[0].text_content().split("[")[0] for r in rows] == [
        "Соглашение", "План мероприятий", "Побратимские (дружественные) связи"]


def test_markdown_footnotes_and_chart_beside(report_kb, tmp_path: Path) -> None:
    made = report.pair_report(report_kb, A, B, today=TODAY)
    written = report.write(made, "md", tmp_path / "справка.md")
    assert [p.name for p in written] == ["справка.md", "справка-chart.png"]
    text = written[0].read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [f"## {s}" for s in SECTIONS] + \
        ["## Источники"]
    used = set(re.findall(r"\[\^(\d+)\](?!:)", text))
    defined = set(re.findall(r"^\[\^(\d+)\]:", text, re.M))
    assert used == defined and len(defined) == 9
    assert "![Товарооборот по годам: Республика Татарстан — Республика Беларусь](справка-chart.png)" in text
    assert written[1].read_bytes().startswith(b"\x89PNG")
    assert "| 2 | План мероприятий[^" in text


def test_pdf_from_html(report_kb, out_dir: Path) -> None:
    made = report.pair_report(report_kb, A, B, today=TODAY)
    pdf = report.render(made, "pdf", pdf_engine="weasyprint")
    (out_dir / "pair-weasyprint.pdf").write_bytes(pdf)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    text = plain(" ".join(p.extract_text() for p in pages))
    for heading in ["СПРАВКА", *SECTIONS, "Источники"]:
        assert heading in text
    assert "цель — 1 млрд долларов США к 2019 году" in " ".join(text.split())


# --- a place with all its partners ---------------------------------------------------------------


def test_place_report_names_each_partner(report_kb, out_dir: Path) -> None:
    made = report.place_report(report_kb, A, today=TODAY)
    data = report.render(made, "docx")
    (out_dir / "place.docx").write_bytes(data)
    read = Read(data)
    assert read.paragraphs[1].text == "о международном и межрегиональном сотрудничестве: Республика Татарстан"
    partners = read.table("№", "Партнёр")
    assert [r["Партнёр"].text for r in partners] == ["Республика Беларусь", "город Минск", "Республика Казахстан"]
    docs = read.table("№", "Документ")
    assert [r["Партнёр"].text for r in docs] == ["Республика Беларусь", "Республика Казахстан", "Республика Беларусь",
                                                 "город Минск"]
    trade = read.table("Период", "Показатель")
    kz = [r for r in trade if r["Партнёр"].text == "Республика Казахстан"]
    assert [r["Значение"].text.split("[")[0] for r in kz] == ["520 млн долларов США"]
    assert read.paragraph("В базе знаний —").text.count("3 сведения о должности") == 1


# --- a period, thin data, no data ----------------------------------------------------------------


def test_period_keeps_undated_facts(report_kb) -> None:
    made = report.pair_report(report_kb, A, B, 2023, 2024, today=TODAY)
    assert made.period == "за период: 2023–2024 годы"
    tables = {s.number: [b for b in s.blocks if isinstance(b, Table)] for s in made.sections}
    legal = [row[1][0] for row in tables[2][0].rows]
    assert legal == ["План мероприятий", "Побратимские (дружественные) связи"]  # 2017 left out, undated kept
    trade = tables[4]
    assert not trade or all("2018" not in str(r) and "2019" not in str(r) for r in trade[0].rows)


def test_thin_base_says_what_is_missing(tmp_path: Path) -> None:
    kb, _ = build(str(tmp_path / "thin.db"), [d for d in DOCUMENTS if d[0] == "agreement-2017"][:1])
    try:
        made = report.pair_report(kb, A, B, today=TODAY)
    finally:
        kb.dispose()
    assert [s.title for s in made.sections] == [s.split(". ", 1)[1] for s in SECTIONS]
    missing = [b.text for s in made.sections for b in s.blocks if isinstance(b, Para) and b.kind == "missing"]
    assert "Сведений о встречах и визитах в базе знаний нет." in missing
    assert "Сведений о товарообороте, экспорте и импорте в базе знаний нет." in missing
    assert "Сведений о представительствах, консульствах и торговых домах в базе знаний нет." in missing
    assert any(m.startswith("В базе нет сведений о встречах, визитах, товарообороте") for m in missing)
    target = next(b.text for s in made.sections for b in s.blocks if isinstance(b, Para) and "к 2019 году" in b.text)
    assert target.endswith("— данных о годовом объёме за 2019 год в базе нет.")
    assert not [b for s in made.sections for b in s.blocks if isinstance(b, Figure)]
    Read(report.render(made, "docx"))  # renders


def test_empty_report_is_short_and_honest(report_kb, tmp_path: Path) -> None:
    made = report.pair_report(report_kb, A, "UZ", today=TODAY)
    assert made.empty and len(made.sections) == 1 and not made.notes
    for fmt in report.FORMATS:
        assert report.write(made, fmt, tmp_path / f"empty.{fmt}")[0].stat().st_size > 0
    read = Read((tmp_path / "empty.docx").read_bytes())
    assert read.headings == ["1. Общие сведения"]
    assert any(p.text.startswith("В базе знаний нет ни одного факта о сотрудничестве сторон") for p in read.paragraphs)
    assert "нет ни одного факта" in (tmp_path / "empty.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    ((A, A), "пара из одного места «RU-TA»"),
    ((A, "XX-ZZ"), "место «XX-ZZ» не найдено"),
    ((A, "Минск"), "«Минск» — не код места"),
])
def test_bad_places_are_named(report_kb, args: tuple[str, str], message: str) -> None:
    with pytest.raises(report.ReportError, match=message):
        report.pair_report(report_kb, *args)


def test_years_in_order(report_kb) -> None:
    with pytest.raises(report.ReportError, match="период задан наоборот: с 2025 по 2020 год"):
        report.place_report(report_kb, A, 2025, 2020)


# --- Russian wording -----------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "phrase", "expected"), [
    (1, "соглашение", "1\u00a0соглашение"), (2, "соглашение", "2\u00a0соглашения"),
    (5, "соглашение", "5\u00a0соглашений"), (11, "встреча", "11\u00a0встреч"), (21, "встреча", "21\u00a0встреча"),
    (22, "визит", "22\u00a0визита"), (3, "документ договорно-правовой базы", "3\u00a0документа договорно-правовой базы"),
    (5, "транспортное сообщение", "5\u00a0транспортных сообщений"), (2, "цель по товарообороту", "2\u00a0цели по товарообороту"),
    (112, "публикация", "112\u00a0публикаций"), (1001, "лицо", "1\u00a0001\u00a0лицо".replace("1\u00a0001", "1\u202f001")),
])
def test_numerals_agree(n: int, phrase: str, expected: str) -> None:
    assert words.count(n, phrase) == expected


@pytest.mark.parametrize(("value", "currency", "approx", "expected"), [
    (878e6, "USD", False, "878\u00a0млн долларов США"), (1e9, "USD", False, "1\u00a0млрд долларов США"),
    (1.25e9, "BYN", True, "около 1,25\u00a0млрд белорусских рублей"), (742.6e6, "RUB", False, "742,6\u00a0млн рублей"),
    (5e9, "KZT", False, "5\u00a0млрд тенге"), (3e9, "UZS", False, "3\u00a0млрд сумов"), (21, "USD", False, "21 доллар США"),
])
def test_money(value: float, currency: str, approx: bool, expected: str) -> None:
    assert words.money(value, currency, approx) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-03-12", "12 марта 2024"), ("2024-03", "март 2024"), ("2024", "2024 год"),
    (None, "дата не указана"), (date(2025, 1, 1), "1 января 2025"),
])
def test_dates_at_the_precision_given(raw, expected: str) -> None:  # noqa: ANN001
    assert words.ru_date(raw) == expected


@pytest.mark.parametrize(("period", "expected"), [
    (["2024-01", "2024-12"], "2024 год"), (["2025-01", "2025-06"], "I полугодие 2025"),
    (["2025-07", "2025-09"], "III квартал 2025"), (["2025-01", "2025-09"], "январь — сентябрь 2025"),
    (["2024-10", "2025-03"], "октябрь 2024 — март 2025"), (None, "период не указан"),
])
def test_trade_periods(period, expected: str) -> None:  # noqa: ANN001
    assert words.trade_period(period) == expected


def test_a_limited_report_says_how_much_is_left_out(report_kb) -> None:
    made = report.pair_report(report_kb, A, B, today=TODAY, limit=1)
    leads = [plain(b.text) for s in made.sections for b in s.blocks if isinstance(b, Para)]
    assert "Встречи: приведены последние 1, всего в базе — 2; полный перечень — в веб-интерфейсе (страница «Факты») " \
           "или в выгрузке coopwatch export." in leads
    assert any(t.startswith("Документированное сотрудничество: 2017–2025 годы (по всем фактам базы); приведённые в "
                            "справке датированные события — с ") for t in leads)
    meetings = next(b for b in made.sections[2].blocks if isinstance(b, Table))
    assert [r[2][0] for r in meetings.rows] == ["Визит: Республика Беларусь → Республика Татарстан",
                                                "Заседание рабочей группы № 5"]  # the newest meeting only
