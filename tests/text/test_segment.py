from marsad.text.segment import paragraphs, sentences


def _texts(text: str) -> list[str]:
    return [text[s.span.start : s.span.end] for s in sentences(text)]


def test_segment_never_splits_on_arabic_comma_decimal_or_time() -> None:
    text = "قال بيسكوف، إن النمو بلغ 3.5 في المئة، والموعد في الساعة 23:30 مساء. وأضاف أن الأمر واضح."
    assert _texts(text) == [
        "قال بيسكوف، إن النمو بلغ 3.5 في المئة، والموعد في الساعة 23:30 مساء.",
        "وأضاف أن الأمر واضح.",
    ]


def test_segment_respects_quotes() -> None:
    text = 'وقال بيسكوف: "الأمر واضح. لا مشاكل هنا". ثم غادر.'
    assert _texts(text) == ['وقال بيسكوف: "الأمر واضح. لا مشاكل هنا".', "ثم غادر."]


def test_segment_paragraphs_are_lines() -> None:
    text = "العنوان\n\n  الفقرة الأولى.  \nالفقرة الثانية؟"
    spans = paragraphs(text)
    assert [text[p.start : p.end] for p in spans] == ["العنوان", "الفقرة الأولى.", "الفقرة الثانية؟"]
    assert [s.paragraph for s in sentences(text)] == [0, 1, 2]


def test_segment_title_abbreviation_does_not_end_a_sentence() -> None:
    # snn-2015-08-06-1817: «د. سعد …» is Dr. Saad; a final «م.» after a year still ends the sentence
    text = "استقبل الأمير محافظ الهيئة د. سعد بن عثمان القصبي. وقال أ.د. محمد إن الزيارة تمت عام 2015 م. انتهى."
    got = [text[s.span.start : s.span.end] for s in sentences(text)]
    assert got == ["استقبل الأمير محافظ الهيئة د. سعد بن عثمان القصبي.", "وقال أ.د. محمد إن الزيارة تمت عام 2015 م.",
                   "انتهى."]


def test_segment_stage_first_sentence_opens_after_the_dateline() -> None:
    from marsad.extract.segmenter import SegmentStage
    from marsad.model import Article, Span

    text = "دبي، الإمارات العربية المتحدة (CNN)— ترجم محمد البرادعي الإعلان. وتابع قائلا."
    a = SegmentStage()(Article(id="t", original=text, dateline=Span(0, 37)))
    assert [a.text[s.span.start : s.span.end] for s in a.sentences] == ["ترجم محمد البرادعي الإعلان.", "وتابع قائلا."]
