"""Incremental story clustering: each arriving article joins the story it is closest to, or starts one.

A story is one piece of news as several outlets tell it over a few days. An article links to an earlier one
when (see :func:`link_score`):

* its text is close (cosine of TF-IDF term vectors of headline + lead, figures included) and the two were
  published within days: the closer the text, the longer the gap allowed (:data:`TEXT_RULES`);
* or, on the same or the next day, the two tell the same contact in their headline or lead (the same kind of
  contact between the same countries, see :func:`keys_compatible`) and share a little text;
* or it is a copy of it (see :mod:`marsad.link.dedup`): a copy always joins its original's story.

Two articles whose headlines tell different contacts, or (once analyzed) that are about wholly different
actors, do not link on middling text. An article joins the story of its best link if it is also close to
that story as a whole (its centroid), so that stories do not chain from one topic to the next; a story
covers at most :data:`MAX_SPAN_DAYS`. If the article also links strongly to another story that is close to
the first, the two merge into the oldest (the other id becomes an alias); otherwise that story is kept as a
secondary story of the article (a roundup). Decisions for an article depend only on the articles before it,
so adding articles never changes earlier ones except through merges.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.link.features import LinkFeatures
from marsad.link.text import cosine

# (minimum text cosine, maximum day gap) — any rule met is a link
TEXT_RULES = ((0.5, 2), (0.33, 1))
EVENT_TEXT = 0.1  # same head event within EVENT_DAYS: text cosine needed
EVENT_ACTORS = 0.8  # ... or actor cosine (with at least EVENT_MIN_TEXT of text)
EVENT_MIN_TEXT = 0.05
EVENT_DAYS = 1
CONFLICT_TEXT = 0.75  # two articles about different contacts link only if their texts are this close
UNDATED_TEXT = 0.5  # an article without date links on text alone, and strongly ...
UNDATED_EVENT_TEXT = 0.33  # ... or on the same head event and some text
MAX_SPAN_DAYS = 2  # a story covers at most this many days (first to last publication day)
MERGE_SCORE = 0.45  # a second story merges only if the article links to it this strongly
COHESION = 0.2  # an article joins a story of two or more only if it is this close to the story's centroid ...
STRONG_LINK = 0.5  # ... or this close to one of its articles
MERGE_COHESION = 0.2  # two stories merge only if their centroids are this close (else: a roundup)
ACTOR_VETO = 0.15  # two analyzed articles about wholly different actors link only on close text ...
ACTOR_VETO_TEXT = 0.45  # ... this close
QUERY_TERMS = 12  # heaviest terms of a new article used to find candidates ...
INDEX_TERMS = 24  # ... among the heaviest terms of earlier articles
MIN_PARTIAL = 0.08  # partial cosine (over the query terms) a candidate needs before the full cosine


def link_score(x: LinkFeatures, y: LinkFeatures, text: float | None = None) -> float:
    """How strongly ``x`` and ``y`` belong to one story (0: not linked). The score is the text cosine,
    raised for a shared head event; articles whose headlines tell different contacts do not link."""
    c = cosine(x.vec, y.vec) if text is None else text
    if heads_conflict(x.heads, y.heads) and c < CONFLICT_TEXT:
        return 0.0
    if c < ACTOR_VETO_TEXT and x.actors and y.actors and cosine(x.actors, y.actors) < ACTOR_VETO:
        return 0.0
    gap = _gap(x, y)
    if gap is None:
        if c >= UNDATED_TEXT or (c >= UNDATED_EVENT_TEXT and _same_head_event(x, y)):
            return c
        return 0.0
    for threshold, days in TEXT_RULES:
        if c >= threshold and gap <= days:
            return c
    if gap <= EVENT_DAYS and c >= EVENT_MIN_TEXT and _same_head_event(x, y):
        if c >= EVENT_TEXT:
            return c + 0.15
        if x.actors and y.actors and cosine(x.actors, y.actors) >= EVENT_ACTORS:
            return c + 0.15
    return 0.0


@lru_cache(maxsize=65536)
def _parse_key(key: str) -> tuple[str, str, frozenset[str]]:
    group, countries, persons = (key.split("|") + ["", ""])[:3]
    return group, countries, frozenset(p for p in persons.split("+") if p)


@lru_cache(maxsize=262144)
def keys_compatible(a: str, b: str) -> bool:
    """Two head keys tell the same news: the same countries, the same kind of contact (a message goes with
    any: roundups open on the telegram and go on with the call), and for calls the same people (a king's
    call with Trump is not his son's call with Trump the next day)."""
    ga, ca, pa = _parse_key(a)
    gb, cb, pb = _parse_key(b)
    if ca != cb:
        return False
    if ga != gb and "message" not in (ga, gb):
        return False
    if ga == gb == "call" and len(pa) >= 2 and len(pb) >= 2 and pa != pb:
        return False
    return True


def heads_conflict(a: list[str] | set[str], b: list[str] | set[str]) -> bool:
    """Both tell contacts in their headline or lead, and none of them is the same news."""
    return bool(a) and bool(b) and not any(keys_compatible(x, y) for x in a for y in b)


def _same_head_event(x: LinkFeatures, y: LinkFeatures) -> bool:
    return bool(x.heads) and bool(y.heads) and any(keys_compatible(a, b) for a in x.heads for b in y.heads)


def _gap(x: LinkFeatures, y: LinkFeatures) -> int | None:
    if x.day is None or y.day is None:
        return None
    return abs(x.day - y.day)


@dataclass(slots=True)
class StoryState:
    """A story while linking: members (item indexes) and day range; ``id`` once it has one."""

    members: list[int] = field(default_factory=list)
    heads: Counter[str] = field(default_factory=Counter)  # head keys of the members
    centroid: dict[str, float] = field(default_factory=dict)  # sum of the members' term vectors
    norm2: float = 0.0  # its squared length
    first: int | None = None
    last: int | None = None
    id: str | None = None
    merged_into: int | None = None

    @property
    def main_head(self) -> list[str]:
        """The story's main contact: its members' most frequent head key (the first of equals)."""
        return [self.heads.most_common(1)[0][0]] if self.heads else []

    def add_vector(self, vec: dict[str, float]) -> None:
        c = self.centroid
        dot = sum(w * c.get(t, 0.0) for t, w in vec.items())
        self.norm2 += 2 * dot + sum(w * w for w in vec.values())
        for t, w in vec.items():
            c[t] = c.get(t, 0.0) + w

    def closeness(self, vec: dict[str, float]) -> float:
        """Cosine of ``vec`` (unit length) with the story's centroid."""
        if self.norm2 <= 0:
            return 0.0
        c = self.centroid
        return sum(w * c.get(t, 0.0) for t, w in vec.items()) / self.norm2**0.5

    def similarity(self, other: StoryState) -> float:
        """Cosine of the two stories' centroids."""
        if self.norm2 <= 0 or other.norm2 <= 0:
            return 0.0
        a, b = (self.centroid, other.centroid) if len(self.centroid) <= len(other.centroid) else (
            other.centroid, self.centroid)
        return sum(w * b.get(t, 0.0) for t, w in a.items()) / (self.norm2 * other.norm2) ** 0.5

    def span_with(self, day: int | None) -> int:
        if day is None or self.first is None or self.last is None:
            return 0
        return max(self.last, day) - min(self.first, day)

    def add_day(self, day: int | None) -> None:
        if day is None:
            return
        self.first = day if self.first is None else min(self.first, day)
        self.last = day if self.last is None else max(self.last, day)


@dataclass(slots=True)
class Placement:
    """Where an article went: its story (index into :attr:`StoryLinker.stories`), the stories merged into it,
    other stories it also reports (roundups), and its best link (item index and score)."""

    story: int
    merged: list[int] = field(default_factory=list)
    secondary: list[tuple[int, float]] = field(default_factory=list)
    link: int | None = None
    score: float = 0.0


class StoryLinker:
    """Online story clustering over :class:`LinkFeatures` (add articles in arrival order)."""

    def __init__(self) -> None:
        self.items: list[LinkFeatures] = []
        self.story_of: list[int] = []  # item → story index (follow merged_into via resolve)
        self.stories: list[StoryState] = []
        self.postings: dict[tuple[str, int], list[int]] = defaultdict(list)  # (term, day) → dated items
        self.undated_postings: dict[str, list[int]] = defaultdict(list)  # term → undated items
        self.head_postings: dict[tuple[str, int], list[int]] = defaultdict(list)  # (head countries, day) → items
        self.days: set[int] = set()

    # --- state ------------------------------------------------------------------------------------------

    def resolve(self, s: int) -> int:
        while self.stories[s].merged_into is not None:
            s = self.stories[s].merged_into  # type: ignore[assignment]
        return s

    def add_known(self, f: LinkFeatures, story: int) -> int:
        """Index an article whose story is already decided (stored earlier, or a copy of an article)."""
        i = len(self.items)
        self.items.append(f)
        st = self.stories[story]
        st.members.append(i)
        st.add_day(f.day)
        st.heads.update(f.heads)
        st.add_vector(f.vec)
        self.story_of.append(story)
        self._index(i, f)
        return i

    def new_story(self, id: str | None = None) -> int:
        self.stories.append(StoryState(id=id))
        return len(self.stories) - 1

    def _index(self, i: int, f: LinkFeatures) -> None:
        if f.day is None:
            for t in list(f.vec)[:INDEX_TERMS]:
                self.undated_postings[t].append(i)
            return
        self.days.add(f.day)
        day = f.day
        for countries in {_parse_key(k)[1] for k in f.heads}:
            self.head_postings[(countries, day)].append(i)
        postings = self.postings
        for t in list(f.vec)[:INDEX_TERMS]:  # vectors are stored heaviest first
            postings[(t, day)].append(i)

    # --- linking ----------------------------------------------------------------------------------------

    def candidates(self, f: LinkFeatures) -> dict[int, float]:
        """Earlier items worth scoring, with their full text cosine."""
        query = list(f.vec.items())[:QUERY_TERMS]  # vectors are stored heaviest first
        partial: dict[int, float] = defaultdict(float)
        items, postings = self.items, self.postings
        if f.day is None:  # an undated article may belong to any day (rare: scan them all)
            days = sorted(self.days)
        else:
            span = max(d for _, d in TEXT_RULES)
            days = list(range(f.day - span, f.day + span + 1))
        for t, w in query:
            for d in days:
                for j in postings.get((t, d), ()):
                    partial[j] += w * items[j].vec[t]
            for j in self.undated_postings.get(t, ()):  # undated items are candidates of every article
                partial[j] += w * items[j].vec[t]
        vec = f.vec
        out = {j: cosine(vec, items[j].vec) for j, p in partial.items() if p >= MIN_PARTIAL}
        if f.day is not None:  # articles telling the same contact are candidates whatever their words
            for countries in {_parse_key(k)[1] for k in f.heads}:
                for d in range(f.day - EVENT_DAYS, f.day + EVENT_DAYS + 1):
                    for j in self.head_postings.get((countries, d), ()):
                        if j not in out:
                            out[j] = cosine(vec, items[j].vec)
        return out

    def add(self, f: LinkFeatures, copy_of: int | None = None) -> Placement:
        """Place a new article: join, start or merge stories. ``copy_of``: an earlier item it duplicates."""
        if copy_of is not None:
            story = self.resolve(self.story_of[copy_of])
            if self.stories[story].span_with(f.day) <= MAX_SPAN_DAYS:
                self.add_known(f, story)
                return Placement(story, link=copy_of, score=1.0)
        scored = self.candidates(f)
        best_by_story: dict[int, tuple[float, int]] = {}
        for j, c in sorted(scored.items()):
            s = link_score(f, self.items[j], c)
            if s <= 0:
                continue
            st = self.resolve(self.story_of[j])
            state = self.stories[st]
            if state.span_with(f.day) > MAX_SPAN_DAYS:
                continue
            if heads_conflict(f.heads, state.main_head) and c < CONFLICT_TEXT:
                continue
            if s < STRONG_LINK and len(state.members) >= 2 and state.closeness(f.vec) < COHESION:
                continue  # linked to one article of a story it is not about (chaining)
            prev = best_by_story.get(st)
            if prev is None or s > prev[0]:
                best_by_story[st] = (s, j)
        if not best_by_story:
            story = self.new_story()
            self.add_known(f, story)
            return Placement(story)
        ranked = sorted(best_by_story.items(), key=lambda kv: (-kv[1][0], kv[0]))
        main, (score, link) = ranked[0]
        placement = Placement(main, link=link, score=score)
        for st, (s, _) in ranked[1:]:
            target, other = self.stories[main], self.stories[st]
            days = [x for x in (target.first, target.last, other.first, other.last, f.day) if x is not None]
            fits = not days or max(days) - min(days) <= MAX_SPAN_DAYS
            if (s >= MERGE_SCORE and fits and not heads_conflict(target.main_head, other.main_head)
                    and target.similarity(other) >= MERGE_COHESION):
                placement.merged.append(st)
            else:
                placement.secondary.append((st, s))
        group = [main, *placement.merged]
        survivor = min(group, key=self._age)  # merges keep the oldest story (and its id)
        for st in group:
            if st != survivor:
                self._merge(st, survivor)
        placement.story = survivor
        placement.merged = [st for st in group if st != survivor]
        self.add_known(f, survivor)
        return placement

    def _age(self, s: int) -> tuple[int, int, int]:
        """Sort key, oldest first: stories with an id by its number, then stories created earlier."""
        sid = self.stories[s].id
        return (0, id_number(sid), s) if sid is not None else (1, 0, s)

    def _merge(self, src: int, dst: int) -> None:
        a, b = self.stories[src], self.stories[dst]
        b.members.extend(a.members)
        for d in (a.first, a.last):
            b.add_day(d)
        b.heads.update(a.heads)
        b.add_vector(a.centroid)
        a.centroid, a.norm2 = {}, 0.0
        a.members = []
        a.merged_into = dst


def id_number(story_id: str) -> int:
    """The counter in an id such as ``s-17`` (ids without one sort last)."""
    digits = story_id.rsplit("-", 1)[-1]
    return int(digits) if digits.isdigit() else 1 << 62
