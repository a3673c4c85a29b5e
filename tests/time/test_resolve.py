"""Resolution primitives and the recognizer on key text (news semantics of weekdays and bare months)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.text.normalize import match_key
from marsad.time import infer_publication, load_lexicon, recognize_times, tense_before
from marsad.time.resolve import (
    FUTURE,
    NEAREST,
    ON_OR_AFTER,
    ON_OR_BEFORE,
    PAST,
    DocumentResolver,
    clock_hour,
    month_day_date,
    month_year,
    part_of,
    weekday_date,
)

THU = date(2021, 12, 30)  # a Thursday


@pytest.mark.parametrize(
    ("weekday", "direction", "expected"),
    [
        (3, ON_OR_BEFORE, date(2021, 12, 30)),  # «قال الخميس» on a Thursday: today
        (3, PAST, date(2021, 12, 23)),  # «الخميس الماضي»
        (3, FUTURE, date(2022, 1, 6)),  # «الخميس المقبل»
        (1, ON_OR_BEFORE, date(2021, 12, 28)),  # «الثلاثاء» reported: last Tuesday
        (1, ON_OR_AFTER, date(2022, 1, 4)),  # «سيزور الثلاثاء»: next Tuesday
    ],
)
def test_resolve_weekday_date(weekday: int, direction: str, expected: date) -> None:
    assert weekday_date(THU, weekday, direction) == expected


@pytest.mark.parametrize(
    ("month", "direction", "year"),
    [
        (6, PAST, 2021),  # «شهر يونيو الماضي»
        (1, FUTURE, 2022),  # «يناير المقبل»
        (12, PAST, 2020),  # «ديسمبر الماضي» said in December: last year's
        (10, ON_OR_BEFORE, 2021),
        (1, ON_OR_BEFORE, 2021),
    ],
)
def test_resolve_month_year(month: int, direction: str, year: int) -> None:
    assert month_year(THU, month, direction) == year


def test_resolve_month_day_nearest_and_directed() -> None:
    may = date(2018, 5, 26)
    assert month_day_date(may, 6, 12, NEAREST) == date(2018, 6, 12)
    assert month_day_date(may, 4, 27, NEAREST) == date(2018, 4, 27)
    assert month_day_date(may, 11, 3, PAST) == date(2017, 11, 3)
    assert month_day_date(THU, 1, 10, FUTURE) == date(2022, 1, 10)


def test_resolve_clock_hour_parts_of_day() -> None:
    pod = load_lexicon().pod
    assert clock_hour(11, pod[match_key("مساء")]) == 23
    assert clock_hour(23, pod[match_key("مساء")]) == 23
    assert clock_hour(1, pod[match_key("ظهرا")]) == 13
    assert clock_hour(9, pod[match_key("ليلا")]) == 21
    assert clock_hour(2, pod[match_key("ليلا")]) == 2
    assert clock_hour(7, pod[match_key("صباحا")]) == 7


def test_resolve_bare_month_reuses_dated_month() -> None:
    # 000_8b55ec73970d2136: «10 ــ 12 يناير المقبل» … «مفاوضات يناير» is that same January
    key = match_key("المفاوضات التي ستجرى في الفترة 10 ــ 12 يناير المقبل. "
                    "يُذكر أن مفاوضات يناير بين البلدين تتعلق")
    res = DocumentResolver(THU, key, load_lexicon())
    assert [res.resolve(r) for r in recognize_times(key)] == ["2022-01-10/2022-01-12", "2022-01"]


def test_resolve_month_of_that_year() -> None:
    # SK-internationalNews-625-20180328 (held-out): «في يونيو حزيران من ذلك العام» is June of the year just written
    key = match_key("التقى في عام 2000 مع الرئيس الصيني قبل قمة في يونيو حزيران من ذلك العام. وفي يونيو الماضي")
    res = DocumentResolver(date(2018, 3, 28), key, load_lexicon())
    assert [res.resolve(r) for r in recognize_times(key)] == ["2000", "2000-06", "2017-06"]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("وكان ترامب قد ألغى الخميس", "past"),  # FR-internationalNews-1457-20180526
        ("مضيفة أن مون سيصدر بيانا صباح الأحد", "future"),  # FR-internationalNews-1457-20180526
        ("يعقد حلف شمال الأطلسي الخميس", "future"),  # AL-internationalNews-1366-20180528
        ("التي لم يتم تسلميها من القافلة السابقة الاثنين", "past"),  # ANT: «لم» + imperfect is past
        ("ورفض الحارس جائزة سيزار أفضل فيلم الجمعة", "past"),  # a name that looks like «سـ» + verb
        ("بعد خروج فريقهم إثر خيبة أملهم الثلاثاء", None),  # «أملهم» here is not a hope for the future
        # FR-internationalNews-343-20180309: «سـ» on a verb mined from the corpus (future_verbs)
        ("وسيخصص ماكرون السبت", "future"),
        ("وستنشر بريطانيا يوم الخميس", "future"),  # SK-internationalNews-3081-20180818
        ("وقال إن الخطة ستمضي قدما، حسب ما نقلته وكالة بلومبرج، الجمعة", "past"),  # CN-economy-363-20181006
        # blind-27 AL-internationalNews-1561-20180611: what one prepares for lies ahead (was last Tuesday)
        ("ووصوله إلى سنغافورة الاحد، استعدادا للقمة مع ترمب، الثلاثاء", "future"),
        ("من مقر تدريبات بلجيكا في موسكو استعدادا لمواجهة اليابان في دور 16 يوم الإثنين", "future"),  # AL-sport-2211
        # blind-27 FR-internationalNews-860-20180422: a contact something comes before is ahead (was last week)
        ("وهذه مرحلة مهمة قبل زيارة الرئيس الفرنسي إيمانويل ماكرون واشنطن من الاثنين", "future"),
        ("ودافع المدرب عن نجمه قبل لقاء المنتخب أمام نظيره الكرواتي يوم الخميس", "future"),  # AL-sport-2064
        # … unless what came before it is told in the past (SK-internationalNews-2154-20180615)
        ("وذكر المسؤول أن كوريا الشمالية والولايات المتحدة بحثتا أيضا قبل قمة الثلاثاء", "past"),
    ],
)
def test_resolve_tense_cues(sentence: str, tense: str | None) -> None:
    key = match_key(sentence)
    last = key.rsplit(" ", 1)[0]
    assert tense_before(key, len(last) + 1, load_lexicon()) == tense


def test_resolve_inference_needs_a_bounded_year() -> None:
    lex = load_lexicon()
    key = match_key("قال اليوم الخميس إن اللقاء جرى في 23 ديسمبر الجاري")
    assert infer_publication(recognize_times(key), key, lex) is None


@pytest.mark.parametrize(("value", "k", "n", "expected"), [
    ("2015-07", 2, 2, "2015-07-16/2015-07-31"),  # «النصف الثاني من يوليو»
    ("2015-02", 1, 2, "2015-02-01/2015-02-14"),
    ("2018", 1, 2, "2018-01-01/2018-06-30"),  # «النصف الأول من عام 2018»
    ("2015", 4, 4, "2015-10-01/2015-12-31"),  # «الربع الأخير من العام الجاري»
    ("2015-07-10/2015-07-19", 3, 3, "2015-07-16/2015-07-19"),  # a last third of a range
])
def test_resolve_part_of_a_month_year_or_range(value: str, k: int, n: int, expected: str) -> None:
    assert part_of(value, k, n) == expected
