"""Exports a newsroom can open in a spreadsheet.

- ``/DB/-/spreadsheet.csv``: quotes with the columns a reader needs, speaker, quote, kind
  (verbatim / partial / reported), cue, outlet, date, headline, URL and the plain citation, every
  matching row (not one page), newest first; ``?bom=1`` starts the file with a UTF-8 byte-order
  mark, which Excel needs to read it as UTF-8. It takes the quotes table's reader filters
  (``speaker_id``, ``article_id``, ``_search``, ``_kind``, ``_from``, ``_to``, ``_outlet``,
  ``source``); speakers' pages and the quotes table link to it (``spreadsheet_url``).
- Every ``.csv`` link downloads a file (Datasette's ``_dl``) rather than showing text in the
  tab, and ``_bom=1`` adds the byte-order mark to any of Datasette's CSV exports.
"""

import csv
import io
import re
from urllib.parse import parse_qs, urlencode

from datasette import hookimpl
from datasette.utils import escape_fts
from datasette.utils.asgi import Response

from quotes.cite import citation, web_url
from quotes.reading import article_name, kind_label
from quotes.vocab import REPORTED_KINDS, VERBATIM_KINDS

COLUMNS = ["speaker", "quote", "kind", "cue", "outlet", "date", "headline", "url", "citation"]
FILTER_ARGS = ("speaker_id", "article_id", "_search", "_kind", "_from", "_to", "_outlet", "source")
BOM = "\ufeff"

EXPORT_SQL = """
select q.id, q.text, q.kind, q.cue, q.role,
  coalesce(s.name, q.speaker_name, q.speaker_mention) as speaker,
  coalesce(a.source, q.source) as source, a.title, a.url,
  coalesce(a.published, q.published) as published, a.author, a.doc
from quotes q
join articles a on a.id = q.article_id
left join speakers s on s.id = q.speaker_id
{where}
order by coalesce(a.published, q.published) desc, a.doc, q.start
"""


def export_query(args):
    """The SQL and parameters of the export for the request's ``args`` (a dict of strings)."""
    wheres, params = [], {}
    for column in ("speaker_id", "article_id"):
        if args.get(column):
            wheres.append(f"q.{column} = :{column}")
            params[column] = args[column]
    outlet = args.get("_outlet") or args.get("source")
    if outlet:
        wheres.append("coalesce(a.source, q.source) = :outlet")
        params["outlet"] = outlet
    if args.get("_search"):
        wheres.append("q.rowid in (select rowid from quotes_fts where quotes_fts match :search)")
        params["search"] = escape_fts(args["_search"])  # as the quotes table's search box reads it
    kinds = {"verbatim": VERBATIM_KINDS, "reported": REPORTED_KINDS}.get(args.get("_kind") or "")
    if kinds:
        wheres.append(f"q.kind in ({', '.join(repr(str(k)) for k in kinds)})")
    if args.get("_from"):
        wheres.append("coalesce(a.published, q.published) >= :date_from")
        params["date_from"] = args["_from"]
    if args.get("_to"):
        wheres.append("coalesce(a.published, q.published) < date(:date_to, '+1 day')")
        params["date_to"] = args["_to"]
    return EXPORT_SQL.format(where=("where " + " and ".join(wheres)) if wheres else ""), params


def export_rows(conn, args):
    """One dict per exported quote, in ``COLUMNS``."""
    sql, params = export_query(args)
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    for values in cursor:
        quote = dict(zip(names, values))
        yield {
            "speaker": quote["speaker"] or "", "quote": quote["text"], "kind": kind_label(quote["kind"]),
            "cue": quote["cue"] or "", "outlet": quote["source"] or "", "date": quote["published"] or "",
            "headline": article_name(quote["title"], quote["url"], quote["doc"]),
            "url": web_url(quote["url"]) or "", "citation": citation(quote, "plain"),
        }


def _file_name(args, speaker):
    stem = re.sub(r"[^a-z0-9]+", "-", (speaker or "").lower()).strip("-") if speaker else ""
    return f"quotes-{stem}.csv" if stem else "quotes.csv"


async def spreadsheet(datasette, request):
    database = request.url_vars["database"]
    if database not in datasette.databases:
        return Response.text("No such database", status=404)
    db = datasette.get_database(database)
    args = {key: request.args.get(key) for key in FILTER_ARGS if request.args.get(key)}

    def build(conn):
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(export_rows(conn, args))
        speaker = None
        if args.get("speaker_id"):
            row = conn.execute("select name from speakers where id = ?", [args["speaker_id"]]).fetchone()
            speaker = row[0] if row else None
        return out.getvalue(), speaker

    body, speaker = await db.execute_fn(build)
    if request.args.get("bom") in ("1", "on", "true"):
        body = BOM + body
    return Response(body, content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{_file_name(args, speaker)}"'})


@hookimpl
def register_routes():
    return [(r"^/(?P<database>[^/]+)/-/spreadsheet\.csv$", spreadsheet)]


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On the quotes table, ``spreadsheet_url``: the rows shown, as the spreadsheet export."""
    if view_name != "table" or table != "quotes" or request is None:
        return {}
    args = [(key, request.args.get(key)) for key in FILTER_ARGS if request.args.get(key)]
    base = datasette.urls.path(f"/{database}/-/spreadsheet.csv")
    plain = base + ("?" + urlencode(args) if args else "")
    return {"spreadsheet_url": base + "?" + urlencode(args + [("bom", "1")]), "spreadsheet_url_plain": plain}


@hookimpl
def asgi_wrapper(datasette):
    """Every Datasette CSV downloads as a file; ``_bom=1`` starts it with a byte-order mark."""

    def wrap(app):
        async def csv_downloads(scope, receive, send):
            if scope["type"] != "http" or not scope["path"].endswith(".csv") or "/-/" in scope["path"]:
                return await app(scope, receive, send)
            args = parse_qs(scope.get("query_string", b"").decode(), keep_blank_values=True)
            bom = args.pop("_bom", [""])[0] in ("1", "on", "true")
            args.setdefault("_dl", ["1"])
            scope = dict(scope, query_string=urlencode(args, doseq=True).encode())
            if not bom:
                return await app(scope, receive, send)
            started = False

            async def send_with_bom(message):
                nonlocal started
                if message["type"] == "http.response.start":
                    # the length, if given, grows by the mark's three bytes
                    headers = [(k, str(int(v) + 3).encode()) if k.lower() == b"content-length" else (k, v)
                               for k, v in message.get("headers", [])]
                    message = dict(message, headers=headers)
                elif message["type"] == "http.response.body" and not started:
                    started = True
                    message = dict(message, body=BOM.encode() + message.get("body", b""))
                await send(message)

            await app(scope, receive, send_with_bom)

        return csv_downloads

    return wrap
