"""Table pages for a reader: names instead of ids, kinds a reader knows, and the filters they expect.

- Cells: a quote's text links to its page, a speaker's name to theirs, an article's headline
  (its URL or file name when it has none) to the article, at the quote where the row is one;
  a foreign key shows its label alone, never the id beside it; ``kind`` reads verbatim /
  partial / reported.
- Descriptions: "where speaker_id = "5529…"" in a heading or a page title reads "speaker is
  “Donald Trump”" (``id_names`` and the ``readable`` filter, used by ``templates/table.html``).
- Filters: ``_kind=verbatim|reported``, ``_from`` and ``_to`` (publication dates, inclusive) and
  ``_outlet`` on the quotes table; ``_search`` on the speakers table over names and aliases.
  Blank ones are ignored, so one form carries them all.

Which columns a table shows by default is ``reader_columns`` in ``metadata.yml`` (see
``templates/_table.html``).
"""

import re
import sqlite3
from pathlib import Path

import markupsafe
from datasette import hookimpl
from datasette.filters import FilterArguments

from quotes.reading import article_name, kind_label
from quotes.vocab import REPORTED_KINDS, VERBATIM_KINDS

ARTICLE_NAME_SQL = "select title, url, doc from articles where id = ?"

_HEX = r"[0-9a-f]{16}"
_DESCRIBED_ID = re.compile(rf'(\w+) (=|is|!=) "({_HEX})"')
_BARE_ID = re.compile(rf"\b({_HEX})\b")
# What each id column of the reading room names.
ID_COLUMNS = {
    "speaker_id": ("speaker", "speakers"), "article_id": ("article", "articles"),
    "first_article_id": ("first article", "articles"), "cluster_id": ("cluster", "quote_clusters"),
}
NAME_SQL = {
    "speakers": "select name from speakers where id = ?",
    "articles": "select coalesce(nullif(trim(title), ''), nullif(trim(url), ''), doc) from articles where id = ?",
    "quote_clusters": "select canonical_text from quote_clusters where id = ?",
    "quotes": "select text from quotes where id = ?",
}


def _link(href, text, cls=None):
    if cls:
        return markupsafe.Markup('<a class="{}" href="{}">{}</a>').format(cls, href, text)
    return markupsafe.Markup('<a href="{}">{}</a>').format(href, text)


# A read-only connection per database file for those look-ups, used only from the event loop's
# thread: a look-up by primary key takes microseconds, and a hundred of them through Datasette's
# thread pool (a hop each) cost a page of untitled articles a tenth of a second.
_LOOKUP_CONNECTIONS: dict = {}


def _lookup_connection(datasette, database):
    db = datasette.databases.get(database)
    if db is None or not db.path:
        return None
    conn = _LOOKUP_CONNECTIONS.get(db.path)
    if conn is None:
        uri = f"{Path(db.path).resolve().as_uri()}?mode=ro"
        conn = _LOOKUP_CONNECTIONS[db.path] = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
    return conn


def _article_label(datasette, database, article_id):
    """The article's name; None where it must be asked for through Datasette (no database file)."""
    conn = _lookup_connection(datasette, database)
    if conn is None:
        return None
    rows = conn.execute(ARTICLE_NAME_SQL, [article_id]).fetchall()  # run to its end: no read left open
    return article_name(*rows[0]) if rows else article_id


async def _article_label_async(datasette, database, article_id):
    row = (await datasette.get_database(database).execute(ARTICLE_NAME_SQL, [article_id])).first()
    return article_name(*row) if row else article_id


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if table is None:  # a canned query's page: its kind column reads as on the tables
        return kind_label(value) if column == "kind" and isinstance(value, str) else None
    urls = datasette.urls
    if isinstance(value, dict) and "value" in value:  # an expanded foreign key
        target = ID_COLUMNS.get(column, (None, None))[1]
        if target is None:
            return None
        href = urls.row(database, target, value["value"])
        if table == "quotes" and column == "article_id":
            href += f"#q-{row['id']}"  # the article, scrolled to this quote
        label = value.get("label")
        if label and label != value["value"]:
            return _link(href, label)
        if target == "articles":
            name = _article_label(datasette, database, value["value"])
            if name is not None:
                return _link(href, name)

            async def inner():
                return _link(href, await _article_label_async(datasette, database, value["value"]))
            return inner
        return None
    if table == "quotes":
        if column == "text" and isinstance(value, str):
            return _link(urls.row(database, "quotes", row["id"]), value, "quote-link")
        if column == "kind":
            return kind_label(value)
        if column == "speaker_id" and value is None:
            who = row["speaker_name"] or row["speaker_mention"]
            return markupsafe.Markup("<em>{}</em>").format(who or "unknown")
    if table == "speakers" and column == "name" and isinstance(value, str):
        return _link(urls.row(database, "speakers", row["id"]), value, "speaker-link")
    if table == "articles" and column == "title":
        return _link(urls.row(database, "articles", row["id"]), article_name(value, row["url"], row["doc"]),
                     "article-link")
    if table == "quote_clusters" and column == "canonical_text" and isinstance(value, str):
        return _link(urls.row(database, "quote_clusters", row["id"]), value, "cluster-link")
    return None


