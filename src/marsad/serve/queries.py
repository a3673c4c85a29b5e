"""Read queries behind the API and the pages: plain SQL over the store's tables, one function per view.

Every function takes a :class:`Db` and validated arguments and returns plain data (dicts and lists) that the
JSON API returns as is and the HTML pages render; so a page and its JSON twin cannot disagree.

Canonical events: rows of ``events`` that share an ``event_id`` are one contact reported by several articles;
lists show one item per contact, with the number of articles and of distinct outlets (independent sources).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.export.formats import CanonicalEvent, fold
from marsad.export.jsonl import event_attributes, event_gloss
from marsad.model import DIRECTED_TYPES, ActorRef, Article, Event, Span
from marsad.store import Store
from marsad.store.search import QUOTE_SEARCH_SQL, SEARCH_SQL, SearchQuery, hit_spans, parse_query
from marsad.text.normalize import normalize

TYPE_AR = {"phone_call": "اتصال هاتفي", "video_call": "اتصال مرئي", "meeting": "لقاء", "negotiation": "مفاوضات",
           "visit": "زيارة", "message": "رسالة"}  # fmt: skip
STATUS_AR = {"occurred": "جرى", "planned": "مقرر", "cancelled": "أُلغي"}
MAX_EXPORT = 1_000_000
MMAP_BYTES = 1 << 30
READER_THREADS = 8  # request threads, each with its own read connection
# a canonical event: its linked id, else the event's own (article-local) id; the exports use the same key
_KEY = "coalesce(e.event_id, e.local_id, e.article_id || '#' || e.ord)"


class NotFound(LookupError):
    """The requested article, story, event or actor is not in the store (the API answers 404)."""


class BadRequest(ValueError):
    """A parameter that is well-formed but unusable (the API answers 422 with this message)."""


class Db:
    """The store as the service reads it: one :class:`Store` (one SQLite connection) per thread, so requests
    read concurrently (WAL) and each sees committed data only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[Store] = []
        self._guard = threading.Lock()
        _ = self.store  # open (and migrate) once now, so errors surface at startup

    @property
    def store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = Store(self.path)
            # readers: never write; a smaller private cache, the file mapped and shared through the OS instead
            s.connection.execute("PRAGMA query_only = ON")
            s.connection.execute("PRAGMA cache_size = -16384")
            s.connection.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._local.store = s
            with self._guard:
                self._all.append(s)
        return s

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.connection

    def close(self) -> None:
        with self._guard:
            for s in self._all:
                try:
                    s.close()
                except Exception:  # closing from another thread: the connection goes with the process
                    pass
            self._all.clear()
        self._local = threading.local()


# --- filters -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Filters:
    """The filters every list shares (each view applies those that make sense for it)."""

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    story: str | None = None
    q: str | None = None

    def params(self) -> dict[str, str]:
        return {k: v for k in self.__slots__ if (v := getattr(self, k)) not in (None, "")}


def _actor_names(db: Db, actor: str) -> list[str]:
    """Canonical names an ``actor`` parameter designates: the name itself (any letter case), an actor id, or
    an Arabic name the knowledge base knows."""
    conn = db.conn
    names = [r[0] for r in conn.execute("SELECT DISTINCT name FROM event_actors WHERE name = ?", (actor,))]
    if names:
        return names
    names = [r[0] for r in conn.execute("SELECT DISTINCT name FROM mentions WHERE name = ?", (actor,))]
    if names:
        return names
    names = [r[0] for r in conn.execute("SELECT DISTINCT name FROM event_actors WHERE actor_id = ?", (actor,))]
    if names:
        return names
    kb = _kb()
    if kb is not None:
        a = kb.get(actor)
        if a is not None:
            return [a.name]
        from marsad.kb import key_of

        for m in kb.matcher.find(key_of(actor)):
            if getattr(m.value, "kind", None) == "name" and m.end - m.start >= len(key_of(actor)) - 1:
                return [kb.actors[i].name for i in m.value.ids if i in kb.actors]
    low = actor.casefold()
    return [
        r[0]
        for r in conn.execute("SELECT DISTINCT name FROM event_actors WHERE name = ? COLLATE NOCASE", (actor,))
        if r[0].casefold() == low
    ] or [actor]


def _country_name(country: str) -> str:
    """The stored form of a country (its common English name) from a name, an ISO code or an Arabic name."""
    kb = _kb()
    if kb is not None:
        c = kb.country_by_name(country)
        if c is not None:
            return c.name
    return country


