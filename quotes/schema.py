"""The database schema, versioned: a list of steps, each applied once, in order.

A database records in ``PRAGMA user_version`` how many of :data:`MIGRATIONS` it has had.
:func:`migrate` applies the ones it lacks in a single write transaction, so opening a
database made by an older release upgrades it in place, whole or not at all, and two
processes opening it at once upgrade it once. A database from a newer release (more steps
than this one knows) is refused rather than written with an older idea of its shape.

Databases made before the schema was versioned (release 0.1.0 and earlier) have version 0
and may have any earlier shape; the first steps therefore look before they change
anything. Every later step can rely on the steps before it.

Full-text search over quotes is the project's own: an FTS5 table kept up to date by the
triggers of :func:`search_triggers` (not sqlite-utils' own, which would rewrite a quote's
search entry each time its cluster or speaker id is set). A step creates them; a first load
sets them and the indexes aside while it writes (:func:`quotes.store._indexed_at_the_end`),
so :func:`quotes.store.ensure_db_shape` puts back any that are missing (:func:`ensure_search`)
every time a database is opened for writing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import sqlite_utils
from sqlite_utils.db import ForeignKey


class SchemaError(Exception):
    """A database this release cannot upgrade or should not write."""


class Migration(NamedTuple):
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _articles_speakers_quotes(db: sqlite_utils.Database) -> None:
    """The three tables of release 0.1.0; databases from before it get its two later article columns."""
    if "articles" not in db.table_names():
        db.table("articles").create(
            {"id": str, "key": str, "doc": str, "title": str, "source": str, "url": str, "published": str,
             "author": str, "path": str, "text": str, "content_hash": str, "raw_hash": str, "model": str,
             "quote_count": int},
            pk="id",
        )
    for column in ("raw_hash", "model"):
        if column not in db.table("articles").columns_dict:
            db.table("articles").add_column(column, str)
    if "speakers" not in db.table_names():
        db.table("speakers").create(
            {"id": str, "name": str, "type": str, "aliases": str, "roles": str, "quote_count": int,
             "article_count": int, "first_seen": str, "last_seen": str, "wikidata_id": str},
            pk="id",
        )
    if "quotes" not in db.table_names():
        db.table("quotes").create(
            {"id": str, "article_id": str, "text": str, "start": int, "end": int, "kind": str, "cue": str,
             "speaker_id": str, "speaker_name": str, "speaker_mention": str, "speaker_start": int,
             "speaker_end": int, "speaker_type": str, "mention_kind": str, "role": str, "confidence": float,
             "sieve": str, "source": str, "published": str},
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")],
        )


def _quote_clusters(db: sqlite_utils.Database) -> None:
    """``quote_clusters`` and ``quotes.cluster_id`` (0.1.0 made them at the first clustering)."""
    if "quote_clusters" not in db.table_names():
        db.table("quote_clusters").create(
            {"id": str, "speaker_id": str, "canonical_text": str, "quote_count": int, "sources_count": int,
             "first_seen": str, "first_source": str, "first_article_id": str},
            pk="id",
            # A speaker is deleted once an ingest leaves it without quotes, so without clusters too.
            foreign_keys=[ForeignKey("quote_clusters", "speaker_id", "speakers", "id", on_delete="CASCADE"),
                          ForeignKey("quote_clusters", "first_article_id", "articles", "id", on_delete="SET NULL")],
        )
        db.table("quote_clusters").create_index(["sources_count"], if_not_exists=True)
    if "cluster_id" not in db.table("quotes").columns_dict:
        # Not add_column(fk=...): that rebuilds the table, dropping the full-text triggers.
        db.execute("alter table quotes add column cluster_id text references quote_clusters(id)")


def _date_index_replaced(db: sqlite_utils.Database) -> None:
    """The index on date(published) alone gave way to idx_quotes_published_day (date and published)."""
    db.execute("drop index if exists idx_quotes_published_date")


def _article_extractor(db: sqlite_utils.Database) -> None:
    """``articles.extractor``: the version of the rules that extracted the article's quotes
    (:data:`quotes.extractor.EXTRACTOR_VERSION`); empty for articles stored before it was kept."""
    db.execute("alter table articles add column extractor text")


# The quote columns full-text search finds words in.
FTS_COLUMNS = ("text", "speaker_name", "speaker_mention")


def search_triggers(table: str = "quotes", columns: tuple[str, ...] = FTS_COLUMNS) -> dict[str, str]:
    """The triggers that keep ``{table}_fts`` in step with ``table``, by name: an insert adds
    the row's entry, a delete removes it, and an update of a searched column replaces it
    (an update of any other column leaves it alone)."""
    fts = f"{table}_fts"
    names = ", ".join(f"[{c}]" for c in columns)
    add = f"insert into [{fts}] (rowid, {names}) values (new.rowid, {', '.join(f'new.[{c}]' for c in columns)});"
    remove = (f"insert into [{fts}] ([{fts}], rowid, {names}) "
              f"values ('delete', old.rowid, {', '.join(f'old.[{c}]' for c in columns)});")
    return {
        f"{table}_ai": f"CREATE TRIGGER [{table}_ai] after insert on [{table}] begin {add} end",
        f"{table}_ad": f"CREATE TRIGGER [{table}_ad] after delete on [{table}] begin {remove} end",
        f"{table}_au": f"CREATE TRIGGER [{table}_au] after update of {', '.join(columns)} on [{table}] "
                       f"begin {remove} {add} end",
    }


def ensure_search(db: sqlite_utils.Database) -> None:
    """Create full-text search over quotes, or put back its missing triggers; call it outside
    a transaction (creating the index runs a script, which commits).

    Where the index and every trigger are in place, this reads the schema and changes nothing.
    Where a trigger is missing (a first ingest killed before its end), the rows written
    meanwhile are not in the index: it is rebuilt from them.
    """
    triggers = search_triggers()
    missing = [name for name in triggers if name not in _trigger_names(db)]
    exists = db.table("quotes_fts").exists()
    if exists and not missing:
        return
    if not exists:
        db.table("quotes").enable_fts(list(FTS_COLUMNS), create_triggers=False)  # indexes the rows there
    with db.atomic():
        if exists:
            db.execute("insert into [quotes_fts]([quotes_fts]) values ('rebuild')")
        for name in missing:
            db.execute(triggers[name])


def _trigger_names(db: sqlite_utils.Database) -> set[str]:
    return {name for (name,) in db.execute("select name from sqlite_master where type = 'trigger'")}


def _search_triggers(db: sqlite_utils.Database) -> None:
    """The project's full-text triggers (:func:`search_triggers`) in place of those sqlite-utils
    wrote. Where search or a trigger is missing, :func:`ensure_search` makes them after the
    steps (with the index rebuilt where a trigger was missing)."""
    triggers = search_triggers()
    complete = db.table("quotes_fts").exists() and set(triggers) <= _trigger_names(db)
    for name, sql in triggers.items():
        db.execute(f"drop trigger if exists [{name}]")
        if complete:
            db.execute(sql)


MIGRATIONS: list[Migration] = [
    Migration("articles, speakers and quotes", _articles_speakers_quotes),
    Migration("quote clusters", _quote_clusters),
    Migration("date index on published replaced", _date_index_replaced),
    Migration("articles.extractor", _article_extractor),
    Migration("full-text search triggers of the project's own", _search_triggers),
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    """How many of :data:`MIGRATIONS` the database has had."""
    return db.execute("pragma user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the steps the database lacks, in one transaction; return their names.

    Raises :class:`SchemaError` for a database of a newer release. A database already at
    :data:`SCHEMA_VERSION` costs one read of its header.
    """
    if schema_version(db) == SCHEMA_VERSION:
        return []
    _refuse_newer(schema_version(db))
    if db.conn.in_transaction:
        raise SchemaError("cannot upgrade the schema inside an open transaction")
    db.conn.execute("begin immediate")  # the write lock first: another process upgrading meanwhile waits
    try:
        version = schema_version(db)  # read again under the lock
        _refuse_newer(version)
        applied = []
        for step in MIGRATIONS[version:]:
            step.apply(db)
            applied.append(step.name)
        db.execute(f"pragma user_version = {SCHEMA_VERSION}")
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
    return applied


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaError(f"its schema (version {version}) is newer than this release of quotes knows "
                          f"(version {SCHEMA_VERSION}): upgrade quotes to write it")
