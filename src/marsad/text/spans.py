"""Operations on text by spans that keep every offset valid."""

from __future__ import annotations

import re

from marsad.model import Span

_NOT_NEWLINE = re.compile(r"[^\n\r]")


def blank(text: str, spans: list[Span]) -> str:
    """``text`` with every span replaced by spaces (line breaks kept, so lines and offsets stay put);
    overlapping spans are blanked once."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for sp in sorted(spans):
        s = max(sp.start, last)
        if sp.end <= s:
            continue
        parts.append(text[last:s])
        parts.append(_NOT_NEWLINE.sub(" ", text[s : sp.end]))
        last = sp.end
    parts.append(text[last:])
    return "".join(parts)
