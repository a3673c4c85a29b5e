"""Schema version 5: what story linking and event fusion keep between runs.

* ``link_features``: per article, the compact features linking needs (MinHash signature, containment
  fingerprints, term vector, actors, head events), computed once per article version (``version`` holds the
  features version, the pipeline version and the content hash), so that linking a large store never decodes
  its analyses again.
* ``event_sources``: per canonical event, the articles that report it, how many independent sources they
  are (syndication-aware), and where they disagree; rewritten by each linking run where it changed.
* ``story_links``: stories an article also reports besides its main one (roundups).
* ``duplicates``: how each duplicate article was recognized (exact, near, contained, title) and how
  similar it is to its original (``articles.duplicate_of`` is the link itself).
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE link_features (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    TEXT NOT NULL,
    day        INTEGER,
    minhash    BLOB NOT NULL,
    fps        BLOB NOT NULL,
    data       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX link_features_day ON link_features(day);

CREATE TABLE event_sources (
    event_id   TEXT PRIMARY KEY,
    n_articles INTEGER NOT NULL,
    n_sources  INTEGER NOT NULL,
    sources    TEXT NOT NULL,
    conflicts  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE story_links (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL,
    score      REAL NOT NULL,
    PRIMARY KEY (article_id, story_id)
) WITHOUT ROWID;
CREATE INDEX story_links_story ON story_links(story_id);

CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    score      REAL NOT NULL
) WITHOUT ROWID;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from marsad.store.migrations import run_script

    run_script(conn, SCHEMA)
