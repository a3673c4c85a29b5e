from pathlib import Path

import pytest
from link_builders import SEEDS, corpus_records, write_jsonl

from marsad.ingest import content_hash, iter_inputs
from marsad.link.dedup import Deduper
from marsad.link.features import FeatureExtractor, LinkFeatures
from marsad.model import Article


@pytest.fixture(scope="module")
def fx() -> FeatureExtractor:
    return FeatureExtractor()


def _feat(fx: FeatureExtractor, aid: str, headline: str, body: str, day: str = "2021-12-29",
          outlet: str | None = None) -> LinkFeatures:
    return fx.text_features(aid, headline, body, day, day, outlet, None, content_hash(headline + "\n\n" + body))


def _seed(name: str) -> tuple[str, str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    head, _, body = text.partition("\n")
    return head, body


def test_dedup_exact_near_contained_and_unrelated(fx: FeatureExtractor) -> None:
    head, body = _seed("002_3c0a5700d501b69e.txt")
    lines = body.split("\n")
    rewritten = "\n".join(ln.replace("الأربعاء", "الثلاثاء") if i % 3 == 0 else ln for i, ln in enumerate(lines))
    excerpt = "\n".join(lines[: len(lines) * 2 // 3])
    other_head, other_body = _seed("003_7bad17a748cfddeb.txt")
    d = Deduper(fx.hasher)
    assert d.add(_feat(fx, "wire", head, body, outlet="Sputnik")) is None
    exact = d.add(_feat(fx, "copy", head, body, outlet="Paper A"))
    assert exact is not None and (exact.index, exact.kind) == (0, "exact")
    near = d.add(_feat(fx, "edited", "بيسكوف: اتصال بين بوتين وبايدن غدا", rewritten, outlet="Paper B"))
    assert near is not None and near.index == 0 and near.kind == "near"
    cut = d.add(_feat(fx, "excerpt", head, excerpt, outlet="Paper C"))
    assert cut is not None and cut.index in (0, 1, 2) and cut.kind in ("near", "contained")
    assert d.add(_feat(fx, "other", other_head, other_body, outlet="Paper D")) is None


def test_dedup_copies_days_apart_are_recycled_text_not_syndication(fx: FeatureExtractor) -> None:
    head, body = _seed("002_3c0a5700d501b69e.txt")
    lines = body.split("\n")
    d = Deduper(fx.hasher)
    d.add(_feat(fx, "a", head, body, day="2021-12-29", outlet="X"))
    later = "\n".join(["تطور جديد في العلاقات بين موسكو وواشنطن"] + lines[1:])
    assert d.add(_feat(fx, "b", "عنوان آخر تماما عن العلاقات", later, day="2022-01-20", outlet="Y")) is None


def test_dedup_shared_partial_paragraph_is_not_a_copy(fx: FeatureExtractor) -> None:
    # seeds 001 and 002 share one background paragraph (the draft agreements of 17 December): not copies
    d = Deduper(fx.hasher)
    d.add(_feat(fx, "001", *_seed("001_f32835be263a78da.txt")))
    assert d.add(_feat(fx, "002", *_seed("002_3c0a5700d501b69e.txt"))) is None


def _ingested(tmp_path: Path, name: str, ids: list[str]) -> list[Article]:
    recs = corpus_records(name, ids)
    if len(recs) < len(ids):
        pytest.skip(f"../shared/corpus/{name} not available")
    return [a for a in iter_inputs([str(write_jsonl(tmp_path / "c.jsonl", recs))]) if isinstance(a, Article)]


def _text_feats(fx: FeatureExtractor, arts: list[Article]) -> list[LinkFeatures]:
    return [fx.text_features(a.id, a.headline_text, a.text[a.body.start : a.body.end], a.published,
                             a.published_meta, a.outlet, a.agency, a.content_hash) for a in arts]  # fmt: skip


def test_dedup_saudi_press_agency_cable_reprinted_by_five_papers(tmp_path: Path, fx: FeatureExtractor) -> None:
    # SaudiNewsNet, 2015-08-06: «جامعة الدمام تطرح 130 وظيفة شاغرة عن طريق المسابقة العامة» in five papers
    ids = ["snn-2015-08-06-0036", "snn-2015-08-06-0436", "snn-2015-08-06-1190", "snn-2015-08-06-1738",
           "snn-2015-08-06-2277"]  # fmt: skip
    feats = _text_feats(fx, _ingested(tmp_path, "saudinewsnet.jsonl.gz", ids))
    assert len({f.outlet for f in feats}) == 5
    d = Deduper(fx.hasher)
    matches = [d.add(f) for f in feats]
    assert matches[0] is None
    assert all(m is not None and m.kind in ("near", "exact", "contained") for m in matches[1:])


@pytest.mark.parametrize(
    ("first", "second", "copy"),
    [
        # ANT 2018-02-27: one wire story as Al Arabiya and Sky News Arabia rewrote it (Jaccard about 0.5)
        ("AL-sport-287-20180227", "SK-sport-131-20180227", True),
        # ANT 2018-09-11: two CNN Arabic pages that end with the same block of teasers (other articles' leads)
        ("CN-internationalNews-603-20180911", "CN-internationalNews-604-20180911", False),
    ],
)
def test_dedup_real_corpus_pairs(tmp_path: Path, fx: FeatureExtractor, first: str, second: str,
                                 copy: bool) -> None:
    a, b = _text_feats(fx, _ingested(tmp_path, "ant_multisource.jsonl.gz", [first, second]))
    d = Deduper(fx.hasher)
    d.add(a)
    m = d.add(b)
    assert (m is not None) == copy
