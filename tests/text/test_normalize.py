import pytest

from marsad.text.normalize import display, match_key, normalize


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسرائيل"),
        ("آسيا", "اسيا"),
        ("مصطفى", "مصطفي"),
        ("المتحدثة", "المتحدثه"),
        ("بوتيـــن", "بوتين"),  # tatweel
        ("صرّح", "صرح"),  # shadda
        ("حاليًا", "حاليا"),  # tanween
        ("بوینت", "بوينت"),  # Persian yeh
        ("پاکستان", "باكستان"),  # Persian peh, keheh
        ("نتورك ۔", "نتورك ."),  # Urdu full stop
        ("٣٠ ديسمبر ٢٠٢١", "30 ديسمبر 2021"),  # Arabic-Indic digits
        ("۱۴۰۰", "1400"),  # Persian digits
        ("2021ء", "2021"),  # Urdu year marker after a year
        ("ماء", "ماء"),  # ... but not after a word
        ("بي\u200cسكوف\u200f", "بيسكوف"),  # zero-width non-joiner and RLM
        ("\ufefbلاعب", "لالاعب"),  # presentation-form lam-alef ligature expands (NFKC)
    ],
)
def test_normalize_match_key(raw: str, key: str) -> None:
    assert match_key(raw) == key


def test_normalize_display_keeps_hamza_and_ta_marbuta() -> None:
    assert display("المتحدثة أكدت") == "المتحدثة أكدت"
    assert display("صرّح ٢٠٢١ء") == "صرح 2021"


@pytest.mark.parametrize(
    "raw",
    [
        "( أردو بوینت نتورك ۔ / سبوتنيك - ٣٠ ديسمبر 2021ء) صرّح بوتيـــن",
        "\ufefbلاعب وَالرَّئِيسُ\u200f الروسي",
        "plain ascii text",
        "",
    ],
)
def test_normalize_offset_map_points_at_original(raw: str) -> None:
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        o = n.to_original(i)
        assert 0 <= o < len(raw)
        # the original character normalizes to a string containing this character
        assert ch in match_key(raw[o]) or (raw[o] == "ء" and ch == "ء")
    if raw:
        s, e = n.span_to_original(0, len(n.text))
        assert raw[s:e].strip() == raw.strip() or e <= len(raw)


def test_normalize_span_back_to_original_word() -> None:
    raw = "صرّح الرئيس بوتيـــن اليوم"
    n = normalize(raw)
    k = n.text.index("بوتين")
    s, e = n.span_to_original(k, k + len("بوتين"))
    assert raw[s:e] == "بوتيـــن"


def test_normalize_key_reads_a_hashtag_as_words() -> None:
    # err22a AL-internationalNews-893-20180421: «#صفاء_الهاشم» is the name «صفاء الهاشم»
    raw = "نشرت النائبة #صفاء_الهاشم تغريدة"
    assert "صفاء الهاشم" in normalize(raw).text
    assert display(raw) == raw  # (the display text keeps what the writer wrote)
