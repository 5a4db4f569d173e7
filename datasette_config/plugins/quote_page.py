"""A quote's page and an article's page, for checking a quote against what the article says.

A quote's page (``templates/row.html``) shows the paragraph around the quote with the quote in
``<mark>`` and the speaker's mention in bold, the mention as written and the speaker it was
resolved to ("he → Donald Trump"), the kind, cue and confidence, a caution where the speaker
came through a pronoun, a description or a group or the confidence is low
(``quotes.reading.cautions``), links to the speaker, to the article at the quote and to the
other outlets that reported it (its cluster). An article's page shows its text at reading
width with every quote marked and linked to its page. A cluster's page lists its members.
"""

from datasette import hookimpl
from datasette.utils import urlsafe_components

from quotes.cite import format_date, web_url
from quotes.reading import article_name, cautions, kind_label, marked, paragraph_bounds

# How far (characters) the speaker's mention may be from the quote and still be shown in the
# same excerpt; a mention further away is named but not shown.
MENTION_REACH = 600

QUOTE_SQL = """
select q.*, s.name as canonical_name, s.type as canonical_type,
  a.title as article_title, a.url as article_url, a.doc as article_doc, a.author as article_author,
  coalesce(a.source, q.source) as outlet, coalesce(a.published, q.published) as date, a.text as article_text
from quotes q join articles a on a.id = q.article_id left join speakers s on s.id = q.speaker_id
where q.id = ?
"""
CLUSTER_MEMBERS_SQL = """
select q.id, q.text, q.kind, coalesce(a.source, q.source) as outlet, coalesce(a.published, q.published) as date,
  a.id as article_id, a.title, a.url, a.doc
from quotes q join articles a on a.id = q.article_id
where q.cluster_id = :cluster
order by coalesce(a.published, q.published) is null, coalesce(a.published, q.published), a.doc, q.start
limit 200
"""
ARTICLE_SQL = "select * from articles where id = ?"
ARTICLE_QUOTES_SQL = """
select q.id, q.start, q."end", q.kind, coalesce(s.name, q.speaker_name, q.speaker_mention) as speaker
from quotes q left join speakers s on s.id = q.speaker_id
where q.article_id = ? order by q.start
"""


def quote_context(quote, quote_url=None):
    """The excerpt of the article around ``quote`` (a row of QUOTE_SQL) as marked-up paragraphs."""
    text = quote["article_text"] or ""
    lo, hi = quote["start"], quote["end"]
    s_start, s_end = quote["speaker_start"], quote["speaker_end"]
    near = s_start is not None and s_end is not None and (abs(s_start - hi) <= MENTION_REACH
                                                          or abs(lo - s_end) <= MENTION_REACH)
    left, right = paragraph_bounds(text, min(lo, s_start) if near else lo, max(hi, s_end) if near else hi)
    spans = [(lo, hi, {"tag": "mark", "id": "the-quote", "class": "quote"})]
    if near:
        spans.append((s_start, s_end,
                      {"tag": "strong", "class": "speaker-mention", "title": "the speaker as the article names them"}))
    return marked(text[left:right], spans, offset=left), near


def _speaker_line(quote):
    """(mention as written, name it resolved to), each None where unknown."""
    mention = " ".join((quote["speaker_mention"] or "").split()) or None
    name = quote["canonical_name"] or quote["speaker_name"]
    return mention, name


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or request is None or table not in ("quotes", "articles", "quote_clusters"):
        return {}

    async def inner():
        pk = urlsafe_components(request.url_vars["pks"])[0]
        db = datasette.get_database(database)
        urls = datasette.urls
        if table == "quotes":
            row = (await db.execute(QUOTE_SQL, [pk])).first()
            if row is None:
                return {}
            quote = dict(row)
            excerpt, mention_shown = quote_context(quote)
            mention, name = _speaker_line(quote)
            others, articles = [], {quote["article_id"]}
            if quote["cluster_id"]:
                for m in map(dict, (await db.execute(CLUSTER_MEMBERS_SQL, {"cluster": quote["cluster_id"]})).rows):
                    if m["article_id"] not in articles:  # one line per other article that reported it
                        articles.add(m["article_id"])
                        others.append(dict(m, url=urls.row(database, "quotes", m["id"]),
                                           kind_label=kind_label(m["kind"]),
                                           article=article_name(m["title"], m["url"], m["doc"]),
                                           date_text=format_date(m["date"])))
            article_url = urls.row(database, "articles", quote["article_id"]) + f"#q-{quote['id']}"
            return {"quote_page": {
                "quote": quote, "excerpt": excerpt, "mention_shown": mention_shown,
                "mention": mention, "speaker_name": name,
                "speaker_url": urls.row(database, "speakers", quote["speaker_id"]) if quote["speaker_id"] else None,
                "speaker_type": quote["canonical_type"] or quote["speaker_type"],
                "kind_label": kind_label(quote["kind"]), "cautions": cautions(quote),
                "article": article_name(quote["article_title"], quote["article_url"], quote["article_doc"]),
                "article_url": article_url, "original_url": web_url(quote["article_url"]),
                "date_text": format_date(quote["date"]), "cluster_others": others,
                "cluster_url": urls.row(database, "quote_clusters", quote["cluster_id"])
                if quote["cluster_id"] else None,
            }}
        if table == "articles":
            row = (await db.execute(ARTICLE_SQL, [pk])).first()
            if row is None:
                return {}
            article = dict(row)
            quotes = [dict(r) for r in (await db.execute(ARTICLE_QUOTES_SQL, [pk])).rows]
            spans = [(q["start"], q["end"], {
                "tag": "mark", "id": f"q-{q['id']}", "class": f"quote kind-{q['kind']}",
                "href": urls.row(database, "quotes", q["id"]),
                "title": f"{q['speaker'] or 'unknown speaker'} ({kind_label(q['kind'])})",
            }) for q in quotes]
            return {"article_page": {
                "article": article, "name": article_name(article["title"], article["url"], article["doc"]),
                "body": marked(article["text"] or "", spans), "quote_count": len(quotes),
                "original_url": web_url(article["url"]), "date_text": format_date(article["published"]),
                "quotes_url": urls.table(database, "quotes") + f"?article_id={pk}",
            }}
        row = (await db.execute(
            "select c.*, s.name as speaker_name from quote_clusters c left join speakers s on s.id = c.speaker_id "
            "where c.id = ?",
            [pk])).first()
        if row is None:
            return {}
        cluster = dict(row)
        members = [dict(m, url=urls.row(database, "quotes", m["id"]), kind_label=kind_label(m["kind"]),
                        article=article_name(m["title"], m["url"], m["doc"]), date_text=format_date(m["date"]))
                   for m in map(dict, (await db.execute(CLUSTER_MEMBERS_SQL, {"cluster": pk})).rows)]
        return {"cluster_page": {
            "cluster": cluster, "members": members,
            "speaker_url": urls.row(database, "speakers", cluster["speaker_id"]) if cluster["speaker_id"] else None,
        }}

    return inner
