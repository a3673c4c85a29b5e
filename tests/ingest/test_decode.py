"""Byte decoding: UTF-8 (BOM or not), UTF-16/32, Windows-1256; refusals with their codes."""

from __future__ import annotations

import codecs

import pytest

from marsad.ingest.decode import decode_bytes, decode_line

TEXT = "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الأمريكي جو بايدن.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # with BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # without BOM: NULs on every other byte
        (TEXT.encode("utf-32"), "utf-32-le"),
        (TEXT.encode("cp1256"), "cp1256"),
    ],
)
def test_decode_encodings(data: bytes, encoding: str) -> None:
    dec = decode_bytes(data)
    assert (dec.code, dec.text, dec.encoding) == ("", TEXT, encoding)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E004"),
        (b" \n\t\r\n", "E004"),
        ("\ufeff  \n".encode(), "E004"),
        (bytes(range(256)) * 4, "E003"),  # binary: NUL bytes
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100 + b"abc", "E003"),  # mostly control characters
        ("Crème brûlée à Paris, déjà vu.".encode("latin-1"), "E002"),  # not Arabic
        (TEXT.encode("utf-8")[:-30] + b"\xff\xfe" + TEXT.encode("utf-8"), "E002"),  # damaged UTF-8
    ],
)
def test_decode_refusals(data: bytes, code: str) -> None:
    dec = decode_bytes(data)
    assert dec.code == code and dec.detail and dec.text == ""


def test_decode_line_for_json_lines() -> None:
    assert decode_line(TEXT.encode("utf-8")) == TEXT
    assert decode_line(TEXT.encode("cp1256")) == TEXT
    assert decode_line("déjà vu".encode("latin-1")) is None
