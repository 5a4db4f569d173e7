"""Connections to a quotes database, for the commands and plugins that read one.

Nothing here imports spaCy or the extraction rules: reading, citing, clustering and serving
a database start without them. Opening a database for writing (shaped and migrated) is
:func:`quotes.store.open_db`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_readonly(db_path: str | Path) -> sqlite3.Connection:
    """A read-only connection to ``db_path`` (an ingest may be writing it meanwhile)."""
    return sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)


def search_index_pending(conn: sqlite3.Connection) -> bool:
    """Whether quotes are stored that full-text search cannot find yet.

    A first ingest builds the search index once, at its end (its triggers are missing until
    then): while it runs, or after it was killed until the next ingest rebuilds the index,
    search finds nothing.
    """
    (pending,) = conn.execute(
        "select exists (select 1 from sqlite_master where type = 'table' and name = 'quotes') "
        "and not exists (select 1 from sqlite_master where type = 'trigger' and name = 'quotes_ai')").fetchone()
    return bool(pending) and conn.execute("select 1 from quotes limit 1").fetchone() is not None
