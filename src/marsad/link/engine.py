"""Linking a store: duplicates, stories and canonical events for every article not linked yet.

One run (:func:`link_store`, after each ``marsad analyze``):

1. articles whose link features are missing or out of date (new, revised or re-analyzed) are *pending*;
   their features are computed (from the stored analysis) and stored;
2. every other article is indexed as it stands (features from ``link_features``, story and duplicate link
   from ``articles``): nothing already decided is searched again;
3. pending articles are placed in arrival order: duplicate detection, then story (join, start or merge);
4. new stories get ids from the store's counter; merged stories become aliases of the oldest one;
5. event mentions without a canonical id are fused (:mod:`marsad.link.fusion`) and the per-event facts
   (sources, independent sources, conflicts) are rewritten where they changed.

Only changes are written, in one transaction: running twice on the same store writes nothing the second
time, and the same input in the same order gives the same ids.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from marsad.link.dedup import Deduper
from marsad.link.features import FEATURES_VERSION, FeatureExtractor, LinkFeatures, day_ordinal
from marsad.link.fusion import Canonical, EventFuser, Mention, event_facts, parties
from marsad.link.stories import StoryLinker, id_number
from marsad.link.text import cosine
from marsad.model import Article, Story
from marsad.store import Store

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
DECODE_ALL_SHARE = 0.25  # above this share of pending articles, read the store sequentially (and index all)
LOAD_DAYS = 3  # no link reaches further: copies within dedup.MAX_DAYS, stories within their text rules


class Row(NamedTuple):
    """An article's link state as :meth:`Store.link_rows` returns it."""

    seq: int
    id: str
    content_hash: str
    pipeline_version: str
    story: str | None
    duplicate_of: str | None
    version: str | None
    day: int | None
    published: str | None
    has_links: int


@dataclass(slots=True)
class LinkReport:
    articles: int = 0
    pending: int = 0
    duplicates: int = 0  # articles marked as copies (all, after this run)
    duplicate_groups: int = 0
    duplicate_kinds: Counter[str] = field(default_factory=Counter)  # of the copies found in this run
    stories: int = 0  # live stories
    new_stories: int = 0
    merges: int = 0
    events: int = 0  # event mentions
    canonical_events: int = 0
    new_event_ids: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def features_version(pipeline_version: str, content_hash: str) -> str:
    return f"{FEATURES_VERSION}|{pipeline_version}|{content_hash}"


