"""Resolution of recognized expressions against the publication date, with news semantics.

* «اليوم», «اليوم الخميس» = the publication day; «أمس», «غدا», «بعد غد» count from it. A weekday written with
  them wins when the two disagree («غدا الخميس» in an item stamped on that Thursday): the nearest such day.
* A bare weekday is the latest such day on or before publication (news mostly reports the past: «قال
  الثلاثاء»), the next one on or after it in future context (سيزور، من المقرر، يعقد…); «الماضي» / «المقبل»
  make it strictly before / after; «قبل الماضي» / «بعد المقبل» one week further.
* A month without a year: «الماضي» → the latest before the publication month, «المقبل/القادم» → the next one
  after it, «الجاري» → the publication month; otherwise a month the article already dated («10 ــ 12 يناير
  المقبل» … «مفاوضات يناير»), else by tense (past: on or before the publication month).
* A day and month without a year: the nearest such date (modifiers as above).
* A clock time takes the day written next to it, else the last day the text mentioned, else the publication
  day. With a named zone it becomes an ISO instant with that zone's offset on that date; with a UTC time in
  parentheses the offset is the difference of the two; without a zone the value is the (local) date only, and
  the resolver keeps the reading (``clock``) for the stage that finds the zone from the places named.
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.time.calendar import (
    feast_dates,
    format_instant,
    format_offset,
    gregorian_to_hijri,
    hijri_month_span,
    hijri_to_gregorian,
    hijri_year_span,
    month_last_day,
    month_shift,
    valid_date,
    zone_offset_minutes,
)
from marsad.time.grammar import Ref, tense_before
from marsad.time.lexicon import TimeLexicon

PAST, FUTURE, CURRENT = "past", "future", "current"
FEAST_GRACE = 2  # days a feast may fall after publication and still be the one told in the past tense
ON_OR_BEFORE, ON_OR_AFTER, NEAREST = "on_or_before", "on_or_after", "nearest"
SOON_MONTHS = 2  # a bare month name up to this many months ahead of publication is the coming one


# ---------------------------------------------------------------------------------------------- primitives
def _sighted(d: date | None, weekday: int | None) -> date | None:
    """A Hijri date moved one day to the weekday written with it: a month begins on the sighting of the moon,
    which may fall a day off the Umm al-Qura tables («الخميس التاسع والعشرين من رمضان» 1439 was 14 June)."""
    if d is None or weekday is None:
        return d
    for shift in (1, -1):
        if (d + timedelta(days=shift)).weekday() == weekday:
            return d + timedelta(days=shift)
    return d


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The date of ``weekday`` (0 = Monday) relative to ``anchor``.

    ``past``/``future``: strictly before/after; ``on_or_before``/``on_or_after``: the anchor itself counts.
    """
    if direction in (FUTURE, ON_OR_AFTER, CURRENT):
        d = anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
        if direction == FUTURE and d == anchor:
            d += timedelta(days=7)
        return d
    d = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    if direction == PAST and d == anchor:
        d -= timedelta(days=7)
    return d


def month_year(anchor: date, month: int, direction: str) -> int:
    """The year of ``month`` seen from ``anchor``: ``past``/``future`` strictly before/after the anchor's
    month, ``current`` the anchor's year, ``on_or_before``/``on_or_after`` the anchor's month included."""
    a = anchor.month
    if direction == CURRENT:
        return anchor.year
    if direction == PAST:
        return anchor.year if month < a else anchor.year - 1
    if direction == FUTURE:
        return anchor.year if month > a else anchor.year + 1
    if direction == ON_OR_AFTER:
        return anchor.year if month >= a else anchor.year + 1
    if direction == NEAREST:
        before = anchor.year if month <= a else anchor.year - 1
        after = anchor.year if month >= a else anchor.year + 1
        db = (a - month) % 12
        da = (month - a) % 12
        return before if db <= da else after
    return anchor.year if month <= a else anchor.year - 1


