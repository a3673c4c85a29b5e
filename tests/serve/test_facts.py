"""``event_facts`` (migration m0003), the table the event lists walk, follows every write to the store."""

from __future__ import annotations

from pathlib import Path

from marsad.model import ActorRef, Article, Event, Span, Story
from marsad.store import Store
from marsad.store.migrations import MIGRATIONS

TEXT = "عنوان الخبر\n\nالتقى الوزير نظيره في عمان، وأجرى اتصالا هاتفيا مع نظيره القطري."


def _article(published: str = "2021-05-02", dates: tuple[str | None, ...] = ("2021-05-01", None)) -> Article:
    a = Article(id="a1", original=TEXT, headline=Span(0, 11), published=published, outlet="Wire")
    for i, d in enumerate(dates):
        a.events.append(Event("meeting" if i == 0 else "phone_call", participants=[ActorRef("A"), ActorRef("B")],
                              date=d, evidence=[Span(13, 30)], local_id=f"a1:e{i + 1}"))  # fmt: skip
    return a


def _facts(s: Store) -> list[tuple]:
    return s.connection.execute(
        "SELECT ord, key, lo, hi, type, status, outlet, story FROM event_facts ORDER BY ord"
    ).fetchall()


def test_facts_follow_puts_links_stories_and_revisions(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.put(_article(), "p1")
        assert _facts(s) == [
            (0, "a1:e1", "2021-05-01", "2021-05-01~", "meeting", "occurred", "Wire", None),
            (1, "a1:e2", "2021-05-02", "2021-05-02~", "phone_call", "occurred", "Wire", None),  # undated: published
        ]
        s.set_event_id("a1", "a1:e2", "e-9")
        assert _facts(s)[1][1] == "e-9"
        s.put_story(Story("s-1", "t", ["a1"]))
        assert {f[7] for f in _facts(s)} == {"s-1"}
        b = _article(published="2021-06-10", dates=("2021-06-01/2021-06-03",))
        b.original = b.text = TEXT.replace("عمان", "جدة")
        assert s.put(b, "p2") == "revised"
        assert _facts(s) == [(0, "a1:e1", "2021-06-01", "2021-06-03~", "meeting", "occurred", "Wire", "s-1")]


def test_facts_filled_when_migrating_an_older_store(tmp_path: Path) -> None:
    class StoreV1(Store):
        MIGRATIONS = MIGRATIONS[:1]
        SCHEMA_VERSION = 1

    p = tmp_path / "old.db"
    with StoreV1(p) as s1:
        s1.put(_article(), "p1")
    with Store(p) as s:
        assert [f[:3] for f in _facts(s)] == [(0, "a1:e1", "2021-05-01"), (1, "a1:e2", "2021-05-02")]
