"""The DOCX report as Word would set it: LibreOffice (headless) turns it into PDF, poppler's
pdftoppm into PNG pages kept in test-output/reports/ for a person to look at. Both are Debian
packages that ``.ci/run`` installs; without them the test is skipped and says why."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

import coopwatch.report as report
from coopwatch.report.to_pdf import docx_to_pdf, libreoffice

from .conftest import TODAY
from .texts import A, B


def test_docx_to_pdf_to_png(report_kb, out_dir: Path, tmp_path: Path) -> None:
    if libreoffice() is None:
        pytest.skip("нет LibreOffice (soffice): apt-get install libreoffice-writer-nogui — это делает .ci/run")
    if shutil.which("pdftoppm") is None:
        pytest.skip("нет pdftoppm: apt-get install poppler-utils — это делает .ci/run")
    docx = tmp_path / "pair-libreoffice.docx"
    report.write(report.pair_report(report_kb, A, B, today=TODAY), "docx", docx)
    pdf = docx_to_pdf(docx, tmp_path)
    reader = PdfReader(pdf)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages).replace("\u00a0", " ")
    assert text.startswith("СПРАВКА о сотрудничестве: Республика Татарстан — Республика Беларусь")
    for heading in ("1. Общие сведения", "4. Торгово-экономическое сотрудничество", "7. Расхождения источников",
                    "Источники"):
        assert heading in text
    for old in out_dir.glob("pair-libreoffice-*.png"):
        old.unlink()
    shutil.copy(pdf, out_dir / "pair-libreoffice.pdf")
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out_dir / "pair-libreoffice")], check=True,
                   timeout=120)
    pngs = sorted(out_dir.glob("pair-libreoffice-*.png"))
    assert len(pngs) == len(reader.pages) >= 2
    assert all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 10_000 for p in pngs)


def test_pdf_engine_libreoffice(report_kb) -> None:
    if libreoffice() is None:
        pytest.skip("нет LibreOffice (soffice): apt-get install libreoffice-writer-nogui — это делает .ci/run")
    pdf = report.render(report.place_report(report_kb, A, today=TODAY), "pdf", pdf_engine="libreoffice")
    assert pdf.startswith(b"%PDF")