_kb_cache: list[Any] = []


def _kb() -> Any:
    """The knowledge base, or None when it cannot be loaded (lookups then fall back to literal matching)."""
    if not _kb_cache:
        try:
            from marsad.kb import load_kb

            _kb_cache.append(load_kb())
        except Exception:
            _kb_cache.append(None)
    return _kb_cache[0]


def resolve_story(db: Db, story_id: str) -> str:
    return db.store.resolve_story(story_id)


def _in(values: list[str]) -> str:
    return ",".join("?" * len(values))


def _event_where(db: Db, f: Filters) -> tuple[list[str], list[Any]]:
    """WHERE conditions over ``event_facts f`` (see migration m0003) for the event filters."""
    conds: list[str] = []
    args: list[Any] = []
    if f.type:
        conds.append("f.type = ?")
        args.append(f.type)
    if f.status:
        conds.append("f.status = ?")
        args.append(f.status)
    if f.actor:
        names = _actor_names(db, f.actor)
        conds.append(
            f"(f.article_id, f.ord) IN (SELECT article_id, ord FROM event_actors WHERE name IN ({_in(names)}))"
        )
        args.extend(names)
    if f.country:
        conds.append("(f.article_id, f.ord) IN (SELECT article_id, ord FROM event_actors WHERE country = ?)")
        args.append(_country_name(f.country))
    if f.outlet:
        conds.append("f.outlet = ?")
        args.append(f.outlet)
    if f.story:
        conds.append("f.story = ?")
        args.append(resolve_story(db, f.story))
    if f.date_from:
        conds.append("f.hi >= ?")
        args.append(f.date_from)
    if f.date_to:
        conds.append("f.lo <= ?")
        args.append(f.date_to + "~")
    if f.q:
        sq = _search(db, f.q)
        conds.append(f"f.seq IN ({SEARCH_SQL})")
        args.append(sq.fts())
    return conds, args


def _search(db: Db, q: str) -> SearchQuery:
    sq = parse_query(db.conn, q)
    if sq.empty:
        raise BadRequest(f"q: no searchable word in {q!r} (words are Arabic or Latin letters or digits)")
    return sq


# --- events --------------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _refs(js: str) -> list[ActorRef]:
    """Event arguments from their JSON column (cached: the same actors recur; callers do not mutate them)."""
    return [ActorRef(d["name"], d.get("country"), d.get("kind") or "person", d.get("actor_id")) for d in json.loads(js)]


@dataclass(slots=True)
class _Src:
    """The article side of an event mention (what a canonical event needs of its articles)."""

    id: str
    outlet: str | None
    url: str | None
    published: str | None
    headline: str
    story: str | None
    evidence_text: str = ""

    @property
    def headline_text(self) -> str:
        return self.headline


_MENTION_SQL = (
    f"SELECT {_KEY}, e.article_id, e.ord, e.local_id, e.type, e.date, e.time, e.status, e.location, e.initiator, "
    "e.cameo, e.plover, e.trigger, e.participants, e.source, e.target, e.evidence, a.outlet, a.url, a.published, "
    "a.headline, a.story FROM events e JOIN articles a ON a.id = e.article_id "
)
# the first evidence passage of one report (at most 600 characters): read only for the reports shown, since
# it reads the article's whole text
_EVIDENCE_SQL = (
    "SELECT substr(a.original, json_extract(e.evidence, '$[0][0]') + 1, "
    "min(600, json_extract(e.evidence, '$[0][1]') - json_extract(e.evidence, '$[0][0]'))) "
    "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.ord = ?"
)
MENTIONS_SHOWN = 10  # reports listed per event in lists (counts always cover them all)


