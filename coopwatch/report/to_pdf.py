"""PDF: from the report's DOCX with LibreOffice in headless mode (Debian's
``libreoffice-writer-nogui``), which sets the pages as Word would, or from its HTML with WeasyPrint
(a Python package over Pango, which Debian's base system carries). For the largest pair of the
100,000-fact benchmark base LibreOffice takes 4 s of processor time in all, WeasyPrint's layout
of thirty pages of tables 6 s alone: ``auto`` (the default) takes LibreOffice where installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from coopwatch.report.errors import ReportError

ENGINES = ("auto", "libreoffice", "weasyprint")
LIBREOFFICE_TIMEOUT = 180  # seconds: the first start of a fresh profile takes a few


def html_to_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as e:  # OSError: Pango missing
        raise ReportError(f"PDF через WeasyPrint недоступен ({e}); попробуйте --pdf-engine libreoffice") from e
    return HTML(string=html).write_pdf()


def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    """``docx`` converted to ``out_dir/<name>.pdf`` by LibreOffice (its own temporary profile, so
    conversions in parallel and a desktop LibreOffice do not block each other)."""
    exe = libreoffice()
    if exe is None:
        raise ReportError("LibreOffice не установлен (Debian: apt-get install libreoffice-writer-nogui); "
                          "для PDF без него — --pdf-engine weasyprint")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coopwatch-lo-") as profile:
        cmd = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=LIBREOFFICE_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as e:
            raise ReportError(f"LibreOffice не успел преобразовать {docx} за {LIBREOFFICE_TIMEOUT} с") from e
    pdf = out_dir / (docx.stem + ".pdf")
    if done.returncode != 0 or not pdf.exists():
        raise ReportError(f"LibreOffice не преобразовал {docx} в PDF (код {done.returncode}): "
                          f"{(done.stderr or done.stdout).strip()[:500]}")
    return pdf


def docx_bytes_to_pdf(docx: bytes) -> bytes:
    with tempfile.TemporaryDirectory(prefix="coopwatch-pdf-") as tmp:
        src = Path(tmp) / "report.docx"
        src.write_bytes(docx)
        return docx_to_pdf(src, Path(tmp) / "out").read_bytes()
