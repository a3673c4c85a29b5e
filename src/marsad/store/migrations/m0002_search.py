"""Schema version 2: the Arabic full-text search index (see :mod:`marsad.store.search`) and the indexes the
API's filters use.

Articles stored before this version are indexed here, in the migration's transaction.
"""

from __future__ import annotations

import sqlite3

INDEXES = """
CREATE INDEX mentions_name ON mentions(name) WHERE name IS NOT NULL;
CREATE INDEX event_actors_country ON event_actors(country) WHERE country IS NOT NULL;
CREATE INDEX event_actors_actor_id ON event_actors(actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX events_local_id ON events(local_id) WHERE event_id IS NULL;
"""


def upgrade(conn: sqlite3.Connection) -> None:
    from marsad.store import search
    from marsad.store.migrations import run_script

    run_script(conn, search.SCHEMA)
    run_script(conn, INDEXES)
    search.rebuild(conn)