def _mentions_of(db: Db, keys: list[str], shown: int | None = MENTIONS_SHOWN) -> dict[str, CanonicalEvent]:
    """The canonical events with these keys, folded over every article that reports them; the evidence text
    is read for the first ``shown`` reports of each (None: all)."""
    if not keys:
        return {}
    conn = db.conn
    rows: list[tuple[Any, ...]] = []

    def fetch(cond: str, values: list[Any]) -> None:
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            rows.extend(conn.execute(_MENTION_SQL + cond.format(_in(chunk)), chunk).fetchall())

    fetch("WHERE e.event_id IN ({})", keys)
    rest = sorted(set(keys) - {r[0] for r in rows})
    if rest:
        fetch("WHERE e.local_id IN ({}) AND e.event_id IS NULL", rest)
        rest = sorted(set(rest) - {r[0] for r in rows})
    for k in rest:
        aid, _, ord_ = k.rpartition("#")
        if aid and ord_.isdigit():
            rows.extend(conn.execute(
                _MENTION_SQL + "WHERE e.article_id = ? AND e.ord = ? AND e.event_id IS NULL AND e.local_id IS NULL",
                (aid, int(ord_)),
            ).fetchall())  # fmt: skip
    out: dict[str, CanonicalEvent] = {}
    rows.sort(key=lambda r: (r[19] or "9999", r[1], r[2]))  # first report first
    for r in rows:
        ce = out.setdefault(r[0], CanonicalEvent(r[0]))
        text = ""
        if shown is None or len(ce.mentions) < shown:
            text = conn.execute(_EVIDENCE_SQL, (r[1], r[2])).fetchone()[0] or ""
        ev = Event(
            type=r[4], participants=_refs(r[13]), source=_refs(r[14]), target=_refs(r[15]), date=r[5], time=r[6],
            status=r[7], location=r[8], initiator=r[9], cameo=r[10], plover=r[11], trigger=r[12],
            evidence=[Span(s, e) for s, e in json.loads(r[16])], id=r[0], local_id=r[3],
        )  # fmt: skip
        ce.mentions.append((_Src(r[1], r[17], r[18], r[19], r[20], r[21], text), ev))  # type: ignore[arg-type]
    return {k: fold(ce) for k, ce in out.items()}


def _actor_out(r: ActorRef, role: str | None = None) -> dict[str, Any]:
    d = {"name": r.name, "country": r.country, "kind": r.kind, "actor_id": r.actor_id}
    if role:
        d["role"] = role
    return d


def event_view(ce: CanonicalEvent, shown: int | None = MENTIONS_SHOWN) -> dict[str, Any]:
    """A canonical event for the API; ``mentions`` lists its first ``shown`` reports (None: all), while the
    counts cover every report."""
    srcs = [s for s, _ in ce.mentions]
    return {
        "event_id": ce.key,
        "type": ce.type,
        "type_ar": TYPE_AR.get(ce.type, ce.type),
        "status": ce.status,
        "date": ce.date,
        "time": ce.time,
        "location": ce.location,
        "initiator": ce.initiator,
        "cameo": ce.cameo,
        "plover": ce.plover,
        "participants": [_actor_out(r) for r in ce.participants],
        "source": [_actor_out(r) for r in ce.source],
        "target": [_actor_out(r) for r in ce.target],
        "gloss": ce.gloss(),
        "n_articles": len(ce.article_ids),
        "n_sources": ce.num_sources,
        "outlets": ce.outlets,
        "first_published": min((s.published for s in srcs if s.published), default=None),
        "conflicts": ce.conflicts,
        "mentions": [
            {
                "article_id": s.id,
                "headline": s.headline,
                "published": s.published,
                "outlet": s.outlet,
                "url": s.url,
                "story": s.story,
                "local_id": ev.local_id,
                **event_attributes(ev),
                "trigger": ev.trigger,
                "gloss": event_gloss(ev),
                "evidence": [[sp.start, sp.end] for sp in ev.evidence],
                "evidence_text": s.evidence_text,  # type: ignore[attr-defined]
            }
            for s, ev in ce.mentions[:shown]
        ],
    }


def _page_keys(db: Db, where: str, args: list[Any], limit: int, offset: int, order: str) -> list[str]:
    """One page of canonical keys in date order: walk the date index and stop after the page (an event is
    placed at its latest report when newest first, at its earliest when oldest first)."""
    conn = db.conn
    if order == "asc":
        more = " AND " if where else "WHERE "
        cursors = [
            conn.execute(f"SELECT key FROM event_facts f {where}{more}f.lo IS NOT NULL ORDER BY f.lo, f.key", args),
            conn.execute(f"SELECT key FROM event_facts f {where}{more}f.lo IS NULL ORDER BY f.key", args),
        ]
    else:  # NULL dates sort last
        cursors = [conn.execute(f"SELECT key FROM event_facts f {where} ORDER BY f.lo DESC, f.key DESC", args)]
    seen: set[str] = set()
    keys: list[str] = []
    for cur in cursors:
        for (k,) in cur:
            if k in seen:
                continue
            seen.add(k)
            if len(seen) > offset:
                keys.append(k)
                if len(keys) >= limit:
                    cur.close()
                    return keys
    return keys


