"""Calendar arithmetic for resolving time expressions: month shifts, Hijri ↔ Gregorian, zone offsets.

Hijri dates use the Umm al-Qura calendar (``hijridate``), which Saudi and Gulf datelines follow; zone offsets
come from ``zoneinfo`` on the expression's own date, so summer time is right.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hijridate import Gregorian, Hijri


def month_shift(year: int, month: int, n: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def valid_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date, or None when it does not exist (31 April, 29 February 2021)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    if day > _cal.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def month_last_day(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Gregorian date of an Umm al-Qura Hijri date; None outside the supported range (1343–1500 AH)."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_span(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    ny, nm = month_shift(year, month, 1)
    nxt = hijri_to_gregorian(ny, nm, 1)
    if nxt is None:
        return None
    return first, nxt - timedelta(days=1)


def hijri_year_span(year: int) -> tuple[date, date] | None:
    a = hijri_to_gregorian(year, 1, 1)
    b = hijri_to_gregorian(year + 1, 1, 1)
    if a is None or b is None:
        return None
    return a, b - timedelta(days=1)


@lru_cache(maxsize=128)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_offset_minutes(zone: str, day: date, hour: int, minute: int) -> int | None:
    """UTC offset in minutes of the IANA ``zone`` at that local date and time (None: unknown zone)."""
    if zone == "UTC":
        return 0
    tz = _zone(zone)
    if tz is None:
        return None
    off = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).utcoffset()
    return None if off is None else int(off.total_seconds() // 60)


def format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}:{m % 60:02d}"


def format_instant(day: date, hour: int, minute: int, offset_minutes: int) -> str:
    """``YYYY-MM-DDTHH:MM:00+HH:MM`` (the local clock time with its offset, as the export format wants)."""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{format_offset(offset_minutes)}"


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, as in Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def feast_dates(rule: dict, around: date) -> list[date]:
    """The feast's dates in the years around ``around`` (a rule of expressions.yaml ``feasts``)."""
    out: list[date] = []
    if "hijri" in rule:
        h = gregorian_to_hijri(around)
        if h is None:
            return []
        month, day = rule["hijri"]
        out = [d for y in (h[0] - 1, h[0], h[0] + 1) if (d := hijri_to_gregorian(y, month, day)) is not None]
    elif "easter" in rule:
        out = [easter(y) + timedelta(days=int(rule["easter"])) for y in (around.year - 1, around.year, around.year + 1)]
    elif "gregorian" in rule:
        month, day = rule["gregorian"]
        out = [d for y in (around.year - 1, around.year, around.year + 1) if (d := valid_date(y, month, day))]
    return out
