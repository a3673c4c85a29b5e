"""Export formats for researchers: CSV, Parquet, a GDELT-style event TSV and PLOVER-style JSON.

Two shapes:

* **event mentions** (CSV, Parquet): one row per event as one article reports it, with the article's
  provenance (outlet, URL, date) and the evidence offsets; :data:`MENTION_COLUMNS` names the columns.
* **canonical events** (GDELT TSV, PLOVER JSON): one row per contact, all the articles that report it folded
  together (the event's canonical ``event_id``), with the number of articles and of distinct outlets
  (independent sources) and every source URL. :func:`canonical_events` does the folding; attribute values are
  the ones most sources report, and disagreements are kept in :attr:`CanonicalEvent.conflicts`.

Every writer takes an iterable of :class:`~marsad.model.Article` (for instance ``iter(store)``) and returns
the number of rows written. Text fields never carry tabs or line breaks into the TSV.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, BinaryIO, TextIO

from marsad.export.jsonl import event_attributes, event_gloss, write_jsonl
from marsad.model import DIRECTED_TYPES, ActorRef, Article, Event

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "MENTION_COLUMNS",
    "CanonicalEvent",
    "canonical_events",
    "country_code",
    "event_key",
    "fold",
    "mention_rows",
    "plover_records",
    "write_csv",
    "write_export",
    "write_gdelt",
    "write_parquet",
    "write_plover",
]

FORMATS = {
    "jsonl": ("application/x-ndjson", ".jsonl"),
    "csv": ("text/csv", ".csv"),
    "parquet": ("application/vnd.apache.parquet", ".parquet"),
    "gdelt": ("text/tab-separated-values", ".tsv"),
    "plover": ("application/json", ".json"),
}
LIST_SEP = "; "  # joins names in CSV cells (names may hold commas: "Washington, D.C.")

MENTION_COLUMNS = (
    "article_id", "event_id", "local_id", "type", "status", "date", "time", "location", "initiator",
    "cameo", "plover", "participants", "participant_countries", "source", "source_countries", "target",
    "target_countries", "published", "outlet", "agency", "url", "story", "headline", "trigger",
    "evidence", "evidence_text", "gloss",
)  # fmt: skip
_LIST_COLUMNS = frozenset(
    {"participants", "participant_countries", "source", "source_countries", "target", "target_countries"}
)

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Name", "Actor1CountryCode", "Actor1Country", "Actor1Type",
    "Actor2Name", "Actor2CountryCode", "Actor2Country", "Actor2Type",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "NumMentions", "NumSources", "NumArticles", "DATEADDED", "SOURCEURL",
    "EventType", "Status", "Date", "Time", "Location", "Initiator", "OtherActors",
    "SourceURLs", "ArticleIDs", "Outlets",
)  # fmt: skip

# PLOVER modes for the contact types (PLOVER CONSULT modes; "video" is marsad's own).
PLOVER_MODE = {"phone_call": "phone", "video_call": "video", "meeting": "meet", "negotiation": "meet",
               "visit": "visit", "message": None}  # fmt: skip

_WS = re.compile(r"[\t\r\n\v\f\u0085\u2028\u2029]+")


@lru_cache(maxsize=1)
def _type_codes() -> dict[str, dict[str, Any]]:
    """CAMEO/PLOVER codes of each event type, from the events data file (fallback for events without)."""
    try:
        from marsad.extract.common import load_data

        return dict(load_data("events/triggers.yaml").get("types") or {})
    except Exception:  # exports must work on a store even when the extraction data is unavailable
        return {}


def _cameo(ev: Event) -> str | None:
    return ev.cameo or (_type_codes().get(ev.type) or {}).get("cameo")


def _plover(ev: Event) -> str | None:
    return ev.plover or (_type_codes().get(ev.type) or {}).get("plover")


@lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO 3166 alpha-3 code of a country given by English name, alpha-2/3 code or Arabic name."""
    if not name:
        return None
    iso2 = None
    try:
        from marsad.kb import load_kb

        c = load_kb().country_by_name(name)
        iso2 = c.iso2 if c is not None else None
    except Exception:  # knowledge base unavailable: pycountry alone
        iso2 = None
    import pycountry

    try:
        rec = pycountry.countries.get(alpha_2=iso2) if iso2 else pycountry.countries.lookup(name)
    except LookupError:
        return None
    return rec.alpha_3 if rec is not None else None


