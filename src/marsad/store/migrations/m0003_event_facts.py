"""Schema version 3: ``event_facts``, a compact copy of what the event lists filter and sort on.

Why: the API lists canonical events by date under filters; joining ``events`` to the wide ``articles`` rows
(which hold the full text) and grouping them costs ~50 ms per request on a 30,000-article store. One narrow
row per event with its canonical key, its date bounds and its article's outlet and story, indexed for the
common filters, lets a list walk an index in date order and stop after one page.

The table is derived data kept in sync by triggers on ``events`` and ``articles``, so no writer has to know
about it: inserting, deleting or relinking an event (``event_id``), or changing an article's publication
date, outlet or story updates it in the same transaction.

* ``key``: the canonical event id, else the event's article-local id, else ``article_id#ord``.
* ``lo``/``hi``: the first and last day the event covers (its date, or its range ``A/B``; an undated event
  takes its article's publication date); ``hi`` carries a ``~`` suffix so that a partial date such as
  ``2021-06`` compares after every day of that month.
"""

from __future__ import annotations

import sqlite3

KEY = "coalesce({e}.event_id, {e}.local_id, {e}.article_id || '#' || {e}.ord)"
LO = (
    "CASE WHEN {e}.date IS NULL THEN {a}.published WHEN instr({e}.date, '/') > 0 "
    "THEN substr({e}.date, 1, instr({e}.date, '/') - 1) ELSE {e}.date END"
)
HI = (
    "(CASE WHEN {e}.date IS NULL THEN {a}.published WHEN instr({e}.date, '/') > 0 "
    "THEN substr({e}.date, instr({e}.date, '/') + 1) ELSE {e}.date END) || '~'"
)


def _facts_select(e: str, a: str) -> str:
    fmt = {"e": e, "a": a}
    return (
        f"SELECT {e}.article_id, {e}.ord, {a}.seq, {KEY.format(**fmt)}, {LO.format(**fmt)}, {HI.format(**fmt)}, "
        f"{e}.type, {e}.status, {a}.outlet, {a}.story"
    )


SCHEMA = f"""
CREATE TABLE event_facts (
    article_id TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    key        TEXT NOT NULL,
    lo         TEXT,
    hi         TEXT,
    type       TEXT NOT NULL,
    status     TEXT NOT NULL,
    outlet     TEXT,
    story      TEXT,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
-- (x, lo, key): walk one filter's events in date order; (x, key): count its distinct canonical events
CREATE INDEX event_facts_lo ON event_facts(lo, hi, key);
CREATE INDEX event_facts_type ON event_facts(type, lo, key);
CREATE INDEX event_facts_type_key ON event_facts(type, key);
CREATE INDEX event_facts_status ON event_facts(status, lo, key);
CREATE INDEX event_facts_status_key ON event_facts(status, key);
CREATE INDEX event_facts_outlet ON event_facts(outlet, lo, key);
CREATE INDEX event_facts_outlet_key ON event_facts(outlet, key);
CREATE INDEX event_facts_story ON event_facts(story, lo, key);
CREATE INDEX event_facts_key ON event_facts(key);
CREATE INDEX event_facts_seq ON event_facts(seq);

INSERT INTO event_facts (article_id, ord, seq, key, lo, hi, type, status, outlet, story)
{_facts_select("e", "a")} FROM events e JOIN articles a ON a.id = e.article_id;

CREATE TRIGGER event_facts_insert AFTER INSERT ON events BEGIN
    INSERT OR REPLACE INTO event_facts (article_id, ord, seq, key, lo, hi, type, status, outlet, story)
    {_facts_select("NEW", "a")} FROM articles a WHERE a.id = NEW.article_id;
END;

CREATE TRIGGER event_facts_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_facts WHERE article_id = OLD.article_id AND ord = OLD.ord;
END;

CREATE TRIGGER event_facts_update AFTER UPDATE OF event_id, local_id, date, type, status ON events BEGIN
    INSERT OR REPLACE INTO event_facts (article_id, ord, seq, key, lo, hi, type, status, outlet, story)
    {_facts_select("NEW", "a")} FROM articles a WHERE a.id = NEW.article_id;
END;

CREATE TRIGGER event_facts_article AFTER UPDATE OF published, outlet, story ON articles BEGIN
    UPDATE event_facts SET outlet = NEW.outlet, story = NEW.story,
        lo = (SELECT {LO.format(e="e", a="NEW")} FROM events e
              WHERE e.article_id = NEW.id AND e.ord = event_facts.ord),
        hi = (SELECT {HI.format(e="e", a="NEW")} FROM events e
              WHERE e.article_id = NEW.id AND e.ord = event_facts.ord)
    WHERE article_id = NEW.id;
END;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from marsad.store.migrations import run_script

    run_script(conn, SCHEMA)
