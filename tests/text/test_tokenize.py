from marsad.text.tokenize import tokenize


def test_tokenize_keeps_times_numbers_dates_whole() -> None:
    toks = tokenize("في الساعة 23:30 يوم 30/12/2021 بنسبة 3.5% من 1,000")
    by_kind = {t.text: t.kind for t in toks}
    assert by_kind["23:30"] == "time"
    assert by_kind["30/12/2021"] == "date"
    assert by_kind["3.5%"] == "number"
    assert by_kind["1,000"] == "number"


def test_tokenize_offsets_and_arabic_words() -> None:
    text = "وقال بيسكوف، للصحفيين"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["وقال", "بيسكوف", "،", "للصحفيين"]
    assert all(text[t.start : t.end] == t.text for t in toks)
