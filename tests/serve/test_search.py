"""The Arabic full-text index: normalization and clitics, name-aware queries, and staying in sync with the
store (new, revised and re-analyzed articles; stores created before the index existed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.model import Article, Span
from marsad.store import Store
from marsad.store.migrations import MIGRATIONS
from marsad.store.search import index_text, matches, parse_query, rebuild, word_variants
from marsad.text.normalize import match_key


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, original=text, headline=Span(0, text.find("\n") if "\n" in text else len(text)))


def _find(store: Store, q: str) -> set[str]:
    sq = parse_query(store.connection, q)
    rows = store.connection.execute(
        "SELECT a.id FROM articles a JOIN search_docs d ON d.seq = a.seq JOIN search_fts f ON f.rowid = d.docid "
        "WHERE search_fts MATCH ?",
        (sq.fts(),),
    )
    return {r[0] for r in rows}


@pytest.mark.parametrize(
    ("word", "has", "lacks"),
    [
        ("وبيسكوف", {"بيسكوف"}, set()),
        ("للرياض", {"الرياض", "رياض"}, set()),  # ل + ال with the alef elided
        ("وبالاتفاق", {"الاتفاق", "اتفاق"}, set()),
        ("رئيسها", {"رئيس"}, set()),  # a two-letter pronoun suffix
        ("روسي", set(), {"روس"}),  # one-letter suffixes are not stripped (nisba)
        ("بوتين", {"وتين"}, set()),  # index side: every reading is kept …
        ("gaza", set(), {"aza"}),  # Latin words are not stemmed
    ],
)
def test_search_word_variants(word: str, has: set[str], lacks: set[str]) -> None:
    v = word_variants(match_key(word))
    assert word in v and has <= v and not (lacks & v)


def test_search_query_uses_only_attested_stems(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.put(_article("a1", "بوتين يلتقي بيسكوف\n\nقال بيسكوف ان بوتين وصل"), "p")
        # … but the query side keeps «وتين» out: it is never a word of its own in the store
        q = parse_query(s.connection, "بوتين")
        assert all("وتين" not in alt for g in q.groups for alt in g)
        q = parse_query(s.connection, "وبوتين")
        assert ["بوتين"] in q.groups[0]


def test_search_index_follows_revisions_and_ignores_reanalysis(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        assert s.put(_article("a1", "خبر أول\n\nزار الوزير القاهرة"), "p1") == "new"
        assert _find(s, "القاهره") == {"a1"}
        before = s.connection.execute("SELECT docid FROM search_docs").fetchall()
        assert s.put(_article("a1", "خبر أول\n\nزار الوزير القاهرة"), "p2") == "reanalyzed"
        assert s.connection.execute("SELECT docid FROM search_docs").fetchall() == before  # not re-indexed
        assert s.put(_article("a1", "خبر معدل\n\nزار الوزير عمان"), "p2") == "revised"
        assert _find(s, "القاهرة") == set()  # the old text's words no longer find it
        assert _find(s, "عمان") == {"a1"}
        # rebuilding drops the orphaned index row of the old text and answers the same
        with s.transaction():
            assert rebuild(s.connection) == 1
        assert _find(s, "عمان") == {"a1"} and _find(s, "القاهرة") == set()


def test_search_migration_indexes_articles_stored_before_it(tmp_path: Path) -> None:
    class StoreV1(Store):
        MIGRATIONS = MIGRATIONS[:1]
        SCHEMA_VERSION = 1

    p = tmp_path / "old.db"
    with StoreV1(p) as s1:
        s1.put(_article("old", "عنوان\n\nوصل المبعوث إلى الدوحة لإجراء محادثات"), "p")
        assert "search_docs" not in {r[0] for r in s1.connection.execute("SELECT name FROM sqlite_master")}
    with Store(p) as s2:
        assert s2.schema_version == len(MIGRATIONS)
        assert _find(s2, "والدوحة") == {"old"}
        assert _find(s2, "المحادثات") == {"old"}


def test_search_index_text_is_distinct_words() -> None:
    forms, stems = index_text(match_key("قال بيسكوف وبيسكوف قال للرياض"))
    assert len(forms.split()) == len(set(forms.split())) == 4 and "قال" in forms.split()
    assert "بيسكوف" in forms.split() and "الرياض" in stems.split()
    assert not set(forms.split()) & set(stems.split())


def test_search_matches_agrees_with_the_index(tmp_path: Path) -> None:
    text = "عنوان\n\nأكد الكرملين أن المحادثة الهاتفية بين بوتين وبايدن مقررة"
    with Store(tmp_path / "s.db") as s:
        s.put(_article("a", text), "p")
        for q, expected in [("المحادثه", True), ("وبايدن", True), ("بيسكوف", False), ("بوتين بايدن", True)]:
            sq = parse_query(s.connection, q)
            assert matches(match_key(text), sq) is expected
            assert (_find(s, q) == {"a"}) is expected


def test_search_quote_index_follows_the_analysis(tmp_path: Path) -> None:
    from marsad.model import Quote
    from marsad.store.search import QUOTE_SEARCH_SQL

    text = "عنوان\n\nقال الوزير «سنواصل المفاوضات في الدوحة» وأضاف «لا تعليق»."
    a = _article("q1", text)
    s1, s2 = text.index("سنواصل"), text.index("لا تعليق")
    a.quotes = [Quote("Minister", Span(s1, s1 + len("سنواصل المفاوضات في الدوحة")))]
    with Store(tmp_path / "s.db") as s:
        s.put(a, "p1")

        def found(q: str) -> set[tuple[int, int]]:
            return set(s.connection.execute(QUOTE_SEARCH_SQL, (parse_query(s.connection, q).fts(),)).fetchall())

        assert found("بالمفاوضات") == {(1, 0)}  # clitics stripped in quotes too
        assert found("تعليق") == set()  # in the article, not in a quote
        b = _article("q1", text)
        b.quotes = [Quote("Minister", Span(s2, s2 + len("لا تعليق"))), a.quotes[0]]
        assert s.put(b, "p2") == "reanalyzed"  # same text, new analysis: the quote index follows
        assert found("تعليق") == {(1, 0)} and found("الدوحة") == {(1, 1)}
        with s.transaction():
            rebuild(s.connection)
        assert found("تعليق") == {(1, 0)} and found("الدوحة") == {(1, 1)}
