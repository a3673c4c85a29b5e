"""Tokens with offsets: clock times, dates and numbers stay whole, Arabic words keep their clitics.

Tokenization is one compiled regex over normalized text; callers map offsets back with
:meth:`marsad.text.normalize.Normalized.span_to_original`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
WORD_CHARS = f"{ARABIC_LETTERS}A-Za-z\u00c0-\u024f"

TOKEN_RE = re.compile(
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?!\d)"
    r"|(?P<date>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})(?!\d)"
    r"|(?P<number>\d+(?:[.,]\d+)*%?)"
    rf"|(?P<word>[{WORD_CHARS}]+)"
    r"|(?P<punct>[^\s\w]|_)"
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # time | date | number | word | punct


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (normalized or original) with offsets into it."""
    return [Token(m.group(), m.start(), m.end(), m.lastgroup or "punct") for m in TOKEN_RE.finditer(text)]