def month_day_date(anchor: date, month: int, day: int, direction: str = NEAREST) -> date | None:
    """The date of «day month» with no year: the nearest one, or strictly before/after, or this year."""
    if direction == CURRENT:
        return valid_date(anchor.year, month, day)
    cands = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := valid_date(y, month, day))]
    if not cands:
        return None
    if direction == PAST:
        before = [d for d in cands if d < anchor]
        return before[-1] if before else None
    if direction == FUTURE:
        after = [d for d in cands if d > anchor]
        return after[0] if after else None
    if direction == ON_OR_BEFORE:
        before = [d for d in cands if d <= anchor]
        return before[-1] if before else None
    if direction == ON_OR_AFTER:
        after = [d for d in cands if d >= anchor]
        return after[0] if after else None
    return min(cands, key=lambda d: (abs((d - anchor).days), d > anchor))


def hijri_day_date(anchor: date, month: int, day: int, direction: str = NEAREST) -> date | None:
    """A Hijri «day month» without a year: the nearest Gregorian date (or before/after the anchor)."""
    h = gregorian_to_hijri(anchor)
    if h is None:
        return None
    cands = [d for y in (h[0] - 1, h[0], h[0] + 1) if (d := hijri_to_gregorian(y, month, day))]
    if not cands:
        return None
    if direction in (PAST, ON_OR_BEFORE):
        before = [d for d in cands if d <= anchor]
        return before[-1] if before else None
    if direction in (FUTURE, ON_OR_AFTER):
        after = [d for d in cands if d >= anchor]
        return after[0] if after else None
    return min(cands, key=lambda d: abs((d - anchor).days))


def clock_hour(hour: int, pod_rule: dict | None) -> int:
    """24-hour clock from an hour and its part of day («11 مساء» → 23, «الواحدة ظهرا» → 13)."""
    if not pod_rule or hour >= 12:
        return hour
    if pod_rule.get("pm"):
        return hour + 12
    if pod_rule.get("noon") and 1 <= hour <= 5:
        return hour + 12
    pm_from = pod_rule.get("pm_from")
    if pm_from is not None and hour >= pm_from:
        return hour + 12
    return hour


def _direction(mod: str | None) -> str | None:
    return {"past": PAST, "future": FUTURE, "current": CURRENT, "before_last": PAST,
            "after_next": FUTURE}.get(mod or "")


def _back(ref: Ref) -> int:
    """Extra periods back for «قبل الماضي» (the one before last), forward (negative) for «بعد المقبل» (the one
    after next)."""
    return {"before_last": 1, "after_next": -1}.get(ref.mod or "", 0)


