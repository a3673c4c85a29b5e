"""Story linking and cross-article event fusion, incremental and deterministic.

Articles join the same story when they are exact copies (same content hash), report the same contact (same
event type and participants, compatible dates, published within ``EVENT_DAYS``), or carry near-identical
headlines within ``TITLE_DAYS``. Existing story ids never change: a new article that bridges two stories
merges them into the older id and the other becomes an alias. Event ids work the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from marsad.model import Article, Event
from marsad.text.normalize import match_key

EVENT_DAYS = 3
TITLE_DAYS = 2
TITLE_JACCARD = 0.5
MIN_TITLE_TOKENS = 3
_TOKEN = re.compile(r"[\u0621-\u064a]{3,}|[a-z]{3,}")
# very common headline words that say nothing about the story
_STOP = frozenset(match_key(w) for w in (
    "الرئيس وزير رئيس خلال بين حول على إلى الى التي الذي بعد قبل اليوم عن مع في من أن إن هذا هذه ذلك تلك "
    "كان كانت يكون وقد قد لقد عام العام الأمريكي الروسي السعودي المصري الخارجية الوزراء").split())


def title_tokens(title: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(match_key(title)) if t not in _STOP)


def event_signature(ev: Event) -> tuple:
    if ev.participants:
        return (ev.type, tuple(sorted(p.name for p in ev.participants)))
    return (ev.type, tuple(sorted(p.name for p in ev.source)), tuple(sorted(p.name for p in ev.target)))


@dataclass(slots=True)
class LinkItem:
    """What story linking needs of an article (kept small so whole corpora fit in memory)."""

    id: str
    content_hash: str
    day: date | None
    title: frozenset[str]
    signatures: list[tuple[tuple, str | None]] = field(default_factory=list)  # (signature, date)
    story: str | None = None

    @classmethod
    def of(cls, a: Article) -> LinkItem:
        try:
            day = date.fromisoformat(a.published[:10]) if a.published else None
        except ValueError:
            day = None
        sigs = [(event_signature(e), e.date) for e in a.events]
        return cls(a.id, a.content_hash, day, title_tokens(a.headline_text), sigs, a.story)


def _days(a: date | None, b: date | None) -> int:
    return abs((a - b).days) if a and b else 10**6


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the earlier article is the root, so ids follow input order
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(slots=True)
class LinkResult:
    stories: dict[str, str]  # article id → story id
    aliases: dict[str, str]  # merged story id → surviving id
    duplicate_of: dict[str, str]  # article id → first article with the same content


def link_stories(items: list[LinkItem], new_id: Callable[[], str]) -> LinkResult:
    """Cluster ``items`` (in arrival order). Items with a ``story`` keep it unless two stories merge."""
    uf = _UnionFind()
    first_by_hash: dict[str, int] = {}
    duplicate_of: dict[str, str] = {}
    by_sig: dict[tuple, list[int]] = defaultdict(list)
    by_token: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        uf.find(i)
        if it.content_hash:
            j = first_by_hash.setdefault(it.content_hash, i)
            if j != i:
                uf.union(i, j)
                duplicate_of[it.id] = items[j].id
        for sig, _ in it.signatures:
            for j in by_sig[sig]:
                if _days(items[j].day, it.day) <= EVENT_DAYS:
                    uf.union(i, j)
                    break
            by_sig[sig].append(i)
        if len(it.title) >= MIN_TITLE_TOKENS:
            counts: dict[int, int] = defaultdict(int)
            for t in it.title:
                for j in by_token[t][-200:]:  # recent postings only: stories are days long
                    counts[j] += 1
            for j, c in counts.items():
                other = items[j].title
                if c / len(it.title | other) >= TITLE_JACCARD and _days(items[j].day, it.day) <= TITLE_DAYS:
                    uf.union(i, j)
            for t in it.title:
                by_token[t].append(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    stories: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for root in sorted(groups):
        members = groups[root]
        existing = [items[i].story for i in members if items[i].story]
        if existing:
            survivor = min(existing, key=_id_order)
            for s in set(existing) - {survivor}:
                aliases[s] = survivor
        else:
            survivor = new_id()
        for i in members:
            stories[items[i].id] = survivor
    return LinkResult(stories, aliases, duplicate_of)


def _id_order(story_id: str) -> tuple[int, str]:
    m = re.search(r"(\d+)$", story_id)
    return (int(m.group(1)) if m else 10**12, story_id)


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a0, b0 = a.split("/")[0], b.split("/")[0]
    return a0.startswith(b0) or b0.startswith(a0)


def fuse_events(articles: Iterable[Article], new_id: Callable[[], str]) -> dict[str, str]:
    """Canonical event ids: the same contact (type, participants, compatible dates) in the same story, or
    with the same precise date anywhere, gets one id. Events that already carry an id keep it.
    Returns local id → canonical id for every event."""
    seen: dict[tuple, list[tuple[str | None, str | None, str]]] = defaultdict(list)
    out: dict[str, str] = {}
    for a in articles:
        for ev in a.events:
            sig = event_signature(ev)
            chosen = ev.id
            if chosen is None:
                for d, story, eid in seen[sig]:
                    same_story = story is not None and story == a.story
                    if _dates_compatible(d, ev.date) and (same_story or (d and d == ev.date and len(d) >= 7)):
                        chosen = eid
                        break
            if chosen is None:
                chosen = new_id()
            seen[sig].append((ev.date, a.story, chosen))
            if ev.local_id:
                out[ev.local_id] = chosen
            ev.id = chosen
    return out
