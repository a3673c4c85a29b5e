"""Boilerplate blanking: every pattern blanks its example, real content is never blanked, offsets hold."""

from __future__ import annotations

import pytest

from marsad.ingest import make_article
from marsad.ingest.boilerplate import _first_chars, build_set, find, patterns
from marsad.model import Article, Span
from marsad.text.spans import blank

HEAD = "عنوان الخبر"
PARA = "وقال المتحدث باسم الرئاسة الروسية إن الاتصال الهاتفي سيجري مساء اليوم."


def _article(body: str) -> Article:
    original = f"{HEAD}\n\n{body}"
    return make_article("t", original, Span(0, len(HEAD)), Span(len(HEAD) + 2, len(original)))


def _assert_blanked_exactly(a: Article) -> None:
    """``text`` equals ``original`` outside ``removed``; inside, only spaces (and the original newlines)."""
    assert len(a.text) == len(a.original)
    inside = [False] * len(a.text)
    for sp in a.removed:
        for i in range(sp.start, sp.end):
            inside[i] = True
    for i, (t, o) in enumerate(zip(a.text, a.original, strict=True)):
        if inside[i]:
            assert t == ("\n" if o == "\n" else (" " if o != "\r" else "\r")), i
        else:
            assert t == o, i


@pytest.mark.parametrize("pattern", patterns(), ids=lambda p: p.name)
def test_boilerplate_examples_are_blanked_whole(pattern) -> None:
    example = pattern.example.rstrip("\n")
    a = _article(f"{PARA}\n{example}")  # as the last line: tail patterns only look there
    assert a.removed, pattern.name
    removed = "".join(a.span_text(s) for s in a.removed)
    assert removed.replace("\n", "") == example.replace("\n", ""), pattern.name
    assert PARA in a.text  # the real paragraph is kept
    _assert_blanked_exactly(a)