# ---------------------------------------------------------------------------------------------- resolver
class DocumentResolver:
    """Resolves one article's expressions in text order.

    Keeps the discourse state news needs: the last day mentioned (a clock time without a day belongs to it)
    and the year each month was last dated with (a bare «يناير» after «10 يناير المقبل» is that January).
    """

    def __init__(self, anchor: date | None, key_text: str, lex: TimeLexicon) -> None:
        self.anchor = anchor
        self.k = key_text
        self.lex = lex
        self.last_day: date | None = None
        self.month_years: dict[int, int] = {}
        self.last_year: int | None = None  # the Gregorian year last written in full («في عام 2000»)
        self.clock: tuple[int, int] | None = None  # the last resolved clock time's local reading, when zoneless

    def tense(self, ref: Ref) -> str | None:
        return tense_before(self.k, ref.start, self.lex)

    # day-level -------------------------------------------------------------
    def day_of(self, ref: Ref) -> date | None:
        """The single day a day-level expression names (None when it cannot be resolved)."""
        a = self.anchor
        if ref.day is not None and ref.month is not None:
            if ref.year is not None:
                if ref.hijri:
                    return _sighted(hijri_to_gregorian(ref.year, ref.month, ref.day), ref.weekday)
                return valid_date(ref.year, ref.month, ref.day)
            if a is None:
                return None
            if ref.rel_year is not None and not ref.hijri:
                return valid_date(a.year + ref.rel_year, ref.month, ref.day)
            direction = _direction(ref.mod) or NEAREST
            if ref.hijri:
                return _sighted(hijri_day_date(a, ref.month, ref.day, direction), ref.weekday)
            d = month_day_date(a, ref.month, ref.day, direction)
            return valid_date(d.year - _back(ref), d.month, d.day) if d and _back(ref) else d
        if a is None:
            return None
        if ref.feast is not None:  # «عقب صلاة عيد الفطر»: the nearest one, on or before publication unless future
            dates = feast_dates(self.lex.feasts.get(ref.feast, {}), a)
            if self.tense(ref) == FUTURE:
                later = [d for d in dates if d >= a]
                return min(later) if later else None
            earlier = [d for d in dates if d <= a + timedelta(days=FEAST_GRACE)]
            return max(earlier) if earlier else None
        if ref.day is not None and ref.rel_month is not None:  # «الـ 12 من الشهر الحالي»
            y, m = month_shift(a.year, a.month, ref.rel_month)
            return valid_date(y, m, ref.day)
        if ref.rel_day is not None:
            d = a + timedelta(days=ref.rel_day)
            if ref.weekday is not None and d.weekday() != ref.weekday:
                # the weekday named with the relative day wins: a feed's timestamp often lags the writing by
                # a day («غدا الخميس» in an item stamped on that Thursday morning)
                shift = (ref.weekday - d.weekday()) % 7
                d += timedelta(days=shift if shift <= 3 else shift - 7)
            return d
        if ref.weekday is not None:
            direction = _direction(ref.mod)
            if direction is None:
                direction = ON_OR_AFTER if self.tense(ref) == FUTURE else ON_OR_BEFORE
            elif direction == CURRENT:
                direction = ON_OR_AFTER
            return weekday_date(a, ref.weekday, direction) - timedelta(days=7 * _back(ref))
        return None

    # month-level -----------------------------------------------------------
    def month_of(self, ref: Ref) -> tuple[int, int] | None:
        a = self.anchor
        if ref.rel_month is not None:
            return month_shift(a.year, a.month, ref.rel_month) if a else None
        if ref.month is None:
            return None
        if ref.year is not None:
            return ref.year, ref.month
        if a is None:
            return None
        if ref.rel_year is not None:
            return a.year + ref.rel_year, ref.month
        direction = _direction(ref.mod)
        if direction is not None:
            return month_year(a, ref.month, direction) - _back(ref), ref.month
        if self.last_year is not None and not ref.hijri and self._same_year_after(ref):
            return self.last_year, ref.month  # «في يونيو حزيران من ذلك العام»
        if ref.month in self.month_years:
            return self.month_years[ref.month], ref.month
        tense = self.tense(ref)
        if tense == FUTURE or tense is None and 0 < (ref.month - a.month) % 12 <= SOON_MONTHS:
            # (the next month or two is meant, not the same month a year back: «يلتقي سموحة … في أول مايو» in
            # mid-April, «تسليم أغسطس» in July)
            return month_year(a, ref.month, ON_OR_AFTER), ref.month
        return month_year(a, ref.month, ON_OR_BEFORE), ref.month

    def _same_year_after(self, ref: Ref) -> bool:
        after = " ".join(self.k[ref.end : ref.end + 30].split())
        return any(after.startswith(p) for p in self.lex.same_year)

    def _month_value(self, ref: Ref) -> str | None:
        ym = self.month_of(ref)
        if ym is None:
            return None
        if ref.hijri and ref.rel_month is None:
            y = ym[0]
            if ref.year is None and self.anchor is not None:
                h = gregorian_to_hijri(self.anchor)
                if h is None:
                    return None
                y = h[0] if ref.month <= h[1] else h[0] - 1
            span = hijri_month_span(y, ref.month)
            return f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None
        self.month_years[ym[1]] = ym[0]
        return f"{ym[0]:04d}-{ym[1]:02d}"

    # public -----------------------------------------------------------------
    def resolve(self, ref: Ref) -> str | None:
        """The export value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``A/B``, ISO instant) or None."""
        self.clock = None
        value = self._resolve(ref)
        if value is not None and ref.part is not None:
            value = part_of(value, *ref.part)
        if ref.year is not None and not ref.hijri and ref.rel_year is None:
            self.last_year = ref.year
        return value

    def _resolve(self, ref: Ref) -> str | None:
        k = ref.kind
        if k == "vague":
            return None
        if k == "date":
            d = self.day_of(ref)
            if d is not None:
                self.last_day = d
                if ref.month is not None and ref.day is not None and not ref.hijri:
                    self.month_years[d.month] = d.year
                return d.isoformat()
            return None
        if k == "month":
            return self._month_value(ref)
        if k == "week":  # Monday to Sunday
            if self.anchor is None or ref.rel_week is None:
                return None
            monday = self.anchor - timedelta(days=self.anchor.weekday()) + timedelta(weeks=ref.rel_week)
            return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
        if k == "year":
            if ref.rel_year is not None:
                return f"{self.anchor.year + ref.rel_year:04d}" if self.anchor else None
            if ref.year is None:
                return None
            if ref.hijri:
                span = hijri_year_span(ref.year)
                return f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None
            return f"{ref.year:04d}"
        if k == "range":
            return self._range(ref)
        if k == "season":
            return self._season(ref)
        if k == "time":
            return self._time(ref)
        return None

    def _season(self, ref: Ref) -> str | None:
        """A season as its months, in the year it starts: named («صيف 2018»), relative («صيف العام الماضي»), or
        the next or last one from the anchor («الخريف المقبل» in August is this autumn; «الصيف الماضي» in August,
        while summer still runs, is last year's)."""
        if ref.season is None:
            return None
        m1, m2 = ref.season
        crossing = m2 < m1
        if ref.year is not None:
            y = ref.year
        elif self.anchor is None:
            return None
        elif ref.rel_year is not None:
            y = self.anchor.year + ref.rel_year
        else:
            a = self.anchor
            if ref.mod == "future":
                y = a.year if a.month < m1 else a.year + 1
            elif ref.mod == "past":
                # (the last one that ended before the anchor: a winter ends in the year after it starts)
                y = (a.year if a.month > m2 else a.year - 1) - (1 if crossing else 0)
            elif ref.mod == "current":
                y = a.year - 1 if crossing and a.month <= m2 else a.year
            else:
                return None
        end = month_last_day(y + 1 if crossing else y, m2)
        return f"{y:04d}-{m1:02d}-01/{end.isoformat()}"

    def _range(self, ref: Ref) -> str | None:
        end = ref.end_ref
        if end is None:
            return None
        if end.kind == "year" and ref.month is None and ref.year is not None and end.year is not None:
            return f"{ref.year:04d}/{end.year:04d}"  # a range of years («2015-2016»)
        if ref.day is not None or ref.weekday is not None or ref.rel_day is not None:
            first = self.day_of(ref)
            if first is None:
                return None
            if end.weekday is not None and end.day is None:
                last = first + timedelta(days=(end.weekday - first.weekday()) % 7)
            else:
                if end.month is None:
                    return None
                if end.year is not None:
                    y = end.year
                elif ref.hijri == end.hijri and end.month == ref.month:
                    y = ref.year if ref.year is not None else None
                else:
                    y = None
                if ref.hijri:
                    hy = y if y is not None else (gregorian_to_hijri(first) or (None,))[0]
                    last = hijri_to_gregorian(hy, end.month, end.day) if hy else None
                elif y is not None:
                    last = valid_date(y, end.month, end.day)
                else:
                    last = valid_date(first.year, end.month, end.day)
                    if last is not None and last < first:
                        last = valid_date(first.year + 1, end.month, end.day)
            if last is None or last < first:
                return None
            self.last_day = first
            if not ref.hijri:
                self.month_years[first.month] = first.year
            return f"{first.isoformat()}/{last.isoformat()}"
        # month range («من يناير إلى مارس»); one without year or modifier that spans the publication month is
        # the current one («تستمر الأمطار من يونيو إلى سبتمبر» in August)
        an = self.anchor
        if (an is not None and ref.year is None and end.year is None and ref.mod is None and end.mod is None
                and ref.rel_year is None and not ref.hijri and ref.month is not None and end.month is not None
                and ref.month <= an.month <= end.month):
            a: tuple[int, int] | None = (an.year, ref.month)
        else:
            a = self.month_of(ref)
        if a is None or end.month is None:
            return None
        b_year = end.year if end.year is not None else (a[0] if end.month >= a[1] else a[0] + 1)
        return f"{a[0]:04d}-{a[1]:02d}/{b_year:04d}-{end.month:02d}"

    def _time(self, ref: Ref) -> str | None:
        if ref.has_day or ref.month is not None:
            day = self.day_of(ref)
            if day is not None:
                self.last_day = day
        else:
            day = self.last_day
            if day is None:
                if not ref.zone and ref.utc_hm is None:
                    return None  # no zone and no day anywhere: nothing to resolve
                day = self.anchor
        if day is None or ref.hour is None:
            return None
        hour = clock_hour(ref.hour, self.lex.pod.get(ref.pod or ""))
        minute = ref.minute or 0
        if hour == 24:
            hour = 0
            day += timedelta(days=1)
        if ref.utc_hm is not None:
            uh, um = ref.utc_hm
            diff = (hour * 60 + minute - (uh % 24) * 60 - um) % 1440
            if diff > 14 * 60:
                diff -= 1440
            return format_instant(day, hour, minute, diff)
        if ref.zone and ref.zone != "local":
            off = zone_offset_minutes(ref.zone, day, hour, minute)
            if off is not None:
                return format_instant(day, hour, minute, off)
        self.clock = (hour, minute)  # (the place's own time: a later stage may know the place)
        return day.isoformat()