def list_events(db: Db, f: Filters, limit: int, offset: int, order: str = "desc") -> dict[str, Any]:
    """Canonical events matching the filters, newest first (``order="asc"``: oldest first)."""
    conds, args = _event_where(db, f)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    total = db.conn.execute(f"SELECT count(DISTINCT f.key) FROM event_facts f {where}", args).fetchone()[0]
    keys = _page_keys(db, where, args, limit, offset, order) if offset < total else []
    found = _mentions_of(db, keys)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": f.params(),
        "items": [event_view(found[k]) for k in keys if k in found],
    }


def get_event(db: Db, event_id: str) -> dict[str, Any]:
    found = _mentions_of(db, [event_id], shown=None)
    if event_id not in found:
        raise NotFound(f"no event {event_id!r}")
    return event_view(found[event_id], shown=None)


# --- articles ------------------------------------------------------------------------------------------


def _article_where(db: Db, f: Filters) -> tuple[list[str], list[Any], SearchQuery | None]:
    conds: list[str] = []
    args: list[Any] = []
    sq = None
    if f.q:
        sq = _search(db, f.q)
        conds.append(f"a.seq IN ({SEARCH_SQL})")
        args.append(sq.fts())
    if f.actor:
        names = _actor_names(db, f.actor)
        conds.append(
            f"a.id IN (SELECT article_id FROM mentions WHERE name IN ({_in(names)}) "
            f"UNION SELECT article_id FROM event_actors WHERE name IN ({_in(names)}))"
        )
        args += names + names
    if f.country:
        c = _country_name(f.country)
        conds.append(
            "a.id IN (SELECT article_id FROM event_actors WHERE country = ? "
            "UNION SELECT article_id FROM mentions WHERE name = ?)"
        )
        args += [c, c]
    if f.type or f.status:
        sub, sargs = [], []
        if f.type:
            sub.append("type = ?")
            sargs.append(f.type)
        if f.status:
            sub.append("status = ?")
            sargs.append(f.status)
        conds.append(f"a.id IN (SELECT article_id FROM events WHERE {' AND '.join(sub)})")
        args += sargs
    if f.outlet:
        conds.append("a.outlet = ?")
        args.append(f.outlet)
    if f.story:
        conds.append("a.story = ?")
        args.append(resolve_story(db, f.story))
    if f.date_from:
        conds.append("a.published >= ?")
        args.append(f.date_from)
    if f.date_to:
        conds.append("a.published <= ?")
        args.append(f.date_to + "~")
    return conds, args, sq


_ARTICLE_ROW = (
    "a.id, a.headline, a.published, a.outlet, a.agency, a.url, a.story, a.duplicate_of, "
    "(SELECT count(*) FROM events x WHERE x.article_id = a.id), "
    "(SELECT count(*) FROM quotes x WHERE x.article_id = a.id)"
)


def _article_item(r: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "id": r[0],
        "headline": r[1],
        "published": r[2],
        "outlet": r[3],
        "agency": r[4],
        "url": r[5],
        "story": r[6],
        "duplicate_of": r[7],
        "n_events": r[8],
        "n_quotes": r[9],
    }


def snippets(original: str, text: str, sq: SearchQuery, n: int = 3, width: int = 90) -> list[dict[str, Any]]:
    """Up to ``n`` passages of the article around search hits: ``{"start", "end", "hits": [[s, e], …]}`` with
    offsets into the original text."""
    norm = normalize(text, key=True)
    hits = [norm.span_to_original(s, e) for s, e in hit_spans(norm.text, sq, limit=200)]
    out: list[dict[str, Any]] = []
    for s, e in hits:
        if out and s < out[-1]["end"]:
            out[-1]["hits"].append([s, e])
            continue
        if len(out) >= n:
            break
        ps = max(0, s - width)
        ps = original.rfind(" ", 0, ps) + 1 if ps > 0 else 0
        pe = min(len(original), e + width)
        sp = original.find(" ", pe)
        pe = len(original) if sp < 0 else sp
        out.append({"start": ps, "end": pe, "hits": [[s, e]]})
    for o in out:
        o["text"] = original[o["start"] : o["end"]]
    return out


