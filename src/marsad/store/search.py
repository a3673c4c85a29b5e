"""Arabic full-text search over stored articles (SQLite FTS5), normalized the way the analysis matches text.

Why this shape:

* Each article is indexed as the *set* of its match-key words (``forms``: hamza/alef/ya/ta-marbuta folded,
  harakat and tatweel gone) plus, in ``stems``, each word with its proclitics (و، ف، ب، ل، ك، ال، لل …) and
  two-letter pronoun suffixes stripped. So «وبيسكوف» is found by «بيسكوف» and «للرياض» by «الرياض».
* A query word is looked up as itself and as those of its clitic-stripped forms that occur somewhere in the
  store as a word of their own (the ``forms`` vocabulary): «وبيسكوف» searches «بيسكوف» too, while «بيسكوف»
  does not turn into «يسكوف» (never a word of its own).
* A run of query words that is a known actor's name (the knowledge base) searches every Arabic name of that
  actor: «ديمتري بيسكوف» finds the articles that only say «بيسكوف», exactly as «بيسكوف» does.
* The FTS table is contentless (the text lives in ``articles``) with ``detail=column`` (no positions), which
  keeps the index small. A contentless table cannot delete rows without their old text, so ``search_docs``
  maps index rows to articles: a revised article gets a new index row and its old one is orphaned (ignored by
  every query, dropped by :func:`rebuild`). Re-analysis of unchanged text touches nothing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.model import Article
from marsad.text.lexmatch import PROCLITICS, SUFFIXES
from marsad.text.normalize import match_key
from marsad.text.tokenize import ARABIC_LETTERS, WORD_CHARS

__all__ = [
    "SCHEMA",
    "SearchQuery",
    "has_search_index",
    "index_article",
    "index_text",
    "parse_query",
    "rebuild",
    "SEARCH_SQL",
    "word_variants",
    "hit_spans",
]

SCHEMA = """
CREATE VIRTUAL TABLE search_fts USING fts5(
    forms, stems, content='', detail=column, columnsize=0, tokenize='ascii'
);
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'col');
-- AUTOINCREMENT: an orphaned index row's docid is never given to another article
CREATE TABLE search_docs (
    docid        INTEGER PRIMARY KEY AUTOINCREMENT,
    seq          INTEGER NOT NULL UNIQUE,
    content_hash TEXT NOT NULL
);
"""

_WORD = re.compile(rf"[{WORD_CHARS}0-9]+")
_ARABIC = re.compile(f"[{ARABIC_LETTERS}]")
# proclitic sequences, longest first; «لل» also stands for ل + ال (the alef of the article is elided)
_PREFIXES = tuple(sorted((p for p in PROCLITICS if p), key=len, reverse=True))
_LAM_LAM = ("ولل", "فلل", "لل")
# one-letter suffixes (ي، ك) are left out: they cannot be told from a nisba or a root letter
_SUFFIXES = tuple(sorted((s for s in SUFFIXES if len(s) >= 2), key=len, reverse=True))
_MIN_STEM = 2
_MIN_SUFFIX_STEM = 3
MAX_QUERY_WORDS = 32


def _strip_suffixes(stem: str, out: set[str]) -> None:
    for s in _SUFFIXES:
        if stem.endswith(s) and len(stem) - len(s) >= _MIN_SUFFIX_STEM:
            out.add(stem[: -len(s)])


@lru_cache(maxsize=262_144)
def word_variants(word: str) -> frozenset[str]:
    """The word (match-key form) and every form of it with proclitics and/or pronoun suffixes stripped."""
    out = {word}
    if not _ARABIC.match(word):
        return frozenset(out)
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _MIN_STEM:
            out.add(word[len(p) :])
            if p in _LAM_LAM:
                out.add("ال" + word[len(p) :])
    for stem in list(out):
        _strip_suffixes(stem, out)
    return frozenset(out)


def words(key_text: str) -> list[str]:
    """Words of match-key text (letters and digit runs), lower-cased for Latin script."""
    return [w.lower() for w in _WORD.findall(key_text)]


def index_text(key_text: str) -> tuple[str, str]:
    """``(forms, stems)`` columns for one article's match-key text: its distinct words, and their variants."""
    forms = set(words(key_text))
    stems: set[str] = set()
    for w in forms:
        v = word_variants(w)
        if len(v) > 1:
            stems.update(v)
    stems -= forms
    return " ".join(sorted(forms)), " ".join(sorted(stems))


def has_search_index(conn: sqlite3.Connection) -> bool:
    """Whether this database has the search tables (a store opened by code older than schema version 2
    does not)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_docs'").fetchone()
        is not None
    )


def index_article(conn: sqlite3.Connection, article: Article, seq: int | None = None) -> bool:
    """Index (or re-index) one stored article; True if the index changed. Runs inside the caller's write."""
    if seq is None:
        r = conn.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
        if r is None:
            return False
        seq = r[0]
    r = conn.execute("SELECT docid, content_hash FROM search_docs WHERE seq = ?", (seq,)).fetchone()
    if r is not None:
        if r[1] == article.content_hash:
            return False
        conn.execute("DELETE FROM search_docs WHERE docid = ?", (r[0],))  # the old index row is orphaned
    forms, stems = index_text(article.norm.text)
    docid = conn.execute(
        "INSERT INTO search_docs (seq, content_hash) VALUES (?, ?)", (seq, article.content_hash)
    ).lastrowid
    conn.execute("INSERT INTO search_fts (rowid, forms, stems) VALUES (?, ?, ?)", (docid, forms, stems))
    return True


