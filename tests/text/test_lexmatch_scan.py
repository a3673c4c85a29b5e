import pytest

from marsad.text.lexmatch import _ARABIC, PROCLITICS, SUFFIXES, LexiconMatcher
from marsad.text.normalize import match_key

ENTRIES = ["بوتين", "الرياض", "فلاديمير بوتين", "الأمم المتحدة", "روسيا", "الروسي", "روسي", "مصر", "نظيره",
           "الرئيس", "رئيس"]
TEXTS = [
    "وبوتين لبوتين بالرياض للرياض وللرياض الرياضة روسيا وروسيا",
    "للأمم المتحدة بالأمم المتحدة التقى فلاديمير بوتين نظيره",
    "والروسي للروسي الروسية مصري مصرف بمصر رئيسها الرئيسين للرئيس",
    "بوتينات سبوتين روسياتنا وبوتين",  # words that merely contain an entry, then one that is it
]


def reference(entries: list[str], text: str) -> list[tuple[int, int, str, str, str]]:
    """The clitic rule, spelled out slowly: every occurrence whose whole word is proclitics + entry + suffix."""
    def letter(c: str) -> bool:
        return c in _ARABIC or c.isalpha()

    out = []
    for e in {match_key(x) for x in entries}:
        forms = [(e, False)] + ([("لل" + e[2:], True)] if e.startswith("ال") and len(e) > 3 else [])
        for form, lam in forms:
            i = text.find(form)
            while i >= 0:
                end = i + len(form)
                ws, we = i, end
                while ws > 0 and letter(text[ws - 1]):
                    ws -= 1
                while we < len(text) and letter(text[we]):
                    we += 1
                prefix = text[ws:i] + ("لل" if lam else "")
                start = i + 1 if lam else i
                if prefix in PROCLITICS and text[end:we] in SUFFIXES:
                    out.append((start, end, e, prefix, text[end:we]))
                i = text.find(form, i + 1)
    return sorted(set(out))


@pytest.fixture(scope="module")
def matcher() -> LexiconMatcher:
    m = LexiconMatcher()
    for e in ENTRIES:
        m.add(e, e)
    return m


@pytest.mark.parametrize("text", TEXTS)
def test_scan_matches_exactly_the_clitic_rule(matcher: LexiconMatcher, text: str) -> None:
    key = match_key(text)
    want = reference(ENTRIES, key)
    got = sorted((m.start, m.end, m.key, m.prefix, m.suffix) for m in matcher.iter_raw(key))
    assert got == want
    assert want  # the texts do contain entries


def test_scan_yields_each_hit_once_with_all_values() -> None:
    m = LexiconMatcher()
    m.add("عمان", "oman")
    m.add("عمان", "amman")
    hits = list(m.scan(match_key("وصل إلى عمان")))
    assert [(h[2], h[3]) for h in hits] == [("عمان", ["oman", "amman"])]


def test_scan_lam_form_prefix() -> None:
    m = LexiconMatcher()
    m.add("الرياض", "riyadh")
    key = match_key("وللرياض")
    (start, end, k, values, prefix, suffix), = m.scan(key)
    assert (k, prefix, suffix, values) == ("الرياض", "ولل", "", ["riyadh"])
    assert key[start:end] == "لرياض"
