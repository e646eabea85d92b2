"""Bytes to text: UTF-8 first, then UTF-16 and UTF-32 (with or without a byte-order mark), then
Windows-1251 and friends; binary files refused. A stray NUL byte in a text file is dropped (SQLite
would keep it, PostgreSQL refuses it: both must store the same documents)."""

from __future__ import annotations

import codecs
import unicodedata

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters no text has (tab, line breaks, vertical tab, form feed allowed)
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)
STRAY_NULS = 0.1  # at most this share of NUL bytes, the rest being text: stray NULs in a text file


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first kilobytes mean a binary file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))  # counted in C, not byte by byte
    return bool(head) and controls / len(head) > 0.05


def _plausible(text: str) -> bool:
    """Mostly letters, digits, spaces and punctuation — what a news text is made of."""
    if not text:
        return False
    good = sum(1 for ch in text if ch.isspace() or unicodedata.category(ch)[0] in "LNPS"
               and ("\u0000" < ch < "\u0530" or "\u2000" <= ch < "\u2070"))
    return good / len(text) > 0.95


def _wide(data: bytes) -> str | None:
    """UTF-16 or UTF-32 text without a byte-order mark (NUL or 0x04 in every other byte)."""
    head = data[:4096]
    for encoding, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        sample = head[: len(head) - len(head) % width]
        try:
            if _plausible(sample.decode(encoding)):
                return data[: len(data) - len(data) % width].decode(encoding, errors="replace")
        except UnicodeDecodeError:
            continue
    return None


UTF8_SHARE = 20  # at least this many well-formed non-ASCII characters for each byte that is not UTF-8


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few bytes that are not (a character pasted from a Windows-1251 page, a line
    cut inside a letter): the text with each such byte replaced by «\ufffd» — not the whole
    article read as Windows-1251 gibberish or refused. A legacy-encoded text has next to no
    well-formed multi-byte sequences and is left to the detector."""
    text = data.decode("utf-8", errors="replace")
    bad = replaced(text, data)
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if bad and good >= UTF8_SHARE * bad else None


def replaced(text: str, data: bytes) -> int:
    """How many bytes of ``data`` are not UTF-8 and stand as «\ufffd» in ``text`` (the character
    itself, well-formed in the data, not counted)."""
    return text.count("\ufffd") - data.count("\ufffd".encode())


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``UndecodableError`` with a reason a user can act on."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff").replace("\x00", ""), encoding
            except UnicodeDecodeError:
                raise UndecodableError(f"байты после метки {encoding.upper()} не читаются в этой кодировке") from None
    if b"\x00" in data[:8192]:
        wide = _wide(data)
        if wide is not None:
            return wide.replace("\x00", ""), "utf-16/32 без метки порядка байтов"
        if data[:8192].count(0) / len(data[:8192]) <= STRAY_NULS:
            data = data.replace(b"\x00", b"")
    if looks_binary(data):
        raise UndecodableError("двоичный файл, а не текст")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8"
    # Russian legacy encodings: cp1251 is by far the most common; let charset-normalizer choose
    # among the Cyrillic code pages and refuse anything that is not plausibly text.
    from charset_normalizer import from_bytes  # only for text that is not UTF-8: not loaded at every start

    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "cp866", "mac_cyrillic"]).best()
    if best is None or best.chaos > 0.3:
        raise UndecodableError("байты не читаются ни как UTF-8, ни как Windows-1251")
    return str(best), best.encoding
