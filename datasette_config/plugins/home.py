"""The home page's reader panel (``templates/index.html``): the database holding the quotes and
its most quoted speakers, each linked to their page."""

from datasette import hookimpl

from quotes.vocab import NAMED_TYPES

MOST_QUOTED = 12


@hookimpl
def extra_template_vars(template, datasette):
    if template != "index.html":
        return {}

    async def inner():
        for name, db in datasette.databases.items():
            if name.startswith("_") or not await db.table_exists("speakers"):
                continue
            rows = (await db.execute(
                "select id, name, quote_count from speakers where type in (?, ?) "
                "order by quote_count desc, name limit ?", [*NAMED_TYPES, MOST_QUOTED])).rows
            speakers = [dict(r, url=datasette.urls.row(name, "speakers", r["id"])) for r in map(dict, rows)]
            return {"home": {"database": name, "speakers": speakers}}
        return {"home": None}

    return inner
