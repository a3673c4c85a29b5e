"""The SQLite store: round trips, change detection, revisions, stories, counters, migrations, errors."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from pathlib import Path

import pytest
from store_builders import build_full_article, build_synthetic

from marsad.errors import MarsadError
from marsad.model import Article, Event, Span, Story
from marsad.store import Store
from marsad.store.migrations import MIGRATIONS, run_script


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "m.db")
    yield s
    s.close()


def _rows(store: Store, table: str, aid: str) -> int:
    return store.connection.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (aid,)).fetchone()[
        0
    ]


def _revised(a: Article, extra: str = " وأضاف البيان تفاصيل جديدة.") -> Article:
    """The same article id with different content (an updated version of the story)."""
    return dataclasses.replace(
        a, original=a.original + extra, text=a.text + extra, content_hash=a.content_hash + "-v2", _norm=None
    )


# --- opening ----------------------------------------------------------------------------------------------


def test_sqlite_wal_and_foreign_keys(store: Store) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == Store.SCHEMA_VERSION == len(MIGRATIONS)
    meta = store.meta()
    assert meta["schema_version"] == str(Store.SCHEMA_VERSION)
    assert meta["created_by"].startswith("marsad ")


def test_sqlite_creates_parent_directories(tmp_path: Path) -> None:
    with Store(tmp_path / "a" / "b" / "m.db") as s:
        assert len(s) == 0
    assert (tmp_path / "a" / "b" / "m.db").is_file()


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database, just text\n" * 200,
        b"SQLite format 3\x00" + b"\xff" * 4000,
        "نص عربي".encode(),
    ],
)
def test_sqlite_non_sqlite_file_raises_marsad_error(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "notes.db"
    p.write_bytes(content)
    with pytest.raises(MarsadError, match="notes.db"):
        Store(p)
    assert p.read_bytes() == content  # refused files are left untouched


def test_sqlite_directory_path_raises_marsad_error(tmp_path: Path) -> None:
    with pytest.raises(MarsadError, match="is a directory"):
        Store(tmp_path)


def test_sqlite_foreign_sqlite_db_raises_marsad_error(tmp_path: Path) -> None:
    p = tmp_path / "other.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(MarsadError, match="other.sqlite.*not a marsad store"):
        Store(p)


def test_sqlite_newer_schema_raises_marsad_error(tmp_path: Path) -> None:
    p = tmp_path / "future.db"
    Store(p).close()
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {Store.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(MarsadError, match=r"future\.db.*newer"):
        Store(p)


# --- migrations -------------------------------------------------------------------------------------------


def _v2_add_language(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- a hypothetical version 2: a language column, backfilled
        ALTER TABLE articles ADD COLUMN language TEXT;
        UPDATE articles SET language = 'ar';
        """,
    )


class StoreV2(Store):
    MIGRATIONS = [*MIGRATIONS[:1], _v2_add_language]
    SCHEMA_VERSION = 2


class StoreV1(Store):
    MIGRATIONS = MIGRATIONS[:1]
    SCHEMA_VERSION = 1


def test_sqlite_migrates_version_1_file(tmp_path: Path) -> None:
    p = tmp_path / "old.db"
    a = build_full_article()
    with StoreV1(p) as s1:
        assert s1.schema_version == 1
        s1.put(a, "p1")
    with StoreV2(p) as s2:
        assert s2.schema_version == 2
        assert s2.meta()["schema_version"] == "2"
        assert s2.get(a.id) == a
        assert s2.connection.execute("SELECT language FROM articles").fetchone()[0] == "ar"
    # the migrated file is now too new for the version-1 code
    with pytest.raises(MarsadError, match="old.db"):
        StoreV1(p)


def test_sqlite_failed_migration_leaves_previous_version(tmp_path: Path) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE articles ADD COLUMN half_done TEXT")
        raise RuntimeError("boom")

    class StoreBroken(Store):
        MIGRATIONS = [*MIGRATIONS[:1], broken]
        SCHEMA_VERSION = 2

    p = tmp_path / "m.db"
    StoreV1(p).close()
    with pytest.raises(RuntimeError, match="boom"):
        StoreBroken(p)
    conn = sqlite3.connect(p)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    cols = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    assert "half_done" not in cols
    conn.close()


# --- put / get ----------------------------------------------------------------------------------------------


