from datetime import date

import numpy as np
import pytest

from marsad.link.features import LinkFeatures
from marsad.link.stories import MERGE_SCORE, StoryLinker, keys_compatible, link_score
from marsad.link.text import normalize_vector

CALL_PB = "call|Russia+United States|Joe Biden+Vladimir Putin"
MSG_PB = "message|Russia+United States|Joe Biden+Vladimir Putin"
CALL_SE = "call|Saudi Arabia+Turkey|Recep Tayyip Erdoğan+Salman of Saudi Arabia"


def feat(aid: str, day: str | None, terms: dict[str, float], heads: tuple[str, ...] = ()) -> LinkFeatures:
    return LinkFeatures(aid, date.fromisoformat(day).toordinal() if day else None, day or "", None, None, aid,
                        aid, 100, np.zeros(64, dtype=np.uint32), np.zeros(0, dtype=np.uint32),
                        normalize_vector(terms, 48), {}, list(heads), [])  # fmt: skip


def vec(*words: str, **extra: float) -> dict[str, float]:
    out = dict.fromkeys(words, 1.0)
    out.update(extra)
    return out


BASE = vec("بوتين", "بايدن", "اتصال", "هاتفي", "كرملين", "بيسكوف", "مساء")


@pytest.mark.parametrize(
    ("a_day", "b_day", "b_terms", "linked"),
    [
        ("2021-12-29", "2021-12-29", BASE, True),  # same text, same day
        ("2021-12-29", "2021-12-31", BASE, True),  # very close text, two days apart
        ("2021-12-29", "2022-01-05", BASE, False),  # a week later: another story
        ("2021-12-29", "2021-12-30", vec("بوتين", "بايدن", "اتصال", "قمه", "جنيف", "ناتو", "اوكرانيا"), True),
        ("2021-12-29", "2021-12-31", vec("بوتين", "بايدن", "اتصال", "قمه", "جنيف", "ناتو", "اوكرانيا"), False),
        ("2021-12-29", "2021-12-29", vec("ميسي", "برشلونه", "هدف"), False),
        ("2021-12-29", None, BASE, True),  # undated: strong text suffices
        ("2021-12-29", None, vec("بوتين", "بايدن", "اتصال", "قمه", "جنيف", "ناتو", "اوكرانيا"), False),
    ],
)
def test_stories_link_by_text_and_days(a_day: str, b_day: str | None, b_terms: dict, linked: bool) -> None:
    assert (link_score(feat("a", a_day, BASE), feat("b", b_day, b_terms)) > 0) == linked


def test_stories_head_events_decide_weak_and_conflicting_text() -> None:
    weak = vec("بوتين", "كرملين", "زياره", "سوريا", "ادلب", "مفاوضات", "لافروف", "نفط", "غاز")
    a = feat("a", "2021-12-29", BASE, (CALL_PB,))
    # the same contact in both leads and a little shared text: one story
    assert link_score(a, feat("b", "2021-12-29", weak, (MSG_PB,))) > 0
    assert link_score(a, feat("b", "2021-12-29", weak)) == 0
    # different contacts in their headlines: not one story, even with fair shared text
    close = vec("بوتين", "بايدن", "اتصال", "اردوغان", "سلمان", "تركيا", "رياض")  # cosine 3/7
    assert link_score(a, feat("b", "2021-12-29", close)) > 0
    assert link_score(a, feat("b", "2021-12-29", close, (CALL_SE,))) == 0


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (CALL_PB, MSG_PB, True),  # a telegram and a call between the same presidents: one roundup
        (CALL_PB, "meet|Russia+United States|Joe Biden+Vladimir Putin", False),
        ("meet|Saudi Arabia+United States|Mike Pompeo+Salman of Saudi Arabia",
         "meet|Saudi Arabia+United States|Mike Pompeo", True),
        ("meet|Saudi Arabia+United States|Mike Pompeo+Salman of Saudi Arabia",
         "meet|Saudi Arabia+United States|Mike Pompeo+Mohammed bin Salman", True),
        ("call|Saudi Arabia+United States|Donald Trump+Salman of Saudi Arabia",
         "call|Saudi Arabia+United States|Donald Trump+Mohammed bin Salman", False),
        ("call|Saudi Arabia+United States|Donald Trump+Salman of Saudi Arabia",
         "call|Saudi Arabia+United States|Donald Trump", True),
        (CALL_PB, CALL_SE, False),
    ],
)
def test_stories_head_keys_compatible(a: str, b: str, same: bool) -> None:
    assert keys_compatible(a, b) == same == keys_compatible(b, a)


def test_stories_bridge_merges_into_oldest_and_copies_follow_originals() -> None:
    # two reports of one truce that share too little to link (cosine 2/7), then one that tells both
    left = vec("غزه", "هدنه", "مصر", "وساطه", "حماس", "صواريخ", "قاهره")
    right = vec("غزه", "هدنه", "اسرائيل", "قصف", "طائرات", "غارات", "ضحايا")
    linker = StoryLinker()
    p1 = linker.add(feat("a", "2021-05-20", left))
    p2 = linker.add(feat("b", "2021-05-20", right))
    assert p1.story != p2.story
    assert link_score(feat("a", "2021-05-20", left), feat("b", "2021-05-20", right)) == 0
    bridge = linker.add(feat("c", "2021-05-20", {**left, **right}))
    assert bridge.score >= MERGE_SCORE
    assert bridge.story == p1.story and bridge.merged == [p2.story]
    assert linker.resolve(linker.story_of[1]) == p1.story
    copy = linker.add(feat("d", "2021-05-21", vec("شيء", "اخر")), copy_of=1)
    assert copy.story == p1.story


def test_stories_same_order_same_result() -> None:
    items = [feat(str(i), f"2021-12-{10 + i % 5:02d}", vec("قمه", "الكوريتين", f"كلمه{i % 3}", "سلام"))
             for i in range(12)]  # fmt: skip

    def run() -> list[int]:
        linker = StoryLinker()
        return [linker.resolve(linker.add(f).story) for f in items]

    assert run() == run()


def test_stories_unrelated_stories_bridged_by_a_roundup_stay_apart() -> None:
    linker = StoryLinker()
    p1 = linker.add(feat("a", "2021-05-20", vec("غزه", "هدنه", "مصر", "وساطه", "حماس", "صواريخ")))
    p2 = linker.add(feat("b", "2021-05-20", vec("ميسي", "برشلونه", "هدف", "دوري", "ملعب", "مدرب")))
    roundup = linker.add(feat("c", "2021-05-20", vec("غزه", "هدنه", "مصر", "وساطه", "حماس", "صواريخ", "ميسي",
                                                     "برشلونه", "هدف", "دوري", "ملعب", "مدرب")))
    assert roundup.story == p1.story and roundup.merged == []
    assert [s for s, _ in roundup.secondary] == [p2.story]
