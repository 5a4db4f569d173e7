"""The reading room's "Check a quote" page, and the ``cite`` canned query made from the style registry.

``/-/check?text=…&style=…`` looks up what someone typed (``quotes.lookup.lookup``) in every
database served and shows, for each quote found, its verdict, the word diff, and its citation
in the chosen style (styles from ``quotes.cite.STYLES``); ``/-/check.json`` gives the same as
``quotes cite --json``. Shown by ``templates/check_quote.html``, a page of its own.
"""

import json

from datasette import hookimpl
from datasette.utils.asgi import Response

from quotes.cite import STYLES, cite_query_sql
from quotes.lookup import MAX_TYPED_CHARS, as_json, lookup

SHOWN = 10


@hookimpl
def canned_queries(datasette, database):
    """The ``cite`` query, a citation column per registered style."""
    return {"cite": {
        "title": "Cite a quote",
        "description": "A phrase from a quote → every quote containing it, with speaker, role, outlet, date, URL and "
                       "ready-to-paste citations (" + ", ".join(s.label for s in STYLES.values()) + "). Case, accents "
                       "and punctuation do not matter.",
        "sql": cite_query_sql(),
    }}


@hookimpl
def register_routes():
    return [(r"^/-/check(?P<format>\.json)?$", check_quote)]


async def check_quote(datasette, request):
    typed = (request.args.get("text") or "").strip()[:MAX_TYPED_CHARS]
    style = request.args.get("style") or "plain"
    if style not in STYLES:
        style = "plain"
    results, searched = [], []
    if typed:
        for name, db in datasette.databases.items():
            if name.startswith("_") or not db.path:
                continue
            try:
                found = await db.execute_fn(lambda conn: as_json(lookup(conn, typed, SHOWN), style))
            except Exception:  # a database that is not a quotes database
                continue
            searched.append(name)
            for r in found:
                r["quote_url"] = datasette.urls.row(name, "quotes", r["quote_id"])
            results += found
    if request.url_vars.get("format") == ".json":
        return Response(json.dumps(results, ensure_ascii=False), content_type="application/json; charset=utf-8")
    html = await datasette.render_template("check_quote.html", {
        "typed": typed, "style": style, "styles": list(STYLES.values()), "results": results,
        "searched": searched,
    }, request=request)
    return Response.html(html)
