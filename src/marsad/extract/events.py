"""Stage: contact events (GUIDELINES §3) from trigger lexicons and the entity and time layers.

For each trigger in a sentence: arguments from the actor mentions around it («بين X وY» first, then the
nearest agents of the clause, persons before states), date and clock time from the nearest time expression,
status and initiator from cue phrases, location from a place after «في» or the visit's destination.
A trigger without identifiable participants either refers back to an earlier event of its type in the
article («الاتصال الهاتفي المرتقب») or yields nothing: no guessed events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from marsad.extract.common import Hit, hits, in_span, load_data
from marsad.model import DIRECTED_TYPES, ActorRef, Article, Event, Mention, Span, TimeExpression
from marsad.pipeline import Stage
from marsad.text.lexmatch import LexiconMatcher

WINDOW = 160  # characters each side of a trigger in which its arguments are sought


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    pos: str  # verb | noun
    definite: bool


@dataclass(slots=True)
class Lexicons:
    triggers: LexiconMatcher
    cues: LexiconMatcher
    speech: LexiconMatcher
    types: dict
    subtypes: dict


@cache
def lexicons() -> Lexicons:
    data = load_data("events/triggers.yaml")
    attrs = load_data("events/attributes.yaml")
    speech = load_data("quotes/cues.yaml")
    trig = LexiconMatcher()
    for etype, groups in data["triggers"].items():
        for pos, phrases in groups.items():
            for p in phrases:
                trig.add(p, Trigger(etype, pos, p.startswith("ال")))
    for p in data.get("blockers", []):
        trig.add(p, Trigger("", "block", False))
    cues = LexiconMatcher()
    for status, phrases in attrs["status"].items():
        for p in phrases:
            cues.add(p, ("status", status))
    for kind, phrases in attrs["initiator"].items():
        for p in phrases:
            cues.add(p, ("initiator", kind))
    for kind, phrases in attrs["participants"].items():
        for p in phrases:
            cues.add(p, ("arg", kind))
    for p in data.get("condolence_cues", []):
        cues.add(p, ("condolence", True))
    sp = LexiconMatcher()
    for p in speech["verbs"]:
        sp.add(p, "speech")
    for m in (trig, cues, sp):
        m.build()
    return Lexicons(trig, cues, sp, data["types"], data.get("subtypes", {}))


def _ref(article: Article, m: Mention) -> ActorRef:
    a = article.actors[m.actor_id]
    kind = {"organization": "organization", "country": "country", "place": "place"}.get(a.kind, "person")
    return ActorRef(name=a.name, country=a.country if a.kind != "country" else a.name, kind=kind, actor_id=a.id)


class EventStage(Stage):
    name = "events.rules.v1"
    requires = ("sentences", "mentions", "times")
    assigns = ("events",)

    def __call__(self, article: Article) -> Article:
        lex = lexicons()
        trig_hits = hits(article, lex.triggers)
        if not any(h.value.type for h in trig_hits):
            article.events = []
            return article
        cue_hits = hits(article, lex.cues, overlapping=True)
        speech_hits = hits(article, lex.speech)
        blockers = [h.span for h in trig_hits if not h.value.type]
        mentions = sorted(article.mentions, key=lambda m: m.span.start)
        events: list[Event] = []
        for sent in article.sentences:
            s_trig = [h for h in in_span(trig_hits, sent.span) if h.value.type]
            for i, h in enumerate(s_trig):
                if any(b.overlaps(h.span) for b in blockers):
                    continue
                nxt = s_trig[i + 1].span.start if i + 1 < len(s_trig) else sent.span.end
                prv = s_trig[i - 1].span.end if i > 0 else sent.span.start
                ev = self._event(article, h, sent.span, prv, nxt, mentions, cue_hits, speech_hits, lex)
                if ev is None:
                    continue
                target = self._same_act(events, ev)
                if target is not None:
                    _merge(target, ev)
                elif ev.participants or (ev.source and ev.target):
                    events.append(ev)
        self._propagate_locations(events)
        for n, ev in enumerate(events, 1):
            ev.local_id = f"{article.id}#e{n}"
        article.events = events
        return article

    # -- one trigger -----------------------------------------------------------------------------------
    def _event(self, article: Article, h: Hit, sent: Span, prv: int, nxt: int, mentions: list[Mention],
               cue_hits: list[Hit], speech_hits: list[Hit], lex: Lexicons) -> Event | None:
        t: Trigger = h.value
        lo, hi = max(sent.start, h.span.start - WINDOW), min(sent.end, h.span.end + WINDOW)
        win = Span(lo, hi)
        cues = in_span(cue_hits, win)
        ms = [m for m in mentions if win.contains(m.span) and m.actor_id in article.actors]
        speakers = _speakers(ms, in_span(speech_hits, win), h.span)
        ev = Event(type=t.type, evidence=[Span(sent.start, sent.end)], trigger=h.span.of(article.text))
        meta = lex.types[t.type]
        ev.cameo, ev.plover = meta["cameo"], meta["plover"]
        if t.type == "message" and any(c.value[0] == "condolence" for c in cues):
            sub = lex.subtypes["condolence"]
            ev.cameo, ev.plover = sub["cameo"], sub["plover"]

        agents = [m for m in ms if article.actors[m.actor_id].kind in ("person", "organization", "country")
                  and m.form != "nisba"]
        agents = [m for m in agents if id(m) not in speakers]
        between = [c for c in cues if c.value == ("arg", "between") and c.span.start >= h.span.start
                   and c.span.start < nxt]
        if t.type in DIRECTED_TYPES:
            self._directed(article, ev, h, agents, ms, cues, nxt)
        else:
            chosen = _after(agents, between[0].span.end, nxt) if between else []
            chosen = _best_pair(article, chosen) if len(_distinct(article, chosen)) >= 2 else []
            if not chosen:
                near = [m for m in agents if prv <= m.span.start < nxt or prv <= m.span.start < h.span.start]
                chosen = _best_pair(article, sorted(near, key=lambda m: _dist(m.span, h.span)))
            ev.participants = [_ref(article, m) for m in chosen]
            if len(ev.participants) < 2:
                ev.participants = []
        self._attributes(article, ev, h, win, cues, ms)
        return ev

    def _directed(self, article: Article, ev: Event, h: Hit, agents: list[Mention], ms: list[Mention],
                  cues: list[Hit], nxt: int) -> None:
        persons = [m for m in agents if article.actors[m.actor_id].kind in ("person", "organization")]
        before = [m for m in persons if m.span.end <= h.span.start]
        after = [m for m in persons if m.span.start >= h.span.end and m.span.start < nxt]
        src: Mention | None = before[-1] if before else (after[0] if after else None)
        if src is not None and src in after:
            after = after[1:]
        if src is None:
            countries = [m for m in agents if article.actors[m.actor_id].kind == "country"
                         and m.span.end <= h.span.start]
            src = countries[-1] if countries else None
        if src is None:
            return
        ev.source = [_ref(article, src)]
        if ev.type == "message":
            targets = [m for m in after if m.actor_id != src.actor_id]
            ev.target = [_ref(article, m) for m in _distinct(article, targets)[:3]]
            return
        # visit: the destination is the first place or country after the trigger (after «إلى» when present)
        places = [m for m in ms if m.span.start >= h.span.end and m.span.start < nxt
                  and article.actors[m.actor_id].kind in ("place", "country") and m.form in ("name", "metonym")]
        src_country = article.actors[src.actor_id].country
        for m in places:
            a = article.actors[m.actor_id]
            country = a.name if a.kind == "country" else a.country
            if not country or country == src_country:
                continue
            ev.target = [ActorRef(name=country, country=country, kind="country")]
            if a.kind == "place":
                ev.location = a.name
            break

    def _attributes(self, article: Article, ev: Event, h: Hit, win: Span, cues: list[Hit],
                    ms: list[Mention]) -> None:
        statuses = {c.value[1] for c in cues if c.value[0] == "status"}
        # date: the nearest time expression in the window, preferring those after the trigger
        times = [t for t in article.times if win.contains(t.span) and t.value and not _in_dateline(article, t)]
        dates = [t for t in times if "T" not in t.value]
        clocks = [t for t in times if "T" in t.value]
        if dates:
            best = min(dates, key=lambda t: _dist(t.span, h.span) + (0 if t.span.start >= h.span.start else 40))
            ev.date = best.value
        if clocks:
            best_c = min(clocks, key=lambda t: _dist(t.span, h.span))
            ev.time = best_c.value
            ev.date = ev.date or best_c.value[:10]
        if "cancelled" in statuses:
            ev.status = "cancelled"
        elif _future(ev.date, article.published):
            ev.status = "planned"
        elif "planned" in statuses and not (ev.date and article.published and ev.date < article.published):
            ev.status = "planned"
        else:
            ev.status = "occurred"
        if ev.date is None and ev.status == "occurred" and "past_context" not in statuses:
            ev.date = article.published  # reported as the day's news
        # initiator: «بمبادرة من X», «بناء على طلب X», «تلقى … اتصالا … من X»
        for c in cues:
            if c.value[0] != "initiator":
                continue
            after = [m for m in ms if m.span.start >= c.span.end and m.span.start - c.span.end < 60]
            if c.value[1] == "received_from":
                after = [m for m in ms if m.span.start >= c.span.end and m.span.start - c.span.end < 80]
            if after:
                ev.initiator = _initiator_name(article, after[0], ev)
                break

    # -- merging -------------------------------------------------------------------------------------------
    @staticmethod
    def _same_act(events: list[Event], ev: Event) -> Event | None:
        key = _key(ev)
        if key is None:
            # no arguments of its own: a reference to the latest event of this type («الاتصال الهاتفي المرتقب»)
            same = [e for e in events if e.type == ev.type]
            return same[-1] if same else None
        for e in events:
            if _key(e) == key and _dates_compatible(e.date, ev.date):
                return e
        return None

    @staticmethod
    def _propagate_locations(events: list[Event]) -> None:
        """A meeting held during a visit takes the visit's city."""
        visits = [e for e in events if e.type == "visit" and e.location]
        for e in events:
            if e.type == "meeting" and not e.location:
                names = {p.name for p in e.participants}
                for v in visits:
                    if names & {s.name for s in v.source}:
                        e.location = v.location
                        break


