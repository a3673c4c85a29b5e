"""Schema version 1: articles with their analysis, normalized query tables, stories, revisions, counters.

``articles.analysis`` is the codec's JSON of the article without the fields that have their own column
(original, content_hash, published, outlet, agency, url, source_path, story, duplicate_of). The normalized
tables (events, event_actors, mentions, times, quotes) are derived from it and rewritten by every put.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE counters (
    kind  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);

-- seq is the rowid (insertion order, stable, never changes on update); id is the natural key.
CREATE TABLE articles (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    content_hash     TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    published        TEXT,
    outlet           TEXT,
    agency           TEXT,
    url              TEXT,
    source_path      TEXT,
    headline         TEXT NOT NULL DEFAULT '',
    story            TEXT,
    duplicate_of     TEXT,
    original         TEXT NOT NULL,
    analysis         TEXT NOT NULL,
    created          TEXT NOT NULL,
    updated          TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_published ON articles(published);

-- Every earlier version of a revised article: its original text and its analysis, never dropped.
CREATE TABLE revisions (
    rev              INTEGER PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles(id),
    content_hash     TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    original         TEXT NOT NULL,
    analysis         TEXT NOT NULL,
    stored           TEXT NOT NULL,
    replaced         TEXT NOT NULL
);
CREATE INDEX revisions_article ON revisions(article_id);

-- The normalized tables are clustered by article (WITHOUT ROWID, primary key article_id + ordinal): one
-- b-tree each, and an article's rows are contiguous for reading and rewriting.
CREATE TABLE events (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    local_id     TEXT,
    event_id     TEXT,
    type         TEXT NOT NULL,
    date         TEXT,
    time         TEXT,
    status       TEXT NOT NULL,
    location     TEXT,
    initiator    TEXT,
    cameo        TEXT,
    plover       TEXT,
    trigger      TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '[]',
    source       TEXT NOT NULL DEFAULT '[]',
    target       TEXT NOT NULL DEFAULT '[]',
    evidence     TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX events_event_id ON events(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX events_type_date ON events(type, date);

-- One row per event argument; (article_id, ord) is the event row.
CREATE TABLE event_actors (
    article_id TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('participant', 'source', 'target')),
    pos        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    country    TEXT,
    kind       TEXT NOT NULL,
    actor_id   TEXT,
    PRIMARY KEY (article_id, ord, role, pos),
    FOREIGN KEY (article_id, ord) REFERENCES events(article_id, ord) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX event_actors_name ON event_actors(name);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    name       TEXT,
    kind       TEXT,
    country    TEXT,
    form       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    speaker    TEXT,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    cue        TEXT NOT NULL DEFAULT '',
    cue_start  INTEGER,
    cue_end    INTEGER,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT,
    kind       TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;

CREATE TABLE stories (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    first         TEXT,
    last          TEXT,
    article_count INTEGER NOT NULL DEFAULT 0
);

-- A merged story's old id keeps resolving: old_id -> new_id (chains are followed).
CREATE TABLE story_aliases (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from marsad.store.migrations import run_script

    run_script(conn, SCHEMA)
