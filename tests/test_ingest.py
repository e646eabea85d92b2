"""Readers: the corpus format, encodings, HTML, bad input (files written by the tests)."""

import json
import os
from datetime import date
from pathlib import Path

import pytest

from coopwatch.ingest import ReadFailure, Skipped, read_bytes, read_paths
from coopwatch.ingest.published import find_published
from coopwatch.ingest.reader import read_jsonl
from coopwatch.models import Document


def test_header_date_and_url():
    doc = read_bytes(" date 2025-09-29 https://example.org/news/1\n\nТекст новости.".encode(), "x", "x")
    assert (doc.published, doc.url, doc.text.strip()) == (date(2025, 9, 29), "https://example.org/news/1", "Текст новости.")


def test_header_date_followed_by_text():
    doc = read_bytes(" date 2025-11-01 Раис Татарстана прибыл в Астану.".encode(), "x", "x")
    assert doc.published == date(2025, 11, 1) and doc.text.startswith("Раис")


def test_source_url_line_and_trailing_clutter():
    raw = ("Первый абзац новости.\nВторой абзац.\nИА «Пример»\nЖурнал Пример\nВсе СМИ\nГазета\n\n"
           "Source URL: <https://example.org/a>\n")
    doc = read_bytes(raw.encode(), "x", "x")
    assert doc.url == "https://example.org/a"
    assert doc.text == "Первый абзац новости.\nВторой абзац."


def test_windows_1251():
    doc = read_bytes("Казань и Минск стали городами-побратимами.".encode("cp1251"), "x", "x")
    assert doc.text.startswith("Казань и Минск")
    assert any("cp1251" in w or "windows-1251" in w.lower() for w in doc.meta["warnings"])


def test_bad_inputs_fail_with_reasons():
    assert isinstance(read_bytes(b"", "empty.txt", "e"), ReadFailure)
    assert "двоичный" in read_bytes(b"\x00\x01\x02binary" * 100, "b.bin", "b").reason
    assert isinstance(read_bytes(b"<html><body><script>x()</script></body></html>", "p.html", "p"), ReadFailure)


def test_page_without_any_text_is_told_before_trafilatura():
    from coopwatch.ingest.html import has_visible_text

    assert not has_visible_text("<html><body><script>x()</script><style>p {}</style> <!-- c --> </body></html>")
    assert has_visible_text("<html><body><script>x()</script>Казань и Минск</body></html>")  # text after a script
    assert has_visible_text("<html><head><title>Минск</title></head><body></body></html>")
    assert has_visible_text('<?xml version="1.0" encoding="utf-8"?><html><body></body></html>')  # left to trafilatura


def test_html_page_main_text():
    html = ("<html><head><title>Минск и Уфа подписали план</title></head><body><nav>Меню Новости Спорт</nav>"
            "<article><h1>Минск и Уфа подписали план</h1><p>Минск и Уфа подписали план развития "
            "межмуниципального сотрудничества на 2026–2028 годы. Документ охватывает промышленность, "
            "торговлю и здравоохранение.</p><p>Стороны договорились о новых встречах.</p></article>"
            "<footer>Все права защищены</footer></body></html>")
    doc = read_bytes(html.encode(), "page.html", "page")
    assert "межмуниципального сотрудничества" in doc.text
    assert "Все права защищены" not in doc.text


def test_huge_text_is_cut_with_a_warning():
    doc = read_bytes(("Казань и Минск подписали соглашение. " * 20000).encode(), "big.txt", "big")
    assert len(doc.text) <= 200_000 and any("только начало" in w for w in doc.meta["warnings"])