def event_key(article_id: str, ordinal: int, ev: Event) -> str:
    """The canonical event id, or a stable article-local key for an event not linked across articles (the
    same key the API uses)."""
    return ev.id or ev.local_id or f"{article_id}#{ordinal}"


def clean(value: Any) -> str:
    """A TSV/CSV-safe cell: tabs and line breaks become spaces, None becomes empty."""
    if value is None:
        return ""
    return _WS.sub(" ", str(value)).strip()


# --- event mentions (CSV, Parquet) ----------------------------------------------------------------------


def _names(refs: list[ActorRef]) -> list[str]:
    return [r.name for r in refs]


def _countries(refs: list[ActorRef]) -> list[str]:
    return [r.country or "" for r in refs]


def mention_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """One dict per (article, event), keys :data:`MENTION_COLUMNS`; list columns hold Python lists."""
    for a in articles:
        for i, ev in enumerate(a.events):
            yield {
                "article_id": a.id,
                "event_id": event_key(a.id, i, ev),
                "local_id": ev.local_id,
                **event_attributes(ev),
                "cameo": _cameo(ev),
                "plover": _plover(ev),
                "participants": _names(ev.participants),
                "participant_countries": _countries(ev.participants),
                "source": _names(ev.source),
                "source_countries": _countries(ev.source),
                "target": _names(ev.target),
                "target_countries": _countries(ev.target),
                "published": a.published,
                "outlet": a.outlet,
                "agency": a.agency,
                "url": a.url,
                "story": a.story,
                "headline": a.headline_text,
                "trigger": ev.trigger,
                "evidence": [[s.start, s.end] for s in ev.evidence],
                "evidence_text": [a.original[s.start : s.end] for s in ev.evidence],
                "gloss": event_gloss(ev),
            }


def csv_cell(column: str, value: Any) -> str:
    """How a mention value is written in CSV (lists joined by ``; ``, evidence as JSON)."""
    if value is None:
        return ""
    if column in _LIST_COLUMNS:
        return LIST_SEP.join(value)
    if column in ("evidence", "evidence_text"):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(articles: Iterable[Article], out: TextIO) -> int:
    """Event mentions as CSV (RFC 4180 quoting, one header row)."""
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(MENTION_COLUMNS)
    n = 0
    for row in mention_rows(articles):
        w.writerow([csv_cell(c, row[c]) for c in MENTION_COLUMNS])
        n += 1
    return n


def parquet_schema() -> Any:
    import pyarrow as pa

    fields = []
    for c in MENTION_COLUMNS:
        if c in _LIST_COLUMNS or c == "evidence_text":
            t = pa.list_(pa.string())
        elif c == "evidence":
            t = pa.list_(pa.list_(pa.int64()))
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields, metadata={b"marsad": b"event mentions: one row per event per article"})


