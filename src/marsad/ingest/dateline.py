"""Datelines and agency credits at the start of an article body.

A dateline is a short run of segments before the first sentence, split by dashes, colons, slashes, commas
and parentheses, where each segment is a known outlet/agency name, a date or a short place/person name, and
at least one is a known name: «القاهرة - (رويترز) -», «واشنطن - أ ف ب:», «بيروت (رويترز)»,
«عبدالله البرقاوي- سبق- الرياض:», «( أردو بوینت نتورك ۔ / سبوتنيك - 30 ديسمبر 2021ء)»,
«دبي، الإمارات العربية المتحدة (CNN)—». Saudi Press Agency lines («الرياض 26 شوال 1436 هـ الموافق 11
أغسطس 2015 م واس») have no separators and get their own shape. The date inside a dateline is left to the
time stage.

Agency credits in the lead («حسب ما أوردت رويترز», «نقلا عن وكالة …», «وفق ما نقلته وكالة أنباء تاس»,
«(رويترز)») count only in the first paragraphs: a wire named deep in the story is a source, not the credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.ingest.outlets import AGENCY, OUTLET, Name, OutletTable, outlet_table
from marsad.model import Span
from marsad.text.normalize import match_key

HEAD_CHARS = 220  # how far into the first paragraph a dateline may reach
LEAD_PARAGRAPHS = 3  # credits count in this many first body paragraphs
LEAD_CHARS = 3000

_CLITIC_END = re.compile(r"(?:^|\s)[لبك]ـ*$")  # a segment ending in a bare preposition: «لـ(عكاظ)»
_SEP_CHAR = re.compile(r"[-–—/:،,()|ـ]")
_SEP = re.compile(r"(?:[^\S\n]*(?:[-–—/:،,()|]|(?<=\s)ـ+|ـ+(?=\s)))+[^\S\n]*")
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_DATE = re.compile(
    rf"(?:[^\W\d_]+[^\S\n]+){{0,2}}[{_DIGIT}]{{1,2}}[^\S\n]+[^\W\d_]+(?:[^\S\n]+[{_DIGIT}]{{4}})?[^\S\n]*[ءم]?"
)
_FREE = re.compile(r"[^\s\d\-–—/:،,()|«»\"“”.!?؟]+(?:[^\S\n]+[^\s\d\-–—/:،,()|«»\"“”.!?؟]+){0,2}")
_SPA = re.compile(
    rf"(?P<place>[^{_DIGIT}\n:،]{{2,40}}?)[^\S\n]+[{_DIGIT}]{{1,2}}[^\S\n]+\S+[^\S\n]+[{_DIGIT}]{{4}}[^\S\n]*(?:هـ|ه)?"
    rf"(?:[^\S\n]*الموافق[^\S\n]+[{_DIGIT}]{{1,2}}[^\S\n]+\S+[^\S\n]+[{_DIGIT}]{{4}}[^\S\n]*م?)?"
    rf"[^\S\n]+(?P<name>[^{_DIGIT}\n:]{{2,30}}?)[^\S\n]*:?[^\S\n]*"
)
_STRIP = " \t\u00a0\u06d4.\u200f\u200e\u202b\u202c"
# A credit trigger starts at one of these cues; the full trigger is then matched at the word start.
_CUE = re.compile(r"حسب|وفق|طبق|نقل[اًا]|لوكال[ةه]|\(")
_TRIGGER = re.compile(
    r"(?:"
    r"(?:و?ب?حسب|و?وفق(?:اً|ًا|ا)?|و?طبق(?:اً|ًا|ا)?)[^\S\n]*(?:ل[^\S\n]*)?ما[^\S\n]+"
    r"(?:[أا]ورد|ذكر|نقل|بث|[أا]فاد|نشر|[أا]علن|قال|[أا]ظهر|كشف)\S*[^\S\n]+"
    r"|نقل(?:اً|ًا|ا)[^\S\n]+عن[^\S\n]+"
    r"|و?ب?حسب[^\S\n]+"
    r"|و?(?:وفق|طبق)(?:اً|ًا|ا)[^\S\n]+ل"
    r"|(?P<weak>ل)(?=وكال[ةه][^\S\n])"
    r")"
)


@dataclass(slots=True)
class Dateline:
    span: Span
    outlet: str | None = None
    agency: str | None = None
    names: list[Name] = field(default_factory=list)


def _first_of(names: list[Name], kind: str) -> str | None:
    return next((n.name for n in names if n.kind == kind), None)


def _classify(seg: str, table: OutletTable) -> tuple[str, Name | None]:
    name = table.lookup(seg, dateline=True)
    if name is not None:
        return "name", name
    if _DATE.fullmatch(seg):
        return "date", None
    if len(seg) <= 40 and _FREE.fullmatch(seg):
        return "free", None
    return "", None


def find_dateline(text: str, start: int, end: int, table: OutletTable | None = None) -> Dateline | None:
    """The dateline at the start of ``text[start:end]`` (the body), if any."""
    table = table or outlet_table()
    while start < end and text[start].isspace():
        start += 1
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    limit = min(line_end, start + HEAD_CHARS)
    head = text[start:limit]
    if not head:
        return None
    if line_end - start <= 120:
        m = _SPA.fullmatch(head.rstrip())
        if m is not None:
            name = table.lookup(m.group("name"), dateline=True)
            if name is not None:
                e = start + len(head.rstrip())
                return Dateline(Span(start, e), _first_of([name], OUTLET), _first_of([name], AGENCY), [name])
    first_sep = _SEP_CHAR.search(head, 0, 80)
    if first_sep is None:
        return None
    first = head[: first_sep.start()].strip(_STRIP)
    if first:
        n_words = len(first.split())
        if n_words > 3 and (n_words > table.max_words or table.lookup(first, dateline=True) is None):
            return None
    return _walk(head, start, limit == line_end, table)


def _walk(head: str, offset: int, head_is_line: bool, table: OutletTable) -> Dateline | None:
    pos = 0
    depth = 0
    best_end = -1
    committed: list[Name] = []
    pending: list[Name] = []
    seen_name = False
    free_before_name = 0
    prev_sep = ""
    for _ in range(10):
        m = _SEP.search(head, pos)
        seg_end = m.start() if m else len(head)
        seg = head[pos:seg_end].strip(_STRIP)
        sep = m.group() if m else ""
        at_eol = m is None and head_is_line
        kind, name = "", None
        if seg:
            kind, name = _classify(seg, table)
            if not kind or (kind == "free" and _CLITIC_END.search(seg)):
                break  # «كشف لـ(عكاظ)»: a sentence, not a place before a credit
            if name is not None:
                pending.append(name)
                seen_name = True
            elif not seen_name:
                free_before_name += 1
                if free_before_name > 3:
                    break
        depth += sep.count("(") - sep.count(")")
        if depth < 0:
            break
        closes = ")" in sep or ":" in sep or at_eol
        dash = any(c in sep for c in "-–—ـ")
        candidate = False
        if depth == 0 and seen_name and seg and not sep.rstrip().endswith("("):
            if kind == "name":
                # «علمت (عكاظ) أن»: an outlet in parentheses is a dateline only when a dash or colon follows
                in_parens = (
                    ")" in sep and name is not None and name.kind == OUTLET and not (dash or ":" in sep)
                )
                candidate = (closes or dash) and not in_parens
            else:  # a place or date after the name: «واس- جدة:», «عين اليوم – متابعات», «- 30 ديسمبر 2021ء)»
                candidate = closes and any(c in prev_sep for c in "-–—ـ/")
        if candidate:
            best_end = seg_end + len(sep) if m else seg_end
            committed.extend(pending)
            pending = []
        if m is None or (":" in sep and depth == 0):
            break
        prev_sep = sep
        pos = m.end()
    if best_end <= 0 or not committed:
        return None
    while best_end > 0 and head[best_end - 1].isspace():
        best_end -= 1
    return Dateline(
        Span(offset, offset + best_end), _first_of(committed, OUTLET), _first_of(committed, AGENCY), committed
    )


def lead_region(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, e)`` covering the first :data:`LEAD_PARAGRAPHS` non-empty lines of the body."""
    pos, seen = start, 0
    while pos < end and seen < LEAD_PARAGRAPHS:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return start, min(pos, end, start + LEAD_CHARS)