def resolve_ref(
    ref: Ref, anchor: date | None, key_text: str = "", lex: TimeLexicon | None = None
) -> str | None:
    """Resolve one expression on its own (no discourse state)."""
    from marsad.time.lexicon import load_lexicon

    return DocumentResolver(anchor, key_text, lex or load_lexicon()).resolve(ref)


__all__ = [
    "DocumentResolver",
    "clock_hour",
    "format_offset",
    "hijri_day_date",
    "month_day_date",
    "month_year",
    "resolve_ref",
    "weekday_date",
]


def part_of(value: str, k: int, n: int) -> str:
    """The ``k``-th of ``n`` equal parts of a month, year or date range value, as a date range («النصف الثاني من
    يوليو» 2015: 2015-07-16/2015-07-31); a year splits by whole months (the first half ends on 30 June)."""
    first, _, last = value.partition("/")
    try:
        if len(first) == 4 and not last:  # a year: by months
            y = int(first)
            a = date(y, (k - 1) * 12 // n + 1, 1)
            return f"{a.isoformat()}/{month_last_day(y, k * 12 // n).isoformat()}"
        start = _first_day(first)
        end = _last_day(last or first)
    except ValueError:
        return value
    if start is None or end is None or end < start:
        return value
    days = (end - start).days + 1
    a = start + timedelta(days=(k - 1) * days // n)
    b = start + timedelta(days=k * days // n - 1)
    return f"{a.isoformat()}/{b.isoformat()}"


def _first_day(v: str) -> date | None:
    parts = [int(x) for x in v.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1) if len(parts) >= 2 else None


def _last_day(v: str) -> date | None:
    parts = [int(x) for x in v.split("-")]
    if len(parts) > 2:
        return date(*parts)
    return month_last_day(*parts) if len(parts) == 2 else None
