"""Counts kept until the database changes: a table's row count and its facets' counts.

On a million quotes the quotes table's page spends most of its time counting: ``count(*)`` of the
rows shown and a grouped count for each of its five facets, each a walk of a whole index (or,
for a search, of every matching row, looked up by rowid). The answer only changes when the
database does, so each counting statement's result is kept, keyed by the statement and its
parameters, and used again until SQLite says the file changed.

"Changed" is ``PRAGMA data_version`` on a connection of this plugin's own, opened read-only and
only ever asked that: its value moves whenever any other connection, in this process or another
(``quotes ingest``, a script with sqlite-utils), commits to the file, in WAL or rollback mode.
Asked before each counting statement (microseconds), a new value empties that database's kept
counts, so the page after an ingest counts afresh and shows the new rows. The value is read
before the statement runs, so a count that raced a commit is kept under the older value and
dropped at the next request.

What is counted is Datasette's own SQL, unchanged: a statement whose select list, before its
first ``from``, has ``count(*)`` (the table count, the column, date and lemma facets, the row
page's counts of linked rows, the home page's table counts). Statements a visitor writes
(``?sql=``) are never kept: they may call ``random()`` or ``date('now')``. At most
``MAX_KEPT`` results are kept per database, the least recently used dropped first; a statement
stopped by the time limit is not kept.
"""

import contextvars
import re
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path
from urllib.parse import parse_qs

from datasette import hookimpl

MAX_KEPT = 512

_COUNTING = re.compile(r"\s*select\b(?:(?!\bfrom\b).)*?\bcount\(\*\)", re.S | re.I)
# Whether the request being served runs SQL its visitor wrote (?sql=): never kept.
_VISITOR_SQL = contextvars.ContextVar("visitor_sql", default=False)


def is_counting(sql):
    """Whether ``sql`` is a count of the kind kept: ``count(*)`` in its select list."""
    return bool(_COUNTING.match(sql))


class DataVersion:
    """``PRAGMA data_version`` of one database file, read on a connection used for nothing else."""

    def __init__(self, path):
        self._conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._conn.execute("PRAGMA query_only = 1")
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]


class CountCache:
    """The kept counting results of one database, dropped when its data version moves."""

    def __init__(self, version):
        self.version = version
        self.seen = None
        self.kept = OrderedDict()

    def current(self):
        """The data version now, emptying the cache if it moved."""
        now = self.version()
        if now != self.seen:
            self.kept.clear()
            self.seen = now
        return now

    def get(self, key):
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        return found

    def put(self, version, key, results):
        if version != self.seen:  # the file changed while counting: keep nothing
            return
        self.kept[key] = results
        self.kept.move_to_end(key)
        while len(self.kept) > MAX_KEPT:
            self.kept.popitem(last=False)


def _frozen(params):
    if params is None:
        return None
    if isinstance(params, dict):
        return tuple(sorted((k, repr(v)) for k, v in params.items()))
    return tuple(repr(v) for v in params)


def keep_counts(db):
    """Wrap ``db.execute`` (a Datasette ``Database`` on a file) so counting statements are kept."""
    if getattr(db, "count_cache", None) is not None or db.is_memory or not db.path:
        return
    cache = db.count_cache = CountCache(DataVersion(db.path))
    execute = db.execute

    async def execute_keeping_counts(sql, params=None, truncate=False, custom_time_limit=None, page_size=None,
                                     log_sql_errors=True):
        if _VISITOR_SQL.get() or not is_counting(sql):
            return await execute(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                                 page_size=page_size, log_sql_errors=log_sql_errors)
        key = (sql, _frozen(params), truncate, page_size)
        version = cache.current()
        results = cache.get(key)
        if results is None:
            results = await execute(sql, params, truncate=truncate, custom_time_limit=custom_time_limit,
                                    page_size=page_size, log_sql_errors=log_sql_errors)
            cache.put(version, key, results)
        return results

    db.execute = execute_keeping_counts


@hookimpl
def startup(datasette):
    for db in datasette.databases.values():
        keep_counts(db)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def marking_visitor_sql(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            for db in datasette.databases.values():  # also a database added after start-up
                keep_counts(db)
            args = parse_qs(scope.get("query_string", b"").decode(errors="replace"))
            token = _VISITOR_SQL.set("sql" in args)
            try:
                await app(scope, receive, send)
            finally:
                _VISITOR_SQL.reset(token)

        return marking_visitor_sql

    return wrap
