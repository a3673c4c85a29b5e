"""Cross-source event fusion: every report of one real contact gets the same canonical ``event_id``.

A reported event (a *mention*: one event of one article) joins an existing canonical event when they have
the same type and the same parties, and

* both are in the same story and their dates agree (one may be vaguer: «2021-12» fits «2021-12-30»; an
  undated mention fits any date) — or disagree by a day or two, which is then flagged as a *conflict*;
* or, across stories, both give the same day;
* or, across stories, the dates are compatible and the mention was published close to the event: within
  :data:`SHORT_WINDOW` days for calls and messages (leaders call each other often), within
  :data:`LONG_WINDOW` days for meetings, visits and talks (a summit is referred to for months).

Parties compare by canonical name; within one story a country also stands for its people («مفاوضات بين روسيا
والولايات المتحدة» and the talks between Ryabkov and Sherman). The best candidate wins (same story, then the
same date, then the closest in time, then the oldest id): mentions never merge two canonical events, so ids
never change once given. Sources are counted syndication-aware (:func:`independent_sources`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from marsad.model import DIRECTED_TYPES, Event

SHORT_TYPES = frozenset({"phone_call", "video_call", "message"})
SHORT_WINDOW = 3
LONG_WINDOW = 120
CLOSE_DAYS = 2  # same story, day-precise dates at most this far apart: one contact, dates in conflict
SAME_DAY_WINDOW = 60  # two mentions giving the same day fuse across stories if published this close


@dataclass(slots=True)
class Mention:
    """One event as one article reports it, with what fusion and source counting need."""

    article_id: str
    ord: int
    local_id: str | None
    type: str
    names: tuple[str, ...]  # symmetric: sorted participant names; directed: sources, ">", targets
    countries: tuple[str, ...]  # the same at country level (a person's country, or the name)
    date: str | None
    status: str
    initiator: str | None
    story: str | None
    day: int | None  # publication day (ordinal)
    outlet: str | None = None
    agency: str | None = None
    duplicate_of: str | None = None
    published: str | None = None
    event_id: str | None = None

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        return (self.type, self.names)

    @property
    def country_key(self) -> tuple[str, tuple[str, ...]]:
        return (self.type, self.countries)


def parties(type_: str, participants: Iterable[tuple[str, str | None]], source: Iterable[tuple[str, str | None]],
            target: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Name and country keys of an event from ``(name, country)`` pairs of its arguments."""
    if type_ in DIRECTED_TYPES:
        src, tgt = list(source), list(target)
        names = (*sorted({n for n, _ in src}), ">", *sorted({n for n, _ in tgt}))
        countries = (*sorted({c or n for n, c in src}), ">", *sorted({c or n for n, c in tgt}))
        return names, countries
    ps = list(participants)
    return tuple(sorted({n for n, _ in ps})), tuple(sorted({c or n for n, c in ps}))


# --- dates ----------------------------------------------------------------------------------------------


def interval(value: str | None) -> tuple[int, int] | None:
    """The days a date value covers, as ordinals: «2021-12» → Dec 1..31; ranges «A/B» → A..B."""
    if not value:
        return None
    parts = value.split("/")
    lo = _bounds(parts[0][:10])
    hi = _bounds(parts[-1][:10])
    if lo is None or hi is None:
        return None
    return lo[0], hi[1]


def _bounds(v: str) -> tuple[int, int] | None:
    try:
        if len(v) == 4:
            y = int(v)
            return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1).toordinal(), nxt.toordinal() - 1
        d = date.fromisoformat(v[:10]).toordinal()
        return d, d
    except ValueError:
        return None


def date_relation(a: str | None, b: str | None) -> str:
    """``equal``, ``compatible`` (one contains or overlaps the other, or one is missing), ``close`` (disjoint
    but within :data:`CLOSE_DAYS`) or ``conflict``."""
    if a and b and a == b:
        return "equal"
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return "compatible"
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return "compatible"
    gap = max(ia[0], ib[0]) - min(ia[1], ib[1])
    return "close" if gap <= CLOSE_DAYS else "conflict"


def _precision(value: str | None) -> int:
    iv = interval(value)
    return 0 if iv is None else -(iv[1] - iv[0])  # narrower is more precise


