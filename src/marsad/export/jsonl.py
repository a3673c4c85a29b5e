"""JSON Lines export: one object per article, exactly the fields of ``shared/eval/FORMAT.md`` plus provenance
(offsets, Arabic surface forms, codes, glosses) that the scorer ignores."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from marsad.model import DIRECTED_TYPES, ActorRef, Article, Event

TYPE_GLOSS = {"phone_call": "phone call", "video_call": "video call", "meeting": "meeting",
              "negotiation": "negotiations", "visit": "visit", "message": "message"}


def _names(refs: list[ActorRef]) -> str:
    names = [r.name for r in refs]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else "?"


def event_gloss(ev: Event) -> str:
    """English gloss: "Vladimir Putin and Joe Biden — phone call (planned), 2021-12-30 …"."""
    if ev.type in DIRECTED_TYPES:
        arrow = " → " if ev.type == "message" else " visits "
        who = _names(ev.source) + arrow + _names(ev.target)
    else:
        who = _names(ev.participants)
    parts = [f"{who} — {TYPE_GLOSS.get(ev.type, ev.type)} ({ev.status})"]
    if ev.time:
        parts.append(ev.time.replace("T", " ")[:16] + " UTC" + ev.time[19:])
    elif ev.date:
        parts.append(ev.date)
    if ev.location:
        parts.append(f"in {ev.location}")
    if ev.initiator:
        parts.append(f"at the initiative of {ev.initiator}")
    return ", ".join(parts)


def event_sources(ev: Event, article: Article | None = None) -> dict:
    """Who reports the contact: ``sources`` (one entry per article: id, outlet, and agency, publication date
    and the original it copies when known), ``n_sources`` (independent sources: copies of one wire story,
    one outlet's articles and one agency's reports count once), ``n_articles`` and ``conflicts`` (attribute
    → the values the sources give). Linked events carry these (see :mod:`marsad.link.fusion`); an event not
    linked yet is reported by its own article only."""
    sources = getattr(ev, "sources", None)
    if sources:
        return {"sources": [{k: v for k, v in s.items() if v is not None} for s in sources],
                "n_sources": ev.n_sources, "n_articles": ev.n_articles, "conflicts": ev.conflicts}  # type: ignore[attr-defined]
    if article is None:
        return {"sources": [], "n_sources": 0, "n_articles": 0, "conflicts": {}}
    own = {"article_id": article.id, "outlet": article.outlet, "agency": article.agency,
           "published": article.published, "duplicate_of": article.duplicate_of}
    return {"sources": [{k: v for k, v in own.items() if v is not None}], "n_sources": 1, "n_articles": 1,
            "conflicts": {}}


def event_record(ev: Event, article: Article | None = None) -> dict:
    rec: dict = {"type": ev.type}
    if ev.type in DIRECTED_TYPES:
        rec["source"] = [r.export() for r in ev.source]
        rec["target"] = [r.export() for r in ev.target]
    else:
        rec["participants"] = [r.export() for r in ev.participants]
    rec.update(date=ev.date, time=ev.time, location=ev.location, initiator=ev.initiator, status=ev.status,
               event_id=ev.id or ev.local_id, cameo=ev.cameo, plover=ev.plover, gloss=event_gloss(ev),
               trigger=ev.trigger, evidence=[[s.start, s.end] for s in ev.evidence])
    rec.update(event_sources(ev, article))
    return rec


def event_attributes(ev: Event) -> dict:
    """The attributes of one event mention as the row exports and the API list them, in that order."""
    return {"type": ev.type, "status": ev.status, "date": ev.date, "time": ev.time, "location": ev.location,
            "initiator": ev.initiator}


def article_record(a: Article) -> dict:
    places = a.entity_names("country") + a.entity_names("place")
    return {
        "id": a.id,
        "published": a.published,
        "published_source": a.published_source,
        "outlet": a.outlet,
        "agency": a.agency,
        "url": a.url,
        "story": a.story,
        "duplicate_of": a.duplicate_of,
        "headline": a.headline_text,
        "persons": a.entity_names("person"),
        "places": list(dict.fromkeys(places)),
        "orgs": a.entity_names("organization"),
        # actors found outside the knowledge base: their English names are transliterations
        "recognised": [{"name": x.name, "arabic": x.arabic[0] if x.arabic else None, "confidence": x.confidence}
                       for x in a.actors.values() if x.confidence < 1],
        "events": [event_record(e, a) for e in a.events],
        "quotes": [{"speaker": q.speaker, "text": q.text, "start": q.span.start, "end": q.span.end,
                    "cue": q.cue} for q in a.quotes],
        # (a week dates contacts, but annotators do not list «الأسبوع الماضي» among an article's time expressions)
        "times": [{"text": t.text, "value": t.value, "start": t.span.start, "end": t.span.end}
                  for t in a.times if t.value and t.kind != "week"],
    }


def write_jsonl(articles: Iterable[Article], out: TextIO) -> int:
    n = 0
    for a in articles:
        out.write(json.dumps(article_record(a), ensure_ascii=False) + "\n")
        n += 1
    return n
