from datetime import date

from marsad.link.stories import LinkItem, fuse_events, link_stories, title_tokens
from marsad.model import ActorRef, Article, Event


def _counter(prefix: str):
    n = [0]

    def new() -> str:
        n[0] += 1
        return f"{prefix}-{n[0]}"

    return new


def _item(i: str, day: str, title: str = "", sigs=(), h: str | None = None, story: str | None = None):
    return LinkItem(i, h or i, date.fromisoformat(day), title_tokens(title), list(sigs), story)


SIG = (("phone_call", ("Joe Biden", "Vladimir Putin")), "2021-12-30")


def test_stories_shared_event_links_articles_within_days() -> None:
    items = [_item("a", "2021-12-29", sigs=[SIG]), _item("b", "2021-12-30", sigs=[SIG]),
             _item("c", "2021-10-14", sigs=[SIG])]  # same pair, months earlier: another story
    res = link_stories(items, _counter("s"))
    assert res.stories["a"] == res.stories["b"] != res.stories["c"]


def test_stories_exact_copies_are_duplicates_of_the_first() -> None:
    items = [_item("a", "2015-08-01", h="X"), _item("b", "2015-08-01", h="Y"), _item("c", "2015-08-02", h="X")]
    res = link_stories(items, _counter("s"))
    assert res.duplicate_of == {"c": "a"}
    assert res.stories["a"] == res.stories["c"] != res.stories["b"]


def test_stories_similar_titles_link() -> None:
    t1 = "ولي العهد السعودي يصل إلى القاهرة في أول زيارة رسمية لمصر"
    t2 = "ولي العهد السعودي يصل القاهرة في زيارة رسمية لمصر"
    items = [_item("a", "2018-03-04", t1), _item("b", "2018-03-04", t2), _item("c", "2018-03-20", t2)]
    res = link_stories(items, _counter("s"))
    assert res.stories["a"] == res.stories["b"] != res.stories["c"]


def test_stories_ids_are_stable_and_merges_keep_the_older_id() -> None:
    items = [_item("a", "2021-12-29", sigs=[SIG], story="s-1"), _item("b", "2021-12-30", story="s-2"),
             _item("c", "2021-12-30", sigs=[SIG], h="b")]  # c copies b and shares a's event: bridges both
    res = link_stories(items, _counter("s-new"))
    assert res.stories == {"a": "s-1", "b": "s-1", "c": "s-1"}
    assert res.aliases == {"s-2": "s-1"}


def test_stories_deterministic() -> None:
    items = [_item(str(i), "2018-05-0%d" % (1 + i % 3), "قمة بين الكوريتين في بانمونجوم اليوم", [SIG])
             for i in range(6)]
    a = link_stories(items, _counter("s")).stories
    b = link_stories(items, _counter("s")).stories
    assert a == b


def _call(day: str | None) -> Event:
    return Event("phone_call", participants=[ActorRef("Vladimir Putin"), ActorRef("Joe Biden")], date=day)


def test_fuse_events_same_contact_one_id_across_articles() -> None:
    a1 = Article("a1", "x", story="s-1", events=[_call("2021-12-30")])
    a2 = Article("a2", "y", story="s-1", events=[_call("2021-12-30"), _call(None)])
    a3 = Article("a3", "z", story="s-9", events=[_call("2021-06-16")])
    fuse_events([a1, a2, a3], _counter("e"))
    assert a1.events[0].id == a2.events[0].id == a2.events[1].id
    assert a3.events[0].id != a1.events[0].id
