"""Ordered schema migrations: ``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``.

Version 0 is an empty file. To change the schema, add a module ``mNNNN_<what>.py`` with an
``upgrade(conn)`` function and append it here; :class:`~marsad.store.Store` runs each pending step in its own
transaction and records the new version (``PRAGMA user_version`` and ``meta.schema_version``) in the same
transaction, so a failed step leaves the file at the previous version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from marsad.store.migrations import m0001_initial, m0002_search, m0003_event_facts, m0004_quote_search, m0005_links

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = [
    m0001_initial.upgrade,
    m0002_search.upgrade,
    m0003_event_facts.upgrade,
    m0004_quote_search.upgrade,
    m0005_links.upgrade,
]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute ``script`` statement by statement inside the caller's transaction.

    ``Connection.executescript`` would commit first, breaking the one-transaction-per-step rule.
    """
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                conn.execute(buf)
            buf = ""
    rest = [ln for ln in buf.splitlines() if ln.strip() and not ln.strip().startswith("--")]
    if rest:
        raise ValueError(f"incomplete SQL statement in migration: {buf.strip()[:80]}")