def test_boilerplate_patterns_are_documented() -> None:
    from importlib import resources

    import yaml

    raw = yaml.safe_load(resources.files("marsad").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    for entry in raw["patterns"]:
        assert entry.get("comment") and entry.get("example"), entry["name"]
    assert len({e["name"] for e in raw["patterns"]}) == len(raw["patterns"])


# real content that resembles boilerplate (sentences adapted from the corpora) must survive
CONTENT = [
    "وقالت الشرطة إنها لا تستطيع التحقق من صحة الفيديو المتداول.",
    "وأضاف أن هذه التصريحات لا تعكس بالضرورة موقف الحكومة الرسمي.",
    # CN-middleEast-1511-20181013: a CNN caveat inside a news paragraph
    "صحيفة تركية نشرت تقريرا عن أن الصحفي السعودي المفقود جمال خاشقجي استخدم ساعة أبل، "
    "وCNN لا تستطيع التحقق من صحة ذلك التقرير.",
    "للمزيد من الضغط على إيران، فرضت واشنطن عقوبات جديدة على قطاع النفط.",
    "وتابعوا في بيانهم أن الحكومة مطالبة بالتحرك.",
    "ودعا الوزير إلى تطبيق القانون على الجميع دون استثناء.",
    "وذكرت وكالة الأنباء السعودية أن الملك سلمان استقبل الرئيس.",
    "وأكدت الوزارة أن حقوق الإنسان مصونة في المملكة.",
    "سمات هذه المرحلة تتمثل في الهدوء والاستقرار.",
    'وقال المتحدث: "سنواصل العمل"، مضيفا: "المزيد من الإجراءات قادم".',
    "يمكنكم القول إن الاتفاق تاريخي.",
]


@pytest.mark.parametrize("line", CONTENT)
def test_boilerplate_keeps_content(line: str) -> None:
    a = _article(f"{PARA}\n{line}")
    assert a.removed == [], [a.span_text(s) for s in a.removed]
    assert a.text == a.original


def test_boilerplate_continues_inside_a_quotation() -> None:
    # seed 001_f32835be263a78da: the quotation goes on after the wire's «(تستمر)»
    body = (
        'وأضاف بيسكوف، "الغرض من المحادثة واضح ويتمثل بمواصلة مناقشة تلك القضايا.\n\n'
        "(تستمر)\n\n"
        'وسأشير إلى أنها محادثة هاتفية عادية، لذا لن تكون لها تغطية " .'
    )
    a = _article(body)
    assert [a.span_text(s) for s in a.removed] == ["(تستمر)"]
    assert a.text.count('"') == a.original.count('"')  # quotation marks untouched
    inline = _article('قال: "نحن مستعدون (تستمر) للحوار مع الجميع".')
    assert [inline.span_text(s) for s in inline.removed] == ["(تستمر)"]
    _assert_blanked_exactly(inline)


def test_boilerplate_spa_trailer_block() -> None:
    # snn-2015-08-10-1499: SPA story end
    body = (
        "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n"
        " يواصل مهرجان تمور بريدة فعالياته وأنشطته من خلال عمليات البيع والشراء اليومية.\n"
        " // انتهى //\n 20:26 ت م"
    )
    a = _article(body)
    assert [a.span_text(s) for s in a.removed] == ["// انتهى //", "20:26 ت م"]
    assert a.agency == "Saudi Press Agency"
    assert a.body.end == a.original.index("اليومية.") + len("اليومية.")  # body ends before the blanks
    _assert_blanked_exactly(a)


def test_boilerplate_bbc_promo_block() -> None:
    # BB-internationalNews-897-20180730 (end of story)
    body = (
        "قالت مصادر في حركة طالبان لبي بي سي إن مسؤولين في الحركة اجتمعوا سراً مع دبلوماسية أمريكية.\n"
        "------------------------------------\n"
        "يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول."
    )
    a = _article(body)
    assert len(a.removed) == 2 and a.text.rstrip().endswith("دبلوماسية أمريكية.")
    _assert_blanked_exactly(a)


def test_boilerplate_sms_footer_glued_to_email() -> None:
    # snn-2015-07-21-1163
    body = (
        "أما المساعدات المالية فهي مهمة المؤسسات.\n\n"
        "aaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (3) ثم مسافة ثم نص الرسالة إلى "
        "88591 - Stc 635031 - Mobily 737221 - Zain"
    )
    a = _article(body)
    assert len(a.removed) == 1 and a.span_text(a.removed[0]).startswith("aaljamili@yahoo.com")
    assert "المؤسسات." in a.text


def test_boilerplate_tags_glued_to_last_paragraph() -> None:
    # snn-2015-07-24-0539
    body = "ويسعى ميسي إلى لقب مع منتخب بلاده. سمات الارجنتين مارادونا ميسي"
    a = _article(body)
    assert [a.span_text(s) for s in a.removed] == ["سمات الارجنتين مارادونا ميسي"]
    assert a.text.rstrip().endswith("بلاده.")


def test_boilerplate_long_line_is_not_blanked_by_line_containing() -> None:
    long_line = "حقوق النشر محفوظة " + "كلمة " * 100
    assert find(f"{HEAD}\n\n{long_line}", len(HEAD) + 2) == []


def test_boilerplate_blank_keeps_length_and_newlines() -> None:
    text = "أ\nب ج\nد"
    out = blank(text, [Span(0, 5)])
    assert out == " \n   \nد" and len(out) == len(text)


def test_boilerplate_patterns_without_needles_are_anchored_or_literal() -> None:
    bad = {
        "name": "x",
        "example": "x",
        "scope": "line_containing",
        "pattern": "انتهى",
    }
    with pytest.raises(ValueError):
        build_set([bad])
    for p in patterns():
        if not p.needles and p.scope == "fragment" and not p.source.startswith("^"):
            first = _first_chars(p.source)  # runs on every article: must start with a literal character
            assert first is not None and len(first) <= 3, p.name


def test_boilerplate_cnn_teaser_line_is_blanked() -> None:
    # CN-economy-94-20180429: a CNN «may interest you» link between two paragraphs of the story
    body = ("ورئيس مجلس الإدارة لشركة داو كيميكال.\n"
            "قد يهمك أيضا: جولة نادرة لـCNN داخل أرامكو السعودية بعد رفع “غطاء السرية” عنها\n"
            "يذكر أن هذه التعيينات تتزامن مع خطط الحكومة السعودية.")
    spans = [b.span for b in find(body, 0, len(body))]
    text = blank(body, spans)
    assert "قد يهمك" not in text and "غطاء السرية" not in text
    assert "يذكر أن هذه التعيينات" in text and len(text) == len(body)


def test_boilerplate_related_link_after_two_dots() -> None:
    # CN-middleEast-663-20180418: a CNN link between paragraphs, its subject no speaker of the next one
    link = "قد يهمك.. مصادر تكشف لـCNN: إدارة ترامب قصفت سوريا قبل التأكد من استخدام غاز السارين"
    a = _article(f"{PARA}\n{link}\n{PARA}")
    assert "".join(a.span_text(s) for s in a.removed) == link
