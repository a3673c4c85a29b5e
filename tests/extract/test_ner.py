"""The statistical NER tagger: CoNLL scoring, the data reader, and the shipped ANERcorp model."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.extract import ner

ANERCORP_TEST = Path(__file__).parents[2].parent / "shared" / "benchmarks" / "anercorp" / "test.txt"


# ---------------------------------------------------------------------------------------------- scoring
def test_entities_follow_conlleval_chunking() -> None:
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-MISC"]
    assert ner.entities(tags) == [("PERS", 0, 2), ("LOC", 3, 5), ("LOC", 5, 6), ("ORG", 6, 7), ("MISC", 7, 8)]


def test_conll_f1_exact_match() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    s = ner.conll_f1(gold, gold)
    assert s["micro"]["f1"] == 1.0
    assert s["PERS"]["gold"] == 1 and s["LOC"]["correct"] == 1


def test_conll_f1_partial_boundary_counts_as_wrong() -> None:
    gold = [["B-PERS", "I-PERS", "O"]]
    pred = [["B-PERS", "O", "O"]]
    s = ner.conll_f1(gold, pred)
    assert s["micro"]["correct"] == 0
    assert s["micro"]["precision"] == 0.0 and s["micro"]["recall"] == 0.0 and s["micro"]["f1"] == 0.0


def test_conll_f1_type_mismatch() -> None:
    gold = [["B-ORG", "I-ORG", "O", "B-LOC"]]
    pred = [["B-LOC", "I-LOC", "O", "B-LOC"]]
    s = ner.conll_f1(gold, pred)
    assert s["micro"]["precision"] == pytest.approx(0.5)
    assert s["micro"]["recall"] == pytest.approx(0.5)
    assert s["ORG"]["recall"] == 0.0 and s["LOC"]["precision"] == pytest.approx(0.5)
    assert s["LOC"]["f1"] == pytest.approx(2 / 3)


def test_conll_f1_i_without_b_starts_an_entity() -> None:
    # conlleval: a stray I- begins a chunk, so it matches a gold B- chunk of the same extent
    gold = [["O", "B-PERS", "I-PERS", "O"]]
    pred = [["O", "I-PERS", "I-PERS", "O"]]
    assert ner.conll_f1(gold, pred)["micro"]["f1"] == 1.0
    # and a B- inside a run splits it
    assert ner.conll_f1(gold, [["O", "B-PERS", "B-PERS", "O"]])["micro"]["correct"] == 0


def test_conll_f1_length_mismatch_raises() -> None:
    with pytest.raises(ValueError):
        ner.conll_f1([["O", "O"]], [["O"]])


# ---------------------------------------------------------------------------------------------- reader
def test_read_conll(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("بوتين B-PERS\nفي O\n\n\nموسكو B-LOC\n", encoding="utf-8")
    assert ner.read_conll(p) == [[("بوتين", "B-PERS"), ("في", "O")], [("موسكو", "B-LOC")]]


@pytest.mark.parametrize("bad", ["بوتين\n", "بوتين B-PERS extra\n", "بوتين PERS\n"])
def test_read_conll_names_file_and_line(tmp_path: Path, bad: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_text("في O\n\n" + bad, encoding="utf-8")
    with pytest.raises(ner.ConllFormatError, match=r"bad\.txt:3:"):
        ner.read_conll(p)


# ---------------------------------------------------------------------------------------------- features
def test_token_features_window_and_gazetteer() -> None:
    feats = ner.token_features("التقى الرئيس فلاديمير بوتين في موسكو".split())
    assert len(feats) == 6
    assert "-1:gT" in feats[2]  # previous word is a title
    assert "gz=B-PERS" in feats[2] and "gz=I-PERS" in feats[3]  # knowledge-base full name
    assert "gL" in feats[5]
    assert "BOS" in feats[0] and "EOS" in feats[5]


def test_memory_forgets_old_sentences() -> None:
    m = ner.Memory(window=1)
    m.add([("بوتين",)], ["B-PERS"])
    assert m.types(("بوتين",)) == ["PERS"]
    m.add([("في",)], ["O"])
    assert m.types(("بوتين",)) == [] and not m


# ---------------------------------------------------------------------------------------------- shipped model
@pytest.fixture(scope="module")
def tagger() -> ner.Tagger:
    return ner.Tagger()


def test_shipped_model_tags_person_and_place(tagger: ner.Tagger) -> None:
    toks = "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات كانت بناءة .".split()
    tags = tagger.tag(toks)
    assert len(tags) == len(toks)
    found = {(t, text) for t, _, _, text in tagger.entities(toks)}
    assert ("PERS", "فلاديمير بوتين") in found
    assert ("LOC", "موسكو") in found
    assert tagger.tag([]) == []


def test_document_memory_is_used(tagger: ner.Tagger) -> None:
    assert tagger.memory_window > 0
    doc = [
        "التقى الرئيس الأمريكي جورج بوش رئيس الوزراء البريطاني توني بلير في واشنطن .".split(),
        "وأكد بوش أن العلاقات قوية .".split(),
    ]
    tags = tagger.tag_document(doc)
    assert [len(t) for t in tags] == [len(s) for s in doc]
    assert tags[1][1] == "B-PERS"


@pytest.mark.skipif(not ANERCORP_TEST.is_file(), reason="../shared ANERcorp test set not present")
def test_shipped_model_f1_on_anercorp_test(tagger: ner.Tagger) -> None:
    sents = ner.read_conll(ANERCORP_TEST)
    half = sents[: len(sents) // 2]
    pred = tagger.tag_document([[t for t, _ in s] for s in half])
    scores = ner.conll_f1([[g for _, g in s] for s in half], pred)
    # the shipped model scores 0.748 on this half (0.753 on the whole set): marsad/data/ner/README.md
    assert scores["micro"]["f1"] >= 0.72