def _key(ev: Event) -> tuple | None:
    if ev.participants:
        return (ev.type, frozenset(p.name for p in ev.participants))
    if ev.source and ev.target:
        return (ev.type, frozenset(p.name for p in ev.source), frozenset(p.name for p in ev.target))
    return None


def _merge(into: Event, ev: Event) -> None:
    into.evidence.extend(s for s in ev.evidence if s not in into.evidence)
    for f in ("date", "time", "location", "initiator"):
        if getattr(into, f) is None and getattr(ev, f) is not None:
            setattr(into, f, getattr(ev, f))
    if ev.time and into.time and into.date and ev.time[:10] != into.date[:10] and len(into.date) == 10:
        into.date = ev.time[:10]


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _dist(a: Span, b: Span) -> int:
    return b.start - a.end if a.end <= b.start else a.start - b.end if a.start >= b.end else 0


def _distinct(article: Article, ms: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in ms:
        name = article.actors[m.actor_id].name
        if name not in seen:
            seen.add(name)
            out.append(m)
    return out


def _after(ms: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in ms if start <= m.span.start < end]


def _best_pair(article: Article, ms: list[Mention]) -> list[Mention]:
    """Two distinct participants, persons first; a state only when it is not a chosen person's own."""
    ms = _distinct(article, ms)
    persons = [m for m in ms if article.actors[m.actor_id].kind == "person"]
    others = [m for m in ms if article.actors[m.actor_id].kind != "person"]
    chosen = persons[:2]
    countries = {article.actors[m.actor_id].country for m in chosen}
    for m in others:
        if len(chosen) >= 2:
            break
        a = article.actors[m.actor_id]
        if a.kind == "country" and a.name in countries:
            continue
        chosen.append(m)
    return chosen if len(chosen) >= 2 else []


def _speakers(ms: list[Mention], speech: list[Hit], trigger: Span) -> set[int]:
    """Mentions that are the subject of a speech verb before the trigger: they report, not take part."""
    out: set[int] = set()
    for sp in speech:
        if sp.span.end > trigger.start:
            continue
        for m in ms:
            if sp.span.end <= m.span.start <= sp.span.end + 80 and m.span.end <= trigger.start:
                out.add(id(m))
    return out


def _initiator_name(article: Article, m: Mention, ev: Event) -> str:
    a = article.actors[m.actor_id]
    if a.kind == "country":
        for p in ev.participants + ev.source + ev.target:
            if p.country == a.name and p.kind == "person":
                return p.name
    return a.name


def _in_dateline(article: Article, t: TimeExpression) -> bool:
    return article.dateline is not None and article.dateline.contains(t.span)


def _future(value: str | None, published: str | None) -> bool:
    if not value or not published:
        return False
    start = value.split("/")[0][:10]
    try:
        if len(start) == 10:
            return date.fromisoformat(start) > date.fromisoformat(published)
        return start > published[: len(start)]
    except ValueError:
        return False
