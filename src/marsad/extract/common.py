"""Helpers the extraction stages share: data loading and lexicon hits in original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from marsad.model import Span


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


def in_span(items: list[Hit], span: Span) -> list[Hit]:
    return [h for h in items if span.contains(h.span)]


def clause_start(text: str, pos: int, reach: int, ends: str) -> int:
    """Where the clause that runs up to ``pos`` opens: right after the last of ``ends`` (punctuation) within
    ``reach`` characters before ``pos``, else ``reach`` characters back."""
    lo = max(0, pos - reach)
    return max(lo, max(text.rfind(ch, lo, pos) for ch in ends) + 1)


def any_word(words: list[str], clitics: bool = False) -> re.Pattern[str]:
    """Matches any of ``words`` as a whole word of the original text (with ``clitics``, after «و/ف/ب/ل» too)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pre = "(?:[وف]?(?:[بل]|لل)?)" if clitics else ""
    return re.compile(rf"(?<![^\W\d_]){pre}(?:{alts})(?![^\W\d_])" if alts else r"(?!)")


@cache
def sport_words() -> re.Pattern[str]:
    """kb/sport.yaml's words that make a passage sports news, as whole words with «و/ف/ب/ل» before them: the
    events stage reads them in a sentence, the entity stage counts them in an article."""
    return any_word(load_data("kb/sport.yaml").get("words", []), clitics=True)
