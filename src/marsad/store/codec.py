"""Lossless, compact JSON form of an :class:`~marsad.model.Article` and every layer it carries.

Why compact: the store keeps one analysis per article for tens of thousands of articles, so the encoding omits
whatever can be rebuilt exactly — fields at their default value, spans as ``[start, end]`` lists, sentences as
``[start, end, paragraph]``, a layer's ``text`` when it equals the original under its span, and
:attr:`Article.text` when it is the original with the ``removed`` spans blanked. Each omission is checked at
encode time against the very rule the decoder applies, so the round trip is exact by construction. The cached
``_norm`` is never encoded (it is recomputed on demand).

The store keeps :attr:`Article.original` in its own column: ``article_to_dict(a, include_original=False)``
leaves it out and ``article_from_dict(d, original=...)`` puts it back.
"""

from __future__ import annotations

from typing import Any

from marsad.model import (
    Actor,
    ActorRef,
    Article,
    Event,
    Mention,
    Quote,
    Sentence,
    Span,
    TimeExpression,
)
from marsad.text.spans import blank

__all__ = ["article_to_dict", "article_from_dict"]




# --- spans -------------------------------------------------------------------------------------------------


def _opt_unspan(v: list[int] | None) -> Span | None:
    return None if v is None else Span(v[0], v[1])


# --- nested objects ---------------------------------------------------------------------------------------


def _actor(a: Actor, key: str) -> dict[str, Any]:
    d: dict[str, Any] = {"name": a.name, "kind": a.kind}
    if a.id != key:
        d["id"] = a.id
    if a.country is not None:
        d["country"] = a.country
    if a.arabic:
        d["arabic"] = list(a.arabic)
    if a.iso2 is not None:
        d["iso2"] = a.iso2
    if a.sector is not None:
        d["sector"] = a.sector
    if a.confidence != 1.0:
        d["confidence"] = a.confidence
    return d


def _unactor(d: dict[str, Any], key: str) -> Actor:
    return Actor(
        id=d.get("id", key),
        name=d["name"],
        kind=d["kind"],
        country=d.get("country"),
        arabic=list(d.get("arabic", ())),
        iso2=d.get("iso2"),
        sector=d.get("sector"),
        confidence=d.get("confidence", 1.0),
    )


def _mention(m: Mention, original: str) -> dict[str, Any]:
    d: dict[str, Any] = {"span": [m.span.start, m.span.end], "actor": m.actor_id}
    if m.form != "name":
        d["form"] = m.form
    if m.text != original[m.span.start : m.span.end]:
        d["text"] = m.text
    return d


def _unmention(d: dict[str, Any], original: str) -> Mention:
    s, e = d["span"]
    text = d.get("text")
    return Mention(Span(s, e), d["actor"], d.get("form", "name"), original[s:e] if text is None else text)


def _time(t: TimeExpression, original: str) -> dict[str, Any]:
    d: dict[str, Any] = {"span": [t.span.start, t.span.end], "value": t.value}
    if t.kind != "date":
        d["kind"] = t.kind
    if t.text != original[t.span.start : t.span.end]:
        d["text"] = t.text
    if t.clock is not None:
        d["clock"] = t.clock
    if t.zone is not None:
        d["zone"] = t.zone
    return d


def _untime(d: dict[str, Any], original: str) -> TimeExpression:
    s, e = d["span"]
    text = d.get("text")
    return TimeExpression(
        Span(s, e), original[s:e] if text is None else text, d["value"], d.get("kind", "date"), d.get("clock"),
        d.get("zone"),
    )


def _ref(r: ActorRef) -> dict[str, Any]:
    d: dict[str, Any] = {"name": r.name}
    if r.country is not None:
        d["country"] = r.country
    if r.kind != "person":
        d["kind"] = r.kind
    if r.actor_id is not None:
        d["actor_id"] = r.actor_id
    return d


def _unref(d: dict[str, Any]) -> ActorRef:
    return ActorRef(d["name"], d.get("country"), d.get("kind", "person"), d.get("actor_id"))


_EVENT_OPTIONAL = ("date", "time", "location", "initiator", "cameo", "plover", "id", "local_id")


def _event(ev: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"type": ev.type}
    if ev.participants:
        d["participants"] = [_ref(r) for r in ev.participants]
    if ev.source:
        d["source"] = [_ref(r) for r in ev.source]
    if ev.target:
        d["target"] = [_ref(r) for r in ev.target]
    for name in _EVENT_OPTIONAL:
        v = getattr(ev, name)
        if v is not None:
            d[name] = v
    if ev.status != "occurred":
        d["status"] = ev.status
    if ev.evidence:
        d["evidence"] = [[s.start, s.end] for s in ev.evidence]
    if ev.trigger:
        d["trigger"] = ev.trigger
    return d


