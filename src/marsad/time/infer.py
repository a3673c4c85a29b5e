"""Publication date from the text alone, only when the text pins it down.

Constraints come from the article's own expressions: «اليوم الخميس» fixes the weekday, «23 ديسمبر الجاري»
fixes the month and (reported in the past) puts the day after the 23rd, a year spoken of as still to come
(«أمله في … عام 2022») bounds the date to the year before it or that year up to November, a dated past event
is a lower bound. Every day inside the bounds is tried; a date is returned only when exactly one fits.
When the text alone leaves the year open, linking supplies a window: the dates of the story's other reports.
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.time.calendar import month_last_day, valid_date
from marsad.time.grammar import Ref, tense_before
from marsad.time.lexicon import TimeLexicon

MAX_WINDOW_DAYS = 800


def _bump(bounds: list[date | None], lo: date | None = None, hi: date | None = None) -> None:
    if lo is not None and (bounds[0] is None or lo > bounds[0]):
        bounds[0] = lo
    if hi is not None and (bounds[1] is None or hi < bounds[1]):
        bounds[1] = hi


def infer_publication(refs: list[Ref], key_text: str, lex: TimeLexicon,
                      window: tuple[date, date] | None = None) -> date | None:
    """The one date consistent with every constraint, or None (never a guess). ``window`` bounds the search
    from outside the text (the dates of the other reports of the article's story)."""
    weekdays: set[int] = set()
    months: set[int] = set()
    day_gt, day_lt = 0, 32
    bounds: list[date | None] = [None, None] if window is None else [window[0], window[1]]
    for r in refs:
        if r.kind == "vague":
            continue
        if r.rel_day is not None and r.weekday is not None and r.day is None:
            weekdays.add((r.weekday - r.rel_day) % 7)
            continue
        if r.mod == "current" and r.month is not None and r.year is None and not r.hijri:
            months.add(r.month)
            if r.day is not None:
                if tense_before(key_text, r.start, lex) == "future":
                    day_lt = min(day_lt, r.day)
                else:
                    # a day of the current month reported in the past: not today, or it would say «اليوم»
                    last = r.end_ref.day if r.end_ref is not None and r.end_ref.day else r.day
                    day_gt = max(day_gt, last)
            continue
        if r.year is None or r.hijri or r.rel_year is not None:
            continue
        tense = None
        if r.kind in ("date", "time") and r.day is not None and r.month is not None:
            d = valid_date(r.year, r.month, r.day)
            if d is None:
                continue
            tense = tense_before(key_text, r.start, lex)
            if tense == "past":
                _bump(bounds, lo=d)
            elif tense == "future":
                _bump(bounds, hi=d)
        elif r.kind == "month" and r.month is not None:
            tense = tense_before(key_text, r.start, lex)
            if tense == "past":
                _bump(bounds, lo=date(r.year, r.month, 1))
            elif tense == "future":
                _bump(bounds, hi=month_last_day(r.year, r.month))
        elif r.kind == "year":
            tense = tense_before(key_text, r.start, lex)
            if tense == "past":
                _bump(bounds, lo=date(r.year, 1, 1))
            elif tense == "future":
                # a year still hoped for or planned: next year, or this year before its last month
                _bump(bounds, lo=date(r.year - 1, 1, 1), hi=date(r.year, 11, 30))
    if not weekdays and not months:
        return None
    if len(weekdays) > 1 or len(months) > 1 or day_gt >= day_lt:
        return None
    lo, hi = bounds
    if lo is None or hi is None or hi < lo or (hi - lo).days > MAX_WINDOW_DAYS:
        return None
    wd = next(iter(weekdays)) if weekdays else None
    mo = next(iter(months)) if months else None
    found: list[date] = []
    d = lo
    one = timedelta(days=1)
    while d <= hi:
        if (wd is None or d.weekday() == wd) and (mo is None or (d.month == mo and day_gt < d.day < day_lt)):
            found.append(d)
            if len(found) > 1:
                return None
        d += one
    return found[0] if found else None
