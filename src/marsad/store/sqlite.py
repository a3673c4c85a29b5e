"""The article store: one SQLite file holding every article, its analysis, its history and its stories.

Why SQLite: one file, no server, transactional, fast enough for tens of thousands of articles on one core, and
queryable by the API with plain SQL. The analysis of an article is kept as compact JSON (see
:mod:`marsad.store.codec`) so it reloads exactly; the tables ``events``, ``event_actors``, ``mentions``,
``quotes`` and ``times`` are a normalized copy of it for queries, rewritten by every :meth:`Store.put`.

Nothing stored is ever silently lost: a revised article (same id, new content) keeps its earlier text and
analysis in ``revisions``, and :meth:`Store.put` reports what it did.
"""

from __future__ import annotations

import gc
import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from marsad.errors import MarsadError
from marsad.model import ActorRef, Article, Story
from marsad.store.codec import article_from_dict, article_to_dict
from marsad.store.migrations import MIGRATIONS
from marsad.store.search import has_search_index, index_article

__all__ = ["Store", "Revision", "content_hash"]

# Article fields kept in their own column of ``articles`` rather than inside the analysis JSON.
_COLUMN_FIELDS = (
    "content_hash",
    "published",
    "outlet",
    "agency",
    "url",
    "source_path",
    "story",
    "duplicate_of",
)
_ARTICLE_COLS = "original, analysis, " + ", ".join(_COLUMN_FIELDS)
_MAX_ALIAS_HOPS = 1000

