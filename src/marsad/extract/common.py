"""Helpers the extraction stages share: data loading and lexicon hits in original offsets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from marsad.model import Actor, Article, Mention, Span
from marsad.text.lexmatch import LexiconMatcher


@cache
def load_data(relpath: str) -> dict[str, Any]:
    """A YAML file under ``marsad/data`` (cached: data is read once per process)."""
    text = resources.files("marsad").joinpath("data", relpath).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"marsad/data/{relpath}: expected a mapping at the top level")
    return data


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon match mapped back to the original text."""

    span: Span
    value: Any


def hits(article: Article, matcher: LexiconMatcher, overlapping: bool = False) -> list[Hit]:
    norm = article.norm
    found = matcher.iter_raw(norm.text) if overlapping else matcher.find(norm.text)
    return [Hit(Span(*norm.span_to_original(m.start, m.end)), m.value) for m in found]


def in_span(items: list[Hit], span: Span) -> list[Hit]:
    return [h for h in items if span.contains(h.span)]


def actor_of(article: Article, m: Mention) -> Actor | None:
    return article.actors.get(m.actor_id)


def is_agent(actor: Actor | None) -> bool:
    """Actors that can take part in a contact (not bare places)."""
    return actor is not None and actor.kind in ("person", "country", "organization")
