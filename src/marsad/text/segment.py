"""Paragraph and sentence splitting with offsets.

Sentences end at «.», «!», «?», «؟» (and «…») followed by space — but never inside quotation marks, never in
a decimal number or a clock time (the character after the stop is not a space there), never at «،», and never
after a title's one-letter abbreviation («د. سعد القصبي»: Dr.).
"""

from __future__ import annotations

import re

from marsad.model import Sentence, Span

_PARA_RE = re.compile(r"[^\n]*\S[^\n]*")
_STOP_RE = re.compile(r"[.!?؟…]+(?=\s|$)")
TITLE_ABBREVIATIONS = frozenset({"د", "أ"})  # one-letter titles written with a dot («د. سعد», «أ.د.»)
_ABBREVIATION = re.compile(rf"(?:^|[\s(.])[{''.join(sorted(TITLE_ABBREVIATIONS))}]\.$")
OPEN_QUOTES = "«“\""
CLOSE_FOR = {"«": "»", "“": "”", '"': '"'}


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines (news paragraphs are single lines), stripped of surrounding space."""
    out = []
    for m in _PARA_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(Span(s, e))
    return out


_QUOTE_MARK = re.compile('[«»“”"]')


def _quoted_ranges(chunk: str) -> list[tuple[int, int]] | None:
    """``[open, close)`` ranges of the chunk that lie inside quotation marks (only the marks are visited);
    None when the marks do not balance, so that they are not trusted."""
    ranges: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    for m in _QUOTE_MARK.finditer(chunk):
        ch = m.group()
        if stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                ranges.append((start, m.end()))
        elif ch in OPEN_QUOTES:
            if not stack:
                start = m.start()
            stack.append(CLOSE_FOR[ch])
    return None if stack else ranges


def sentences(text: str, paras: list[Span] | None = None) -> list[Sentence]:
    """Sentences of every paragraph. Stops inside balanced quotation marks do not split."""
    out: list[Sentence] = []
    for pi, p in enumerate(paras if paras is not None else paragraphs(text)):
        chunk = text[p.start : p.end]
        stops = [m.end() for m in _STOP_RE.finditer(chunk)]
        if not stops:
            out.append(Sentence(p, pi))
            continue
        ranges = _quoted_ranges(chunk) if any(q in chunk for q in OPEN_QUOTES) else None
        s = 0
        for e in stops:
            if ranges and any(a < e - 1 < b for a, b in ranges):
                continue
            if _ABBREVIATION.search(chunk, max(0, e - 3), e):
                continue
            seg_s, seg_e = s, e
            while seg_s < seg_e and chunk[seg_s].isspace():
                seg_s += 1
            if seg_e > seg_s:
                out.append(Sentence(Span(p.start + seg_s, p.start + seg_e), pi))
            s = e
        rest_s = s
        while rest_s < len(chunk) and chunk[rest_s].isspace():
            rest_s += 1
        if rest_s < len(chunk):
            out.append(Sentence(Span(p.start + rest_s, p.end), pi))
    return out
