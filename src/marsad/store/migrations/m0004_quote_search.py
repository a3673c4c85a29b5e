"""Schema version 4: full-text search over quotes (each quote's own words, normalized like articles: see
:mod:`marsad.store.search`), so a quote search does not have to re-read every quote of every matching article.

``quote_docs`` maps index rows to quotes (article ``seq`` + ordinal); a quote whose words change gets a new
index row and its old one is orphaned, as for articles.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE VIRTUAL TABLE quote_fts USING fts5(
    forms, stems, content='', detail=none, columnsize=0, tokenize='ascii'
);
CREATE TABLE quote_docs (
    docid     INTEGER PRIMARY KEY AUTOINCREMENT,
    seq       INTEGER NOT NULL,
    ord       INTEGER NOT NULL,
    text_hash TEXT NOT NULL,
    UNIQUE (seq, ord)
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from marsad.store import search
    from marsad.store.migrations import run_script

    run_script(conn, SCHEMA)
    search.rebuild_quotes(conn)