_SQL_MENTION = (
    'INSERT INTO mentions (article_id, ord, actor_id, name, kind, country, form, start, "end", text) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SQL_TIME = (
    'INSERT INTO times (article_id, ord, start, "end", text, value, kind) VALUES (?, ?, ?, ?, ?, ?, ?)'
)
_SQL_QUOTE = (
    'INSERT INTO quotes (article_id, ord, speaker, start, "end", cue, cue_start, cue_end, text) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SQL_EVENT = (
    "INSERT INTO events (article_id, ord, local_id, event_id, type, date, time, status, location, initiator, "
    "cameo, plover, trigger, participants, source, target, evidence) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SQL_EVENT_ACTOR = (
    "INSERT INTO event_actors (article_id, ord, role, pos, name, country, kind, actor_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class _GcPaused:
    """Pause the cyclic GC while encoding or decoding one article or one chunk of articles.

    Why: these build and drop thousands of small acyclic containers (freed by reference counting); with a
    large heap alive, the collections they trigger cost 2-3x the work itself. Restores the previous state.
    """

    __slots__ = ("was",)

    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was:
            gc.enable()


def content_hash(original: str) -> str:
    """Fallback content hash for articles that arrive without one (ingest normally sets it)."""
    return hashlib.blake2b(original.encode("utf-8"), digest_size=16).hexdigest()


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
_loads = json.JSONDecoder().decode


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _refs(refs: list[ActorRef]) -> str:
    """Event arguments as the JSON of the ``events`` table (all keys present, for json_extract queries)."""
    if not refs:
        return "[]"
    return _dumps(
        [{"name": r.name, "country": r.country, "kind": r.kind, "actor_id": r.actor_id} for r in refs]
    )


@dataclass(slots=True)
class Revision:
    """An earlier version of an article that was replaced by different content."""

    rev: int
    article: Article
    pipeline_version: str
    stored: str  # when that version was last written
    replaced: str  # when the new content replaced it


class Store:
    """A marsad database file. One object is one connection and the single writer for that file.

    Other processes (the API) may open the same file concurrently for reading (WAL mode). Methods are
    serialized by a lock, so one object may be shared by threads; an open :meth:`transaction` holds that
    lock, so other threads wait for it rather than see its uncommitted writes.
    """

    MIGRATIONS: ClassVar[list[Callable[[sqlite3.Connection], None]]] = MIGRATIONS
    SCHEMA_VERSION: ClassVar[int] = len(MIGRATIONS)
    BATCH: ClassVar[int] = 500

    def __init__(self, path: str | Path) -> None:
        self.path = path if path == ":memory:" else Path(path)
        self._lock = threading.RLock()
        self._depth = 0  # nesting of transaction()
        self._batch: int | None = None
        self._pending = 0  # writes since the last commit inside transaction()
        self._conn = self._open()
        self._search = has_search_index(self._conn)  # schema version 2 on: keep the search index in sync
        self._links = self._has_table("event_sources")  # schema version 5 on: linking state

    # --- opening and migrations -------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        name = str(self.path)
        if isinstance(self.path, Path):
            if self.path.is_dir():
                raise MarsadError(f"{name}: is a directory, not a marsad database file")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise MarsadError(f"{name}: cannot open database ({e})") from e
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > self.SCHEMA_VERSION:
                raise MarsadError(
                    f"{name}: database schema version {version} is newer than this marsad supports "
                    f"({self.SCHEMA_VERSION}); upgrade marsad to open it"
                )
            if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise MarsadError(f"{name}: a SQLite database but not a marsad store (no marsad schema)")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.execute("PRAGMA cache_size=-65536")
            self._migrate(conn, name)
        except MarsadError:
            conn.close()
            raise
        except sqlite3.DatabaseError as e:
            conn.close()
            raise MarsadError(f"{name}: not a SQLite database or unreadable ({e})") from e
        return conn

    def _migrate(self, conn: sqlite3.Connection, name: str) -> None:
        """Run each pending migration in its own transaction, recording the version in the same one."""
        from marsad import __version__

        if conn.execute("PRAGMA user_version").fetchone()[0] == self.SCHEMA_VERSION:
            return  # up to date: no write lock taken, so a read-only file opens too
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > self.SCHEMA_VERSION:
                    raise MarsadError(f"{name}: database schema version {version} is newer than supported")
                if version == self.SCHEMA_VERSION:
                    conn.execute("COMMIT")
                    return
                self.MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version={version + 1:d}")
                meta = [("schema_version", str(version + 1))]
                if version == 0:
                    meta += [("created_by", f"marsad {__version__}"), ("created", _now())]
                meta.append(("migrated_by", f"marsad {__version__}"))
                conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", meta)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _has_table(self, name: str) -> bool:
        q = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self._conn.execute(q, (name,)).fetchone() is not None

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for read-only queries (the API); write through the methods."""
        return self._conn

    def meta(self) -> dict[str, str]:
        with self._lock:
            return dict(self._conn.execute("SELECT key, value FROM meta"))

    # --- transactions -----------------------------------------------------------------------------------

    @contextmanager
    def transaction(self, batch: int | None = BATCH) -> Iterator[Store]:
        """Group writes: commit every ``batch`` writes (None: one atomic transaction) and at the end.

        On an exception, the writes since the last batch commit are rolled back. Nested calls join the
        outer transaction.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth, self._batch, self._pending = 1, batch, 0
            try:
                yield self
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth, self._batch, self._pending = 0, None, 0

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: its own transaction, or a savepoint inside :meth:`transaction`."""
        conn = self._conn
        if not self._depth:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return
        conn.execute("SAVEPOINT w")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO w")
            conn.execute("RELEASE w")
            raise
        conn.execute("RELEASE w")
        self._pending += 1
        if self._batch and self._pending >= self._batch:
            conn.execute("COMMIT")
            conn.execute("BEGIN IMMEDIATE")
            self._pending = 0

    @property
    def total_changes(self) -> int:
        """Rows changed through this connection since it opened (tests use it to prove "no write")."""
        return self._conn.total_changes

    # --- articles ---------------------------------------------------------------------------------------

    def put(self, article: Article, pipeline_version: str, force: bool = False) -> str:
        """Store an article with its analysis; returns ``new``, ``unchanged``, ``reanalyzed`` or ``revised``.

        ``unchanged`` (same content hash, same original text, same pipeline version) writes nothing.
        ``revised`` (same id, different content hash *or* different original text — the ingest hash ignores
        diacritics and spacing) keeps the replaced text and analysis in ``revisions``. A story already
        assigned is kept unless the article names one. An article without ``content_hash`` gets
        :func:`content_hash` of its original. ``force`` replaces an unchanged article's analysis all the same
        (an analysis that used facts from outside the article, such as a date from its story).
        """
        if not article.content_hash:
            article.content_hash = content_hash(article.original)
        aid, chash = article.id, article.content_hash
        with self._lock:
            conn = self._conn
            row = conn.execute(
                "SELECT content_hash = ? AND original = ?, pipeline_version, story "
                "FROM articles WHERE id = ?",
                (chash, article.original, aid),
            ).fetchone()
            if row is not None and row[0] and row[1] == pipeline_version and not force:
                return "unchanged"
            with _GcPaused():
                return self._put(article, pipeline_version, row)

    def _put(self, article: Article, pipeline_version: str, row: tuple[Any, ...] | None) -> str:
        conn, aid, chash = self._conn, article.id, article.content_hash
        story = None if article.story is None else self.resolve_story(article.story)
        d = article_to_dict(article, include_original=False)
        for f in _COLUMN_FIELDS:
            d.pop(f, None)
        analysis = _dumps(d)
        now = _now()
        # the columns both statements write, in their order (content_hash … updated)
        columns = (chash, pipeline_version, article.published, article.outlet, article.agency, article.url,
                   article.source_path, article.headline_text, story, article.duplicate_of, article.original,
                   analysis, now)
        with self._write():
            if row is None:
                conn.execute(
                    "INSERT INTO articles (id, content_hash, pipeline_version, published, outlet, "
                    "agency, url, source_path, headline, story, duplicate_of, original, analysis, "
                    "created, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (aid, *columns, now),
                )
                status = "new"
            else:
                if not row[0]:
                    self._save_revision(aid, now)
                    status = "revised"
                else:
                    status = "reanalyzed"
                self._delete_rows(aid)
                conn.execute(
                    "UPDATE articles SET content_hash = ?, pipeline_version = ?, published = ?, "
                    "outlet = ?, agency = ?, url = ?, source_path = ?, headline = ?, "
                    "story = coalesce(?, story), duplicate_of = ?, original = ?, analysis = ?, "
                    "updated = ? WHERE id = ?",
                    (*columns, aid),
                )
            self._insert_rows(article)
            if self._search:
                index_article(conn, article)  # full-text search index (no-op when the text is unchanged)
            if story is not None:
                self._touch_story(story)
                if row is not None and row[2] is not None and row[2] != story:
                    self._recount(row[2])
        return status

    def _save_revision(self, aid: str, now: str) -> None:
        """Copy the current version of ``aid`` (text, complete analysis) into ``revisions``."""
        conn = self._conn
        r = conn.execute(
            f"SELECT {_ARTICLE_COLS}, pipeline_version, updated FROM articles WHERE id = ?", (aid,)
        ).fetchone()
        d = _loads(r[1])
        d.update(zip(_COLUMN_FIELDS, r[2:10], strict=True))
        events = d.get("events", [])
        for ord_, eid in conn.execute("SELECT ord, event_id FROM events WHERE article_id = ?", (aid,)):
            if ord_ < len(events):  # canonical ids given later by set_event_id
                if eid is None:
                    events[ord_].pop("id", None)
                else:
                    events[ord_]["id"] = eid
        conn.execute(
            "INSERT INTO revisions (article_id, content_hash, pipeline_version, original, analysis, stored, "
            "replaced) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (aid, r[2], r[10], r[0], _dumps(d), r[11], now),
        )

    def _delete_rows(self, aid: str) -> None:
        conn = self._conn
        for table in ("event_actors", "events", "mentions", "quotes", "times"):
            conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))

    def _insert_rows(self, a: Article) -> None:
        """The normalized copy of the analysis: one row per mention, time, quote, event and event actor."""
        conn, aid, orig = self._conn, a.id, a.original
        if a.mentions:
            actors = a.actors
            rows = []
            for i, m in enumerate(a.mentions):
                s, e = m.span.start, m.span.end
                act = actors.get(m.actor_id)
                if act is None:
                    rows.append((aid, i, m.actor_id, None, None, None, m.form, s, e, m.text or orig[s:e]))
                else:
                    rows.append(
                        (
                            aid,
                            i,
                            m.actor_id,
                            act.name,
                            act.kind,
                            act.country,
                            m.form,
                            s,
                            e,
                            m.text or orig[s:e],
                        )
                    )
            conn.executemany(_SQL_MENTION, rows)
        if a.times:
            rows = []
            for i, t in enumerate(a.times):
                s, e = t.span.start, t.span.end
                rows.append((aid, i, s, e, t.text or orig[s:e], t.value, t.kind))
            conn.executemany(_SQL_TIME, rows)
        if a.quotes:
            rows = []
            for i, q in enumerate(a.quotes):
                s, e = q.span.start, q.span.end
                cs, ce = (q.cue_span.start, q.cue_span.end) if q.cue_span else (None, None)
                rows.append((aid, i, q.speaker, s, e, q.cue, cs, ce, q.text or orig[s:e]))
            conn.executemany(_SQL_QUOTE, rows)
        if a.events:
            rows, actor_rows = [], []
            for i, ev in enumerate(a.events):
                evidence = _dumps([[s.start, s.end] for s in ev.evidence]) if ev.evidence else "[]"
                rows.append(
                    (aid, i, ev.local_id, ev.id, ev.type, ev.date, ev.time, ev.status, ev.location,
                     ev.initiator, ev.cameo, ev.plover, ev.trigger, _refs(ev.participants), _refs(ev.source),
                     _refs(ev.target), evidence)
                )  # fmt: skip
                for role, refs in (
                    ("participant", ev.participants),
                    ("source", ev.source),
                    ("target", ev.target),
                ):
                    for pos, r in enumerate(refs):
                        actor_rows.append((aid, i, role, pos, r.name, r.country, r.kind, r.actor_id))
            conn.executemany(_SQL_EVENT, rows)
            if actor_rows:
                conn.executemany(_SQL_EVENT_ACTOR, actor_rows)

    def needs_analysis(self, article_id: str, content_hash: str, pipeline_version: str) -> bool:
        """False only if this exact content was already analyzed by this pipeline version."""
        with self._lock:
            return (
                self._conn.execute(
                    "SELECT 1 FROM articles WHERE id = ? AND content_hash = ? AND pipeline_version = ?",
                    (article_id, content_hash, pipeline_version),
                ).fetchone()
                is None
            )

    def pipeline_version(self, article_id: str) -> str | None:
        with self._lock:
            r = self._conn.execute(
                "SELECT pipeline_version FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            return r[0] if r else None

    def _article(self, aid: str, r: tuple[Any, ...]) -> Article:
        d = _loads(r[1])
        d.update(zip(_COLUMN_FIELDS, r[2:], strict=True))
        a = article_from_dict(d, original=r[0])
        if a.events:  # canonical ids set later by set_event_id live in the events table
            ids = dict(
                self._conn.execute("SELECT ord, event_id FROM events WHERE article_id = ?", (aid,)).fetchall()
            )
            for i, ev in enumerate(a.events):
                ev.id = ids.get(i, ev.id)
            if self._links:
                self._attach_event_sources(aid, a)
        return a

    def _attach_event_sources(self, aid: str, a: Article) -> None:
        """Give each event with a canonical id its sources, independent-source count and conflicts (from
        ``event_sources``, kept by linking), as a :class:`~marsad.link.fusion.ReportedEvent`."""
        from marsad.link.fusion import ReportedEvent

        rows = self._conn.execute(
            "SELECT e.ord, s.n_articles, s.n_sources, s.sources, s.conflicts FROM events e "
            "JOIN event_sources s ON s.event_id = e.event_id WHERE e.article_id = ?",
            (aid,),
        ).fetchall()
        for ord_, n_articles, n_sources, sources, conflicts in rows:
            if ord_ < len(a.events):
                a.events[ord_] = ReportedEvent.of(
                    a.events[ord_], _loads(sources), n_sources, n_articles, _loads(conflicts)
                )

    def get(self, article_id: str) -> Article | None:
        with self._lock:
            r = self._conn.execute(
                f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if r is None:
                return None
            with _GcPaused():
                return self._article(article_id, r)

    def __contains__(self, article_id: object) -> bool:
        with self._lock:
            return (
                self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
                is not None
            )

    def __iter__(self) -> Iterator[Article]:
        """All articles in insertion order, read in chunks (safe to write to the store meanwhile)."""
        last = 0
        while True:
            with self._lock:
                rows = self._conn.execute(
                    f"SELECT seq, id, {_ARTICLE_COLS} FROM articles WHERE seq > ? ORDER BY seq LIMIT 256",
                    (last,),
                ).fetchall()
                with _GcPaused():
                    arts = [self._article(r[1], r[2:]) for r in rows]
            if not rows:
                return
            yield from arts
            last = rows[-1][0]

    def __len__(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def ids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY seq")]

    def revisions(self, article_id: str) -> list[Revision]:
        """Earlier versions of an article, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT rev, original, analysis, pipeline_version, stored, replaced FROM revisions "
                "WHERE article_id = ? ORDER BY rev",
                (article_id,),
            ).fetchall()
        return [
            Revision(rev, article_from_dict(_loads(an), original=orig), pv, stored, replaced)
            for rev, orig, an, pv, stored, replaced in rows
        ]

    def exact_duplicates(self) -> dict[str, list[str]]:
        """content_hash → ids of the articles sharing it, in insertion order (only groups of two or more)."""
        out: dict[str, list[str]] = {}
        with self._lock:
            for h, aid in self._conn.execute(
                "SELECT content_hash, id FROM articles WHERE content_hash IN "
                "(SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1) ORDER BY seq"
            ):
                out.setdefault(h, []).append(aid)
        return out

    def set_duplicate_of(self, article_id: str, original_id: str | None) -> None:
        with self._lock, self._write() as conn:
            if (
                conn.execute(
                    "UPDATE articles SET duplicate_of = ? WHERE id = ?", (original_id, article_id)
                ).rowcount
                == 0
            ):
                raise KeyError(f"no article {article_id!r} in {self.path}")

    # --- events -----------------------------------------------------------------------------------------

    def set_event_id(self, article_id: str, local_id: str, event_id: str) -> None:
        """Record the canonical (cross-article) id of an article's event, found by its local id."""
        with self._lock, self._write() as conn:
            n = conn.execute(
                "UPDATE events SET event_id = ? WHERE article_id = ? AND local_id = ?",
                (event_id, article_id, local_id),
            ).rowcount
            if n == 0:
                raise KeyError(f"no event {local_id!r} in article {article_id!r}")

    # --- stories ----------------------------------------------------------------------------------------

    def _recount(self, story_id: str) -> None:
        self._conn.execute(
            "UPDATE stories SET article_count = (SELECT count(*) FROM articles WHERE story = ?) WHERE id = ?",
            (story_id, story_id),
        )

    def _touch_story(self, story_id: str) -> None:
        """Make sure a story an article is assigned to has a row (so :meth:`story` finds it), and recount."""
        self._conn.execute("INSERT OR IGNORE INTO stories (id) VALUES (?)", (story_id,))
        self._recount(story_id)

    def set_story(self, article_id: str, story_id: str | None) -> None:
        """Assign an article to a story (an alias is resolved first) or, with None, to none."""
        with self._lock:
            if story_id is not None:
                story_id = self.resolve_story(story_id)
            with self._write() as conn:
                r = conn.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
                if r is None:
                    raise KeyError(f"no article {article_id!r} in {self.path}")
                if r[0] == story_id:
                    return
                conn.execute("UPDATE articles SET story = ? WHERE id = ?", (story_id, article_id))
                if r[0] is not None:
                    self._recount(r[0])
                if story_id is not None:
                    self._touch_story(story_id)

    def put_story(self, story: Story) -> None:
        """Store a story; its members become exactly ``story.article_ids`` (all must be stored articles).

        ``first``/``last`` default to the earliest/latest publication date of the members.
        """
        with self._lock, self._write() as conn:
            ids = list(dict.fromkeys(story.article_ids))
            if ids:
                known = set()
                for i in range(0, len(ids), 500):
                    chunk = ids[i : i + 500]
                    q = ",".join("?" * len(chunk))
                    known.update(
                        r[0] for r in conn.execute(f"SELECT id FROM articles WHERE id IN ({q})", chunk)
                    )
                missing = [i for i in ids if i not in known]
                if missing:
                    raise KeyError(f"story {story.id}: articles not in the store: {', '.join(missing[:10])}")
            # members taken from other stories leave them: those are recounted below
            others: set[str] = set()
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                q = ",".join("?" * len(chunk))
                others.update(
                    r[0]
                    for r in conn.execute(
                        f"SELECT DISTINCT story FROM articles WHERE id IN ({q}) AND story IS NOT NULL", chunk
                    )
                )
            others.discard(story.id)
            conn.execute("UPDATE articles SET story = NULL WHERE story = ?", (story.id,))
            conn.executemany("UPDATE articles SET story = ? WHERE id = ?", [(story.id, i) for i in ids])
            conn.execute("DELETE FROM story_aliases WHERE old_id = ?", (story.id,))
            conn.execute(
                "INSERT INTO stories (id, title, first, last, article_count) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET title = excluded.title, first = excluded.first, "
                "last = excluded.last, article_count = excluded.article_count",
                (story.id, story.title, story.first, story.last, len(ids)),
            )
            if story.first is None or story.last is None:
                conn.execute(
                    "UPDATE stories SET first = coalesce(first, (SELECT min(published) FROM articles "
                    "WHERE story = ?1)), last = coalesce(last, (SELECT max(published) FROM articles "
                    "WHERE story = ?1)) WHERE id = ?1",
                    (story.id,),
                )
            for sid in others:
                self._recount(sid)

    def _members(self, story_id: str | None = None) -> dict[str, list[str]]:
        sql = "SELECT story, id FROM articles WHERE story IS NOT NULL"
        args: tuple[str, ...] = ()
        if story_id is not None:
            sql, args = "SELECT story, id FROM articles WHERE story = ?", (story_id,)
        out: dict[str, list[str]] = {}
        for sid, aid in self._conn.execute(sql + " ORDER BY published IS NULL, published, seq", args):
            out.setdefault(sid, []).append(aid)
        return out

    def stories(self) -> list[Story]:
        """All stories in the order they were first stored; members by publication date."""
        with self._lock:
            members = self._members()
            return [
                Story(sid, title, members.get(sid, []), first, last)
                for sid, title, first, last in self._conn.execute(
                    "SELECT id, title, first, last FROM stories ORDER BY rowid"
                )
            ]

    def story(self, id: str) -> Story | None:
        """The story with this id, or the one it was merged into (alias-aware)."""
        with self._lock:
            sid = self.resolve_story(id)
            r = self._conn.execute("SELECT title, first, last FROM stories WHERE id = ?", (sid,)).fetchone()
            if r is None:
                return None
            return Story(sid, r[0], self._members(sid).get(sid, []), r[1], r[2])

    def story_alias(self, old_id: str, new_id: str) -> None:
        """Merge story ``old_id`` into ``new_id``: its articles move, and ``old_id`` keeps resolving."""
        with self._lock:
            new_id = self.resolve_story(new_id)
            if new_id == old_id:
                return
            with self._write() as conn:
                conn.execute(
                    "INSERT INTO story_aliases (old_id, new_id) VALUES (?, ?) "
                    "ON CONFLICT(old_id) DO UPDATE SET new_id = excluded.new_id",
                    (old_id, new_id),
                )
                conn.execute(
                    "INSERT OR IGNORE INTO stories (id, title, first, last) "
                    "SELECT ?, title, first, last FROM stories WHERE id = ?",
                    (new_id, old_id),
                )
                conn.execute(
                    "UPDATE stories SET "
                    "first = (SELECT min(x) FROM (SELECT first AS x FROM stories WHERE id IN (?1, ?2))), "
                    "last = (SELECT max(x) FROM (SELECT last AS x FROM stories WHERE id IN (?1, ?2))) "
                    "WHERE id = ?2",
                    (old_id, new_id),
                )
                conn.execute("UPDATE articles SET story = ? WHERE story = ?", (new_id, old_id))
                conn.execute("DELETE FROM stories WHERE id = ?", (old_id,))
                self._recount(new_id)

    def resolve_story(self, id: str) -> str:
        """Follow merge aliases to the current story id (the id itself when it is not an alias)."""
        with self._lock:
            seen = {id}
            for _ in range(_MAX_ALIAS_HOPS):
                r = self._conn.execute("SELECT new_id FROM story_aliases WHERE old_id = ?", (id,)).fetchone()
                if r is None:
                    return id
                id = r[0]
                if id in seen:
                    raise MarsadError(f"{self.path}: story alias cycle through {id!r}")
                seen.add(id)
            raise MarsadError(f"{self.path}: story alias chain too long from {id!r}")

    # --- links: the state of story linking and event fusion (see marsad.link) ----------------------------

    def undated_in_dated_stories(self) -> list[tuple[str, str, str]]:
        """``(id, first, last)`` for each article without a publication date whose story has dated reports:
        the earliest and latest of their dates."""
        with self._lock:
            return self._conn.execute(
                "SELECT a.id, min(s.published), max(s.published) FROM articles a "
                "JOIN articles s ON s.story = a.story AND s.id != a.id AND s.published IS NOT NULL "
                "WHERE a.published IS NULL AND a.story IS NOT NULL GROUP BY a.id"
            ).fetchall()

    def link_rows(self) -> list[tuple[Any, ...]]:
        """Every article in insertion order with its link state: ``(seq, id, content_hash, pipeline_version,
        story, duplicate_of, features_version, day, published, has_story_links)`` (features version and day
        None without stored features; see :meth:`link_features`)."""
        with self._lock:
            return self._conn.execute(
                "SELECT a.seq, a.id, a.content_hash, a.pipeline_version, a.story, a.duplicate_of, f.version, "
                "f.day, a.published, EXISTS (SELECT 1 FROM story_links l WHERE l.article_id = a.id) "
                "FROM articles a LEFT JOIN link_features f ON f.article_id = a.id ORDER BY a.seq"
            ).fetchall()

    def link_features(self, article_ids: list[str] | None = None) -> dict[str, tuple[bytes, bytes, str]]:
        """Stored link features: article id → ``(minhash, fps, data)``, of all articles or of those given."""
        sql = "SELECT article_id, minhash, fps, data FROM link_features"
        with self._lock:
            if article_ids is None:
                return {r[0]: r[1:] for r in self._conn.execute(sql)}
            out: dict[str, tuple[bytes, bytes, str]] = {}
            for i in range(0, len(article_ids), 500):
                chunk = article_ids[i : i + 500]
                q = ",".join("?" * len(chunk))
                out.update((r[0], r[1:]) for r in self._conn.execute(f"{sql} WHERE article_id IN ({q})", chunk))
            return out

    def put_link_features(self, rows: list[tuple[str, str, int | None, bytes, bytes, str]]) -> None:
        """Store ``(article_id, version, day, minhash, fps, data)`` rows (replacing earlier ones)."""
        with self._lock, self._write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO link_features (article_id, version, day, minhash, fps, data) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def assign_stories(self, stories: list[Story], aliases: dict[str, str] | None = None,
                       touched: set[str] | None = None) -> None:
        """Bulk story assignment: each story's ``article_ids`` join it (title as given; counts, first and last
        publication dates recomputed from all its members); ``aliases`` merges old ids into surviving ones;
        ``touched`` stories that lost members are recounted."""
        with self._lock, self._write() as conn:
            for old, new in (aliases or {}).items():
                conn.execute(
                    "INSERT INTO story_aliases (old_id, new_id) VALUES (?, ?) "
                    "ON CONFLICT(old_id) DO UPDATE SET new_id = excluded.new_id",
                    (old, new),
                )
                conn.execute("UPDATE story_aliases SET new_id = ? WHERE new_id = ?", (new, old))
                conn.execute("DELETE FROM stories WHERE id = ?", (old,))
            conn.executemany(
                "UPDATE articles SET story = ? WHERE id = ? AND story IS NOT ?",
                [(st.id, aid, st.id) for st in stories for aid in st.article_ids],
            )
            conn.executemany(
                "INSERT INTO stories (id, title) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title",
                [(st.id, st.title) for st in stories],
            )
            conn.executemany("DELETE FROM story_aliases WHERE old_id = ?", [(st.id,) for st in stories])
            ids = sorted({st.id for st in stories} | ((touched or set()) - set(aliases or {})))
            conn.execute(
                "UPDATE stories SET article_count = (SELECT count(*) FROM articles a WHERE a.story = stories.id), "
                "first = (SELECT min(published) FROM articles a WHERE a.story = stories.id), "
                "last = (SELECT max(published) FROM articles a WHERE a.story = stories.id) "
                "WHERE id IN (SELECT value FROM json_each(?))",
                (_dumps(ids),),
            )

    def set_duplicates(self, rows: list[tuple[str, str | None, str | None, float]]) -> None:
        """``(article_id, original_id, kind, score)``: link copies to their original (None: not a copy)."""
        with self._lock, self._write() as conn:
            conn.executemany("UPDATE articles SET duplicate_of = ? WHERE id = ?", [(o, a) for a, o, _, _ in rows])
            conn.executemany("DELETE FROM duplicates WHERE article_id = ?", [(a,) for a, o, _, _ in rows if o is None])
            conn.executemany(
                "INSERT OR REPLACE INTO duplicates (article_id, kind, score) VALUES (?, ?, ?)",
                [(a, k, sc) for a, o, k, sc in rows if o is not None],
            )

    def duplicate_kinds(self) -> dict[str, tuple[str, float]]:
        """article id → (how it was found to be a copy, similarity)."""
        with self._lock:
            return {a: (k, sc) for a, k, sc in self._conn.execute("SELECT article_id, kind, score FROM duplicates")}

    def set_story_links(self, article_id: str, links: list[tuple[str, float]]) -> None:
        """The stories an article reports besides its main one (roundups), with link scores."""
        with self._lock, self._write() as conn:
            conn.execute("DELETE FROM story_links WHERE article_id = ?", (article_id,))
            conn.executemany(
                "INSERT INTO story_links (article_id, story_id, score) VALUES (?, ?, ?)",
                [(article_id, sid, sc) for sid, sc in links],
            )

    def story_links(self, article_id: str) -> list[str]:
        """Secondary stories of an article (aliases resolved)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT story_id FROM story_links WHERE article_id = ? ORDER BY score DESC", (article_id,)
            ).fetchall()
            return list(dict.fromkeys(self.resolve_story(r[0]) for r in rows))

    def event_mentions(self) -> list[tuple[Any, ...]]:
        """Every stored event with its article's link data, in article then event order: ``(article_id, ord,
        local_id, event_id, type, date, status, initiator, participants, source, target, story, published,
        outlet, agency, duplicate_of)`` (actor lists as JSON)."""
        with self._lock:
            return self._conn.execute(
                "SELECT e.article_id, e.ord, e.local_id, e.event_id, e.type, e.date, e.status, e.initiator, "
                "e.participants, e.source, e.target, a.story, a.published, a.outlet, a.agency, a.duplicate_of "
                "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.seq, e.ord"
            ).fetchall()

    def set_event_ids(self, rows: list[tuple[str, int, str | None]]) -> None:
        """Bulk canonical ids: ``(article_id, ord, event_id)``."""
        with self._lock, self._write() as conn:
            conn.executemany(
                "UPDATE events SET event_id = ? WHERE article_id = ? AND ord = ?", [(e, a, o) for a, o, e in rows]
            )

    def put_event_sources(self, rows: list[tuple[str, int, int, str, str]], delete: list[str] = ()) -> None:
        """``(event_id, n_articles, n_sources, sources_json, conflicts_json)``; ``delete``: ids gone."""
        with self._lock, self._write() as conn:
            conn.executemany("DELETE FROM event_sources WHERE event_id = ?", [(e,) for e in delete])
            conn.executemany(
                "INSERT OR REPLACE INTO event_sources (event_id, n_articles, n_sources, sources, conflicts) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )

    def event_sources(self, event_ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
        """Canonical event id → ``{sources, n_sources, n_articles, conflicts}`` (all, or the ones asked)."""
        sql = "SELECT event_id, n_articles, n_sources, sources, conflicts FROM event_sources"
        with self._lock:
            if event_ids is None:
                rows = self._conn.execute(sql).fetchall()
            else:
                rows = []
                for i in range(0, len(event_ids), 500):
                    chunk = event_ids[i : i + 500]
                    q = ",".join("?" * len(chunk))
                    rows += self._conn.execute(f"{sql} WHERE event_id IN ({q})", chunk).fetchall()
        return {
            e: {"sources": _loads(src), "n_sources": ns, "n_articles": na, "conflicts": _loads(cf)}
            for e, na, ns, src, cf in rows
        }

    # --- counters ---------------------------------------------------------------------------------------

    def next_id(self, kind: str) -> int:
        """The next number of a monotonic counter (1, 2, …); stored, so never reused after reopening."""
        with self._lock, self._write() as conn:
            if conn.execute("UPDATE counters SET value = value + 1 WHERE kind = ?", (kind,)).rowcount == 0:
                conn.execute("INSERT INTO counters (kind, value) VALUES (?, 1)", (kind,))
            return conn.execute("SELECT value FROM counters WHERE kind = ?", (kind,)).fetchone()[0]

    def next_ids(self, kind: str, n: int) -> list[int]:
        """``n`` consecutive numbers of a counter in one write (bulk :meth:`next_id`)."""
        if n <= 0:
            return []
        with self._lock, self._write() as conn:
            if conn.execute("UPDATE counters SET value = value + ? WHERE kind = ?", (n, kind)).rowcount == 0:
                conn.execute("INSERT INTO counters (kind, value) VALUES (?, ?)", (kind, n))
            last = conn.execute("SELECT value FROM counters WHERE kind = ?", (kind,)).fetchone()[0]
            return list(range(last - n + 1, last + 1))

    # --- summary ----------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts for status displays: articles, events (by type), quotes, mentions, stories, duplicates."""
        with self._lock:
            one = self._conn.execute

            def count(sql: str) -> int:
                return one(sql).fetchone()[0]

            dup_groups, dup_extra = one(
                "SELECT count(*), coalesce(sum(n - 1), 0) FROM "
                "(SELECT count(*) AS n FROM articles GROUP BY content_hash HAVING n > 1)"
            ).fetchone()
            return {
                "articles": count("SELECT count(*) FROM articles"),
                "events": count("SELECT count(*) FROM events"),
                "events_by_type": dict(one("SELECT type, count(*) FROM events GROUP BY type ORDER BY type")),
                "linked_events": count("SELECT count(DISTINCT event_id) FROM events"),
                "quotes": count("SELECT count(*) FROM quotes"),
                "mentions": count("SELECT count(*) FROM mentions"),
                "times": count("SELECT count(*) FROM times"),
                "stories": count("SELECT count(*) FROM stories"),
                "duplicate_groups": dup_groups,
                "duplicates": dup_extra,
                "marked_duplicates": count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
                "revisions": count("SELECT count(*) FROM revisions"),
                "pipeline_versions": dict(
                    one("SELECT pipeline_version, count(*) FROM articles GROUP BY pipeline_version")
                ),
                "schema_version": self.schema_version,
            }

    # --- lifetime ---------------------------------------------------------------------------------------

    def close(self) -> None:
        """Commit anything pending and close the connection (idempotent)."""
        with self._lock:
            conn = self._conn
            if conn is None:
                return
            if conn.in_transaction:
                conn.execute("COMMIT")
                self._depth = 0
            try:
                conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"