# --- canonical events -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Canonical:
    id: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)
    date: str | None = None  # the most precise date a mention gives
    days: list[int] = field(default_factory=list)  # publication days of the mentions
    people: set[tuple[str, ...]] = field(default_factory=set)  # name keys of mentions that name people

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.names != m.countries:
            self.people.add(m.names)
        if m.story:
            self.stories.add(m.story)
        if m.day is not None:
            self.days.append(m.day)
        if m.date and (self.date is None or _precision(m.date) > _precision(self.date)):
            self.date = m.date

    def distance(self, m: Mention) -> int:
        """Days between the mention's publication and this event (its date, else its reports)."""
        if m.day is None:
            return 0
        iv = interval(self.date)
        gaps = [abs(m.day - d) for d in self.days]
        if iv is not None:
            gaps.append(0 if iv[0] <= m.day <= iv[1] else min(abs(m.day - iv[0]), abs(m.day - iv[1])))
        return min(gaps) if gaps else 0


class EventFuser:
    """Online assignment of canonical ids (mentions arrive in article order)."""

    def __init__(self, new_id: Callable[[], str]) -> None:
        self.new_id = new_id
        self.events: dict[str, Canonical] = {}
        self.by_key: dict[tuple, list[Canonical]] = defaultdict(list)
        self.by_country: dict[tuple, list[Canonical]] = defaultdict(list)

    def add_known(self, m: Mention) -> Canonical:
        """Register a mention that already has its canonical id."""
        assert m.event_id is not None
        ce = self.events.get(m.event_id)
        if ce is None:
            ce = self.events[m.event_id] = Canonical(m.event_id, m.type)
        self._index(ce, m)
        ce.add(m)
        return ce

    def _index(self, ce: Canonical, m: Mention) -> None:
        if ce not in self.by_key[m.key]:
            self.by_key[m.key].append(ce)
        if ce not in self.by_country[m.country_key]:
            self.by_country[m.country_key].append(ce)

    def assign(self, m: Mention) -> Canonical:
        """Give a new mention its canonical event (an existing one, or a new id)."""
        best: tuple | None = None
        for ce in self.by_key.get(m.key, ()):
            s = self._score(m, ce, exact=True)
            if s is not None and (best is None or s > best[0]):
                best = (s, ce)
        for ce in self.by_country.get(m.country_key, ()):
            if m.names != m.countries and ce.people and ce.people != {m.names}:
                continue  # two different people of the same countries are not the same contact
            s = self._score(m, ce, exact=False)
            if s is not None and (best is None or s > best[0]):
                best = (s, ce)
        if best is None:
            eid = self.new_id()
            ce = self.events[eid] = Canonical(eid, m.type)
        else:
            ce = best[1]
        m.event_id = ce.id
        self._index(ce, m)
        ce.add(m)
        return ce

    def _score(self, m: Mention, ce: Canonical, exact: bool) -> tuple | None:
        """Rank of ``ce`` for ``m`` (higher is better), or None when they are not the same contact."""
        rel = date_relation(m.date, ce.date)
        same_story = m.story is not None and m.story in ce.stories
        dist = ce.distance(m)
        if same_story:
            if rel == "conflict":
                return None
            level = 3
        elif not exact:
            return None  # persons standing for their countries: only within one story
        elif rel == "equal" and _precision(m.date) == 0:
            if dist > SAME_DAY_WINDOW:
                return None
            level = 2
        elif rel == "compatible":
            window = SHORT_WINDOW if m.type in SHORT_TYPES else LONG_WINDOW
            if dist > window:
                return None
            level = 1
        else:
            return None
        return (level, rel == "equal", exact, -dist, -_id_number(ce.id))


def _id_number(event_id: str) -> int:
    digits = event_id.rsplit("-", 1)[-1]
    return int(digits) if digits.isdigit() else 1 << 62


