"""Datelines, outlets and agencies at the start of a body; lead credits; names table."""

from __future__ import annotations

import pytest

from marsad.ingest import make_article
from marsad.ingest.dateline import find_dateline, lead_credits
from marsad.ingest.outlets import outlet_table
from marsad.model import Span

# (first body paragraph, expected dateline, outlet, agency) — real forms from the seeds and both corpora
DATELINES = [
    (  # seed 001_f32835be263a78da
        "( أردو بوینت نتورك ۔ / سبوتنيك - 30 ديسمبر 2021ء) صرح المتحدث الرسمي باسم الرئاسة الروسية",
        "( أردو بوینت نتورك ۔ / سبوتنيك - 30 ديسمبر 2021ء)",
        "UrduPoint",
        "Sputnik",
    ),
    (  # seed 003_7bad17a748cfddeb
        "(پاکستان پوائنٹ نیوز / سبوتنيك - 14 اكتوبر 2021ء) أعلن المتحدث الرسمي باسم الرئاسة الروسية",
        "(پاکستان پوائنٹ نیوز / سبوتنيك - 14 اكتوبر 2021ء)",
        "Pakistan Point News",
        "Sputnik",
    ),
    (  # snn-2015-08-10-1503 (SPA wire copy)
        "المنامة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n أجرى صاحب السمو الملكي الأمير سلمان",
        "المنامة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
        None,
        "Saudi Press Agency",
    ),
    (
        "المدينة المنورة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس\nرفعت الإدارة العامة",
        "المدينة المنورة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس",
        None,
        "Saudi Press Agency",
    ),
    ("القاهرة - (رويترز) - قال مسؤول مصري إن", "القاهرة - (رويترز) -", None, "Reuters"),
    ("واشنطن - أ ف ب: أعلن البيت الأبيض أن", "واشنطن - أ ف ب:", None, "AFP"),
    ("بيروت (رويترز) قال مصدر أمني لبناني إن", "بيروت (رويترز)", None, "Reuters"),
    ("عمان - أ. ف. ب: دانت الحكومة الأردنية", "عمان - أ. ف. ب:", None, "AFP"),
    ("واس- جدة: التقى صاحب السمو الملكي الأمير محمد بن سلمان", "واس- جدة:", None, "Saudi Press Agency"),
    (  # snn-2015-07-21-2642
        "عبدالله البرقاوي- سبق- الرياض: أعلن طيران ناس عن تكريم قائد طيار",
        "عبدالله البرقاوي- سبق- الرياض:",
        "Sabq",
        None,
    ),
    ("سبق ـ أبها: دعا فرع الجمعية العربية السعودية للثقافة", "سبق ـ أبها:", "Sabq", None),
    (
        "عين اليوم – متابعات\nوصل الرئيس الأمريكي باراك أوباما إلى كينيا",
        "عين اليوم – متابعات",
        "Ain Alyoum",
        None,
    ),
    ("أحمد حجازي – عين اليوم\n بثت وزارة الإسكان", "أحمد حجازي – عين اليوم", "Ain Alyoum", None),
    (  # CN-middleEast-187-20180305
        "دبي، الإمارات العربية المتحدة (CNN)— التقى ولي عهد المملكة العربية السعودية",
        "دبي، الإمارات العربية المتحدة (CNN)—",
        "CNN Arabic",
        None,
    ),
    ("القدس (CNN) -- أجرت الشرطة الإسرائيلية عملية توقيف", "القدس (CNN) --", "CNN Arabic", None),
    ("عواصم العالم - رويترز\nارتفعت أسعار النفط", "عواصم العالم - رويترز", None, "Reuters"),
    ("باريس - الفرنسية: قال الرئيس الفرنسي", "باريس - الفرنسية:", None, "AFP"),
]


@pytest.mark.parametrize(("body", "dateline", "outlet", "agency"), DATELINES)
def test_datelines_found(body: str, dateline: str, outlet: str | None, agency: str | None) -> None:
    text = "عنوان\n\n" + body
    dl = find_dateline(text, 7, len(text))
    assert dl is not None
    assert dl.span.of(text) == dateline
    assert (dl.outlet, dl.agency) == (outlet, agency)


@pytest.mark.parametrize(
    "body",
    [
        "وذكر الكرملين - في بيان اليوم الخميس - أن الرئيس بوتين في برقيته لنظيره",  # seed 000
        "علمت (عكاظ) أن وزارة الصحة ستطلق حملة جديدة",  # snn-2015-08-06-2773: a sentence, not a dateline
        "كشف لـ(عكاظ) مصدر مطلع أن المشروع سيكتمل",
        "مُنعت مراسلة لشبكة (سي إن إن) من حضور المؤتمر",
        "في أغسطس (آب) الماضي أعلنت الوزارة",  # «آب» is August, not AP
        "قال الرئيس الأميركي، دونالد ترامب، الثلاثاء، إنه يدرس",
        "الرياض - محمد الحيدر نظمت الشركة السعودية للكهرباء",  # a byline without a known name
        "أعلن الاتحاد الدولي لكرة القدم (فيفا) يوم الثلاثاء",
    ],
)
def test_datelines_not_found(body: str) -> None:
    text = "عنوان\n\n" + body
    assert find_dateline(text, 7, len(text)) is None


