"""Datasette in-process: facets, search, canned queries, citations, exports, plugins, safety."""

import asyncio
import csv
import io
import re
import sqlite3
from urllib.parse import quote as urlquote

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner
from datasette.tracer import capture_traces

from conftest import SEEDS
from quotes.cite import STYLES, citation, cite_query_sql, quote_by_id, register_sql_functions
from quotes.cli import cli
from quotes.publish import CONFIG_DIR, make_datasette
from quotes.reading import group_by_lemma

# An article whose quote carries markup: every page must show it as text.
HOSTILE_ARTICLE = (
    "Scripts in news pages\n\nSource: Example Wire\n\n"
    '“Never paste <script>alert("xss")</script> into a page, & never trust <b>bold</b> claims,” '
    "said Jane Doe, a security researcher.\n\n"
    "“We checked every page, every export and every citation,” Doe added.\n"
)
RAW_SCRIPT = '<script>alert("xss")</script>'

# The seeds carry no dates or URLs; two articles get them here, as a feed would supply them.
ARTICLE_METADATA = {
    "002_6627f0fa2345d97c.txt": {"published": "2023-09-14", "url": "https://today.example/kim-putin"},
    "000_61c484c5d20fafc1.txt": {"published": "2023-09-13", "url": "https://1945.example/allies"},
}


def ingest(paths, db_path):
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", str(db_path), "--silent"])
    assert result.exit_code == 0, result.output


def reading_room_db(folder):
    """The seeds plus an article quoting markup, ingested into ``folder``, two articles dated."""
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    path = folder / "quotes.db"
    ingest([SEEDS, folder / "hostile.txt"], path)
    db = sqlite_utils.Database(path)
    with db.conn:
        for doc, meta in ARTICLE_METADATA.items():
            db.execute("update articles set published = ?, url = ? where doc = ?",
                       [meta["published"], meta["url"], doc])
            db.execute("update quotes set published = ? where article_id in (select id from articles where doc = ?)",
                       [meta["published"], doc])
    db.close()
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return reading_room_db(tmp_path_factory.mktemp("pub"))


@pytest.fixture(scope="module")
def ds(db_path):
    return make_datasette(db_path)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def rows_of(ds, path):
    r = get(ds, path)
    assert r.status_code == 200, r.text[:500]
    return r.json()


@pytest.mark.parametrize("facet, expected", [
    ("speaker_id", "Kim Jong Un"), ("source", "Today IT"), ("cue", "said"), ("kind", "partial"),
    ("published", "2023-09-14"),
])
def test_default_facets_show_readable_values(ds, facet, expected):
    data = rows_of(ds, "/quotes/quotes.json?_labels=on&_size=5")
    results = data["facet_results"][facet]["results"]
    assert expected in [row["label"] for row in results]
    assert data["facet_results"]["speaker_id"]["results"][0]["label"] == "Kim Jong Un"


