"""Stage: time expressions with resolved values, and the publication date.

Recognition runs once over ``article.norm.text`` (match keys, ASCII digits); spans are mapped back to the
original. The publication date comes, in order of trust, from the dateline (``article.dateline``, set by
ingest; «30 ديسمبر 2021ء», «26 شوال 1436 هـ الموافق 11 أغسطس 2015 م»), from metadata, or — when neither
exists — from the text, only when the text pins one date down (see :mod:`marsad.time.infer`). A dateline
that contradicts the metadata wins; the metadata value is kept in ``published_meta``.

Expressions are then resolved against that date (see :mod:`marsad.time.resolve` for the news semantics).
A clock time without a zone keeps its local date as value (kind ``time``) and its reading (``clock``), until
:class:`ClockZoneStage`, after the entities, reads it in the place the article puts it.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.kb.loader import load_kb
from marsad.model import Article, Mention, Span, TimeExpression
from marsad.pipeline import Stage
from marsad.time.calendar import format_instant, zone_offset_minutes
from marsad.time.grammar import Ref, recognize
from marsad.time.infer import infer_publication
from marsad.time.lexicon import TimeLexicon, load_lexicon
from marsad.time.resolve import DocumentResolver

# a dateline found without ingest's help: a full date near the start of one of the first paragraphs, inside
# an open parenthesis («( أردو بوينت نتورك / سبوتنيك - 30 ديسمبر 2021ء)») or after at most four words
# («الرياض 26 شوال 1436 هـ الموافق …»)
_DATELINE_MAX_PREFIX = 90
_DATELINE_PARAS = 4
_WORDS = re.compile(r"\S+")
_CLOSE_AFTER_DATE = re.compile(r"\s*[ءم]?\s*\)")


def _tidy_end(text: str, start: int, end: int) -> int:
    """Take in what the key text dropped at the end (harakat «مساءً», tatweel «هـ», the year mark «2021ء») and
    a closing parenthesis the span opened."""
    n = len(text)
    while end < n and ("\u064b" <= text[end] <= "\u065f" or text[end] == "\u0640"
                       or (text[end] == "\u0621" and text[end - 1].isdigit())):
        end += 1
    frag = text[start:end]
    if frag.count("(") > frag.count(")"):
        j = end
        while j < n and j - end < 2 and text[j] == " ":
            j += 1
        if j < n and text[j] == ")":
            end = j + 1
    return end


def parse_iso_date(value: str | None) -> date | None:
    """The calendar date of an ISO date or timestamp string (its own offset's date), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class TimeStage(Stage):
    name = "times.arabic.v31"
    requires = ("paragraphs",)
    assigns = ("times", "published")

    def __init__(self, lexicon: TimeLexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()

    def __call__(self, article: Article) -> Article:
        norm = article.norm
        key = norm.text
        refs = recognize(key, self.lex)
        spans = [norm.span_to_original(r.start, r.end) for r in refs]
        self._publication(article, refs, spans, key)
        resolver = DocumentResolver(parse_iso_date(article.published), key, self.lex)
        out: list[TimeExpression] = []
        last_end = -1
        original = article.original
        for ref, (s, e) in zip(refs, spans, strict=True):
            if s < last_end or e <= s:
                continue
            e = _tidy_end(original, s, e)
            last_end = e
            value = resolver.resolve(ref)
            clock = f"{resolver.clock[0]:02d}:{resolver.clock[1]:02d}" if resolver.clock and value else None
            out.append(TimeExpression(Span(s, e), original[s:e], value, ref.kind, clock))
        article.times = out
        return article

    # ------------------------------------------------------------------ publication date
    def _publication(self, article: Article, refs: list[Ref], spans: list[tuple[int, int]], key: str) -> None:
        found = self.dateline_date(article, refs, spans)
        if found is not None:
            iso = found.isoformat()
            if article.published is None:
                article.published = iso
                article.published_source = "dateline"
            elif str(article.published)[:10] != iso:
                if article.published_meta is None:
                    article.published_meta = article.published
                article.published = iso
                article.published_source = "dateline"
            elif article.published_source is None:
                article.published_source = "metadata"
            return
        if article.published is not None:
            if article.published_source is None:
                article.published_source = "metadata"
            return
        inferred = infer_publication(refs, key, self.lex)
        if inferred is not None:
            article.published = inferred.isoformat()
            article.published_source = "inferred"

    def publication_within(self, article: Article, window: tuple[date, date]) -> date | None:
        """The one publication date the text allows inside ``window``, or None. For an article with no date
        of its own: «اليوم الأربعاء» and «17 ديسمبر الجاري» leave every year open, the story's other reports
        close it."""
        key = article.norm.text
        return infer_publication(recognize(key, self.lex), key, self.lex, window)

    def dateline_date(self, article: Article, refs: list[Ref], spans: list[tuple[int, int]]) -> date | None:
        """The full date written in the dateline (ingest's span, else a dateline-shaped date near the top)."""
        resolver = DocumentResolver(None, "", self.lex)
        dl = article.dateline
        if dl is not None:
            for ref, (s, _e) in zip(refs, spans, strict=True):
                if dl.start <= s < dl.end and ref.is_absolute and ref.day is not None:
                    d = resolver.day_of(ref)
                    if d is not None:
                        return d
            return None
        if article.published is not None:
            return None
        return self._dateline_fallback(article, refs, spans, resolver)

    def _dateline_fallback(self, article: Article, refs: list[Ref], spans: list[tuple[int, int]],
                           resolver: DocumentResolver) -> date | None:
        """A dateline the ingest did not mark. Two shapes only, so that a date in a lead sentence
        («في 11 يوليو من العام 1988») is never taken: a wire dateline in parentheses ending in the date
        («( أردو بوينت نتورك / سبوتنيك - 30 ديسمبر 2021ء)»), or a place of at most three words, the date,
        and at most an agency name before the line ends
        («الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس»).
        """
        paras = article.paragraphs[:_DATELINE_PARAS]
        if not paras:
            return None
        text = article.text
        limit = paras[-1].end
        for ref, (s, e) in zip(refs, spans, strict=True):
            if s >= limit:
                break
            if ref.kind not in ("date", "time") or not ref.is_absolute or ref.day is None:
                continue
            para = next((p for p in paras if p.start <= s < p.end), None)
            if para is None or s - para.start > _DATELINE_MAX_PREFIX:
                continue
            prefix = text[para.start : s]
            after = text[e : min(para.end, e + 16)]
            wire = (prefix.count("(") > prefix.count(")") and prefix.rstrip()[-1:] in "-–/"
                    and _CLOSE_AFTER_DATE.match(after) is not None)
            words = _WORDS.findall(prefix)
            tail = _WORDS.findall(text[e : para.end])
            place = (1 <= len(words) <= 3 and len(tail) <= 2 and e + 16 >= para.end
                     and not any(w.strip("(،,") in self.lex.prepositions for w in words + tail)
                     and not any(ch.isdigit() for ch in prefix))
            if wire or place:
                d = resolver.day_of(ref)
                if d is not None:
                    return d
        return None


class ClockZoneStage(Stage):
    """Clock times written without their zone («الساعة التاسعة مساء», «بالتوقيت المحلي») are read where the
    article puts them: the place named nearest in their sentence, else in the dateline, else the nearest before
    them in their paragraph, else the one zone of every place the article names. With none of these the value
    stays the local date (and ``clock`` the reading)."""

    name = "times.zones.v1"
    requires = ("times", "mentions")
    assigns = ("times",)

    def __init__(self, lexicon: TimeLexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()

    def __call__(self, article: Article) -> Article:
        open_clocks = [t for t in article.times if t.clock and t.zone is None and t.value and len(t.value) == 10]
        if not open_clocks:
            return article
        home = load_kb().home
        places: list[tuple[Mention, str]] = []
        for m in article.mentions:
            actor = article.actors.get(m.actor_id)
            if actor is None or actor.kind not in ("place", "country") or m.form not in ("name", "metonym"):
                continue
            zone = self.lex.place_zone(m.text or m.span.of(article.original), home.get(m.actor_id))
            if zone is not None:
                places.append((m, zone))
        if not places:
            return article
        everywhere = {z for _, z in places}
        for t in open_clocks:
            zone = self._zone_of(article, t, places) or (next(iter(everywhere)) if len(everywhere) == 1 else None)
            if zone is None:
                continue
            hour, minute = (int(x) for x in t.clock.split(":"))
            day = date.fromisoformat(t.value)
            off = zone_offset_minutes(zone, day, hour, minute)
            if off is not None:
                t.value, t.zone = format_instant(day, hour, minute, off), zone
        return article

    @staticmethod
    def _zone_of(article: Article, t: TimeExpression, places: list[tuple[Mention, str]]) -> str | None:
        def nearest(cands: list[tuple[Mention, str]]) -> str | None:
            if not cands:
                return None
            return min(cands, key=lambda p: abs(p[0].span.start - t.span.start))[1]

        sent = next((s.span for s in article.sentences if s.span.start <= t.span.start < s.span.end), None)
        if sent is not None:
            zone = nearest([p for p in places if sent.start <= p[0].span.start < sent.end])
            if zone is not None:
                return zone
        dl = article.dateline
        if dl is not None:
            zone = nearest([p for p in places if dl.start <= p[0].span.start < dl.end])
            if zone is not None:
                return zone
        para = next((p for p in article.paragraphs if p.start <= t.span.start < p.end), None)
        if para is not None:
            return nearest([p for p in places if para.start <= p[0].span.start < t.span.start])
        return None
