import pytest

from marsad.text.lexmatch import LexiconMatcher
from marsad.text.normalize import match_key


@pytest.fixture(scope="module")
def matcher() -> LexiconMatcher:
    m = LexiconMatcher()
    for phrase, value in [("بوتين", "putin"), ("الرياض", "riyadh"), ("فلاديمير بوتين", "putin-full"),
                          ("الأمم المتحدة", "un"), ("روسيا", "russia")]:
        m.add(phrase, value)
    return m


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبوتين", "putin"),  # conjunction
        ("لبوتين", "putin"),  # preposition
        ("بالرياض", "riyadh"),  # preposition + article in the entry
        ("للرياض", "riyadh"),  # ل + الرياض written لل
        ("وللرياض", "riyadh"),
        ("روسيا", "russia"),
        ("وروسيا", "russia"),
        ("للأمم المتحدة", "un"),
        ("بالأمم المتحدة", "un"),
    ],
)
def test_lexmatch_clitics(matcher: LexiconMatcher, text: str, expected: str) -> None:
    found = matcher.find(match_key(text))
    assert [m.value for m in found] == [expected]


@pytest.mark.parametrize("text", ["بوتينات", "سبوتين", "الرياضة", "روسياتنا"])
def test_lexmatch_rejects_words_that_merely_contain_an_entry(matcher: LexiconMatcher, text: str) -> None:
    assert matcher.find(match_key(text)) == []


def test_lexmatch_leftmost_longest(matcher: LexiconMatcher) -> None:
    key = match_key("التقى فلاديمير بوتين")
    found = matcher.find(key)
    assert [m.value for m in found] == ["putin-full"]
    assert key[found[0].start : found[0].end] == "فلاديمير بوتين"