_SORTED = re.compile(r"\s*sorted by (\w+)( descending)?")


def _readable(text, names, labels=None):
    """A description or title with every id the request named replaced by that row's name, and
    the sort column by its heading ("sorted by published descending" → "newest first")."""
    if text and labels:
        def sorted_by(m):
            column, desc = m.groups()
            if column == "published":
                return ", newest first" if desc else ", oldest first"
            return f", sorted by {labels.get(column, column)}{' (most first)' if desc else ''}"
        text = _SORTED.sub(sorted_by, text)
    if not text or not names:
        return text

    def described(m):
        column, op, value = m.groups()
        if value not in names:
            return m.group(0)
        noun = ID_COLUMNS.get(column, (column, None))[0]
        return f"{noun} {'is not' if op == '!=' else 'is'} “{names[value]}”"

    text = _DESCRIBED_ID.sub(described, text)
    return _BARE_ID.sub(lambda m: f"“{names[m.group(1)]}”" if m.group(1) in names else m.group(0), text)


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["readable"] = _readable
    env.filters["kind_label"] = kind_label


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On a table page, the names of the rows the request filters on by id (``id_names``)."""
    if view_name != "table" or request is None or not database:
        return {}

    async def inner():
        db = datasette.get_database(database)
        names = {}
        for key in request.args:
            value = request.args.get(key)
            column = key.split("__", 1)[0]
            target = ID_COLUMNS.get(column, (None, table if column == "id" else None))[1]
            for candidate in re.findall(_HEX, value or ""):
                if target in NAME_SQL and candidate not in names:
                    row = (await db.execute(NAME_SQL[target], [candidate])).first()
                    if row and row[0]:
                        name = " ".join(row[0].split())
                        names[candidate] = name if len(name) <= 80 else name[:79] + "…"
        return {"id_names": names}

    return inner


@hookimpl
def filters_from_request(request, database, table, datasette):
    args = request.args
    wheres, params, described = [], {}, []
    if table == "quotes":
        kind = (args.get("_kind") or "").strip()
        if kind in ("verbatim", "reported"):
            kinds = VERBATIM_KINDS if kind == "verbatim" else REPORTED_KINDS
            wheres.append(f"kind in ({', '.join(repr(str(k)) for k in kinds)})")
            described.append("verbatim and partial quotes only" if kind == "verbatim" else "reported speech only")
        start, end = (args.get("_from") or "").strip(), (args.get("_to") or "").strip()
        if start:
            wheres.append("published >= :reader_from")
            params["reader_from"] = start
            described.append(f"published on or after {start}")
        if end:
            # inclusive of the whole day, whether dates carry a time or not
            wheres.append("published < date(:reader_to, '+1 day')")
            params["reader_to"] = end
            described.append(f"published on or before {end}")
        outlet = (args.get("_outlet") or "").strip()
        if outlet:
            wheres.append("source = :reader_outlet")
            params["reader_outlet"] = outlet
            described.append(f"from {outlet}")
    elif table == "speakers":
        term = " ".join((args.get("_search") or "").split())
        if term:
            wheres.append(
                "(instr(lower(name), lower(:speaker_search)) > 0 or exists ("
                "select 1 from json_each(case when json_valid(speakers.aliases) then speakers.aliases else '[]' end) "
                "where instr(lower(json_each.value), lower(:speaker_search)) > 0))")
            params["speaker_search"] = term
            described.append(f"whose name or an alias contains “{term}”")
    if not wheres:
        return None
    return FilterArguments(wheres, params, described)

