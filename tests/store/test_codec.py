"""The article codec: lossless, JSON-serialisable, compact."""

from __future__ import annotations

import dataclasses
import json

import pytest
from store_builders import build_full_article, build_synthetic

from marsad.model import Actor, ActorRef, Article, Event, Mention, Quote, Sentence, Span, TimeExpression
from marsad.store.codec import article_from_dict, article_to_dict
from marsad.text.spans import blank


def _json_round_trip(a: Article, **kw: object) -> Article:
    d = article_to_dict(a, **kw)
    return article_from_dict(json.loads(json.dumps(d, ensure_ascii=False)))


def _default(f: dataclasses.Field) -> object:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def _values(a: Article, cls: type) -> list[object]:
    """Every instance of ``cls`` reachable from the article."""
    pool: dict[type, list[object]] = {
        Article: [a],
        Span: [a.headline, a.body, *a.paragraphs, *a.removed],
        Sentence: list(a.sentences),
        Mention: list(a.mentions),
        Actor: list(a.actors.values()),
        TimeExpression: list(a.times),
        Event: list(a.events),
        ActorRef: [r for e in a.events for r in (*e.participants, *e.source, *e.target)],
        Quote: list(a.quotes),
    }
    return pool[cls]


@pytest.mark.parametrize(
    "cls", [Article, Span, Sentence, Mention, Actor, TimeExpression, Event, ActorRef, Quote]
)
def test_codec_fixture_fills_every_field(cls: type) -> None:
    """The round-trip fixture is only meaningful if each field has a non-default value somewhere."""
    a = build_full_article()
    objs = _values(a, cls)
    assert objs
    for f in dataclasses.fields(cls):
        if f.name == "_norm":
            continue
        default = _default(f)
        if default is dataclasses.MISSING:
            continue
        assert any(getattr(o, f.name) != default for o in objs), f"{cls.__name__}.{f.name} never set"


def test_codec_round_trip_full_article() -> None:
    a = build_full_article()
    b = _json_round_trip(a)
    assert b == a
    # equality of dataclasses is field-by-field; check a few nested types explicitly too
    assert isinstance(b.events[0].evidence[0], Span)
    assert isinstance(b.sentences[0], Sentence)
    assert b.actors["alias-key"].id == "Q1"
    assert b.metadata == a.metadata


def test_codec_round_trip_without_original() -> None:
    a = build_full_article()
    d = article_to_dict(a, include_original=False)
    assert "original" not in d
    assert article_from_dict(json.loads(json.dumps(d)), original=a.original) == a


def test_codec_is_json_with_compact_spans() -> None:
    a = build_full_article()
    d = article_to_dict(a)
    text = json.dumps(d, ensure_ascii=False)
    assert d["headline"] == [a.headline.start, a.headline.end]
    assert d["mentions"][0]["span"] == [a.mentions[0].span.start, a.mentions[0].span.end]
    assert d["sentences"][0] == [a.sentences[0].span.start, a.sentences[0].span.end, 0]
    assert d["events"][0]["evidence"][0] == [a.events[0].evidence[0].start, a.events[0].evidence[0].end]
    # text equal to the blanked original and span texts equal to the original are not repeated
    assert "text" not in d
    assert "text" not in d["mentions"][0]
    assert d["mentions"][5]["text"] == ""  # an empty text is kept as empty, not rebuilt
    assert d["mentions"][6]["text"] == "بوتين"
    assert text.count(a.original[:20]) == 1


def test_codec_excludes_cached_norm() -> None:
    a = build_full_article()
    _ = a.norm  # fill the cache
    d = article_to_dict(a)
    assert "_norm" not in d and "norm" not in d
    b = article_from_dict(d)
    assert b._norm is None
    assert b == a
    assert b.norm.text == a.norm.text


def test_codec_minimal_article_is_tiny() -> None:
    a = Article(id="x", original="نص قصير")
    d = article_to_dict(a)
    assert set(d) == {"id", "original", "headline", "body"}
    assert _json_round_trip(a) == a


@pytest.mark.parametrize(
    "text_of",
    [
        lambda o: o.replace("تابعوا", "      "),  # blanked differently from the removed spans
        lambda o: o.replace("\n", " "),  # newlines blanked too
    ],
)
def test_codec_keeps_text_that_blanking_cannot_rebuild(text_of) -> None:
    a = build_full_article()
    a = dataclasses.replace(a, text=text_of(a.original), _norm=None)
    d = article_to_dict(a)
    assert d["text"] == a.text
    assert _json_round_trip(a) == a


def test_codec_blank_removed_keeps_newlines_and_length() -> None:
    s = "سطر أول\nإعلان\nسطر\n"
    out = blank(s, [Span(7, 14), Span(9, 12)])
    assert len(out) == len(s)
    assert out == "سطر أول\n     \nسطر\n"


def test_codec_round_trip_synthetic_articles() -> None:
    for i in range(20):
        a = build_synthetic(i, size=300 + 50 * i)
        assert _json_round_trip(a) == a