# (lead text, agency, weak) — dev gold counts these as the article's agency
CREDITS = [
    ("وجاء كلام الدرديري في القاهرة، حسب ما أوردت رويترز. وأضاف", "Reuters", False),  # SK-middleEast-2033
    ("ووفق ما ذكرته وكالة الأنباء السعودية، فإنه جرى خلال اللقاء", "Saudi Press Agency", False),  # SK-135
    ("ذات الاهتمام المشترك، حسب ما أوردت وكالة أنباء الإمارات.", "Emirates News Agency", False),  # SK-2064
    ("وفقا لتقرير المجموعة الدولية نقلا عن وكالة تسنيم للأنباء وأعلنت", "Tasnim", False),  # seed 004
    ("بيان اليوم الخميس– وفق ما نقلته وكالة أنباء تاس الروسية- بأن بوتين", "TASS", False),  # seed 000
    ("وأطلق هذا الإجراء، وفق ما ذكرت وكالة فرانس برس. وأضاف", "AFP", False),
    ("قال مسؤول عسكري إن القصف مستمر (رويترز).", "Reuters", False),
    ("بحسب الأناضول.", "Anadolu Agency", False),
    ('وقالت زاخاروفا لوكالة فرانس برس "يجري تنظيم زيارة"', "AFP", True),  # SK-internationalNews-1743
]


@pytest.mark.parametrize(("lead", "agency", "weak"), CREDITS)
def test_datelines_lead_credits(lead: str, agency: str, weak: bool) -> None:
    text = "عنوان\n\n" + lead
    credits = lead_credits(text, 7, len(text))
    assert [(c.agency, c.weak) for c in credits[:1]] == [(agency, weak)]


@pytest.mark.parametrize(
    "lead",
    [
        "ونقلت وكالة الأنباء السودانية أن الرئيس عمر البشير سيستقبل",  # AL-985: a report, not a credit
        "وذكرت وكالة أنباء الإمارات (وام) أن هذا الإنجاز يأتي",  # the abbreviation glosses the report
        "وفقاً لما نقلته وكاتلة الانباء السورية",  # CN-389: misspelt, no agency
        "وفقا لوزارة الخارجية الصينية فإن الزيارة",
        "أعلن الاتحاد الدولي لكرة القدم (فيفا) يوم الثلاثاء",
    ],
)
def test_datelines_lead_without_credit(lead: str) -> None:
    text = "عنوان\n\n" + lead
    assert lead_credits(text, 7, len(text)) == []


def _article(body: str, outlet: str | None = None):
    original = "عنوان الخبر\n\n" + body
    return make_article("t", original, Span(0, 11), Span(13, len(original)), outlet=outlet)


def test_datelines_credit_only_in_lead_paragraphs() -> None:
    paras = [
        "فقرة أولى.",
        "فقرة ثانية.",
        "فقرة ثالثة.",
        "وأفاد المكتب الصحفي وفق ما نقلته وكالة أنباء تاس الروسية",
    ]
    assert _article("\n".join(paras)).agency is None  # seed 000: TASS in paragraph 14 is a source
    assert _article("\n".join(paras[:2] + paras[3:])).agency == "TASS"


def test_datelines_told_agency_needs_a_known_other_outlet() -> None:
    body = 'وقال بيسكوف لوكالة "سبوتنيك"، مساء اليوم الأربعاء: "من المقرر إجراء محادثة".'
    assert _article(body).agency is None  # seed 002: the publisher may be Sputnik itself
    assert _article(body, outlet="Sky News Arabia").agency == "Sputnik"
    assert _article(body, outlet="Sputnik").agency is None


def test_datelines_dateline_agency_wins_and_outlet_metadata_wins() -> None:
    body = "واس- جدة: التقى ولي العهد، حسب ما أوردت رويترز."
    a = _article(body, outlet="Sabq")
    assert (a.outlet, a.agency) == ("Sabq", "Saudi Press Agency")
    assert a.span_text(a.dateline) == "واس- جدة:"
    b = _article("عمر عريبي - سبق- جازان: أوضح المتحدث", outlet="Al Yaum")
    assert b.outlet == "Al Yaum"  # metadata outlet is kept over the dateline's
    assert _article("عمر عريبي - سبق- جازان: أوضح المتحدث").outlet == "Sabq"


def test_datelines_credit_trailer_names_outlet_and_agency() -> None:
    body = "فقرة.\n© | وقد قام مركز ويبانغاه الإخباري بترجمة هذا الخبر من مصدر وكالة تسنیم للأنباء |"
    a = _article(body)
    assert (a.outlet, a.agency) == ("Webangah", "Tasnim")  # seed 004
    assert _article("فقرة أولى.\nفرانس24/ أ ف ب/ رويترز").agency == "AFP"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("skynews", "Sky News Arabia"),
        ("alarabia", "Al Arabiya"),
        ("france24", "France 24"),
        ("BBC", "BBC Arabic"),
        ("CNN", "CNN Arabic"),
        ("aawsat", "Asharq Al-Awsat"),
        ("sabq", "Sabq"),
        ("alriyadh", "Al Riyadh"),
        ("alyaum", "Al Yaum"),
        ("aleqtisadiya", "Al Eqtisadiah"),
        ("3alyoum", "Ain Alyoum"),
        ("was", "Saudi Press Agency"),
        ("unknown-site", "unknown-site"),
    ],
)
def test_datelines_source_codes(code: str, name: str) -> None:
    assert outlet_table().from_code(code) == name


def test_datelines_outlet_from_url() -> None:
    hit = outlet_table().from_url("https://www.skynewsarabia.com/middle-east/1052067")
    assert hit is not None and hit.name == "Sky News Arabia"
    assert outlet_table().from_url("https://example.org/x") is None