def link_store(store: Store, extractor: FeatureExtractor | None = None) -> LinkReport:
    """Link every pending article of ``store`` (see the module docstring); returns counts and timings."""
    t0 = time.perf_counter()
    report = LinkReport()
    fx = extractor or FeatureExtractor()
    rows = [Row(*r) for r in store.link_rows()]
    report.articles = len(rows)
    pending = [
        i for i, r in enumerate(rows) if r.version != features_version(r.pipeline_version, r.content_hash)
        or r.story is None
    ]
    report.pending = len(pending)
    pending_set = set(pending)
    feats: dict[int, LinkFeatures] = _pending_features(store, rows, pending, fx)
    report.seconds["features"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    dedup = Deduper(fx.hasher)
    linker = StoryLinker()
    item_row: list[int] = []  # item index → row index
    id_row = {r.id: i for i, r in enumerate(rows)}
    story_index: dict[str, int] = {}
    resolved: dict[str, str] = {}
    spans = _story_spans(store) if pending else {}

    def resolve(sid: str) -> str:
        if sid not in resolved:
            resolved[sid] = store.resolve_story(sid)
        return resolved[sid]

    # 2. what is already decided: the articles a pending one could link to (all, or those within days)
    load = _load_filter(rows, pending, feats)
    known = [i for i, r in enumerate(rows) if i not in pending_set and load(r)]
    stored = store.link_features(None if len(known) > DECODE_ALL_SHARE * len(rows) else [rows[i].id for i in known])
    for i in known:
        r = rows[i]
        f = LinkFeatures.from_row(r.id, r.day, *stored[r.id])
        sid = resolve(r.story)  # type: ignore[arg-type]
        st = story_index.get(sid)
        if st is None:
            st = story_index[sid] = linker.new_story(sid)
            linker.stories[st].first, linker.stories[st].last = spans.get(sid, (None, None))
        item_row.append(i)
        dedup.add_known(f, is_copy=r.duplicate_of is not None)
        linker.add_known(f, st)

    # 3. pending articles, in arrival order
    placements = {}
    dup_of: dict[int, tuple[int, str, float]] = {}  # row → (row of the matched article, kind, score)
    for i in pending:
        f = feats[i]
        match = dedup.add(f)
        placement = linker.add(f, match.index if match is not None else None)
        item_row.append(i)
        placements[i] = placement
        if match is not None:
            dup_of[i] = (item_row[match.index], match.kind, match.score)
            report.duplicate_kinds[match.kind] += 1
    report.seconds["link"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    with store.transaction(batch=None):
        if pending:
            _write_features(store, rows, pending, feats)
            store.set_duplicates(_duplicate_links(rows, id_row, dup_of, pending_set, item_row, linker))
            _write_stories(store, rows, pending, placements, linker, item_row, report)
        report.seconds["write"] = time.perf_counter() - t2
        t3 = time.perf_counter()
        _fuse_events(store, report)
        report.seconds["events"] = time.perf_counter() - t3
    stats = store.stats()
    report.duplicates = stats["marked_duplicates"]
    report.duplicate_groups = store.connection.execute(
        "SELECT count(DISTINCT duplicate_of) FROM articles WHERE duplicate_of IS NOT NULL"
    ).fetchone()[0]
    report.stories = stats["stories"]
    report.seconds["total"] = time.perf_counter() - t0
    return report


def _load_filter(rows: list[Row], pending: list[int], feats: dict[int, LinkFeatures]):
    """Which stored articles to index: all for large or undated batches, else those published within
    :data:`LOAD_DAYS` of a pending article (no link reaches further), undated ones, and exact copies."""
    if not pending:
        return lambda r: False
    days = [feats[i].day for i in pending]
    if len(pending) > DECODE_ALL_SHARE * len(rows) or any(d is None for d in days):
        return lambda r: True
    lo, hi = min(days) - LOAD_DAYS, max(days) + LOAD_DAYS  # type: ignore[type-var,operator]
    hashes = {rows[i].content_hash for i in pending}
    return lambda r: r.day is None or lo <= r.day <= hi or r.content_hash in hashes


def _story_spans(store: Store) -> dict[str, tuple[int | None, int | None]]:
    """Stored stories' first and last publication days (ordinals), for span checks on partly loaded stories."""
    out = {}
    for sid, first, last in store.connection.execute("SELECT id, first, last FROM stories"):
        out[sid] = (day_ordinal(first), day_ordinal(last))
    return out


def _pending_features(store: Store, rows: list[Row], pending: list[int],
                      fx: FeatureExtractor) -> dict[int, LinkFeatures]:
    """Features of the pending articles, computed from their stored analyses."""
    out: dict[int, LinkFeatures] = {}
    if not pending:
        return out
    want = {rows[i].id: i for i in pending}
    if len(pending) > DECODE_ALL_SHARE * len(rows):
        for a in store:
            i = want.get(a.id)
            if i is not None:
                out[i] = fx.of(a)
    else:
        for aid, i in want.items():
            a = store.get(aid)
            if a is not None:
                out[i] = fx.of(a)
    return out


def _write_features(store: Store, rows: list[Row], pending: list[int], feats: dict[int, LinkFeatures]) -> None:
    out = []
    for i in pending:
        f = feats[i]
        r = rows[i]
        out.append((r.id, features_version(r.pipeline_version, r.content_hash), f.day, f.minhash.tobytes(),
                    f.fps.tobytes(), f.data_json()))
    if out:
        store.put_link_features(out)


def _duplicate_links(rows: list[Row], id_row: dict[str, int], dup_of: dict[int, tuple[int, str, float]],
                     pending_rows: set[int], item_row: list[int], linker: StoryLinker
                     ) -> list[tuple[str, str | None, str | None, float]]:
    """``duplicate_of`` updates: each copy points to its group's original, the earliest published copy
    (ties: the first stored). A new copy published before the current original takes its place."""
    pending = set(dup_of) | pending_rows
    root: dict[int, int] = {}  # row → original row (the links already stored, of articles not re-linked)
    for i, r in enumerate(rows):
        if i not in pending and r.duplicate_of is not None and r.duplicate_of in id_row:
            root[i] = id_row[r.duplicate_of]
    members: dict[int, list[int]] = defaultdict(list)
    for i, o in root.items():
        members[o].append(i)
    kinds: dict[int, tuple[str, float]] = {}
    row_feats = {row: linker.items[item] for item, row in enumerate(item_row)}

    def stamp(i: int) -> tuple[str, int]:
        f = row_feats.get(i)
        return ((f.stamp if f is not None else rows[i].published) or "9999", i)

    for i in sorted(dup_of):
        j, kind, score = dup_of[i]
        o = root.get(j, j)
        kinds[i] = (kind, score)
        group = members.pop(o, []) + members.pop(i, [])
        if stamp(i) < stamp(o):  # the new copy is older: it becomes the original of the group
            new_root, rest = i, [o, *group]
            kinds.setdefault(o, (kind, score))
        else:
            new_root, rest = o, [*group, i]
        members[new_root] = [m for m in rest if m != new_root]
        for m in members[new_root]:
            root[m] = new_root
        root.pop(new_root, None)
    out = []
    for i, r in enumerate(rows):
        o = root.get(i)
        new = rows[o].id if o is not None else None
        if new != r.duplicate_of or i in kinds:
            kind, score = kinds.get(i, ("near", 0.0)) if new is not None else (None, 0.0)
            out.append((r.id, new, kind, score))
    return out


def _write_stories(store: Store, rows: list[Row], pending: list[int], placements: dict, linker: StoryLinker,
                   item_row: list[int], report: LinkReport) -> None:
    """Give new stories ids, record merges as aliases, and store every story that changed."""
    pending_set = set(pending)
    live = [s for s, st in enumerate(linker.stories) if st.merged_into is None and st.members]
    # a re-linked article's former story id is reused for the new story most of its articles form
    used = {linker.stories[s].id for s in live if linker.stories[s].id is not None}
    aliases: dict[str, str] = {
        st.id: "" for st in linker.stories if st.merged_into is not None and st.id is not None
    }  # filled below, once survivors have ids
    need = []
    for s in live:
        st = linker.stories[s]
        if st.id is not None:
            continue
        former = Counter(
            rows[item_row[m]].story for m in st.members if item_row[m] in pending_set and rows[item_row[m]].story
        )
        reuse = next((sid for sid, _ in sorted(former.items(), key=lambda kv: (-kv[1], id_number(kv[0]), kv[0]))
                      if sid not in used and sid not in aliases), None)  # fmt: skip
        if reuse is not None:
            st.id = reuse
            used.add(reuse)
        else:
            need.append(s)
    for s, n in zip(need, store.next_ids("story", len(need)), strict=True):
        linker.stories[s].id = f"s-{n}"
    report.new_stories = len(need)
    for s, st in enumerate(linker.stories):
        if st.merged_into is not None and st.id is not None:
            aliases[st.id] = linker.stories[linker.resolve(s)].id  # type: ignore[assignment]
    report.merges = sum(1 for p in placements.values() for _ in p.merged)
    # stories to write: those with a pending member or that absorbed another story
    changed = {linker.resolve(p.story) for p in placements.values()}
    changed |= {linker.resolve(s) for p in placements.values() for s in p.merged}
    before = {rows[item_row[m]].story for s in changed for m in linker.stories[s].members}
    out: list[Story] = []
    for s in sorted(changed):
        st = linker.stories[s]
        items = st.members
        ids = [rows[item_row[m]].id for m in items]
        days = [linker.items[m].day for m in items if linker.items[m].day is not None]
        first = date.fromordinal(min(days)).isoformat() if days else None
        last = date.fromordinal(max(days)).isoformat() if days else None
        out.append(Story(st.id, central_title([linker.items[m] for m in items]), ids, first, last))  # type: ignore[arg-type]
    touched = {sid for sid in before if sid} | {rows[i].story for i in pending if rows[i].story}
    # a former story none of whose articles stayed (all re-linked elsewhere) keeps resolving: to the story
    # most of them went to
    live_ids = {linker.stories[s].id for s in live}
    went: dict[str, Counter[str]] = defaultdict(Counter)
    for i in pending:
        old = rows[i].story
        if old and old not in live_ids and old not in aliases:
            went[old][linker.stories[linker.resolve(placements[i].story)].id] += 1  # type: ignore[index]
    for old, dest in sorted(went.items()):
        aliases[old] = min(dest.items(), key=lambda kv: (-kv[1], id_number(kv[0]), kv[0]))[0]
    store.assign_stories(out, {a: b for a, b in aliases.items() if a != b}, touched)
    for i in pending:
        p = placements[i]
        links = [(linker.stories[linker.resolve(s)].id, round(sc, 3)) for s, sc in p.secondary
                 if linker.resolve(s) != linker.resolve(p.story)]  # fmt: skip
        if links or rows[i].has_links:
            store.set_story_links(rows[i].id, [(sid, sc) for sid, sc in dict(links).items() if sid])


def central_title(items: list[LinkFeatures]) -> str:
    """The most central headline of a story: the member closest to the story's summed term vector (ties,
    and stories of one or two articles: the earliest published)."""
    ordered = sorted(items, key=lambda f: (f.stamp or "9999", f.id))
    if len(ordered) <= 2:
        return ordered[0].title if ordered else ""
    centroid: dict[str, float] = defaultdict(float)
    for f in ordered:
        for t, w in f.vec.items():
            centroid[t] += w
    best = max(ordered, key=lambda f: round(cosine(f.vec, centroid), 6))  # max keeps the first of equals
    return best.title


# --- events -----------------------------------------------------------------------------------------------


def _mention(row: tuple) -> Mention:
    (aid, ord_, local_id, event_id, type_, date_, status, initiator, parts, source, target, story, published,
     outlet, agency, dup) = row  # fmt: skip

    def pairs(js: str) -> list[tuple[str, str | None]]:
        return [(r["name"], r.get("country")) for r in json.loads(js or "[]")]

    names, countries = parties(type_, pairs(parts), pairs(source), pairs(target))
    day = day_ordinal(published)
    return Mention(aid, ord_, local_id, type_, names, countries, date_, status, initiator, story, day, outlet,
                   agency, dup, published, event_id)  # fmt: skip


def _fuse_events(store: Store, report: LinkReport) -> None:
    """Canonical ids for mentions without one; facts for every canonical event, written where changed."""
    mentions = [_mention(r) for r in store.event_mentions()]
    report.events = len(mentions)
    counter = [0]

    def placeholder() -> str:
        counter[0] += 1
        return f"new~{counter[0]}"

    fuser = EventFuser(placeholder)
    pending = []
    for m in mentions:
        if m.event_id is not None:
            fuser.add_known(m)
        else:
            pending.append(m)
    for m in pending:
        fuser.assign(m)
    new = [ce for ce in fuser.events.values() if ce.id.startswith("new~")]
    report.new_event_ids = len(new)
    for ce, n in zip(new, store.next_ids("event", len(new)), strict=True):
        old = ce.id
        ce.id = f"e-{n}"
        del fuser.events[old]
        fuser.events[ce.id] = ce
        for m in ce.mentions:
            m.event_id = ce.id
    store.set_event_ids([(m.article_id, m.ord, m.event_id) for m in pending])
    report.canonical_events = len(fuser.events)
    _write_facts(store, fuser.events)


def _write_facts(store: Store, events: dict[str, Canonical]) -> None:
    old = {e: (d["n_articles"], d["n_sources"], _dumps(d["sources"]), _dumps(d["conflicts"]))
           for e, d in store.event_sources().items()}  # fmt: skip
    rows = []
    for eid, ce in events.items():
        f = event_facts(ce)
        row = (f.n_articles, f.n_sources, _dumps(f.sources), _dumps(f.conflicts))
        if old.get(eid) != row:
            rows.append((eid, *row))
    gone = sorted(set(old) - set(events))
    if rows or gone:
        store.put_event_sources(rows, gone)


def article_features(a: Article, extractor: FeatureExtractor | None = None) -> LinkFeatures:
    """Link features of one analyzed article (for tests and tools)."""
    return (extractor or FeatureExtractor()).of(a)