@dataclass(slots=True)
class LeadCredit:
    agency: str
    weak: bool  # «قال … لوكالة X»: X was told, it may be the publisher itself
    span: Span


def lead_credits(text: str, start: int, end: int, table: OutletTable | None = None) -> list[LeadCredit]:
    """Agencies credited in the lead paragraphs of ``text[start:end]``, in text order."""
    table = table or outlet_table()
    s, e = lead_region(text, start, end)
    out: list[LeadCredit] = []
    for cue in _CUE.finditer(text, s, e):
        c = cue.start()
        if text[c] == "(":
            close = text.find(")", c + 1, min(e, c + 32))
            if close < 0 or not text[c + 1 : c + 2].isalpha():
                continue
            if text.find("وكال", max(s, c - 45), c) >= 0:
                continue  # «وذكرت وكالة أنباء الإمارات (وام) أن»: an abbreviation glossing a report
            name = table.lookup(text[c + 1 : close])
            if name is not None and name.kind == AGENCY:
                out.append(LeadCredit(name.name, False, Span(c, close + 1)))
            continue
        ws = c  # back to the word start over the prefixes و and ب
        while ws > s and c - ws < 2 and text[ws - 1] in "وب":
            ws -= 1
        if ws > s and text[ws - 1].isalnum():
            continue
        m = _TRIGGER.match(text, ws, e)
        if m is None:
            continue
        window = text[m.end() : min(e, m.end() + 100)]
        name = table.agency_after(match_key(window))
        if name is not None:
            out.append(LeadCredit(name.name, m.group("weak") is not None, Span(m.start(), m.end())))
    return out


def credit_names(text: str, spans: list[Span], table: OutletTable | None = None) -> list[Name]:
    """Outlets and agencies named in credit lines (blanked trailers such as «فرانس24/ أ ف ب»)."""
    table = table or outlet_table()
    out: list[Name] = []
    for sp in spans:
        out.extend(table.names_in(match_key(text[sp.start : sp.end])))
    return out