def test_quotes_open_newest_first(ds):
    rows = rows_of(ds, "/quotes/quotes.json?_shape=array&_size=max")
    dates = [r["published"] for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dated[0] == "2023-09-14"
    assert dates.index(None) == len(dated), "undated quotes come after dated ones"


@pytest.mark.parametrize("query, check", [
    ("sacred fight", lambda r: "sacred" in r["text"].lower() and "fight" in r["text"].lower()),
    ('"sacred fight"', lambda r: "sacred fight" in r["text"].lower()),
    ("Peskov", lambda r: r["speaker_name"] == "Dmitry Peskov"),
    ("That's why", lambda r: "that’s why" in r["text"].lower()),
])
def test_search_over_quote_text_and_speaker_names(ds, query, check):
    rows = rows_of(ds, f"/quotes/quotes.json?_shape=array&_search={query}")
    assert rows and all(check(r) for r in rows)


def test_cite_query_gives_sources_and_the_same_citations_as_the_library(ds, db_path):
    rows = rows_of(ds, "/quotes/cite.json?_shape=array&phrase=sacred+fight")
    assert len(rows) == 3 and {r["speaker"] for r in rows} == {"Kim Jong Un"}
    assert [r["published"] for r in rows][0] == "2023-09-13" and rows[0]["url"] == "https://1945.example/allies"
    assert {"speaker", "role", "outlet", "published", "url", "citation", "citation_markdown",
            "citation_chicago"} <= set(rows[0])
    conn = sqlite3.connect(db_path)
    for row in rows:
        quote = quote_by_id(conn, row["quote_id"])
        assert row["citation"] == citation(quote, "plain")
        assert row["citation_markdown"] == citation(quote, "markdown")
        assert row["citation_chicago"] == citation(quote, "chicago")
    assert rows[0]["citation"].endswith("— 19FortyFive, September 13, 2023, https://1945.example/allies")


def test_speaker_quotes_takes_any_alias_and_lists_newest_first(ds, db_path):
    by_alias = rows_of(ds, "/quotes/speaker_quotes.json?_shape=array&speaker=kim+jong-un")
    by_name = rows_of(ds, "/quotes/speaker_quotes.json?_shape=array&speaker=Kim+Jong+Un")
    (count,) = sqlite3.connect(db_path).execute(
        "select count(*) from quotes join speakers on speakers.id = speaker_id where speakers.name = 'Kim Jong Un'"
    ).fetchone()
    assert by_alias == by_name and len(by_name) == count > 15
    dated = [r["published"] for r in by_name if r["published"]]
    assert dated == sorted(dated, reverse=True) and by_name[0]["published"] == "2023-09-14"
    assert all("Kim Jong Un" in r["citation"] for r in by_name)


def test_quotes_on_groups_by_speaker_most_quoted_first(ds):
    rows = rows_of(ds, "/quotes/quotes_on.json?_shape=array&topic=Russia")
    speakers = [r["speaker"] for r in rows]
    groups = [s for i, s in enumerate(speakers) if i == 0 or speakers[i - 1] != s]
    assert len(groups) == len(set(groups)), "each speaker's quotes are together"
    counts = [r["speaker_quotes"] for r in rows]
    assert counts == sorted(counts, reverse=True) and all(counts[i] == speakers.count(s)
                                                          for i, s in enumerate(speakers))
    assert all("russia" in r["text"].lower() for r in rows)


@pytest.mark.parametrize("path",
                         ["/quotes/cite.json?phrase=", "/quotes/quotes_on.json?topic=",
                          "/quotes/speaker_quotes.json?speaker="])
def test_canned_queries_with_a_blank_parameter_return_nothing(ds, path):
    assert rows_of(ds, path + "&_shape=array") == []


def test_csv_export_of_all_quotes_keeps_names_and_text_intact(ds, db_path):
    r = get(ds, "/quotes/quotes.csv?_labels=on&_stream=on&_size=25")
    assert r.status_code == 200 and "utf-8" in r.headers["content-type"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8"))))
    stored = {row["id"]: row for row in sqlite_utils.Database(db_path)["quotes"].rows}
    assert len(rows) == len(stored) > 25, "streamed past the first page"
    assert all(row["text"] == stored[row["id"]]["text"] for row in rows)
    assert any(row["speaker_id_label"] == "Dmitry Peskov" for row in rows)
    assert any(RAW_SCRIPT in row["text"] and "," in row["text"] and '"' in row["text"] for row in rows)


def test_csv_export_keeps_newlines_inside_cells(ds, db_path):
    rows = list(csv.DictReader(io.StringIO(get(ds, "/quotes/articles.csv?_stream=on").text)))
    stored = {row["id"]: row["text"] for row in sqlite_utils.Database(db_path)["articles"].rows}
    assert all(row["text"] == stored[row["id"]] for row in rows)
    assert sum("\n" in row["text"] for row in rows) == len(stored)


def test_canned_query_csv_has_citations(ds):
    rows = list(csv.DictReader(io.StringIO(get(ds, "/quotes/cite.csv?phrase=why+we+came+here").text)))
    direct = [r for r in rows if r["citation"].startswith("“")]
    assert len(direct) == 2 and all(r["citation"].startswith("“That’s why we came here,” Vladimir Putin")
                                    for r in direct)


def test_quote_page_shows_its_citations_with_copy_buttons(ds, db_path):
    quote_id = rows_of(ds, "/quotes/cite.json?_shape=array&phrase=sacred+fight+to+defend")[0]["quote_id"]
    html = get(ds, f"/quotes/quotes/{quote_id}").text
    quote = quote_by_id(sqlite3.connect(db_path), quote_id)
    for style in STYLES:
        box = f'<textarea id="citation-{style}" readonly rows="3">'
        assert box in html
        shown = html.split(box)[1].split("</textarea>")[0]
        assert shown.replace("&#34;", '"').replace("&#39;", "'") == citation(quote, style)
    assert html.count('class="copy-citation"') == len(STYLES) == 5


def test_source_links_and_quote_links_in_canned_queries(ds):
    html = get(ds, "/quotes/cite?phrase=sacred+fight").text
    assert '<a href="https://1945.example/allies">North Korea and Russia Now Look Like Real Allies</a>' in html
    quote_id = rows_of(ds, "/quotes/cite.json?_shape=array&phrase=sacred+fight")[0]["quote_id"]
    assert f'<a class="quote-page-link" href="/quotes/quotes/{quote_id}">open</a>' in html
    assert f">{quote_id}<" not in html, "the id is the link's address, not its text"


def test_copyable_and_search_all_plugins(ds):
    tsv = get(ds, "/quotes/quotes.copyable?_labels=on&_raw=1&_search=sacred+fight").text
    header, *lines = tsv.splitlines()
    assert header.split("\t")[:3] == ["id", "article_id", "text"] and lines
    assert "Kim Jong Un" in tsv, "labels rather than ids"
    markdown = get(ds, "/quotes/quotes.copyable?_table_format=github&_raw=1&_search=sacred+fight").text
    assert markdown.startswith("| id ")
    assert get(ds, "/-/search?q=sacred").status_code == 200
    assert "/-/search" in get(ds, "/").text


@pytest.mark.parametrize("path", [
    "/quotes/quotes?_search=paste",
    "/quotes/quotes?speaker_id__exact={speaker}",
    "/quotes/quotes/{quote}",
    "/quotes/articles/{article}",
    "/quotes/cite?phrase=never+paste",
    "/quotes/quotes_on?topic=paste",
    "/quotes/speaker_quotes?speaker=Jane+Doe",
    "/quotes?sql=select+text+from+quotes+where+text+like+'%25paste%25'",
    "/quotes/quotes.copyable?_search=paste",
])
def test_markup_inside_a_quote_is_shown_as_text(ds, db_path, path):
    db = sqlite_utils.Database(db_path)
    quote = next(db.query("select id, article_id, speaker_id from quotes where text like '%<script>%'"))
    html = get(ds, path.format(quote=quote["id"], article=quote["article_id"], speaker=quote["speaker_id"])).text
    assert "alert(" in html, "the page shows the quote"
    assert RAW_SCRIPT not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(" in html


def test_nothing_in_datasette_can_write(ds):
    db = ds.get_database("quotes")
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
        asyncio.run(db.execute_write("delete from quotes"))
    r = get(ds, "/quotes.json?sql=delete+from+quotes")
    assert r.status_code == 400
    assert rows_of(ds, "/quotes.json?sql=select+count(*)+as+n+from+quotes&_shape=array")[0]["n"] > 50


# The three pages the latency target is about (bench/bench.py times them on a million quotes).
QUOTES_PAGES = {
    "table": "/quotes/quotes",
    "search": "/quotes/quotes?_search=Russia",
    "speaker": "/quotes/quotes?speaker_id={speaker}",
}
FACET_SQL = re.compile(r"^select (?P<column>\S+) as value, count\(\*\) as count from")


def quotes_page_plans(db_path, page):
    """SQLite's plan for each statement that Datasette runs against ``quotes`` to show ``page``,
    on a fresh server: one that has served pages keeps their counts (plugins/count_cache.py)."""
    ds = make_datasette(db_path)
    (speaker,) = sqlite3.connect(db_path).execute(
        "select speaker_id from quotes group by speaker_id order by count(*) desc limit 1").fetchone()

    async def traced_get(path):
        traces = []
        with capture_traces(traces):  # traces the task it is entered in
            response = await ds.client.get(path)
        return response, traces

    r, traces = asyncio.run(traced_get(QUOTES_PAGES[page].format(speaker=speaker)))
    assert r.status_code == 200
    statements = [(" ".join(t["sql"].split()), t["params"]) for t in traces
                  if t.get("type") == "sql" and re.search(r"\bfrom quotes\b", t["sql"])]

    def explain(conn):
        return [(sql, [row[3] for row in conn.execute("explain query plan " + sql, params or [])])
                for sql, params in statements]

    return asyncio.run(ds.get_database("quotes").execute_fn(explain))


@pytest.mark.parametrize("page", QUOTES_PAGES)
def test_the_quotes_pages_never_read_the_whole_quotes_table(db_path, page):
    plans = quotes_page_plans(db_path, page)
    facets = {m["column"] for sql, _ in plans if (m := FACET_SQL.match(sql))}
    assert facets == {"speaker_id", "source", "cue", "kind", "date(published)"}
    assert len(plans) >= 7, "the rows, their count and the five facets"
    for sql, plan in plans:
        assert "SCAN quotes" not in plan, f"{sql}\n{plan}"
        assert any(re.match(r"(SEARCH|SCAN) quotes USING", step) for step in plan), f"{sql}\n{plan}"


@pytest.mark.parametrize("facet", ["speaker_id", "source", "cue", "kind"])
def test_whole_table_facets_count_from_an_index_alone(db_path, facet):
    plans = {m["column"]: plan for sql, plan in quotes_page_plans(db_path, "table") if (m := FACET_SQL.match(sql))}
    assert "USING COVERING INDEX" in plans[facet][0], plans[facet]
    assert not any("TEMP B-TREE FOR GROUP BY" in step for step in plans[facet]), "the index gives the groups in order"


def test_the_newest_quotes_come_from_the_published_index(db_path):
    (main, plan), *_ = quotes_page_plans(db_path, "table")
    assert main.endswith("order by published desc limit 101")
    assert plan == ["SCAN quotes USING INDEX idx_quotes_published"], "no sort of the whole table"


def test_the_date_facet_counts_from_an_index_alone(db_path):
    plans = {m["column"]: plan for sql, plan in quotes_page_plans(db_path, "table") if (m := FACET_SQL.match(sql))}
    assert "USING COVERING INDEX" in plans["date(published)"][0], plans["date(published)"]


def test_one_speakers_page_reads_an_index_alone(db_path):
    """Their newest quotes without a sort, and every facet from the speaker's stretch of one index."""
    (main, main_plan), *rest = quotes_page_plans(db_path, "speaker")
    assert main_plan[0].startswith("SEARCH quotes USING INDEX") and len(main_plan) == 1, main_plan
    for sql, plan in rest:
        assert "USING COVERING INDEX" in plan[0], f"{sql}\n{plan}"


def test_default_facets_count_the_same_as_sql(ds, db_path):
    """Counted concurrently, each default facet still gives the top counts of its column."""
    data = rows_of(ds, "/quotes/quotes.json?_search=Russia")
    # Datasette 0.65's JSON leaves out facets_timed_out: a facet that timed out is simply missing.
    assert list(data["facet_results"]) == ["speaker_id", "source", "cue", "kind", "published"]
    conn = sqlite3.connect(db_path)
    for name, facet in data["facet_results"].items():
        expr = "date(published)" if name == "published" else name
        expected = conn.execute(
            f"select {expr}, count(*) from quotes "
            f"where rowid in (select rowid from quotes_fts where quotes_fts match 'Russia') "
            f"and {expr} is not null group by 1 order by 2 desc, 1 limit 30").fetchall()
        if name == "cue":  # grouped by lemma: said, Said and says are one entry
            every = conn.execute(
                "select cue, count(*) from quotes "
                "where rowid in (select rowid from quotes_fts where quotes_fts match 'Russia') "
                "and cue is not null group by 1").fetchall()
            expected = [(g["lemma"], g["count"]) for g in group_by_lemma(every)][:30]
        assert [(r["value"], r["count"]) for r in facet["results"]] == expected, name
        assert facet["type"] == {"published": "date", "cue": "lemma"}.get(name, "column") and not facet["hideable"]


def test_default_facets_are_counted_at_the_same_time(db_path):
    live = make_datasette(db_path)
    counting, most = 0, 0
    execute = live.execute

    async def slow_execute(database, sql, *args, **kwargs):
        nonlocal counting, most
        if FACET_SQL.match(" ".join(sql.split())):
            counting += 1
            most = max(most, counting)
            await asyncio.sleep(0.05)
            try:
                return await execute(database, sql, *args, **kwargs)
            finally:
                counting -= 1
        return await execute(database, sql, *args, **kwargs)

    live.execute = slow_execute
    assert len(rows_of(live, "/quotes/quotes.json")["facet_results"]) == 5
    assert most == 5


def test_every_connection_reads_the_file_memory_mapped(ds):
    """Facets walk whole indexes and searches look rows up by rowid: mapped pages skip a copy per page."""
    db = ds.get_database("quotes")
    pragmas = asyncio.run(db.execute_fn(lambda conn: [conn.execute(f"pragma {p}").fetchone()[0]
                                                      for p in ("mmap_size", "query_only")]))
    assert pragmas[0] >= 2**30 and pragmas[1] == 1


def test_serving_sees_an_ingest_that_happens_meanwhile(tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    db_path = tmp_path / "quotes.db"
    ingest([SEEDS / "001_1fa9d7612fe68434.txt"], db_path)
    live = make_datasette(db_path)
    assert rows_of(live, "/quotes/cite.json?_shape=array&phrase=never+paste") == []
    ingest([tmp_path / "hostile.txt"], db_path)
    assert len(rows_of(live, "/quotes/cite.json?_shape=array&phrase=never+paste")) == 1


def test_slow_queries_are_stopped_by_the_time_limit(ds):
    endless = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
    r = get(ds, "/quotes.json?sql=" + urlquote(endless))
    assert r.status_code == 400 and "too long" in r.text


def test_internal_tables_are_hidden_and_visible_columns_described(ds):
    tables = {t["name"]: t for t in rows_of(ds, "/quotes.json")["tables"]}
    assert {"quotes", "speakers", "articles"} <= {n for n, t in tables.items() if not t["hidden"]}
    assert all(tables[n]["hidden"] for n in tables if n.startswith("quotes_fts"))
    metadata = yaml.safe_load((CONFIG_DIR / "metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"]["quotes"]["tables"]
    for name in ("quotes", "speakers", "articles"):
        assert set(tables[name]["columns"]) <= set(described[name]["columns"]), name


def test_cite_query_builds_citations_only_for_the_rows_read(db_path):
    sql = cite_query_sql()
    conn = sqlite3.connect(db_path)
    register_sql_functions(conn)
    built = []
    conn.create_function("quote_citation", 2, lambda quote_id, style: built.append(quote_id) or style)
    (matches,) = conn.execute("select count(*) from quotes_fts where quotes_fts match fts_phrase('the')").fetchone()
    rows = conn.execute(sql, {"phrase": "the"}).fetchmany(2)
    assert matches > 20 and len(rows) == 2
    assert len(built) <= len(STYLES) * (len(rows) + 1)  # sqlite3 steps one row ahead of what it hands out


# A saved page whose metadata is shaped like datasette-json-html's link and image objects, and
# whose URL is a script: every page must show them as text, and link nothing of theirs.
HOSTILE_PAGE = """<html><head><title>{"img_src": "https://evil.example/pixel.png", "width": 1}</title>
<meta property="og:site_name" content='{"href": "https://evil.example/reuters-login", "label": "Reuters"}'>
</head><body><article>
<p>“The vote is on Friday and we will win it,” Maria Lopez, the party whip, said on Tuesday in the capital.</p>
<p>“Nobody expected the margin to be this wide,” Lopez added after the count ended late in the evening.</p>
</article></body></html>
"""
SCRIPT_URL = "javascript:alert(document.domain)"


def hostile_metadata_db(folder):
    """The seeds, and a saved page with JSON-shaped title and site name ingested with a script URL."""
    page = folder / "evil.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    path = folder / "quotes.db"
    ingest([SEEDS], path)
    ingest([page, "--url", SCRIPT_URL], path)
    return path


HOSTILE_METADATA_PAGES = [
    "/quotes/articles", "/quotes/articles/{article}", "/quotes/quotes?_search=vote", "/quotes/quotes/{quote}",
    "/quotes/quotes?_facet=source", "/quotes/speakers/{speaker}", "/quotes/cite?phrase=vote",
    "/quotes/speaker_quotes?speaker=Maria+Lopez", "/quotes/quotes_on?topic=vote",
]


def hostile_ids(db_path):
    db = sqlite_utils.Database(db_path)
    return next(db.query("select q.id as quote, q.article_id as article, q.speaker_id as speaker from quotes q "
                         "join articles a on a.id = q.article_id where a.url = ? limit 1", [SCRIPT_URL]))


@pytest.fixture(scope="module")
def hostile_ds(tmp_path_factory):
    path = hostile_metadata_db(tmp_path_factory.mktemp("hostile"))
    return make_datasette(path), hostile_ids(path)


@pytest.mark.parametrize("path", HOSTILE_METADATA_PAGES)
def test_json_shaped_metadata_and_script_urls_are_never_markup(hostile_ds, path):
    ds, ids = hostile_ds
    r = get(ds, path.format(**ids))
    assert r.status_code == 200
    html = r.text
    assert "evil.example" in html, "the page shows the metadata, as text"
    assert not re.search(r"""(?:href|src)\s*=\s*["']?(?:https://evil\.example|javascript:|data:)""", html, re.I)


@pytest.mark.parametrize("method, path, status", [
    ("post", "/quotes/quotes", 405), ("post", "/quotes/cite?phrase=sacred", 405), ("delete", "/quotes/quotes", 405),
    ("get", "/quotes/quotes?_sort=nonexistent", 400), ("get", "/quotes/quotes.json?_sort_desc=nonexistent", 400),
])
def test_what_cannot_be_served_is_a_4xx_not_a_500(ds, method, path, status):
    r = asyncio.run(getattr(ds.client, method)(path))
    assert r.status_code == status and "Traceback" not in r.text


@pytest.mark.parametrize("search", ['"', 'sacred fight"', '""" '])
def test_an_unpaired_double_quote_in_the_search_box_still_searches(ds, search):
    r = get(ds, f"/quotes/quotes.json?_shape=array&_search={urlquote(search)}")
    assert r.status_code == 200
    if "sacred" in search:
        assert r.json() and all("sacred" in row["text"].lower() or "fight" in row["text"].lower() for row in r.json())


def test_a_query_cannot_take_the_servers_memory(ds):
    r = get(ds, "/quotes.json?sql=select+length(randomblob(999999999))+as+n")
    assert r.status_code == 400 and "too big" in r.json()["error"]


KILLED_FIRST_INGEST = """
import os, sys
from quotes.pipeline import extract_articles, load_pipeline
from quotes.read import read_articles
from quotes.store import ingest, open_db

written = 0
for _ in ingest(open_db(sys.argv[1]), extract_articles(read_articles([sys.argv[2]]), load_pipeline()), batch_size=2):
    written += 1
    if written == 4:
        os._exit(9)  # killed mid-run: no chance to build the search index
"""


def test_search_after_a_killed_first_ingest_says_so_and_the_next_ingest_repairs_it(tmp_path):
    import subprocess
    import sys

    db_path = tmp_path / "quotes.db"
    killed = subprocess.run([sys.executable, "-c", KILLED_FIRST_INGEST, str(db_path), str(SEEDS)])
    assert killed.returncode == 9
    conn = sqlite3.connect(db_path)
    (stored,) = conn.execute("select count(*) from quotes").fetchone()
    (found,) = conn.execute("select count(*) from quotes_fts where quotes_fts match 'said'").fetchone()
    assert stored > 0 and found == 0, "the state a kill leaves"
    conn.close()

    html = get(make_datasette(db_path), "/quotes/quotes?_search=said").text
    assert "search-index-pending" in html
    result = CliRunner().invoke(cli, ["cite", "said", "--db", str(db_path)])
    assert "the search index of" in result.output and "is being built" in result.output

    ingest([SEEDS], db_path)
    conn = sqlite3.connect(db_path)
    (found,) = conn.execute("select count(*) from quotes_fts where quotes_fts match 'said'").fetchone()
    assert found > 0
    assert "search-index-pending" not in get(make_datasette(db_path), "/quotes/quotes?_search=said").text


def test_check_a_quote_page_gives_verdicts_and_citations(ds):
    home = get(ds, "/").text
    assert 'href="/-/check"' in home
    phrase = "the glory of Russia which gave birth to the first conquerors of space will live forever"
    found = rows_of(ds, "/-/check.json?style=apa&text=" + phrase.replace(" ", "+"))
    assert found[0]["verdict"] == "close" and found[0]["speaker"] == "Kim Jong Un"
    assert "(as cited in" in found[0]["citation"] and found[0]["style"] == "apa"
    html = get(ds, "/-/check?text=" + phrase.replace(" ", "+")).text
    assert '<strong class="verdict">close</strong>' in html and "<del>live forever</del> <ins>be immortal</ins>" in html
    assert all(f'<option value="{name}"' in html for name in STYLES)
    none = get(ds, "/-/check?text=purple+elephants+dance+on+the+moon+every+Tuesday").text
    assert "No stored quote is close" in none
    assert "<script>alert" not in get(ds, "/-/check?text=%3Cscript%3Ealert(1)%3C/script%3E").text
