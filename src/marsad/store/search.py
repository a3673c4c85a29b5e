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

import hashlib
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
    "rebuild_quotes",
    "QUOTE_SEARCH_SQL",
    "SEARCH_SQL",
    "word_variants",
    "hit_spans",
    "matches",
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
# proclitic sequences (و، ف، ب، ل، ك، ال and their combinations); «لل» also stands for ل + ال (the alef of the
# article is elided, as in «للرياض»)
_PREFIXES = frozenset(p for p in PROCLITICS if p)
_MAX_PREFIX = max(len(p) for p in _PREFIXES)
_LAM_LAM = frozenset({"ولل", "فلل", "لل"})
# one-letter suffixes (ي، ك) are left out: they cannot be told from a nisba or a root letter
_SUFFIXES = frozenset(s for s in SUFFIXES if len(s) >= 2)
_SUFFIX_LENS = sorted({len(s) for s in _SUFFIXES})
_MIN_STEM = 2
_MIN_SUFFIX_STEM = 3
MAX_QUERY_WORDS = 32


@lru_cache(maxsize=262_144)
def word_variants(word: str) -> frozenset[str]:
    """The word (match-key form) and every form of it with proclitics and/or pronoun suffixes stripped."""
    if not _ARABIC.match(word):
        return frozenset((word,))
    out = {word}
    for k in range(1, min(_MAX_PREFIX, len(word) - _MIN_STEM) + 1):
        p = word[:k]
        if p in _PREFIXES:
            out.add(word[k:])
            if p in _LAM_LAM:
                out.add("ال" + word[k:])
    for stem in list(out):
        for k in _SUFFIX_LENS:
            if len(stem) - k >= _MIN_SUFFIX_STEM and stem[-k:] in _SUFFIXES:
                out.add(stem[:-k])
    return frozenset(out)


def words(key_text: str) -> list[str]:
    """Words of match-key text (letters and digit runs), lower-cased for Latin script."""
    return [w.lower() for w in _WORD.findall(key_text)]


_EXTRA: dict[str, tuple[str, ...]] = {}  # word → its variants other than itself (a plain dict: hot path)
_EXTRA_MAX = 500_000


def _extra(word: str) -> tuple[str, ...]:
    if len(_EXTRA) >= _EXTRA_MAX:
        _EXTRA.clear()
    v = _EXTRA[word] = tuple(word_variants(word) - {word})
    return v


def index_text(key_text: str) -> tuple[str, str]:
    """``(forms, stems)`` columns for one article's match-key text: its distinct words, and the variants of
    those words that are not words of the text themselves (in no particular order; the FTS tokenizer folds
    Latin letter case)."""
    forms = set(_WORD.findall(key_text))
    stems: set[str] = set()
    get = _EXTRA.get
    for w in forms:
        v = get(w)
        if v is None:
            v = _extra(w)
        if v:
            stems.update(v)
    stems -= forms
    return " ".join(forms), " ".join(stems)


def has_search_index(conn: sqlite3.Connection) -> bool:
    """Whether this database has the search tables (a store opened by code older than schema version 2
    does not)."""
    return _has_table(conn, "search_docs")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def _has_quote_index(conn: sqlite3.Connection) -> bool:
    """Whether the quote index exists (schema version 4 on); asked per write (a few microseconds), since one
    process may hold stores of several versions."""
    return _has_table(conn, "quote_docs")


def index_article(conn: sqlite3.Connection, article: Article, seq: int | None = None) -> bool:
    """Index (or re-index) one stored article and its quotes; True if the index changed. Runs inside the
    caller's write. The text is indexed again only when it changed, a quote only when its words did."""
    if seq is None:
        r = conn.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
        if r is None:
            return False
        seq = r[0]
    changed = _index_text(conn, article, seq)
    if _has_quote_index(conn):
        changed = _index_quotes(conn, article, seq) or changed
    return changed


def _index_text(conn: sqlite3.Connection, article: Article, seq: int) -> bool:
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


def _quote_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _add_quote(conn: sqlite3.Connection, seq: int, ordinal: int, text: str, h: str) -> None:
    forms, stems = index_text(match_key(text))
    docid = conn.execute(
        "INSERT INTO quote_docs (seq, ord, text_hash) VALUES (?, ?, ?)", (seq, ordinal, h)
    ).lastrowid
    conn.execute("INSERT INTO quote_fts (rowid, forms, stems) VALUES (?, ?, ?)", (docid, forms, stems))