def rebuild(conn: sqlite3.Connection, articles: Iterable[tuple[int, Article]] | None = None) -> int:
    """Drop and rebuild the whole index (inside the caller's transaction); returns the articles indexed.

    ``articles`` yields ``(seq, article)``; by default every stored article is decoded from ``articles``.
    """
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_docs")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'search_docs'")
    n = 0
    for seq, a in articles if articles is not None else _stored(conn):
        index_article(conn, a, seq)
        n += 1
    return n


def _stored(conn: sqlite3.Connection) -> Iterable[tuple[int, Article]]:
    """Every stored article with its text as analyzed (boilerplate blanked), read in chunks."""
    import json

    from marsad.model import Span
    from marsad.store.codec import blank_removed

    last = 0
    while True:
        rows = conn.execute(
            "SELECT seq, id, original, analysis, content_hash FROM articles WHERE seq > ? ORDER BY seq LIMIT 256",
            (last,),
        ).fetchall()
        if not rows:
            return
        for seq, aid, original, analysis, chash in rows:
            d = json.loads(analysis)
            text = d.get("text")
            if not isinstance(text, str) or len(text) != len(original):
                removed = [Span(s[0], s[1]) for s in d.get("removed") or []]
                text = blank_removed(original, removed)
            yield seq, Article(id=aid, original=original, text=text, content_hash=chash)
        last = rows[-1][0]


# --- queries ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SearchQuery:
    """A parsed query: ``groups`` are ANDed; each group is an OR of alternatives; an alternative is an AND of
    words. ``actors`` names the known actors whose names were expanded; ``words`` the query's words."""

    text: str
    words: list[str] = field(default_factory=list)
    groups: list[list[list[str]]] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.groups

    def fts(self) -> str:
        """The FTS5 MATCH expression (every word a quoted string: no query syntax reaches FTS5)."""

        def alt(ws: list[str]) -> str:
            return " AND ".join(f'"{w}"' for w in ws) if len(ws) > 1 else f'"{ws[0]}"'

        parts = []
        for g in self.groups:
            alts = [alt(a) for a in g]
            parts.append("(" + " OR ".join(f"({a})" if " AND " in a else a for a in alts) + ")")
        return " AND ".join(parts)

    def terms(self) -> frozenset[str]:
        """Every word any alternative searches (for highlighting hits in a text)."""
        return frozenset(w for g in self.groups for a in g for w in a)


def _attested(conn: sqlite3.Connection, word: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM search_vocab WHERE term = ? AND col = 'forms' LIMIT 1", (word,)).fetchone()
        is not None
    )


def _minimal(alternatives: list[list[str]]) -> list[list[str]]:
    """Drop alternatives implied by a shorter one («ديمتري بيسكوف» when «بيسكوف» is an alternative too)."""
    sets = sorted({tuple(dict.fromkeys(a)) for a in alternatives if a}, key=lambda a: (len(a), a))
    kept: list[tuple[str, ...]] = []
    for a in sets:
        if not any(set(k) <= set(a) for k in kept):
            kept.append(a)
    return [list(k) for k in kept]


def _actor_names(key_text: str) -> list[tuple[int, int, str, list[str]]]:
    """Known actors named in the query: ``(start, end, canonical name, Arabic names)`` over key text."""
    try:
        from marsad.kb import load_kb

        kb = load_kb()
    except Exception:  # the knowledge base is optional for search: plain word search still works
        return []
    out = []
    for m in kb.matcher.find(key_text):
        entry = m.value
        if getattr(entry, "kind", None) != "name":
            continue
        for aid in entry.ids:
            actor = kb.get(aid)
            if actor is None or actor.kind not in ("person", "organization"):
                continue
            out.append((m.start, m.end, actor.name, list(actor.arabic)))
    return out


def parse_query(conn: sqlite3.Connection, text: str) -> SearchQuery:
    """Parse a user query into FTS groups (see the module docstring); at most ``MAX_QUERY_WORDS`` words."""
    key = " ".join(match_key(text).split())
    q = SearchQuery(text=text)
    spans = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(key)][:MAX_QUERY_WORDS]
    q.words = [w for _, _, w in spans]
    covered: set[int] = set()
    by_range: dict[tuple[int, int], list[list[str]]] = {}
    for start, end, name, arabic in _actor_names(key):
        idx = [i for i, (s, e, _) in enumerate(spans) if s < end and start < e]
        if not idx:
            continue
        alts = [words(match_key(n)) for n in arabic] + [[w for _, _, w in spans[idx[0] : idx[-1] + 1]]]
        by_range.setdefault((idx[0], idx[-1]), []).extend(alts)
        if name not in q.actors:
            q.actors.append(name)
    for (i0, i1), alts in sorted(by_range.items()):
        if any(i in covered for i in range(i0, i1 + 1)):
            continue
        covered.update(range(i0, i1 + 1))
        q.groups.append(_minimal(alts))
    for i, (_, _, w) in enumerate(spans):
        if i in covered:
            continue
        alts = [[w]]
        for v in sorted(word_variants(w) - {w}, key=lambda v: (-len(v), v)):
            if _attested(conn, v):
                alts.append([v])
        q.groups.append(alts)
    return q


# SQL selecting the ``seq`` of matching articles; bind ``SearchQuery.fts()`` as its one parameter.
SEARCH_SQL = (
    "SELECT d.seq FROM search_fts JOIN search_docs d ON d.docid = search_fts.rowid WHERE search_fts MATCH ?"
)


def hit_spans(article_key: str, query: SearchQuery, limit: int = 50) -> list[tuple[int, int]]:
    """Spans of match-key text whose word (or one of its clitic-stripped forms) is a query term."""
    terms = query.terms()
    out = []
    for m in _WORD.finditer(article_key):
        w = m.group().lower()
        if w in terms or not terms.isdisjoint(word_variants(w)):
            out.append((m.start(), m.end()))
            if len(out) >= limit:
                break
    return out
