"""A speaker's page: their name, type, aliases and roles, and their quotes, newest first, each
with its kind, cue, outlet, date and article, and a download of them all for a spreadsheet.

Loaded by Datasette from ``datasette_config/plugins/`` (see ``quotes.publish``); shown by
``templates/row.html`` and ``templates/_speaker_quotes.html``.
"""

import json

from datasette import hookimpl
from datasette.utils import urlsafe_components

from quotes.cite import format_date
from quotes.reading import article_name, kind_label

SHOWN = 200

# Newest first by the quote's copy of its article's date, so the speaker's stretch of the
# (speaker_id, published) index gives the order and a much-quoted speaker's page sorts nothing
# but ties.
SPEAKER_QUOTES_SQL = """
select q.id, q.text, q.kind, q.cue, q.speaker_mention, q.role,
  coalesce(a.published, q.published) as published, coalesce(a.source, q.source) as outlet,
  a.id as article_id, a.title, a.url, a.doc
from quotes q join articles a on a.id = q.article_id
where q.speaker_id = :id
order by q.published desc, q.article_id, q.start
limit :limit
"""


def _json_list(value):
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(i) for i in items] if isinstance(items, list) else []


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On a speaker's own page, who they are and their quotes (the newest ``SHOWN``)."""
    if view_name != "row" or table != "speakers" or request is None:
        return {}

    async def inner():
        speaker_id = urlsafe_components(request.url_vars["pks"])[0]
        db = datasette.get_database(database)
        speaker = (await db.execute("select * from speakers where id = ?", [speaker_id])).first()
        if speaker is None:
            return {}
        speaker = dict(speaker)
        rows = (await db.execute(SPEAKER_QUOTES_SQL, {"id": speaker_id, "limit": SHOWN})).rows
        total = (await db.execute("select count(*) from quotes where speaker_id = ?", [speaker_id])).first()[0]
        quotes = [
            dict(r, quote_url=datasette.urls.row(database, "quotes", r["id"]),
                 article_url=datasette.urls.row(database, "articles", r["article_id"]) + f"#q-{r['id']}",
                 article=article_name(r["title"], r["url"], r["doc"]), kind_label=kind_label(r["kind"]),
                 date_text=format_date(r["published"]))
            for r in map(dict, rows)
        ]
        aliases = [a for a in _json_list(speaker["aliases"]) if a != speaker["name"]]
        export = datasette.urls.path(f"/{database}/-/spreadsheet.csv?speaker_id={speaker_id}")
        return {
            "speaker_page": {"speaker": speaker, "aliases": aliases, "roles": _json_list(speaker["roles"]),
                             "first_seen": format_date(speaker["first_seen"]),
                             "last_seen": format_date(speaker["last_seen"]),
                             "spreadsheet_url": export + "&bom=1", "spreadsheet_url_plain": export},
            "speaker_quotes": quotes, "speaker_quote_total": total,
            "speaker_all_quotes_url": datasette.urls.table(database, "quotes") + f"?speaker_id={speaker_id}",
        }

    return inner