def _index_quotes(conn: sqlite3.Connection, article: Article, seq: int) -> bool:
    """Keep the quote index equal to the article's quotes (texts as the ``quotes`` table holds them)."""
    old = {o: (d, h) for d, o, h in conn.execute("SELECT docid, ord, text_hash FROM quote_docs WHERE seq = ?", (seq,))}
    orig = article.original
    new = {}
    for i, q in enumerate(article.quotes):
        text = q.text or orig[q.span.start : q.span.end]
        new[i] = (text, _quote_hash(text))
    changed = False
    for o, (docid, h) in old.items():
        if o not in new or new[o][1] != h:
            conn.execute("DELETE FROM quote_docs WHERE docid = ?", (docid,))  # orphans its index row
            changed = True
    for o, (text, h) in new.items():
        if o not in old or old[o][1] != h:
            _add_quote(conn, seq, o, text, h)
            changed = True
    return changed


def rebuild(conn: sqlite3.Connection, articles: Iterable[tuple[int, Article]] | None = None) -> int:
    """Drop and rebuild the whole index (inside the caller's transaction); returns the articles indexed.

    ``articles`` yields ``(seq, article)``; by default every stored article is decoded from ``articles`` (and
    the quote index, when there is one, is rebuilt from the ``quotes`` table).
    """
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_docs")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'search_docs'")
    quotes = _has_quote_index(conn)
    if quotes:
        rebuild_quotes(conn)
    n = 0
    for seq, a in articles if articles is not None else _stored(conn):
        _index_text(conn, a, seq)
        n += 1
    return n


def rebuild_quotes(conn: sqlite3.Connection) -> int:
    """Rebuild the quote index from the ``quotes`` table; returns the quotes indexed."""
    conn.execute("INSERT INTO quote_fts (quote_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM quote_docs")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'quote_docs'")
    rows = conn.execute(
        "SELECT a.seq, q.ord, q.text FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.seq, q.ord"
    ).fetchall()
    for seq, o, text in rows:
        _add_quote(conn, seq, o, text, _quote_hash(text))
    return len(rows)


def _stored(conn: sqlite3.Connection) -> Iterable[tuple[int, Article]]:
    """Every stored article with its text as analyzed (boilerplate blanked), read in chunks."""
    import json

    from marsad.model import Span
    from marsad.text.spans import blank

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
                text = blank(original, removed)
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
# SQL selecting ``(seq, ord)`` of the quotes whose own words match; bind ``SearchQuery.fts()``.
QUOTE_SEARCH_SQL = (
    "SELECT d.seq, d.ord FROM quote_fts JOIN quote_docs d ON d.docid = quote_fts.rowid WHERE quote_fts MATCH ?"
)


def _present(article_key: str) -> dict[str, list[tuple[int, int]]]:
    """Every searchable form of every word of a text → the spans of the words that have it."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(article_key):
        for v in word_variants(m.group().lower()):
            out.setdefault(v, []).append((m.start(), m.end()))
    return out


def _satisfied(query: SearchQuery, present: dict[str, list[tuple[int, int]]]) -> list[list[str]]:
    """The alternatives (of every group) whose words all occur in the text."""
    return [alt for g in query.groups for alt in g if all(w in present for w in alt)]


def matches(article_key: str, query: SearchQuery) -> bool:
    """Whether a text (match-key form) satisfies the query, as the index would answer for it."""
    present: set[str] = set()
    for w in set(_WORD.findall(article_key.lower())):
        present |= word_variants(w)
    return bool(query.groups) and all(any(all(w in present for w in alt) for alt in g) for g in query.groups)


def hit_spans(article_key: str, query: SearchQuery, limit: int = 50) -> list[tuple[int, int]]:
    """Spans of match-key text holding a word of a query alternative that the text satisfies (so the «في» of
    a multi-word name is marked only where the whole name's words occur)."""
    present = _present(article_key)
    words = {w for alt in _satisfied(query, present) for w in alt}
    spans = sorted({sp for w in words for sp in present.get(w, ())})
    return spans[:limit]