def test_sqlite_put_get_round_trip(store: Store) -> None:
    a = build_full_article()
    assert store.put(a, "p1") == "new"
    b = store.get(a.id)
    assert b == a
    assert b is not a
    assert store.get("missing") is None
    assert a.id in store and "missing" not in store
    assert _rows(store, "mentions", a.id) == len(a.mentions)
    assert _rows(store, "events", a.id) == len(a.events)
    assert _rows(store, "times", a.id) == len(a.times)
    assert _rows(store, "quotes", a.id) == len(a.quotes)
    n_args = sum(len(e.participants) + len(e.source) + len(e.target) for e in a.events)
    assert _rows(store, "event_actors", a.id) == n_args


def test_sqlite_normalized_rows_are_queryable(store: Store) -> None:
    a = build_full_article()
    store.put(a, "p1")
    conn = store.connection
    row = conn.execute(
        "SELECT e.type, e.date, ea.role, ea.name, ea.country FROM events e JOIN event_actors ea "
        "ON ea.article_id = e.article_id AND ea.ord = e.ord WHERE ea.name = ?",
        ("Recep Tayyip Erdoğan",),
    ).fetchone()
    assert row == ("phone_call", "2022-02-23", "participant", "Recep Tayyip Erdoğan", "Turkey")
    m = conn.execute(
        'SELECT name, kind, form, start, "end", text FROM mentions WHERE actor_id = ?', ("Q39259",)
    )
    name, kind, form, s, e, text = m.fetchone()
    assert (name, kind, form, text) == ("Recep Tayyip Erdoğan", "person", "name", "رجب طيب أردوغان")
    assert a.original[s:e] == text
    assert conn.execute("SELECT speaker FROM quotes WHERE ord = 0").fetchone()[0] == "Kremlin"
    assert conn.execute("SELECT value FROM times WHERE ord = 1").fetchone()[0] == "2022-03-03"
    assert conn.execute("SELECT headline, outlet FROM articles").fetchone() == (a.headline_text, a.outlet)


def test_sqlite_put_same_is_unchanged_without_writes(store: Store) -> None:
    a = build_full_article()
    store.put(a, "p1")
    before = store.total_changes
    assert store.put(build_full_article(), "p1") == "unchanged"
    assert store.total_changes == before
    assert not store.needs_analysis(a.id, a.content_hash, "p1")
    assert store.needs_analysis(a.id, a.content_hash, "p2")
    assert store.needs_analysis(a.id, "other-hash", "p1")
    assert store.needs_analysis("unknown", a.content_hash, "p1")


def test_sqlite_new_pipeline_version_reanalyzes(store: Store) -> None:
    a = build_full_article()
    store.put(a, "p1")
    b = dataclasses.replace(a, events=[Event("meeting", local_id="seed-1:e1")], quotes=[], _norm=None)
    assert store.put(b, "p2") == "reanalyzed"
    got = store.get(a.id)
    assert got == b
    assert store.pipeline_version(a.id) == "p2"
    assert _rows(store, "events", a.id) == 1
    assert _rows(store, "quotes", a.id) == 0
    assert _rows(store, "event_actors", a.id) == 0
    assert store.revisions(a.id) == []  # same content: nothing the user stored was replaced
    assert store.put(b, "p2") == "unchanged"


def test_sqlite_changed_content_is_revised_and_old_text_kept(store: Store) -> None:
    a = build_full_article()
    store.put(a, "p1")
    v2 = _revised(a)
    assert store.put(v2, "p1") == "revised"
    assert store.get(a.id) == v2
    revs = store.revisions(a.id)
    assert len(revs) == 1
    assert revs[0].article.original == a.original
    assert revs[0].article == a  # the old analysis too
    assert revs[0].pipeline_version == "p1"
    v3 = _revised(v2, " تحديث ثان.")
    assert store.put(v3, "p1") == "revised"
    assert [r.article.original for r in store.revisions(a.id)] == [a.original, v2.original]
    assert len(store) == 1


