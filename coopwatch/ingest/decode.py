"""Bytes to text: UTF-8 first, then Windows-1251 and friends, binary files refused."""

from __future__ import annotations

from charset_normalizer import from_bytes


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first kilobytes mean a binary file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``UndecodableError`` with a reason a user can act on."""
    if looks_binary(data):
        raise UndecodableError("двоичный файл, а не текст")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Russian legacy encodings: cp1251 is by far the most common; let charset-normalizer choose
    # among the Cyrillic code pages and refuse anything that is not plausibly text.
    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "cp866", "mac_cyrillic"]).best()
    if best is None or best.chaos > 0.3:
        raise UndecodableError("байты не читаются ни как UTF-8, ни как Windows-1251")
    return str(best), best.encoding