def write_parquet(articles: Iterable[Article], out: str | BinaryIO, batch: int = 10_000) -> int:
    """Event mentions as Parquet (typed columns: lists of names, evidence as lists of ``[start, end]``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as w:
        buf: list[dict[str, Any]] = []
        for row in mention_rows(articles):
            buf.append(row)
            if len(buf) >= batch:
                w.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf = []
        if buf or n == 0:
            w.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n


# --- canonical events (GDELT, PLOVER) -------------------------------------------------------------------


@dataclass(slots=True)
class CanonicalEvent:
    """One contact as all the articles that report it tell it."""

    key: str
    mentions: list[tuple[Article, Event]] = field(default_factory=list)
    type: str = ""
    status: str = "occurred"
    date: str | None = None
    time: str | None = None
    location: str | None = None
    initiator: str | None = None
    cameo: str | None = None
    plover: str | None = None
    participants: list[ActorRef] = field(default_factory=list)
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    conflicts: dict[str, list[str]] = field(default_factory=dict)  # attribute → the values sources give

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(a.id for a, _ in self.mentions))

    @property
    def outlets(self) -> list[str]:
        return sorted({a.outlet for a, _ in self.mentions if a.outlet})

    @property
    def urls(self) -> list[str]:
        return list(dict.fromkeys(a.url for a, _ in self.mentions if a.url))

    @property
    def num_sources(self) -> int:
        """Independent sources: the syndication-aware count that linking stored with each reported event
        (copies, one outlet's articles and one agency's reports count once); without it, distinct outlets
        (an article without an outlet counting as its own source)."""
        linked = [getattr(e, "n_sources", 0) for _, e in self.mentions]
        if any(linked):
            return max(linked)
        return len(self.outlets) + len({a.id for a, _ in self.mentions if not a.outlet})

    @property
    def published(self) -> list[str]:
        return sorted({a.published for a, _ in self.mentions if a.published})

    def actors(self) -> list[tuple[str, ActorRef]]:
        """``(role, actor)`` in export order: participants, or sources then targets."""
        if self.type in DIRECTED_TYPES:
            return [("source", r) for r in self.source] + [("target", r) for r in self.target]
        return [("participant", r) for r in self.participants]

    def gloss(self) -> str:
        return event_gloss(self.as_event())

    def as_event(self) -> Event:
        return Event(type=self.type, participants=self.participants, source=self.source, target=self.target,
                     date=self.date, time=self.time, location=self.location, initiator=self.initiator,
                     status=self.status, cameo=self.cameo, plover=self.plover, id=self.key)  # fmt: skip


def _vote(values: list[Any]) -> Any:
    """The value most mentions give (ties: the first given); None when none gives one."""
    given = [v for v in values if v is not None and v != ""]
    if not given:
        return None
    counts = Counter(given)
    best = max(counts.values())
    return next(v for v in given if counts[v] == best)


def _signature(ev: Event) -> tuple[Any, ...]:
    return (
        ev.type,
        tuple(sorted(r.name for r in ev.participants)),
        tuple(r.name for r in ev.source),
        tuple(r.name for r in ev.target),
    )


def fold(ce: CanonicalEvent) -> CanonicalEvent:
    """Settle a canonical event's attributes from its mentions (majority vote) and record disagreements."""
    events = [ev for _, ev in ce.mentions]
    sigs = [_signature(ev) for ev in events]
    rep = events[sigs.index(_vote(sigs))]
    ce.type, ce.participants, ce.source, ce.target = rep.type, rep.participants, rep.source, rep.target
    for attr in ("status", "date", "time", "location", "initiator"):
        values = [getattr(ev, attr) for ev in events]
        setattr(ce, attr, _vote(values))
        given = [v for v in values if v not in (None, "")]
        distinct = sorted(dict.fromkeys(given), key=lambda v: -given.count(v))  # most reported first
        if len(distinct) > 1:
            ce.conflicts[attr] = [str(v) for v in distinct]
    types = list(dict.fromkeys(ev.type for ev in events))
    if len(types) > 1:
        ce.conflicts["type"] = types
    ce.status = ce.status or "occurred"
    ce.cameo = _vote([_cameo(ev) for ev in events if ev.type == ce.type])
    ce.plover = _vote([_plover(ev) for ev in events if ev.type == ce.type])
    return ce


def canonical_events(articles: Iterable[Article]) -> list[CanonicalEvent]:
    """Events folded by canonical id, in order of first report."""
    groups: dict[str, CanonicalEvent] = {}
    for a in articles:
        for i, ev in enumerate(a.events):
            k = event_key(a.id, i, ev)
            groups.setdefault(k, CanonicalEvent(k)).mentions.append((a, ev))
    return [fold(ce) for ce in groups.values()]