def test_folder_with_bad_files_keeps_going(tmp_path):
    (tmp_path / "a.txt").write_text("Казань и Минск стали городами-побратимами.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00\x00" * 50)
    (tmp_path / "d.jsonl").write_text('{"id": "j1", "text": "Текст из JSON.", "published": "2024-01-02"}\nне json\n',
                                      encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    docs = [i for i in items if not isinstance(i, ReadFailure)]
    fails = [i for i in items if isinstance(i, ReadFailure)]
    assert {d.id for d in docs} == {"a", "j1"}
    assert len(fails) == 4 and all(f.reason for f in fails)


def test_published_from_dateline():
    assert find_published("Поволжье / Главные события 5 декабря 2024 г. 15:06\n\nТекст") == date(2024, 12, 5)
    assert find_published("Казань. 5 декабря 2024 г. Мэр Казани заявил...") == date(2024, 12, 5)
    assert find_published("Свежий номер: 14 марта 2024 (4959)\nТекст") is None
    assert find_published("МИНСК, 29 сен – РИА Новости. Текст") is None
    assert find_published("Меморандум был подписан 13 июля 2017 г. в Астане на сессии ассамблеи столиц "
                          "и крупных городов содружества, сообщили в пресс-службе мэрии.") is None


def test_a_banner_in_any_form_gives_no_date():
    """The banner words are the lexicon's (banner_words), each in any form."""
    assert find_published("Курсы валют на 14.03.2024\nТекст") is None
    assert find_published("Архивы номеров: 14 марта 2024\nТекст") is None
    assert find_published("Из свежего номера, 14 марта 2024\nТекст") is None
    assert find_published("Казань, 14 марта 2024 г.\nТекст") == date(2024, 3, 14)


@pytest.mark.slow
def test_fifty_megabyte_file(tmp_path):
    big = tmp_path / "big.txt"
    line = "Делегация Курской области посетила Гомельскую область и подписала план мероприятий.\n"
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(50 * 2**20 // len(line.encode())):
            fh.write(line)
    assert big.stat().st_size > 49 * 2**20
    [doc] = list(read_paths([big]))
    assert len(doc.text) <= 200_000
    assert any("только начало" in w for w in doc.meta["warnings"])


@pytest.mark.slow
def test_page_without_punctuation_is_processed_in_pieces():
    from coopwatch.extract import extract_document
    from coopwatch.models import Document
    from coopwatch.nlp.annotate import annotate

    text = "Казань Минск сотрудничество " * 3000
    ann = annotate(text)
    assert max(len(s.text) for s in ann.sentences) <= 1500
    assert all(ann.text[s.start:s.stop] == s.text for s in ann.sentences)
    extract_document(Document(id="flat", text=text))


# --- issue 15: bad input read per line and per file, named with its reason ---------------------------


TEXT = "Казань и Минск стали городами-побратимами. Товарооборот вырос на 5%."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_are_read(encoding):
    doc = read_bytes(TEXT.encode(encoding), "wide.txt", "wide")
    assert not isinstance(doc, ReadFailure), doc
    assert doc.text == TEXT


def test_nul_bytes_are_dropped_from_text_files_and_json_lines():
    doc = read_bytes(("Казань\x00 и Минск\x00 стали городами-побратимами. " * 3).encode(), "nul.txt", "nul")
    assert not isinstance(doc, ReadFailure) and "\x00" not in doc.text and "Казань и Минск" in doc.text
    line = json.dumps({"id": "j", "text": "Казань\u0000 и Минск стали побратимами."})
    (item,) = read_jsonl(line.encode(), "n.jsonl")
    assert item.text == "Казань и Минск стали побратимами." and any("NUL" in w for w in item.meta["warnings"])


def test_one_bad_line_of_json_lines_is_rejected_alone():
    good = [json.dumps({"id": f"g{i}", "text": f"Казань и Минск, выпуск {i}."}, ensure_ascii=False).encode()
            for i in range(3)]
    lines = [
        good[0],
        b'{"id": "bad-bytes", "text": "\xcf\xf0\xe8\xec\xe5\xf0"}',  # Windows-1251 in a UTF-8 file
        good[1],
        b'{"id": "nul", "text": "\x00\xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8c"}',  # a raw NUL byte
        b"{broken",
        b"[" * 100_000 + b"]" * 100_000,  # nested too deep for the parser
        b"[1, 2]",
        good[2],
    ]
    items = list(read_jsonl(b"\n".join(lines) + b"\n", "feed.jsonl"))
    docs = [i.id for i in items if not isinstance(i, ReadFailure)]
    fails = {i.source: i.reason for i in items if isinstance(i, ReadFailure)}
    assert docs == ["g0", "g1", "nul", "g2"]
    assert set(fails) == {"feed.jsonl:2", "feed.jsonl:5", "feed.jsonl:6", "feed.jsonl:7"}
    assert "UTF-8" in fails["feed.jsonl:2"]


def test_walking_names_what_cannot_be_read(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "null.txt").symlink_to("/dev/null")
    (tmp_path / "other.bin").symlink_to("/dev/null")  # not a text file by its name: not our business
    os.mkfifo(tmp_path / "pipe.txt")
    with open(os.fsencode(tmp_path) + b"/\xcf\xf0\xe8\xec\xe5\xf0.txt", "wb") as fh:
        fh.write(TEXT.encode())
    items = list(read_paths([tmp_path, tmp_path / "pipe.txt"]))
    docs = [i.id for i in items if isinstance(i, Document)]
    fails = {Path(i.source).name: i.reason for i in items if isinstance(i, ReadFailure)}
    skipped = {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)}
    assert set(skipped) == {"other.bin"} and "устройство" in skipped["other.bin"]  # named, not a failure
    assert docs == ["a"]
    assert "цикл" in fails["loop"] and "по кругу" in fails["self.txt"] and "в никуда" in fails["gone.txt"]
    assert "устройство" in fails["null.txt"] and "FIFO" in fails["pipe.txt"]
    assert "UTF-8" in fails["\\xcf\\xf0\\xe8\\xec\\xe5\\xf0.txt"]
    assert len(items) == 9  # the pipe given by name is named again, and nothing else is


def test_a_legacy_encoding_is_named_as_people_know_it():
    doc = read_bytes("Ярославская область и Витебская область подписали дорожную карту.".encode("cp1251"), "x", "x")
    assert doc.text.startswith("Ярославская область")
    assert doc.meta["warnings"] == ["текст не в UTF-8: прочитан как Windows-1251"]


def test_utf8_with_a_few_stray_bytes_is_read_and_said():
    """A UTF-8 article with two bytes that are not UTF-8 (a «» pasted from a Windows-1251 page) is
    UTF-8 with two holes — not Windows-1251 gibberish, not refused: the rest is read as it is and the
    warning says how many bytes were replaced."""
    text = ("Астрахань, 19 ноября 2025 года. Астраханская область и Атырауская область провели третье "
            "заседание совместной рабочей группы. Стороны договорились открыть прямое автобусное сообщение.")
    data = text.encode().replace("третье".encode(), b"\xab" + "третье".encode() + b"\xbb")
    doc = read_bytes(data, "astrakhan.txt", "astrakhan")
    assert isinstance(doc, Document)
    assert doc.text == text.replace("третье", "\ufffdтретье\ufffd")
    assert doc.meta["warnings"] == ["2\u00a0байта не в кодировке UTF-8: заменены знаком «\ufffd», остальной текст прочитан"]
    legacy = read_bytes(text.encode("cp1251"), "legacy.txt", "legacy")  # no well-formed UTF-8 at all: detected
    assert legacy.text == text and "Windows-1251" in legacy.meta["warnings"][0]


def _docx(paragraphs: list[str]) -> bytes:
    import io

    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.slow  # WeasyPrint makes the PDF: a second of imports
def test_word_and_pdf_files_are_read_from_folders_as_the_upload_form_reads_them(tmp_path: Path):
    """``coopwatch ingest`` and ``extract`` read a Word or PDF file in a folder (or named) as the web
    form does (python-docx, pypdf); a broken one is named with its reason, the rest is read."""
    weasyprint = pytest.importorskip("weasyprint")
    (tmp_path / "tashkent.docx").write_bytes(_docx([
        "Новосибирская область и Ташкентская область договорились о прямом авиарейсе",
        "Новосибирск, 3 марта 2026 года. Губернатор Новосибирской области провёл встречу с хокимом "
        "Ташкентской области."]))
    (tmp_path / "vitebsk.pdf").write_bytes(weasyprint.HTML(string=(
        "<p>Ярославль, 14 января 2026 года. Ярославская область и Витебская область подписали дорожную "
        "карту сотрудничества.</p>")).write_pdf())
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    found = {Path(d.source).name: d for d in read_paths([tmp_path])}
    assert set(found) == {"broken.docx", "tashkent.docx", "vitebsk.pdf"}, found
    assert isinstance(found["tashkent.docx"], Document)
    assert found["tashkent.docx"].text.startswith("Новосибирская область и Ташкентская область")
    assert found["tashkent.docx"].published == date(2026, 3, 3)  # the dateline, as for any text
    assert "Витебская область подписали дорожную" in " ".join(found["vitebsk.pdf"].text.split())
    assert found["broken.docx"] == ReadFailure(str(tmp_path / "broken.docx"),
                                               "не удалось прочитать DOCX: файл повреждён или это не DOCX")


def test_jsonl_past_the_size_cap_is_read_to_its_end(tmp_path, monkeypatch):
    # an archive export is far larger than one document may be: the cap is per line, not per file (the cap
    # is lowered here so the file needs not be 64 MB; before, the file was cut at the cap and the rest lost)
    import coopwatch.ingest.reader as reader

    monkeypatch.setattr(reader, "MAX_BYTES", 4096)
    lines = [json.dumps({"id": f"n{i}", "text": f"Заметка номер {i} о сотрудничестве регионов."},
                        ensure_ascii=False) for i in range(300)]
    lines[150] = '{"id": "broken", "text": "не закрыта'
    lines[200] = json.dumps({"id": "huge", "text": "слово " * 1000}, ensure_ascii=False)
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 4 * 4096
    items = list(read_paths([path]))
    docs = [i.id for i in items if not isinstance(i, ReadFailure)]
    fails = {Path(i.source).name: i.reason for i in items if isinstance(i, ReadFailure)}
    assert docs == [f"n{i}" for i in range(300) if i not in (150, 200)]
    assert set(fails) == {"archive.jsonl:151", "archive.jsonl:201"}, fails
    assert "JSON" in fails["archive.jsonl:151"] and "длиннее" in fails["archive.jsonl:201"]