def list_articles(db: Db, f: Filters, limit: int, offset: int, order: str = "desc") -> dict[str, Any]:
    conds, args, sq = _article_where(db, f)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    direction = "ASC" if order == "asc" else "DESC"
    conn = db.conn
    total = conn.execute(f"SELECT count(*) FROM articles a {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_ARTICLE_ROW} FROM articles a {where} "
        f"ORDER BY a.published IS NULL, a.published {direction}, a.seq {direction} LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    items = [_article_item(r) for r in rows]
    if sq is not None:
        for it in items:
            a = db.store.get(it["id"])
            it["snippets"] = snippets(a.original, a.text, sq) if a is not None else []
    out: dict[str, Any] = {"total": total, "limit": limit, "offset": offset, "filters": f.params(), "items": items}
    if sq is not None:
        out["query"] = {"text": sq.text, "words": sq.words, "actors": sq.actors, "fts": sq.fts()}
    return out


def article_ids(db: Db, f: Filters, limit: int = MAX_EXPORT) -> list[str]:
    """Ids of every article the filters select, in publication order (for exports)."""
    conds, args, _ = _article_where(db, f)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT a.id FROM articles a {where} ORDER BY a.published IS NULL, a.published, a.seq LIMIT ?",
            [*args, limit],
        )
    ]


def iter_articles(db: Db, ids: list[str]) -> Iterator[Article]:
    for i in ids:
        a = db.store.get(i)
        if a is not None:
            yield a


def _highlights(a: Article) -> list[dict[str, Any]]:
    """Spans to mark in the article text: event evidence, quotes and their cues, names, time expressions."""
    out: list[dict[str, Any]] = []
    for i, ev in enumerate(a.events):
        label = event_gloss(ev)
        for sp in ev.evidence:
            out.append({"start": sp.start, "end": sp.end, "kind": "event", "ref": i, "label": label})
            # the trigger words inside the evidence passage, marked on their own
            at = a.original.find(ev.trigger, sp.start, sp.end) if ev.trigger else -1
            if at >= 0 and (at, at + len(ev.trigger)) != (sp.start, sp.end):
                out.append({"start": at, "end": at + len(ev.trigger), "kind": "trigger", "ref": i,
                            "label": f"trigger: {ev.trigger}"})  # fmt: skip
    for i, q in enumerate(a.quotes):
        who = q.speaker or "unattributed"
        out.append({"start": q.span.start, "end": q.span.end, "kind": "quote", "ref": i, "label": f"quote: {who}"})
        if q.cue_span is not None:
            out.append({"start": q.cue_span.start, "end": q.cue_span.end, "kind": "cue", "ref": i,
                        "label": f"speech cue: {who}"})  # fmt: skip
    for i, m in enumerate(a.mentions):
        act = a.actors.get(m.actor_id)
        name = act.name if act is not None else m.actor_id
        out.append({"start": m.span.start, "end": m.span.end, "kind": "mention", "ref": i,
                    "label": f"{name} ({m.form})"})  # fmt: skip
    for i, t in enumerate(a.times):
        out.append({"start": t.span.start, "end": t.span.end, "kind": "time", "ref": i,
                    "label": f"time: {t.value or 'unresolved'}"})  # fmt: skip
    n = len(a.original)
    return [h for h in out if 0 <= h["start"] < h["end"] <= n]


def article_view(a: Article) -> dict[str, Any]:
    from marsad.export.jsonl import article_record

    rec = article_record(a)
    for i, ev in enumerate(a.events):
        rec["events"][i]["local_id"] = ev.local_id
        rec["events"][i]["evidence_text"] = [a.original[s.start : s.end] for s in ev.evidence]
    places = a.entity_names("country") + a.entity_names("place")
    rec.update(
        text=a.original,
        headline_span=[a.headline.start, a.headline.end],
        body_span=[a.body.start, a.body.end],
        removed=[[s.start, s.end] for s in a.removed],
        places=list(dict.fromkeys(places)),
        mentions=[
            {"start": m.span.start, "end": m.span.end, "actor_id": m.actor_id, "form": m.form,
             "name": a.actors[m.actor_id].name if m.actor_id in a.actors else None,
             "text": a.original[m.span.start : m.span.end]}
            for m in a.mentions
        ],  # fmt: skip
        highlights=_highlights(a),
    )
    rec["quotes"] = [
        {"speaker": q.speaker, "text": a.original[q.span.start : q.span.end], "start": q.span.start,
         "end": q.span.end, "cue": q.cue, "cue_start": q.cue_span.start if q.cue_span else None,
         "cue_end": q.cue_span.end if q.cue_span else None}
        for q in a.quotes
    ]  # fmt: skip
    rec["times"] = [
        {"text": t.text, "value": t.value, "kind": t.kind, "start": t.span.start, "end": t.span.end}
        for t in a.times
    ]
    return rec


