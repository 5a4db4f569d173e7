"""A speaker's page lists their quotes, newest first, each with its article, outlet and date.

Loaded by Datasette from ``datasette_config/plugins/`` (see ``quotes.publish``); shown by
``templates/_speaker_quotes.html``.
"""

from datasette import hookimpl
from datasette.utils import urlsafe_components

SHOWN = 200

SPEAKER_QUOTES_SQL = """
select q.id, q.text, q.kind, q.speaker_mention, q.role,
  coalesce(a.published, q.published) as published, coalesce(a.source, q.source) as outlet,
  a.id as article_id, coalesce(a.title, a.doc) as article
from quotes q join articles a on a.id = q.article_id
where q.speaker_id = :id
order by coalesce(a.published, q.published) desc, a.doc, q.start
limit :limit
"""


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On a speaker's own page, their quotes (the newest ``SHOWN``) with links to each quote and article."""
    if view_name != "row" or table != "speakers" or request is None:
        return {}

    async def inner():
        speaker = urlsafe_components(request.url_vars["pks"])[0]
        db = datasette.get_database(database)
        rows = (await db.execute(SPEAKER_QUOTES_SQL, {"id": speaker, "limit": SHOWN})).rows
        total = (await db.execute("select count(*) from quotes where speaker_id = ?", [speaker])).first()[0]
        quotes = [
            dict(r, quote_url=datasette.urls.row(database, "quotes", r["id"]),
                 article_url=datasette.urls.row(database, "articles", r["article_id"]))
            for r in map(dict, rows)
        ]
        all_url = datasette.urls.table(database, "quotes") + f"?speaker_id={speaker}"
        return {"speaker_quotes": quotes, "speaker_quote_total": total, "speaker_all_quotes_url": all_url}

    return inner