# --- facts ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class ReportedEvent(Event):
    """An article's event with what linking knows of the contact it reports (the store returns these for
    events that have a canonical id): every article reporting it, the independent-source count, and the
    attributes the sources disagree on."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    n_sources: int = 0
    n_articles: int = 0
    conflicts: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, ev: Event, sources: list[dict[str, Any]], n_sources: int, n_articles: int,
           conflicts: dict[str, list[str]]) -> ReportedEvent:
        base = {f.name: getattr(ev, f.name) for f in fields(Event)}
        return cls(**base, sources=sources, n_sources=n_sources, n_articles=n_articles, conflicts=conflicts)



@dataclass(slots=True)
class EventFacts:
    """What the export and the UI show beside a canonical event: who reported it, how independently, and
    where the reports disagree."""

    event_id: str
    sources: list[dict]  # one per article: article_id, outlet, agency, published, duplicate_of
    n_articles: int
    n_sources: int
    conflicts: dict[str, list[str]]

    def as_dict(self) -> dict:
        return {"sources": self.sources, "n_sources": self.n_sources, "n_articles": self.n_articles,
                "conflicts": self.conflicts}  # fmt: skip


def independent_sources(articles: list[tuple[str, str | None, str | None, str | None]]) -> int:
    """Number of independent sources among ``(article_id, outlet, agency, duplicate_of)``.

    Two reports are one source when one copies the other (the same duplicate group: a Saudi Press Agency
    cable reprinted by eight papers is one source), when they come from the same outlet, or when they
    credit the same wire agency.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for aid, outlet, agency, dup in articles:
        node = "a:" + aid
        find(node)
        union(node, "a:" + (dup or aid))
        if outlet:
            union(node, "o:" + outlet)
        if agency:
            union(node, "g:" + agency)
    return len({find("a:" + aid) for aid, *_ in articles})


def conflicts(mentions: list[Mention]) -> dict[str, list[str]]:
    """Where the reports of one contact disagree: dates that do not fit each other, statuses that cannot
    both hold (a planned contact reported as held before its date, or cancelled and held), initiators."""
    out: dict[str, list[str]] = {}
    dates = [m.date for m in mentions if m.date]
    bad: dict[str, None] = {}
    for i, a in enumerate(dates):
        for b in dates[i + 1 :]:
            if date_relation(a, b) in ("close", "conflict"):
                bad.setdefault(a, None)
                bad.setdefault(b, None)
    if bad:
        counts = Counter(dates)
        out["date"] = sorted(bad, key=lambda v: (-counts[v], v))
    statuses = Counter(m.status for m in mentions if m.status)
    if len(statuses) > 1 and _status_conflict(mentions):
        out["status"] = [s for s, _ in sorted(statuses.items(), key=lambda kv: (-kv[1], kv[0]))]
    inits = Counter(m.initiator for m in mentions if m.initiator)
    if len(inits) > 1:
        out["initiator"] = [s for s, _ in sorted(inits.items(), key=lambda kv: (-kv[1], kv[0]))]
    return out


def _status_conflict(mentions: list[Mention]) -> bool:
    statuses = {m.status for m in mentions}
    if "cancelled" in statuses and "occurred" in statuses:
        return True
    if not {"planned", "occurred"} <= statuses:
        return False
    # planned before the event and held after it is the normal course of news, not a disagreement
    dated = [interval(m.date) for m in mentions if m.date]
    when = min((iv for iv in dated if iv), key=lambda iv: iv[1] - iv[0], default=None)
    for m in mentions:
        if m.day is None:
            continue
        if when is not None:
            if m.status == "planned" and m.day > when[1]:
                return True
            if m.status == "occurred" and m.day < when[0]:
                return True
    if when is None:  # no date: reports of the same day that disagree
        by_day: dict[int, set[str]] = defaultdict(set)
        for m in mentions:
            if m.day is not None:
                by_day[m.day].add(m.status)
        return any({"planned", "occurred"} <= s for s in by_day.values())
    return False


def event_facts(ce: Canonical) -> EventFacts:
    seen: dict[str, Mention] = {}
    for m in ce.mentions:
        seen.setdefault(m.article_id, m)
    sources = [{"article_id": m.article_id, "outlet": m.outlet, "agency": m.agency, "published": m.published,
                "duplicate_of": m.duplicate_of} for m in seen.values()]  # fmt: skip
    n_sources = independent_sources([(m.article_id, m.outlet, m.agency, m.duplicate_of) for m in seen.values()])
    return EventFacts(ce.id, sources, len(seen), n_sources, conflicts(ce.mentions))
