"""Assemble an :class:`Article` from decoded text: headline/body spans, blanking, dateline, credits, hash.

Every reader ends here, so a text file, a JSON record and an HTML page get the same treatment:

1. a headline repeated as the first body line is blanked (web exports often print the title twice);
2. boilerplate lines and fragments are blanked (``data/boilerplate.yaml``);
3. the dateline at the start of the body gives ``dateline``, and maybe the outlet and the agency;
4. the agency otherwise comes from a credit trailer («فرانس24/ أ ف ب») or a lead credit («حسب ما أوردت
   رويترز»); «قال … لوكالة X» counts only when the outlet is known and is not X;
5. ``content_hash`` is computed from the match key of the blanked text (:mod:`marsad.ingest.keys`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from marsad.ingest import boilerplate
from marsad.ingest.dateline import credit_names, find_dateline, lead_credits
from marsad.ingest.keys import content_hash
from marsad.ingest.outlets import AGENCY, OUTLET, outlet_table
from marsad.model import Article, Span
from marsad.text.spans import blank

_ISO_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")


def trim(text: str, s: int, e: int) -> Span:
    """``[s, e)`` without surrounding whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def first_line(text: str, start: int = 0, end: int | None = None) -> Span | None:
    """Span of the first non-empty line in ``text[start:end]``, stripped."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        nl = end if nl < 0 else nl
        sp = trim(text, pos, nl)
        if sp.end > sp.start:
            return sp
        pos = nl + 1
    return None


def _squash(s: str) -> str:
    return " ".join(s.split())


def published_date(value: Any) -> str | None:
    """The calendar date of a metadata timestamp, in the timestamp's own UTC offset (ISO ``YYYY-MM-DD``)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        secs = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(secs, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3])).date().isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()  # RFC 2822, as in RSS feeds
    except (TypeError, ValueError, IndexError):
        return None


_URL_DATE = re.compile(r"(?<!\d)(20\d\d)[/-]?(\d\d)[/-]?(\d\d)(?!\d)")
_STAMP_HOUR = re.compile(r"^\d{4}-\d\d-\d\d[T ](\d\d):")
NIGHT_HOURS = 6  # a timestamp this early may be a crawl of the day before's article


def url_day(url: str | None, published_meta: Any, published: str | None) -> str | None:
    """The day an address gives when a timestamp shortly after midnight is the day after it: the article was
    written and dated the day before it was crawled («aleqt.com/2015/07/20/…» crawled 2015-07-21T02:48, where
    «اليوم» is the 20th). Only the day before: a print paper's address may carry tomorrow's issue."""
    if not url or not published or not isinstance(published_meta, str):
        return None
    hour, dated = _STAMP_HOUR.match(published_meta), _URL_DATE.search(url)
    if hour is None or dated is None or int(hour[1]) >= NIGHT_HOURS:
        return None
    try:
        day = datetime(int(dated[1]), int(dated[2]), int(dated[3])).date()
    except ValueError:
        return None
    return day.isoformat() if (datetime.fromisoformat(published).date() - day).days == 1 else None


def make_article(
    article_id: str,
    original: str,
    headline: Span,
    body: Span,
    *,
    outlet: str | None = None,
    url: str | None = None,
    published_meta: Any = None,
    source_path: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Article:
    """The one way readers build articles (see the module doc for the steps)."""
    removed: list[Span] = []
    body_start = body.start
    # 1. repeated headline
    if headline.end > headline.start:
        nxt = first_line(original, body.start, body.end)
        if (
            nxt is not None
            and abs(len(nxt) - len(headline)) <= 10
            and _squash(original[nxt.start : nxt.end]) == _squash(original[headline.start : headline.end])
        ):
            removed.append(nxt)
            body_start = nxt.end
    # 2. boilerplate
    blanks = boilerplate.find(original, body_start, body.end)
    removed.extend(b.span for b in blanks)
    text = blank(original, removed)
    body = trim(text, body.start, body.end)
    table = outlet_table()
    # 3. dateline
    dl = find_dateline(text, body.start, body.end, table) if body.end > body.start else None
    agency = dl.agency if dl else None
    dateline_outlet = dl.outlet if dl else None
    # 4. credits
    credited = credit_names(original, [b.span for b in blanks if b.credit], table) if blanks else []
    if outlet is None:
        outlet = dateline_outlet or next((n.name for n in credited if n.kind == OUTLET), None)
    if agency is None:
        agency = next((n.name for n in credited if n.kind == AGENCY), None)
    if agency is None and body.end > body.start:
        credits = lead_credits(text, body.start, body.end, table)
        strong = next((c.agency for c in credits if not c.weak), None)
        told = next((c.agency for c in credits if c.weak and outlet is not None and c.agency != outlet), None)
        agency = strong or told
    published = published_date(published_meta)
    source = "metadata" if published else None
    day = url_day(url, published_meta, published)
    if day is not None:
        published, source = day, "url"
    article = Article(
        id=article_id,
        original=original,
        text=text,
        headline=headline,
        body=body,
        outlet=outlet,
        agency=agency,
        url=url,
        published=published,
        published_source=source,
        published_meta=None if published_meta is None else str(published_meta),
        dateline=dl.span if dl else None,
        source_path=source_path,
        metadata=metadata or {},
        removed=sorted(removed),
    )
    article.content_hash = content_hash(text)
    return article