def test_sqlite_same_hash_different_original_is_revised(store: Store) -> None:
    """The ingest hash ignores harakat and spacing; an edited original is still kept, never overwritten."""
    a = build_full_article()
    store.put(a, "p1")
    edited = a.original.replace("الأوضاع", "الأوضاعَ", 1)  # one fatha added: same match key, same hash
    assert len(edited) == len(a.original) + 1
    b = dataclasses.replace(a, original=edited, text=edited, removed=[], _norm=None)
    assert store.put(b, "p1") == "revised"
    assert store.revisions(a.id)[0].article.original == a.original
    assert store.get(a.id).original == edited
    assert store.put(b, "p1") == "unchanged"


def test_sqlite_iteration_in_insertion_order(store: Store) -> None:
    ids = ["z9", "a1", "m5", "b2"]
    for i, aid in enumerate(ids):
        store.put(dataclasses.replace(build_synthetic(i, 200), id=aid), "p1")
    # revising an early article does not move it
    store.put(_revised(store.get("a1")), "p1")
    assert store.ids() == ids
    assert [a.id for a in store] == ids
    assert len(store) == 4


def test_sqlite_exact_duplicates_grouped_by_content_hash(store: Store) -> None:
    for aid, h in [("a", "h1"), ("b", "h2"), ("c", "h1"), ("d", "h3"), ("e", "h1"), ("f", "h3")]:
        store.put(Article(id=aid, original=f"نص {h}", content_hash=h), "p1")
    assert store.exact_duplicates() == {"h1": ["a", "c", "e"], "h3": ["d", "f"]}
    st = store.stats()
    assert (st["duplicate_groups"], st["duplicates"]) == (2, 3)


def test_sqlite_missing_content_hash_is_computed(store: Store) -> None:
    a, b = Article(id="a", original="نص واحد"), Article(id="b", original="نص واحد")
    store.put(a, "p1")
    store.put(b, "p1")
    assert a.content_hash and a.content_hash == b.content_hash
    assert store.exact_duplicates() == {a.content_hash: ["a", "b"]}


# --- events, stories, counters --------------------------------------------------------------------------


def test_sqlite_set_event_id(store: Store) -> None:
    a = build_full_article()
    store.put(a, "p1")
    store.set_event_id(a.id, "seed-1:e2", "ev-000042")
    got = store.get(a.id)
    assert [e.id for e in got.events] == ["ev-000001", "ev-000042", None]
    assert [x.events[1].id for x in store] == ["ev-000042"]
    with pytest.raises(KeyError):
        store.set_event_id(a.id, "seed-1:e99", "ev-1")
    # a revision keeps the canonical ids the old version had
    store.put(_revised(a), "p1")
    assert [e.id for e in store.revisions(a.id)[0].article.events] == ["ev-000001", "ev-000042", None]


def test_sqlite_story_alias_resolution(store: Store) -> None:
    for i in range(5):
        a = dataclasses.replace(build_synthetic(i, 200), published=f"2024-01-0{5 - i}")
        store.put(a, "p1")
    store.put_story(Story("st-1", "قمة", ["s0", "s1"]))
    store.put_story(Story("st-2", "زيارة", ["s2", "s3"], first="2023-12-01"))
    store.put_story(Story("st-3", "اتصال", ["s4"]))
    assert store.story("st-1") == Story("st-1", "قمة", ["s1", "s0"], "2024-01-04", "2024-01-05")
    store.story_alias("st-1", "st-2")
    store.story_alias("st-2", "st-3")  # chains: st-1 -> st-2 -> st-3
    assert store.resolve_story("st-1") == "st-3"
    assert store.resolve_story("st-2") == "st-3"
    assert store.resolve_story("st-3") == "st-3"
    assert store.resolve_story("unknown") == "unknown"
    merged = store.story("st-1")
    assert merged is not None and merged.id == "st-3"
    assert sorted(merged.article_ids) == ["s0", "s1", "s2", "s3", "s4"]
    assert merged.first == "2023-12-01"
    assert [s.id for s in store.stories()] == ["st-3"]
    assert store.get("s0").story == "st-3"
    assert store.connection.execute("SELECT article_count FROM stories").fetchone()[0] == 5
    store.set_story("s4", "st-1")  # an alias is resolved on assignment
    assert store.get("s4").story == "st-3"
    store.set_story("s4", None)
    assert store.get("s4").story is None
    assert store.connection.execute("SELECT article_count FROM stories").fetchone()[0] == 4
    store.story_alias("st-3", "st-3")  # no-op, not a cycle
    with pytest.raises(KeyError):
        store.put_story(Story("st-9", "", ["not-stored"]))