def _day(value: str | None) -> date | None:
    """The first day an ISO date (or range) designates, when it has day precision."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.split("/")[0][:10])
    except ValueError:
        return None


def _event_day(ce: CanonicalEvent) -> date | None:
    return _day(ce.date) or _day(ce.published[0] if ce.published else None)


def gdelt_row(ce: CanonicalEvent) -> dict[str, str]:
    """One GDELT-style row (GDELT 2.0 event column names where they apply, marsad's own after)."""
    day = _event_day(ce)
    actors = ce.actors()
    a1 = actors[0][1] if actors else None
    a2 = actors[1][1] if len(actors) > 1 else None
    cameo = ce.cameo or ""
    added = _day(ce.published[-1]) if ce.published else None

    def actor(r: ActorRef | None) -> list[Any]:
        if r is None:
            return ["", "", "", ""]
        return [r.name, country_code(r.country) or "", r.country, r.kind]

    cells: list[Any] = [
        ce.key,
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *actor(a1),
        *actor(a2),
        1,
        cameo,
        cameo[:3],
        cameo[:2],
        _quad_class(cameo),
        len(ce.mentions),
        ce.num_sources,
        len(ce.article_ids),
        added.strftime("%Y%m%d") if added else "",
        ce.urls[0] if ce.urls else "",
        ce.type,
        ce.status,
        ce.date,
        ce.time,
        ce.location,
        ce.initiator,
        LIST_SEP.join(f"{role}:{r.name}" for role, r in actors[2:]),
        " ".join(u.replace(" ", "%20") for u in ce.urls),
        " ".join(ce.article_ids),
        LIST_SEP.join(ce.outlets),
    ]
    return {c: clean(v) for c, v in zip(GDELT_COLUMNS, cells, strict=True)}


def _quad_class(cameo: str) -> str:
    """CAMEO quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
    (09-13), 4 material conflict (14-20)."""
    if not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return "1" if root <= 5 else "2" if root <= 8 else "3" if root <= 13 else "4"


def write_gdelt(articles: Iterable[Article], out: TextIO) -> int:
    """GDELT-style event TSV: one header row, one row per canonical event, no stray tabs or newlines."""
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for ce in canonical_events(articles):
        row = gdelt_row(ce)
        out.write("\t".join(row[c] for c in GDELT_COLUMNS) + "\n")
        n += 1
    return n


def _plover_actor(role: str, r: ActorRef) -> dict[str, Any]:
    return {"role": role, "name": r.name, "country": r.country, "country_code": country_code(r.country),
            "kind": r.kind, "actor_id": r.actor_id}  # fmt: skip


def plover_record(ce: CanonicalEvent) -> dict[str, Any]:
    """A PLOVER-style event: ``event_type`` (PLOVER category), ``mode``, ``actor``/``recipient`` (the first
    two actors; all of them in ``actors``), with CAMEO, status, and every source with its evidence."""
    actors = ce.actors()
    first = actors[0][1] if actors else None
    second = actors[1][1] if len(actors) > 1 else None
    day = _event_day(ce)
    return {
        "id": ce.key,
        "event_date": day.isoformat() if day else None,
        "date": ce.date,
        "time": ce.time,
        "event_type": ce.plover,
        "mode": PLOVER_MODE.get(ce.type),
        "context": [],
        "actor": first.name if first else None,
        "actor_country": country_code(first.country) if first else None,
        "recipient": second.name if second else None,
        "recipient_country": country_code(second.country) if second else None,
        "actors": [_plover_actor(role, r) for role, r in actors],
        "location": ce.location,
        "initiator": ce.initiator,
        "status": ce.status,
        "marsad_type": ce.type,
        "cameo": ce.cameo,
        "text": ce.gloss(),
        "language": "ar",
        "num_articles": len(ce.article_ids),
        "num_sources": ce.num_sources,
        "conflicts": ce.conflicts,
        "sources": [
            {
                "article_id": a.id,
                "outlet": a.outlet,
                "agency": a.agency,
                "url": a.url,
                "published": a.published,
                "headline": a.headline_text,
                "evidence": [[s.start, s.end] for s in ev.evidence],
                "evidence_text": [a.original[s.start : s.end] for s in ev.evidence],
            }
            for a, ev in ce.mentions
        ],
    }


def plover_records(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for ce in canonical_events(articles):
        yield plover_record(ce)


def write_plover(articles: Iterable[Article], out: TextIO) -> int:
    """PLOVER-style JSON: one array of canonical events, one event per line inside it."""
    out.write("[")
    n = 0
    for rec in plover_records(articles):
        out.write(("\n" if n == 0 else ",\n") + json.dumps(rec, ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n


def write_export(fmt: str, articles: Iterable[Article], out: TextIO | BinaryIO) -> int:
    """Write ``articles`` in format ``fmt`` (a key of :data:`FORMATS`); Parquet needs a binary stream."""
    if fmt == "jsonl":
        return write_jsonl(articles, out)  # type: ignore[arg-type]
    if fmt == "csv":
        return write_csv(articles, out)  # type: ignore[arg-type]
    if fmt == "parquet":
        return write_parquet(articles, out)  # type: ignore[arg-type]
    if fmt == "gdelt":
        return write_gdelt(articles, out)  # type: ignore[arg-type]
    if fmt == "plover":
        return write_plover(articles, out)  # type: ignore[arg-type]
    raise ValueError(f"unknown export format {fmt!r} (available: {', '.join(FORMATS)})")