def get_article(db: Db, article_id: str) -> dict[str, Any]:
    a = db.store.get(article_id)
    if a is None:
        raise NotFound(f"no article {article_id!r}")
    return article_view(a)


# --- stories -------------------------------------------------------------------------------------------


def list_stories(db: Db, f: Filters, limit: int, offset: int) -> dict[str, Any]:
    conds, args, _ = _article_where(db, Filters(q=f.q, actor=f.actor, country=f.country, type=f.type,
                                               status=f.status, outlet=f.outlet))  # fmt: skip
    member = ("AND " + " AND ".join(conds)) if conds else ""
    sconds, sargs = [], []
    if f.date_from:
        sconds.append("coalesce(s.last, s.first) || '~' >= ?")
        sargs.append(f.date_from)
    if f.date_to:
        sconds.append("s.first <= ?")
        sargs.append(f.date_to + "~")
    if f.story:
        sconds.append("s.id = ?")
        sargs.append(resolve_story(db, f.story))
    where = "WHERE s.article_count > 0" + "".join(" AND " + c for c in sconds)
    if conds:
        where += f" AND s.id IN (SELECT a.story FROM articles a WHERE a.story IS NOT NULL {member})"
    all_args = [*sargs, *args]
    conn = db.conn
    total = conn.execute(f"SELECT count(*) FROM stories s {where}", all_args).fetchone()[0]
    rows = conn.execute(
        f"SELECT s.id, s.title, s.first, s.last, s.article_count FROM stories s {where} "
        "ORDER BY s.last IS NULL, s.last DESC, s.article_count DESC, s.id LIMIT ? OFFSET ?",
        [*all_args, limit, offset],
    ).fetchall()
    items = []
    for r in rows:  # per-story counts for the page only
        n_outlets = conn.execute(
            "SELECT count(DISTINCT outlet) FROM articles WHERE story = ?", (r[0],)
        ).fetchone()[0]
        n_events = conn.execute(
            "SELECT count(DISTINCT key) FROM event_facts WHERE story = ?", (r[0],)
        ).fetchone()[0]
        items.append({"id": r[0], "title": r[1], "first": r[2], "last": r[3], "n_articles": r[4],
                      "n_outlets": n_outlets, "n_events": n_events})  # fmt: skip
    return {"total": total, "limit": limit, "offset": offset, "filters": f.params(), "items": items}


def get_story(db: Db, story_id: str, max_articles: int = 24) -> dict[str, Any]:
    """A story (an old id resolves to the story it was merged into), its articles with their analysis and
    highlights, its canonical events and where its sources disagree."""
    sid = resolve_story(db, story_id)
    st = db.store.story(sid)
    if st is None or not st.article_ids:
        raise NotFound(f"no story {story_id!r}")
    ids = st.article_ids
    articles = [a for a in iter_articles(db, ids[:max_articles])]
    keys = list(
        dict.fromkeys(
            r[0]
            for r in db.conn.execute(
                "SELECT key FROM event_facts WHERE story = ? ORDER BY lo IS NULL, lo, seq, ord", (sid,)
            )
        )
    )
    found = _mentions_of(db, keys)
    events = [event_view(found[k]) for k in keys if k in found]
    return {
        "id": sid,
        "requested_id": story_id,
        "alias_of": sid if sid != story_id else None,
        "title": st.title,
        "first": st.first,
        "last": st.last,
        "n_articles": len(ids),
        "outlets": sorted({a.outlet for a in articles if a.outlet}),
        "article_ids": ids,
        "articles": [article_view(a) for a in articles],
        "events": events,
        "conflicts": [
            {"event_id": e["event_id"], "gloss": e["gloss"], "attribute": attr, "values": vals}
            for e in events
            for attr, vals in e["conflicts"].items()
        ],
    }


# --- actors --------------------------------------------------------------------------------------------


