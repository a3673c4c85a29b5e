import pytest

from marsad.kb.scan import FastLexiconMatcher
from marsad.text.lexmatch import LexiconMatcher
from marsad.text.normalize import match_key

ENTRIES = ["بوتين", "الرياض", "فلاديمير بوتين", "الأمم المتحدة", "روسيا", "الروسي", "روسي", "مصر", "نظيره",
           "الرئيس", "رئيس"]
TEXTS = [
    "وبوتين لبوتين بالرياض للرياض وللرياض الرياضة روسيا وروسيا",
    "للأمم المتحدة بالأمم المتحدة التقى فلاديمير بوتين نظيره",
    "والروسي للروسي الروسية مصري مصرف بمصر رئيسها الرئيسين للرئيس",
    "بوتينات سبوتين روسياتنا وبوتين",  # words that merely contain an entry, then one that is it
]


@pytest.fixture(scope="module")
def matchers() -> tuple[LexiconMatcher, FastLexiconMatcher]:
    slow, fast = LexiconMatcher(), FastLexiconMatcher()
    for e in ENTRIES:
        slow.add(e, e)
        fast.add(e, e)
    return slow, fast


@pytest.mark.parametrize("text", TEXTS)
def test_scan_matches_exactly_what_lexmatch_matches(matchers, text: str) -> None:
    slow, fast = matchers
    key = match_key(text)
    want = sorted((m.start, m.end, m.key, m.prefix, m.suffix) for m in slow.iter_raw(key))
    got = sorted((m.start, m.end, m.key, m.prefix, m.suffix) for m in fast.iter_raw(key))
    assert got == want
    assert want  # the texts do contain entries


def test_scan_yields_each_hit_once_with_all_values() -> None:
    m = FastLexiconMatcher()
    m.add("عمان", "oman")
    m.add("عمان", "amman")
    hits = list(m.scan(match_key("وصل إلى عمان")))
    assert [(h[2], h[3]) for h in hits] == [("عمان", ["oman", "amman"])]


def test_scan_lam_form_prefix() -> None:
    m = FastLexiconMatcher()
    m.add("الرياض", "riyadh")
    key = match_key("وللرياض")
    (start, end, k, values, prefix, suffix), = m.scan(key)
    assert (k, prefix, suffix, values) == ("الرياض", "ولل", "", ["riyadh"])
    assert key[start:end] == "لرياض"
