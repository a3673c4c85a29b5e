"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 (BOM), Windows-1256, with clear refusals.

Arabic news files in the wild come as UTF-8, as UTF-16 from Windows editors and as Windows-1256 from older
Arabic sites. Anything else (binary, Latin-1 text, empty files) is refused with one coded error, so a
batch never silently analyses mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SNIFF = 65536  # bytes inspected for binary content


@dataclass(slots=True)
class Decoded:
    """The decoded text, or an error code from :data:`marsad.errors.CODES` with a detail."""

    text: str = ""
    encoding: str = ""
    code: str = ""
    detail: str = ""


def _control_ratio(sample: str) -> float:
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def mostly_arabic(text: str) -> bool:
    """Whether the letters of ``text`` are mostly Arabic (how a Windows-1256 guess is confirmed)."""
    sample = text[:20000]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    return arabic > 0 and arabic >= 2 * latin


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file; never raises. Empty or whitespace-only text is E004, binary E003, else E002."""
    if not data.strip():
        return Decoded(code="E004", detail=f"{len(data)} bytes, no text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                return Decoded(code="E002", detail=f"{enc} BOM but invalid {enc} at byte {exc.start}")
            return _checked(text, enc)
    head = data[:_SNIFF]
    if b"\x00" in head:
        utf16 = _guess_utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        return Decoded(code="E003", detail="contains NUL bytes")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    if _damaged_utf8(data):
        return Decoded(code="E002", detail=f"damaged UTF-8: invalid byte sequence at byte {utf8_error}")
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and mostly_arabic(text):
        return _checked(text, "cp1256")
    return Decoded(code="E002", detail=f"invalid UTF-8 at byte {utf8_error}, not Windows-1256 Arabic either")


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a cut or corrupted file), not another encoding: most multibyte
    sequences decode. Windows-1256 Arabic read as UTF-8 fails on nearly every letter instead."""
    sample = data[:_SNIFF].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd")
    good = sum(1 for ch in sample if ord(ch) > 127) - bad
    return good > 10 * bad


def _guess_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: in Arabic text nearly every high byte is 0x06 (Arabic block) or 0x00
    (ASCII). Accept only data that then decodes to text without control characters."""
    if len(data) % 2:
        return None
    even, odd = data[0:_SNIFF:2], data[1:_SNIFF:2]
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if high.count(0) + high.count(6) < 0.9 * len(high):
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text[:_SNIFF]) <= 0.01:
            return _checked(text, enc)
    return None


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        return Decoded(code="E004", detail="only whitespace")
    if _control_ratio(text[:_SNIFF]) > 0.05:
        return Decoded(code="E003", detail="mostly control characters")
    return Decoded(text=text, encoding=encoding)


def decode_line(data: bytes) -> str | None:
    """One JSON Lines record: UTF-8, else Windows-1256 when that reads as Arabic; ``None`` if neither."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if _damaged_utf8(data):
            return None
    text = data.decode("cp1256", errors="replace")
    return text if "\ufffd" not in text and mostly_arabic(text) else None