def list_actors(db: Db, q: str | None, kind: str | None, country: str | None, limit: int,
                offset: int) -> dict[str, Any]:  # fmt: skip
    conds, args = [], []
    if q:
        names = _actor_names(db, q) if any("\u0600" <= c <= "\u06ff" for c in q) else []
        if names and names != [q]:
            conds.append(f"x.name IN ({_in(names)})")
            args += names
        else:
            conds.append("x.name LIKE ? ESCAPE '\\'")
            args.append("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if kind:
        conds.append("x.kind = ?")
        args.append(kind)
    if country:
        conds.append("x.country = ?")
        args.append(_country_name(country))
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    sql = (
        f"SELECT x.name, max(x.kind), max(x.country), max(x.actor_id), "
        "count(DISTINCT f.key), count(DISTINCT x.article_id) "
        f"FROM event_actors x JOIN event_facts f ON f.article_id = x.article_id AND f.ord = x.ord {where} "
        "GROUP BY x.name"
    )
    conn = db.conn
    total = conn.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0]
    rows = conn.execute(sql + " ORDER BY 5 DESC, 1 LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    items = [
        {"name": r[0], "kind": r[1], "country": r[2], "actor_id": r[3], "n_events": r[4], "n_articles": r[5]}
        for r in rows
    ]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_actor(db: Db, name: str, f: Filters, limit: int = 50) -> dict[str, Any]:
    """An actor: who they are, their contacts over time (by month), counterparts, events and quotes."""
    names = _actor_names(db, name)
    canon = names[0]
    conn = db.conn
    prof = conn.execute(
        "SELECT max(kind), max(country), max(actor_id) FROM event_actors WHERE name = ?", (canon,)
    ).fetchone()
    mention_prof = conn.execute(
        "SELECT max(kind), max(country), max(actor_id), count(DISTINCT article_id) FROM mentions WHERE name = ?",
        (canon,),
    ).fetchone()
    n_quotes = conn.execute("SELECT count(*) FROM quotes WHERE speaker = ?", (canon,)).fetchone()[0]
    kind = prof[0] or mention_prof[0]
    if kind is None and not n_quotes:
        raise NotFound(f"no actor {name!r} in the store")
    actor_id = prof[2] or mention_prof[2]
    kb = _kb()
    arabic: list[str] = []
    if kb is not None and actor_id and kb.get(actor_id) is not None:
        arabic = list(kb.get(actor_id).arabic)
    ef = Filters(**{**{k: getattr(f, k) for k in f.__slots__}, "actor": canon})
    conds, args = _event_where(db, ef)
    where = "WHERE " + " AND ".join(conds)
    months = conn.execute(
        "SELECT substr(k.d, 1, 7) AS m, count(*), group_concat(k.t) FROM (SELECT f.key, min(f.lo) AS d, "
        f"min(f.type) AS t FROM event_facts f {where} GROUP BY f.key) k "
        "WHERE length(k.d) >= 7 GROUP BY m ORDER BY m",
        args,
    ).fetchall()
    net = network(db, ef, min_weight=1, limit=10_000)
    counterparts = []
    for edge in net["edges"]:
        if canon in (edge["source"], edge["target"]):
            other = edge["target"] if edge["source"] == canon else edge["source"]
            node = next((n for n in net["nodes"] if n["name"] == other), {})
            counterparts.append({"name": other, "kind": node.get("kind"), "country": node.get("country"),
                                 "n_events": edge["n_events"], "n_articles": edge["n_articles"],
                                 "n_sources": edge["n_sources"]})  # fmt: skip
    counterparts.sort(key=lambda c: (-c["n_sources"], -c["n_events"], c["name"]))
    events = list_events(db, ef, limit, 0)
    quotes = list_quotes(db, Filters(date_from=f.date_from, date_to=f.date_to), canon, limit, 0)
    return {
        "name": canon,
        "kind": kind,
        "country": prof[1] or mention_prof[1],
        "actor_id": actor_id,
        "arabic": arabic,
        "n_events": events["total"],
        "n_articles_mentioning": mention_prof[3],
        "n_quotes": n_quotes,
        "contacts_by_month": [
            {"month": m, "n_events": n, "types": dict(Counter((t or "").split(",")))} for m, n, t in months
        ],
        "counterparts": counterparts,
        "events": events["items"],
        "quotes": quotes["items"],
    }


# --- network -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Edge:
    events: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    types: Counter[str] = field(default_factory=Counter)


