"""Stage: direct quotes (GUIDELINES §4) with their speakers.

A quotation («…», “…”, "…") is a direct quote when a speech cue introduces it: right before it (the whole
complement, any length: «قال بيسكوف: "…"») or earlier in the sentence with the quotation embedded in reported
speech (then only when at least four words long: shorter ones are labels or scare quotes). The speaker is the
actor named between cue and quotation, else the subject before the cue, else — for «وأضاف» and other
continuation cues — the previous speaker. Quotations continue across paragraph breaks and wire breaks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from marsad.extract.common import Hit, hits, in_span, load_data
from marsad.model import Article, Mention, Quote, Span
from marsad.pipeline import Stage
from marsad.text.lexmatch import LexiconMatcher

_MARKS = re.compile(r'[«»“”"]')
PAIRS = {"«": "»", "“": "”", '"': '"'}
MAX_PARAGRAPHS = 4  # a quotation spanning more paragraphs than this is an unbalanced mark, not a quote
LOOKBACK = 140  # characters before a quotation searched for its cue
MIN_EMBEDDED_WORDS = 4
_BRIDGE_GAP = 60  # a cue this close before the quotation, with only bridge words between, introduces it
_WORD = re.compile(r"\w+")
_OBJECT_PREFIX = frozenset("لب")


@dataclass(slots=True)
class CueLex:
    speech: LexiconMatcher
    continuing: frozenset[str]
    document: frozenset[str]


@cache
def cue_lexicon() -> CueLex:
    data = load_data("quotes/cues.yaml")
    m = LexiconMatcher()
    cont = frozenset(data.get("continue", []))
    doc = frozenset(data.get("document", []))
    for p in data["verbs"] + data.get("continue", []):
        kind = "document" if p in doc else "continue" if p in cont else "verb"
        m.add(p, kind)
    m.build()
    return CueLex(m, cont, doc)


def quotations(text: str, paragraphs: list[Span]) -> list[Span]:
    """Spans of the text inside balanced quotation marks (marks excluded), outermost only."""
    para_of = _paragraph_index(paragraphs)
    out: list[Span] = []
    open_ch: str | None = None
    open_at = 0
    for m in _MARKS.finditer(text):
        ch, pos = m.group(), m.start()
        if open_ch is None:
            if ch in PAIRS:
                open_ch, open_at = ch, pos
            continue
        if ch == PAIRS[open_ch]:
            if para_of(pos) - para_of(open_at) <= MAX_PARAGRAPHS:
                out.append(Span(open_at + 1, pos))
                open_ch = None
            else:
                open_ch, open_at = (ch, pos) if ch in PAIRS else (None, 0)
        elif ch == open_ch:  # a second opener of the same kind before a closer: resynchronize
            open_at = pos
    return [_strip(text, s) for s in out if s.end > s.start]


def _paragraph_index(paragraphs: list[Span]):
    starts = [p.start for p in paragraphs]

    def index(pos: int) -> int:
        return bisect.bisect_right(starts, pos)

    return index


def _strip(text: str, s: Span) -> Span:
    a, b = s.start, s.end
    while a < b and (text[a].isspace() or text[a] in ".،,:"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "،,:"):
        b -= 1
    return Span(a, b)


class QuoteStage(Stage):
    name = "quotes.rules.v1"
    requires = ("sentences", "mentions")
    assigns = ("quotes",)

    def __call__(self, article: Article) -> Article:
        text = article.text
        if not _MARKS.search(text):
            article.quotes = []
            return article
        lex = cue_lexicon()
        cues = hits(article, lex.speech)
        mentions = sorted((m for m in article.mentions if _speaker_kind(article, m)), key=lambda m: m.span.start)
        quotes: list[Quote] = []
        last_speaker: str | None = None
        for q in quotations(text, article.paragraphs):
            if q.end - q.start < 2:
                continue
            sent_start = _sentence_start(article, q.start)
            back = Span(max(sent_start, q.start - LOOKBACK), q.start)
            before = in_span(cues, back)
            words = len(_WORD.findall(text[q.start : q.end]))
            cue, direct = _introducing_cue(text, before, q)
            if cue is None:
                trailing = _trailing_cue(text, cues, q)
                if trailing is None or words < MIN_EMBEDDED_WORDS:
                    continue
                cue, direct = trailing, True
            if not direct and words < MIN_EMBEDDED_WORDS:
                continue
            speaker = _speaker(article, mentions, cue, q, sent_start)
            if speaker is None:  # «وأضاف: "…"», «وقال: "…"»: the subject is the previous speaker
                speaker = last_speaker
            if speaker is None:
                continue
            last_speaker = speaker
            quotes.append(Quote(speaker=speaker, span=q, cue=cue.span.of(text), cue_span=cue.span,
                                text=_clean(text[q.start : q.end])))
        article.quotes = quotes
        return article


def _clean(s: str) -> str:
    return " ".join(s.split())


def _sentence_start(article: Article, pos: int) -> int:
    for s in article.sentences:
        if s.span.start <= pos < s.span.end or s.span.start >= pos:
            return min(s.span.start, pos)
    return 0


def _introducing_cue(text: str, before: list[Hit], q: Span) -> tuple[Hit | None, bool]:
    """The cue of a quotation: the nearest one before it; direct when only bridge words separate them."""
    if not before:
        return None, False
    cue = before[-1]
    gap = text[cue.span.end : q.start - 1]
    direct = len(gap) <= _BRIDGE_GAP and (gap.rstrip().endswith((":", "إن", "ان", "أن")) or not gap.strip()
                                          or len(_WORD.findall(gap)) <= 4)
    return cue, direct


def _trailing_cue(text: str, cues: list[Hit], q: Span) -> Hit | None:
    """«"…"، قال بيسكوف»: a cue right after the closing mark."""
    for c in cues:
        if q.end < c.span.start <= q.end + 12:
            return c
    return None


def _speaker_kind(article: Article, m: Mention) -> bool:
    a = article.actors.get(m.actor_id)
    return a is not None and a.kind in ("person", "organization") and m.form in ("name", "title")


def _is_object(text: str, m: Mention) -> bool:
    """A mention with an attached preposition (لنظيره، بالرئيس) or after «إلى/مع/على» is not a subject."""
    s = m.span.start
    if s > 0 and text[s - 1] in _OBJECT_PREFIX:
        return True
    prev = text[max(0, s - 6) : s].split()
    return bool(prev) and prev[-1] in ("إلى", "الى", "مع", "على", "عن", "لدى")


def _speaker(article: Article, mentions: list[Mention], cue: Hit, q: Span, sent_start: int) -> str | None:
    text = article.text
    # 1) named between the cue and the quotation («وقال بيسكوف للصحفيين: "…"»)
    between = [m for m in mentions if cue.span.end <= m.span.start and m.span.end <= q.start]
    if between:
        return article.actors[between[0].actor_id].name
    # 2) named right after a trailing cue («"…"، قال بيسكوف»)
    if cue.span.start > q.end:
        after = [m for m in mentions if cue.span.end <= m.span.start <= cue.span.end + 40]
        return article.actors[after[0].actor_id].name if after else None
    # 3) the subject before the cue in the same sentence: nearest non-object mention
    before = [m for m in mentions if sent_start <= m.span.start and m.span.end <= cue.span.start]
    groups: list[list[Mention]] = []
    for m in before:
        if groups and groups[-1][-1].actor_id == m.actor_id and m.span.start - groups[-1][-1].span.end <= 3:
            groups[-1].append(m)
        elif groups and m.span.start - groups[-1][-1].span.end <= 3 and _is_object(text, groups[-1][0]):
            groups[-1].append(m)  # «لنظيره الأمريكي جو بايدن»: an apposition shares its head's role
        else:
            groups.append([m])
    for g in reversed(groups):
        if not _is_object(text, g[0]):
            return article.actors[g[-1].actor_id].name
    return None