def _unevent(d: dict[str, Any]) -> Event:
    return Event(
        type=d["type"],
        participants=[_unref(r) for r in d.get("participants", ())],
        source=[_unref(r) for r in d.get("source", ())],
        target=[_unref(r) for r in d.get("target", ())],
        date=d.get("date"),
        time=d.get("time"),
        location=d.get("location"),
        initiator=d.get("initiator"),
        status=d.get("status", "occurred"),
        evidence=[Span(s, e) for s, e in d.get("evidence", ())],
        trigger=d.get("trigger", ""),
        cameo=d.get("cameo"),
        plover=d.get("plover"),
        id=d.get("id"),
        local_id=d.get("local_id"),
    )


def _quote(q: Quote, original: str) -> dict[str, Any]:
    d: dict[str, Any] = {"speaker": q.speaker, "span": [q.span.start, q.span.end]}
    if q.cue:
        d["cue"] = q.cue
    if q.cue_span is not None:
        d["cue_span"] = [q.cue_span.start, q.cue_span.end]
    if q.text != original[q.span.start : q.span.end]:
        d["text"] = q.text
    return d


def _unquote(d: dict[str, Any], original: str) -> Quote:
    s, e = d["span"]
    text = d.get("text")
    return Quote(
        d["speaker"],
        Span(s, e),
        d.get("cue", ""),
        _opt_unspan(d.get("cue_span")),
        original[s:e] if text is None else text,
    )


# --- article ----------------------------------------------------------------------------------------------

_ARTICLE_OPTIONAL = (
    "outlet",
    "agency",
    "url",
    "published",
    "published_source",
    "published_meta",
    "source_path",
    "story",
    "duplicate_of",
)


def article_to_dict(a: Article, *, include_original: bool = True) -> dict[str, Any]:
    """JSON-ready dict of every field of ``a`` (except the cached ``_norm``); see the module docstring."""
    orig = a.original
    d: dict[str, Any] = {"id": a.id}
    if include_original:
        d["original"] = orig
    if a.text != orig and a.text != blank(orig, a.removed):
        d["text"] = a.text
    if a.content_hash:
        d["content_hash"] = a.content_hash
    d["headline"] = [a.headline.start, a.headline.end]
    d["body"] = [a.body.start, a.body.end]
    for name in _ARTICLE_OPTIONAL:
        v = getattr(a, name)
        if v is not None:
            d[name] = v
    if a.dateline is not None:
        d["dateline"] = [a.dateline.start, a.dateline.end]
    if a.metadata:
        d["metadata"] = a.metadata
    if a.removed:
        d["removed"] = [[s.start, s.end] for s in a.removed]
    if a.paragraphs:
        d["paragraphs"] = [[s.start, s.end] for s in a.paragraphs]
    if a.sentences:
        d["sentences"] = [[s.span.start, s.span.end, s.paragraph] for s in a.sentences]
    if a.actors:
        d["actors"] = {k: _actor(v, k) for k, v in a.actors.items()}
    if a.mentions:
        d["mentions"] = [_mention(m, orig) for m in a.mentions]
    if a.times:
        d["times"] = [_time(t, orig) for t in a.times]
    if a.events:
        d["events"] = [_event(ev) for ev in a.events]
    if a.quotes:
        d["quotes"] = [_quote(q, orig) for q in a.quotes]
    return d


def article_from_dict(d: dict[str, Any], *, original: str | None = None) -> Article:
    """Inverse of :func:`article_to_dict`; ``original`` supplies the text when the dict leaves it out."""
    orig = d["original"] if original is None else original
    removed = [Span(s, e) for s, e in d.get("removed", ())]
    text = d.get("text")
    if text is None:
        text = blank(orig, removed)
    hs, he = d.get("headline", (0, 0))
    bs, be = d.get("body", (0, 0))
    a = Article(
        id=d["id"],
        original=orig,
        text=text,
        headline=Span(hs, he),
        body=Span(bs, be),
        outlet=d.get("outlet"),
        agency=d.get("agency"),
        url=d.get("url"),
        published=d.get("published"),
        published_source=d.get("published_source"),
        published_meta=d.get("published_meta"),
        dateline=_opt_unspan(d.get("dateline")),
        source_path=d.get("source_path"),
        metadata=d.get("metadata", {}),
        removed=removed,
        content_hash=d.get("content_hash", ""),
        sentences=[Sentence(Span(s, e), p) for s, e, p in d.get("sentences", ())],
        paragraphs=[Span(s, e) for s, e in d.get("paragraphs", ())],
        actors={k: _unactor(v, k) for k, v in d.get("actors", {}).items()},
        mentions=[_unmention(m, orig) for m in d.get("mentions", ())],
        times=[_untime(t, orig) for t in d.get("times", ())],
        events=[_unevent(ev) for ev in d.get("events", ())],
        quotes=[_unquote(q, orig) for q in d.get("quotes", ())],
        story=d.get("story"),
        duplicate_of=d.get("duplicate_of"),
    )
    return a