def network(db: Db, f: Filters, min_weight: int = 1, limit: int = 300) -> dict[str, Any]:
    """Who contacts whom: an edge per pair of actors of the same events (participants with each other;
    sources with targets), weighted by independent sources (distinct outlets; an article without an outlet
    counts as its own source)."""
    conds, args = _event_where(db, f)
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    rows = db.conn.execute(
        "SELECT f.key, f.article_id, f.ord, f.type, f.outlet, x.role, x.name, x.kind, x.country "
        f"FROM event_facts f JOIN event_actors x ON x.article_id = f.article_id AND x.ord = f.ord {where}",
        args,
    ).fetchall()
    per_event: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    meta: dict[tuple[str, int], tuple[str, str, str | None]] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for key, aid, ord_, typ, outlet, role, name, kind, country in rows:
        per_event[(aid, ord_)].append((role, name))
        meta[(aid, ord_)] = (key, typ, outlet)
        nodes.setdefault(name, {"name": name, "kind": kind, "country": country})
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for ev, members in per_event.items():
        key, typ, outlet = meta[ev]
        if typ in DIRECTED_TYPES:
            src = [n for r, n in members if r == "source"]
            tgt = [n for r, n in members if r == "target"]
            pairs = {(s, t) for s in src for t in tgt if s != t}
        else:
            ps = sorted({n for r, n in members if r == "participant"})
            pairs = {(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))}
        for s, t in pairs:
            e = edges[tuple(sorted((s, t)))]  # type: ignore[index]
            e.events.add(key)
            e.articles.add(ev[0])
            e.outlets.add(outlet or f"article:{ev[0]}")
            e.types[typ] += 1
    out_edges = [
        {"source": s, "target": t, "n_events": len(e.events), "n_articles": len(e.articles),
         "n_sources": len(e.outlets), "weight": len(e.outlets), "types": dict(e.types)}
        for (s, t), e in edges.items()
        if len(e.outlets) >= min_weight
    ]  # fmt: skip
    out_edges.sort(key=lambda e: (-e["weight"], -e["n_events"], e["source"], e["target"]))
    total_edges = len(out_edges)
    out_edges = out_edges[:limit]
    used = {e["source"] for e in out_edges} | {e["target"] for e in out_edges}
    degree: Counter[str] = Counter()
    for e in out_edges:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    out_nodes = [{**nodes[n], "weight": degree[n]} for n in sorted(used, key=lambda n: (-degree[n], n))]
    return {"filters": f.params(), "total_edges": total_edges, "nodes": out_nodes, "edges": out_edges}


# --- quotes --------------------------------------------------------------------------------------------


def list_quotes(db: Db, f: Filters, speaker: str | None, limit: int, offset: int) -> dict[str, Any]:
    af = Filters(outlet=f.outlet, story=f.story, date_from=f.date_from, date_to=f.date_to, actor=f.actor,
                 country=f.country)  # fmt: skip
    conds, args, _ = _article_where(db, af)
    if f.q:  # the quote's own words (the quote index), not its article's
        conds.append(f"(a.seq, q.ord) IN ({QUOTE_SEARCH_SQL})")
        args.append(_search(db, f.q).fts())
    if speaker:
        names = _actor_names(db, speaker)
        conds.append(f"q.speaker IN ({_in(names)})")
        args += names
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    sql = (
        "SELECT q.article_id, q.ord, q.speaker, q.text, q.start, q.\"end\", q.cue, a.headline, a.published, "
        f"a.outlet, a.story FROM quotes q JOIN articles a ON a.id = q.article_id {where} "
        "ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ord"
    )
    conn = db.conn
    total = conn.execute(f"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id {where}",
                         args).fetchone()[0]  # fmt: skip
    rows = conn.execute(sql + " LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    items = [
        {"article_id": r[0], "ord": r[1], "speaker": r[2], "text": r[3], "start": r[4], "end": r[5], "cue": r[6],
         "headline": r[7], "published": r[8], "outlet": r[9], "story": r[10]}
        for r in rows
    ]  # fmt: skip
    return {"total": total, "limit": limit, "offset": offset, "filters": f.params(), "items": items}


def stats(db: Db) -> dict[str, Any]:
    s = db.store.stats()
    s["outlets"] = [
        r[0]
        for r in db.conn.execute(
            "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC LIMIT 200"
        )
    ]
    return s
