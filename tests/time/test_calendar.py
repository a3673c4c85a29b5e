"""Calendar helpers: Hijri conversion, zone offsets, month arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.time.calendar import (
    format_instant,
    gregorian_to_hijri,
    hijri_month_span,
    hijri_to_gregorian,
    month_shift,
    valid_date,
    zone_offset_minutes,
)


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1436, 10, 26), date(2015, 8, 11)),  # SPA dateline «26 شوال 1436 هـ الموافق 11 أغسطس 2015 م»
        ((1436, 10, 24), date(2015, 8, 9)),  # snn-2015-07-22-0657 «24 شوال 1436هـ»
        ((1436, 11, 12), date(2015, 8, 27)),  # snn-2015-08-08-1066 «١٢/ ١١ / ١٤٣٦هـ الموافق ٢٧ / ٨ / ٢٠١٥م»
        ((1443, 5, 26), date(2021, 12, 30)),
    ],
)
def test_calendar_hijri_round_trip(hijri: tuple[int, int, int], gregorian: date) -> None:
    assert hijri_to_gregorian(*hijri) == gregorian
    assert gregorian_to_hijri(gregorian) == hijri


def test_calendar_hijri_out_of_range_is_none() -> None:
    assert hijri_to_gregorian(1600, 1, 1) is None


def test_calendar_hijri_month_span_covers_month() -> None:
    first, last = hijri_month_span(1436, 9)  # Ramadan 1436
    assert first == date(2015, 6, 18) and last == date(2015, 7, 16)


@pytest.mark.parametrize(
    ("zone", "day", "minutes"),
    [
        ("Europe/Moscow", date(2021, 12, 30), 180),
        ("Asia/Riyadh", date(2018, 5, 6), 180),
        ("America/New_York", date(2018, 5, 30), -240),  # summer time
        ("America/New_York", date(2018, 1, 10), -300),
        ("Europe/London", date(2018, 7, 1), 60),
        ("UTC", date(2015, 7, 24), 0),
    ],
)
def test_calendar_zone_offset_on_the_day(zone: str, day: date, minutes: int) -> None:
    assert zone_offset_minutes(zone, day, 12, 0) == minutes


def test_calendar_unknown_zone_is_none() -> None:
    assert zone_offset_minutes("Mars/Olympus", date(2020, 1, 1), 0, 0) is None


def test_calendar_format_instant_and_month_shift() -> None:
    assert format_instant(date(2021, 12, 30), 23, 30, 180) == "2021-12-30T23:30:00+03:00"
    assert format_instant(date(2018, 5, 30), 19, 0, -240) == "2018-05-30T19:00:00-04:00"
    assert month_shift(2021, 12, 1) == (2022, 1)
    assert month_shift(2018, 1, -1) == (2017, 12)
    assert valid_date(2021, 2, 29) is None


@pytest.mark.parametrize(("year", "sunday"), [(2015, date(2015, 4, 5)), (2018, date(2018, 4, 1)),
                                              (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31))])
def test_calendar_easter(year: int, sunday: date) -> None:
    from marsad.time.calendar import easter

    assert easter(year) == sunday