def test_sqlite_put_story_moves_members_and_recounts(store: Store) -> None:
    for i in range(3):
        store.put(build_synthetic(i, 200), "p1")
    store.put_story(Story("A", "", ["s0", "s1"]))
    store.put_story(Story("B", "", ["s1", "s2"]))
    counts = dict(store.connection.execute("SELECT id, article_count FROM stories"))
    assert counts == {"A": 1, "B": 2}
    assert [s.article_ids for s in store.stories()] == [["s0"], ["s1", "s2"]]
    # a re-analysis without a story keeps the assignment
    assert store.put(build_synthetic(1, 200), "p2") == "reanalyzed"
    assert store.get("s1").story == "B"


def test_sqlite_assigning_an_unknown_story_creates_it(store: Store) -> None:
    a = build_full_article()  # carries story "story-7"
    store.put(a, "p1")
    assert store.story("story-7") == Story("story-7", "", [a.id])
    store.put(build_synthetic(0, 200), "p1")
    store.set_story("s0", "story-8")
    assert [(s.id, s.article_ids) for s in store.stories()] == [("story-7", [a.id]), ("story-8", ["s0"])]


def test_sqlite_counters_monotonic_across_reopen(tmp_path: Path) -> None:
    p = tmp_path / "m.db"
    with Store(p) as s:
        assert [s.next_id("story") for _ in range(3)] == [1, 2, 3]
        assert s.next_id("event") == 1
    with Store(p) as s:
        assert s.next_id("story") == 4
        assert s.next_id("event") == 2


# --- transactions -------------------------------------------------------------------------------------------


def test_sqlite_transaction_batches_commit(tmp_path: Path) -> None:
    p = tmp_path / "m.db"
    s = Store(p)
    reader = sqlite3.connect(p)
    with s.transaction(batch=3):
        for i in range(7):
            s.put(build_synthetic(i, 200), "p1")
        # two batches of 3 are committed and visible to another connection; the 7th is pending
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 6
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 7
    reader.close()
    s.close()


def test_sqlite_atomic_transaction_rolls_back(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction(batch=None):
            store.put(build_synthetic(0, 200), "p1")
            store.next_id("story")
            raise RuntimeError("stop")
    assert len(store) == 0
    assert store.next_id("story") == 1


def _unserialisable(a: Article) -> Article:
    a.metadata = {"x": object()}  # fails while encoding, before any write
    return a


def _null_event_type(a: Article) -> Article:
    a.events = [Event(None)]  # type: ignore[arg-type]  # fails in the events insert, after the article row
    return a


@pytest.mark.parametrize("spoil", [_unserialisable, _null_event_type])
@pytest.mark.parametrize("in_transaction", [True, False])
def test_sqlite_failed_put_leaves_no_partial_rows(store: Store, spoil, in_transaction: bool) -> None:
    bad = spoil(build_synthetic(1, 200))
    with store.transaction() if in_transaction else contextlib.nullcontext():
        store.put(build_synthetic(0, 200), "p1")
        with pytest.raises((TypeError, sqlite3.IntegrityError)):
            store.put(bad, "p1")
        store.put(build_synthetic(2, 200), "p1")
    assert store.ids() == ["s0", "s2"]
    assert _rows(store, "mentions", "s1") == 0


def test_sqlite_stats(store: Store) -> None:
    store.put(build_full_article(), "p1")
    store.put(build_synthetic(0, 300), "p1")
    st = store.stats()
    assert st["articles"] == 2
    assert st["events_by_type"] == {"message": 1, "phone_call": 2, "visit": 2}
    assert st["events"] == 5
    assert st["quotes"] == 3
    assert st["mentions"] == 17
    assert st["pipeline_versions"] == {"p1": 2}


def test_sqlite_span_types_survive(store: Store) -> None:
    a = build_full_article()
    store.put(a, "p1")
    b = store.get(a.id)
    assert isinstance(b.dateline, Span) and b.dateline == a.dateline
    assert all(isinstance(s, Span) for s in b.removed)


def test_sqlite_in_memory_store() -> None:
    with Store(":memory:") as s:
        s.put(build_synthetic(0, 200), "p1")
        assert s.ids() == ["s0"]
