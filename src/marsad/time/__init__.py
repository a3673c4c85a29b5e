"""Arabic time expressions: lexicon, recognition, resolution and publication-date inference.

Public entry points:

* :func:`recognize_times` — unresolved :class:`Ref` expressions of a key-normalized text;
* :class:`DocumentResolver` / :func:`resolve_ref` — values against a publication date;
* :func:`infer_publication` — the publication date when the text alone pins it down;
* calendar helpers in :mod:`marsad.time.calendar` (Hijri conversion, zone offsets).
"""

from __future__ import annotations

from marsad.time.grammar import Ref, recognize, tense_before
from marsad.time.infer import infer_publication
from marsad.time.lexicon import TimeLexicon, load_lexicon
from marsad.time.resolve import DocumentResolver, month_day_date, month_year, resolve_ref, weekday_date


def recognize_times(key_text: str) -> list[Ref]:
    """Every time expression of a match-key normalized text (see :func:`marsad.text.normalize.match_key`)."""
    return recognize(key_text, load_lexicon())


__all__ = [
    "DocumentResolver",
    "Ref",
    "TimeLexicon",
    "infer_publication",
    "load_lexicon",
    "month_day_date",
    "month_year",
    "recognize",
    "recognize_times",
    "resolve_ref",
    "tense_before",
    "weekday_date",
]
