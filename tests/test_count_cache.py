"""Counts kept between requests (plugins/count_cache.py): counted once, and never stale after a write."""

import asyncio
import re
import sqlite3

from bs4 import BeautifulSoup
from datasette.tracer import capture_traces

from conftest import SEEDS
from quotes.publish import CONFIG_DIR, make_datasette
from test_publish import HOSTILE_ARTICLE, ingest

COUNTING = re.compile(r"\bcount\(\*\)", re.I)


def load_plugin():
    """The plugin module as Datasette loaded it (its plugins folder is not a package)."""
    from datasette.plugins import pm

    for plugin in pm.get_plugins():
        if getattr(plugin, "__file__", "") == str(CONFIG_DIR / "plugins" / "count_cache.py"):
            return plugin
    raise AssertionError("count_cache.py is not loaded")


def traced(ds, path):
    """The response to ``path`` and the SQL statements Datasette ran for it."""
    async def run():
        traces = []
        with capture_traces(traces):
            response = await ds.client.get(path)
        return response, [t["sql"] for t in traces if t.get("type") == "sql"]

    response, statements = asyncio.run(run())
    assert response.status_code == 200, (path, response.status_code)
    return response, statements


def facet_counts(data, name):
    return {r["value"]: r["count"] for r in data["facet_results"][name]["results"]}


def test_a_table_count_and_its_facets_are_counted_once_while_the_database_is_unchanged(tmp_path):
    db_path = tmp_path / "quotes.db"
    ingest([SEEDS], db_path)
    ds = make_datasette(db_path)
    first, counted = traced(ds, "/quotes/quotes.json")
    assert sum(bool(COUNTING.search(sql)) for sql in counted) >= 6, "the row count and the five facets"
    again, recounted = traced(ds, "/quotes/quotes.json")
    assert not [sql for sql in recounted if COUNTING.search(sql)], "nothing counted again"
    assert any(sql.lstrip().lower().startswith("select id,") for sql in recounted), "the rows are read each time"
    a, b = first.json(), again.json()
    assert a["filtered_table_rows_count"] == b["filtered_table_rows_count"]
    assert a["facet_results"] == b["facet_results"]


def test_counts_and_facets_show_the_rows_an_ingest_adds_meanwhile(tmp_path):
    db_path = tmp_path / "quotes.db"
    ingest([SEEDS / "001_1fa9d7612fe68434.txt"], db_path)
    ds = make_datasette(db_path)
    before = traced(ds, "/quotes/quotes.json")[0].json()
    traced(ds, "/quotes/quotes.json")  # now kept
    (tmp_path / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    ingest([tmp_path / "hostile.txt"], db_path)  # another process's writes would do the same

    after = traced(ds, "/quotes/quotes.json")[0].json()
    total = sqlite3.connect(db_path).execute("select count(*) from quotes").fetchone()[0]
    assert after["filtered_table_rows_count"] == total == before["filtered_table_rows_count"] + 2
    assert facet_counts(after, "source").get("Example Wire") == 2
    assert "Example Wire" not in facet_counts(before, "source")
    assert sum(facet_counts(after, "kind").values()) == total
    page = BeautifulSoup(traced(ds, "/quotes/quotes")[0].text, "html.parser")
    assert page.select_one("h3.row-count").get_text(" ", strip=True).startswith(f"{total} quotes")


def test_a_write_by_any_connection_is_seen_at_the_next_request(tmp_path):
    db_path = tmp_path / "quotes.db"
    ingest([SEEDS], db_path)
    ds = make_datasette(db_path)
    search = "/quotes/quotes.json?_search=Putin"
    before = traced(ds, search)[0].json()
    traced(ds, search)
    conn = sqlite3.connect(db_path)
    with conn:  # a hand edit with sqlite3: one quote's kind changed, one quote removed
        (quote_id,) = conn.execute("select q.id from quotes q join quotes_fts f on f.rowid = q.rowid "
                                      "where quotes_fts match 'Putin' and q.kind != 'indirect' limit 1").fetchone()
        conn.execute("update quotes set kind = 'indirect' where id = ?", [quote_id])
        (gone,) = conn.execute("select q.id from quotes q join quotes_fts f on f.rowid = q.rowid "
                               "where quotes_fts match 'Putin' and q.id != ? limit 1", [quote_id]).fetchone()
        conn.execute("delete from quotes where id = ?", [gone])
    kinds = dict(conn.execute("select q.kind, count(*) from quotes q join quotes_fts f on f.rowid = q.rowid "
                              "where quotes_fts match 'Putin' group by q.kind").fetchall())
    conn.close()
    after = traced(ds, search)[0].json()
    assert after["filtered_table_rows_count"] == before["filtered_table_rows_count"] - 1
    assert facet_counts(after, "kind") == kinds != facet_counts(before, "kind")


def test_sql_a_visitor_writes_is_never_kept(tmp_path):
    db_path = tmp_path / "quotes.db"
    ingest([SEEDS / "001_1fa9d7612fe68434.txt"], db_path)
    ds = make_datasette(db_path)
    path = "/quotes.json?_shape=array&sql=select+count(*)+as+n,+random()+as+r+from+quotes"
    first, second = (traced(ds, path)[0].json()[0] for _ in range(2))
    assert first["n"] == second["n"] and first["r"] != second["r"]


def test_which_statements_are_counts():
    is_counting = load_plugin().is_counting
    assert is_counting(
        "select count(*) from quotes where rowid in (select rowid from quotes_fts where quotes_fts match :s)")
    assert is_counting(
        "select speaker_id as value, count(*) as count from (\n select id from quotes\n) where speaker_id is not null")
    assert is_counting("select date(published) as value, count(*) as count from (select * from quotes) group by value")
    assert is_counting("select (select count(*) from quotes where speaker_id=:id)")
    assert not is_counting("select id, text from quotes where speaker_id = :p0 order by published desc limit 101")
    assert not is_counting(
        "select *, quote_citation(quote_id, 'plain') as citation from (select count(*) over () from quotes)")
    assert not is_counting("with inner as (select * from quotes) select value, count(*) as count from inner")
