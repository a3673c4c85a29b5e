from datetime import date

import pytest

from marsad.link.fusion import (
    EventFuser,
    Mention,
    conflicts,
    date_relation,
    event_facts,
    independent_sources,
    parties,
)


def _counter(prefix: str):
    n = [0]

    def new() -> str:
        n[0] += 1
        return f"{prefix}-{n[0]}"

    return new


def mention(aid: str, type_: str = "phone_call", who=(("Vladimir Putin", "Russia"), ("Joe Biden", "United States")),
            day: str | None = "2021-12-30", published: str | None = "2021-12-30", story: str | None = "s-1",
            status: str = "occurred", initiator: str | None = None, outlet: str | None = None,
            agency: str | None = None, dup: str | None = None, ord_: int = 0) -> Mention:
    names, countries = parties(type_, who, who[:1], who[1:])
    pub = date.fromisoformat(published).toordinal() if published else None
    return Mention(aid, ord_, f"{aid}#e{ord_}", type_, names, countries, day, status, initiator, story, pub,
                   outlet, agency, dup, published)  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("2021-12-30", "2021-12-30", "equal"),
        ("2021-12", "2021-12-30", "compatible"),
        ("2021", "2021-06", "compatible"),
        (None, "2021-12-30", "compatible"),
        ("2022-01-10/2022-01-12", "2022-01-11", "compatible"),
        ("2021-12-29", "2021-12-30", "close"),
        ("2021-06", "2021-12-30", "conflict"),
    ],
)
def test_fusion_date_relation(a: str | None, b: str | None, relation: str) -> None:
    assert date_relation(a, b) == relation


def test_fusion_one_contact_one_id_across_reports() -> None:
    fuser = EventFuser(_counter("e"))
    a = fuser.assign(mention("a"))
    # «مساء الغد» in a Wednesday article resolved to Thursday: the same call, reported the day before
    b = fuser.assign(mention("b", published="2021-12-29", story="s-1"))
    c = fuser.assign(mention("c", day=None, story="s-1"))
    d = fuser.assign(mention("d", story="s-9"))  # another story, the same day: the same call
    assert a.id == b.id == c.id == d.id == "e-1"
    # the same pair of presidents a month later, or in a video call, is another contact
    assert fuser.assign(mention("e", day="2022-02-01", published="2022-02-01", story="s-20")).id == "e-2"
    assert fuser.assign(mention("f", type_="video_call")).id == "e-3"


def test_fusion_undated_references_within_type_windows() -> None:
    fuser = EventFuser(_counter("e"))
    geneva = (("Vladimir Putin", "Russia"), ("Joe Biden", "United States"))
    summit = fuser.assign(mention("a", "meeting", geneva, day="2021-06", published="2021-06-17", story="s-1"))
    # an undated reference to their meeting four months later is the Geneva summit
    assert fuser.assign(mention("b", "meeting", geneva, day=None, published="2021-10-14", story="s-2")) is summit
    call_ = fuser.assign(mention("c", day="2021-12-30", story="s-3"))
    # leaders call often: an undated call a week later in another story is another call
    later = fuser.assign(mention("d", day=None, published="2022-01-06", story="s-4"))
    assert later is not call_


def test_fusion_countries_stand_for_their_people_only_within_a_story() -> None:
    fuser = EventFuser(_counter("e"))
    people = (("Sergei Ryabkov", "Russia"), ("Wendy Sherman", "United States"))
    states = (("Russia", None), ("United States", None))
    talks = fuser.assign(mention("a", "negotiation", people, day="2022-01-10", story="s-1"))
    assert fuser.assign(mention("c", "negotiation", states, day="2022-01-10", story="s-2")) is not talks
    assert fuser.assign(mention("b", "negotiation", states, day="2022-01-10", story="s-1")) is talks
    # two different people of the same countries are not the same contact
    other = (("Sergey Lavrov", "Russia"), ("Antony Blinken", "United States"))
    assert fuser.assign(mention("d", "negotiation", other, day="2022-01-10", story="s-1")) is not talks


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        # a Saudi Press Agency cable reprinted by five papers: one source
        ([("spa", "Saudi Press Agency", None, None)] + [(f"p{i}", f"Paper {i}", None, "spa") for i in range(5)], 1),
        # three outlets writing their own reports: three sources
        ([("a", "Sky News Arabia", None, None), ("b", "BBC Arabic", None, None), ("c", "CNN Arabic", None, None)], 3),
        # one outlet's two articles, and two papers crediting Reuters: two sources
        ([("a", "Okaz", None, None), ("b", "Okaz", None, None), ("c", "Al Madina", "Reuters", None),
          ("d", "Al Yaum", "Reuters", None)], 2),
        # copies of a copy are copies of the original
        ([("a", None, None, None), ("b", None, None, "a"), ("c", None, None, "a")], 1),
    ],
)
def test_fusion_independent_sources_count_syndication_once(reports: list, expected: int) -> None:
    assert independent_sources(reports) == expected


def test_fusion_conflicts() -> None:
    same_day = [mention("a", day="2021-12-30"), mention("b", day="2021-12-29")]
    assert conflicts(same_day) == {"date": ["2021-12-29", "2021-12-30"]}
    # planned before the date, held after it: the normal course of news
    course = [mention("a", status="planned", published="2021-12-29"), mention("b", published="2021-12-31")]
    assert conflicts(course) == {}
    late = [mention("a", status="planned", published="2022-01-02"), mention("b", published="2021-12-31")]
    assert conflicts(late) == {"status": ["occurred", "planned"]}
    held = [mention("a", status="cancelled"), mention("b")]
    assert "status" in conflicts(held)
    who = [mention("a", initiator="Vladimir Putin"), mention("b", initiator="Joe Biden"),
           mention("c", initiator="Vladimir Putin")]  # fmt: skip
    assert conflicts(who) == {"initiator": ["Vladimir Putin", "Joe Biden"]}
    assert conflicts([mention("a", day="2021-12"), mention("b", day="2021-12-30")]) == {}


def test_fusion_close_dates_in_one_story_fuse_and_are_flagged() -> None:
    fuser = EventFuser(_counter("e"))
    a = fuser.assign(mention("a", day="2021-12-30", outlet="Sky News Arabia"))
    b = fuser.assign(mention("b", day="2021-12-29", outlet="CNN Arabic"))
    assert a is b
    facts = event_facts(a)
    assert (facts.n_articles, facts.n_sources) == (2, 2)
    assert facts.conflicts == {"date": ["2021-12-29", "2021-12-30"]}
    assert [s["article_id"] for s in facts.sources] == ["a", "b"]
