"""Tell the reading room's visitors when search cannot find every quote yet.

A first ingest builds the full-text index once, at its end; until then (or, if it was killed,
until the next ingest rebuilds it) a search finds nothing. Every page then says so, through
``templates/_description_source_license.html``.
"""

from datasette import hookimpl

from quotes.db import search_index_pending


@hookimpl
def extra_template_vars(database, datasette):
    async def inner():
        name = database or next(iter(datasette.databases), None)
        db = datasette.databases.get(name) if name else None
        if db is None or not db.path:
            return {"search_index_pending": False}
        return {"search_index_pending": await db.execute_fn(search_index_pending)}

    return inner
