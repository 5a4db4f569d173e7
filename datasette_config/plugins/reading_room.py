"""The reading room: citation SQL functions, a quote page's citations, links, and no writes.

Loaded by Datasette from ``datasette_config/plugins/`` (see ``quotes.publish``).
"""

import sqlite3
from urllib.parse import parse_qs, urlencode

import markupsafe
from datasette import hookimpl
from datasette.utils import tilde_decode, urlsafe_components

from quotes.cite import STYLES, citations, quote_by_id, register_sql_functions, web_url
from quotes.reading import list_text

# Read the database file through memory-mapped I/O, up to this many bytes (SQLite caps it at
# its compile-time limit, 2 GB by default). Pages come straight from the operating system's file
# cache instead of a read() each into a connection's 2 MB page cache: on a million quotes a
# search's statements (tens of thousands of rows looked up by rowid, seven times) take about 30%
# less time, a whole-table facet's walk of its index 5-10% less. Nothing is kept beyond the file.
MMAP_BYTES = 2**31
# What one query may hold: a value (no article is over 10 MB) and all of SQLite's memory in the
# process (a setting of the whole process, which serves nothing else). A query past either
# fails with an error instead of taking the server's memory.
MAX_VALUE_BYTES = 64 * 2**20
HEAP_LIMIT_BYTES = 2**30


@hookimpl
def prepare_connection(conn, database, datasette):
    """Add ``quote_citation()`` and ``fts_phrase()``; make file databases query-only and memory-mapped.

    Datasette already reads through ``mode=ro``; ``query_only`` also shuts its write
    connection, so no plugin or query can change the data while ``quotes ingest`` writes.
    """
    register_sql_functions(conn)
    if hasattr(conn, "setlimit"):  # Python 3.11+
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute(f"PRAGMA hard_heap_limit = {HEAP_LIMIT_BYTES}")
    db = datasette.databases.get(database)
    if db is not None and db.path:
        conn.execute("PRAGMA query_only = 1")
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On a quote's own page, its citation in every style."""
    if view_name != "row" or table != "quotes" or request is None:
        return {}

    async def inner():
        pks = urlsafe_components(request.url_vars["pks"])
        quote = await datasette.get_database(database).execute_fn(lambda conn: quote_by_id(conn, pks[0]))
        return {"quote_citations": citations(quote) if quote else None,
                "citation_labels": {s.name: s.label for s in STYLES.values()}}

    return inner


@hookimpl(tryfirst=True)
def render_cell(row, value, column, table, database, datasette):
    """Links the project makes, and no markup from the articles.

    In canned queries a ``quote_id`` cell is an "open" link to that quote's page (its paragraph and
    citations), and
    an ``article`` cell to the row's ``url`` where that is http(s). Any other cell is text:
    one shaped like JSON is shown as written, before a plugin that renders JSON as HTML
    (datasette-json-html) could make a saved page's ``{"href": …}`` title or site name a link
    or an image.
    """
    if table is None and column == "quote_id" and isinstance(value, str):
        url = datasette.urls.row(database, "quotes", value)
        return markupsafe.Markup('<a class="quote-page-link" href="{}">open</a>').format(url)
    if table is None and column == "article" and value and "url" in row.keys() and web_url(row["url"]):
        return markupsafe.Markup('<a href="{}">{}</a>').format(web_url(row["url"]), value)
    if table == "speakers" and column in ("aliases", "roles") and isinstance(value, str):
        return markupsafe.escape(list_text(value)) or markupsafe.Markup("&nbsp;")  # an empty list shows nothing
    if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        return markupsafe.escape(value)
    return None


@hookimpl
def asgi_wrapper(datasette):
    """Answer what cannot be served with a 4xx, mend search boxes, and stream whole-table CSV
    exports in primary-key order.

    Nothing on the site takes a POST (it is read-only): one is a 405, not Datasette's 500. A
    sort by a column the table does not have is a 400, not a 500. A search with an unpaired
    double quote, an FTS5 syntax error, searches for its words instead, and a blank one (a search box
    submitted empty) searches nothing, showing every row.

    Datasette 0.65 sorts a table's first page by the sort column alone and later pages by
    that column then the primary key, so a page break inside a run of equal values (quotes
    of the same day, "newest first") drops or repeats rows; ``_stream=on`` pages through
    the whole table that way. Unless the request asks for a sort, export by primary key.
    """

    def wrap(app):
        async def sorted_streams(scope, receive, send):
            if scope["type"] == "http" and scope.get("method", "GET") not in ("GET", "HEAD", "OPTIONS"):
                return await _refuse(send, 405, "This site is read-only: it answers GET requests only.")
            if scope["type"] == "http":
                args = parse_qs(scope.get("query_string", b"").decode(), keep_blank_values=True)
                for key in ("_sort", "_sort_desc"):
                    if key in args and not await _has_column(datasette, scope["path"], args[key][0]):
                        return await _refuse(send, 400,
                                             f"Cannot sort by {args[key][0]!r}: the table has no such column.")
                searches = args.get("_search", [])
                if any(value.count('"') % 2 or not value.strip() for value in searches):
                    args["_search"] = [v
                                       for v in (value.replace('"', " ").strip()
                                                 if value.count('"') % 2 else value.strip()
                                                   for value in searches) if v]
                    scope = dict(scope, query_string=urlencode(args, doseq=True).encode())
            if scope["type"] == "http" and scope["path"].endswith(".csv"):
                args = parse_qs(scope.get("query_string", b"").decode())
                if "_stream" in args and not {"_sort", "_sort_desc"} & args.keys():
                    pk = await _single_primary_key(datasette, scope["path"])
                    if pk:
                        query = scope["query_string"] + f"&_sort={pk}".encode()
                        scope = dict(scope, query_string=query)
            await app(scope, receive, send)

        return sorted_streams

    return wrap


async def _refuse(send, status, message):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD")]})
    await send({"type": "http.response.body", "body": message.encode()})


async def _has_column(datasette, path, column):
    """Whether the table at /database/table(.json|.csv) has ``column`` (True for any other page)."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] not in datasette.databases:
        return True
    db, table = datasette.databases[parts[0]], tilde_decode(parts[1].rsplit(".", 1)[0]
                                                            if parts[1].endswith((".json", ".csv")) else parts[1])
    if not await db.table_exists(table):
        return True
    return column in await db.table_columns(table)


async def _single_primary_key(datasette, path):
    """The primary key of the table at /database/table.csv, when it has exactly one."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] not in datasette.databases:
        return None
    db, table = datasette.databases[parts[0]], tilde_decode(parts[1][: -len(".csv")])
    if not await db.table_exists(table):
        return None
    pks = await db.primary_keys(table)
    return pks[0] if len(pks) == 1 else None
