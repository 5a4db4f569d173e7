"""The reading room in process: reader columns, names instead of ids, a quote's and an article's
page, speaker search, the reader's filters, speaker_quotes matching one speaker, exports."""

import asyncio
import csv
import io
import re
import sqlite3
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from quotes.cite import STYLES, citation, quote_by_id
from quotes.publish import make_datasette
from quotes.reading import kind_label
from test_publish import SCRIPT_URL, hostile_ids, hostile_metadata_db, reading_room_db

HEX = re.compile(r"\b[0-9a-f]{16}\b")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return reading_room_db(tmp_path_factory.mktemp("reading-room"))


@pytest.fixture(scope="module")
def ds(db_path):
    return make_datasette(db_path)


def get(ds, path):
    r = asyncio.run(ds.client.get(path))
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return r


def soup(ds, path):
    return BeautifulSoup(get(ds, path).text, "html.parser")


def one(db_path, sql, *params):
    return sqlite3.connect(db_path).execute(sql, params).fetchone()


def test_the_quotes_table_opens_with_the_reader_columns_and_the_search_box_first(ds):
    page = soup(ds, "/quotes/quotes")
    headings = [" ".join(th.get_text(" ", strip=True).split()) for th in page.select("table.rows-and-columns th")]
    assert headings == ["quote", "speaker", "kind", "outlet", "date ▲", "headline"]
    body = str(page.select_one("section.content") or page)
    assert body.index('name="_search"') < body.index("rows-and-columns") < body.index("column-descriptions")
    assert page.select_one("details.column-notes dl.column-descriptions"), "column notes collapsed"
    assert not page.select("td.col-id, td.col-start, td.col-sieve, td.col-confidence")
    kinds = {td.get_text(strip=True) for td in page.select("td.col-kind")}
    assert kinds <= {"verbatim", "partial", "reported"} and len(kinds) == 3
    speaker = page.select_one("td.col-speaker_id a")
    assert speaker["href"].startswith("/quotes/speakers/") and not HEX.search(speaker.parent.get_text())
    row = page.select_one("table.rows-and-columns tbody tr")
    quote_id = row.select_one("td.col-text a")["href"].rsplit("/", 1)[-1]
    assert re.fullmatch(r"/quotes/articles/[0-9a-f]{16}#q-" + quote_id, row.select_one("td.col-article_id a")["href"])
    assert page.select_one("td.col-text a")["href"].startswith("/quotes/quotes/")


def test_every_column_is_one_click_away(ds):
    page = soup(ds, "/quotes/quotes?_columns=all")
    headings = {th["data-column"] for th in page.select("table.rows-and-columns th")}
    assert {"id", "start", "end", "sieve", "confidence", "mention_kind", "cluster_id"} <= headings


def test_an_untitled_article_shows_its_file_name(ds, db_path):
    (doc,) = one(db_path, "select doc from articles where title is null and doc like '004%'")
    page = soup(ds, "/quotes/quotes?_sort=article_id")
    assert doc in [a.get_text() for a in page.select("td.col-article_id a")]
    assert not any(HEX.fullmatch(a.get_text()) for a in page.select("a"))


def test_a_filter_by_id_reads_as_a_name_in_the_heading_and_title(ds, db_path):
    speaker, count = one(db_path, "select id, quote_count from speakers where name = 'Kim Jong Un'")
    page = soup(ds, f"/quotes/quotes?speaker_id={speaker}")
    assert (page.select_one("h3.row-count").get_text(strip=True)
            == f"{count} quotes where speaker is “Kim Jong Un”, newest first")
    assert "Kim Jong Un" in page.title.get_text() and speaker not in page.title.get_text()


def test_a_quotes_page_shows_its_paragraph_the_resolution_and_a_caution(ds, db_path):
    quote_id, text, mention = one(db_path,
                                  "select id, text, speaker_mention from quotes where mention_kind = 'pronoun' "
                                           "and speaker_name = 'Kim Jong Un' limit 1")
    page = soup(ds, f"/quotes/quotes/{quote_id}")
    mark = page.select_one(".excerpt mark#the-quote")
    assert mark.get_text() == text
    assert page.select_one(".excerpt strong.speaker-mention").get_text() == mention
    assert page.select_one(".speaker-resolution").get_text(" ", strip=True).startswith(f"“{mention}” → Kim Jong Un")
    assert "pronoun" in page.select_one(".caution").get_text()
    (confidence,) = one(db_path, "select confidence from quotes where id = ?", quote_id)
    assert page.select_one(".confidence").get_text(strip=True) == f"{confidence:.2f}"
    assert page.select_one("a.article-link")["href"].endswith(f"#q-{quote_id}")
    assert {t["id"] for t in page.select(".citations textarea")} == {f"citation-{style}" for style in STYLES}
    assert page.title.get_text().startswith("Kim Jong Un: “")
    assert page.select_one("details.all-fields"), "the stored fields are one click away"


def test_a_named_confident_quote_carries_no_caution(ds, db_path):
    (quote_id,) = one(db_path, "select id from quotes where mention_kind = 'name' and confidence >= 0.9 "
                               "and speaker_type = 'person' limit 1")
    assert soup(ds, f"/quotes/quotes/{quote_id}").select_one(".caution") is None


def test_a_quote_links_the_other_outlets_that_reported_it(ds, db_path):
    quote_id, cluster = one(db_path,
                            "select q.id, q.cluster_id from quotes q join quote_clusters c on c.id = q.cluster_id "
                                     "where c.sources_count >= 3 limit 1")
    others = {r[0] for r in sqlite3.connect(db_path).execute(
        "select distinct article_id from quotes "
        "where cluster_id = ? and article_id != (select article_id from quotes where id = ?)",
        [cluster, quote_id])}
    links = soup(ds, f"/quotes/quotes/{quote_id}").select(".other-outlets li a")
    assert len(links) == len(others) >= 2


def test_an_articles_page_marks_and_links_every_quote(ds, db_path):
    (article,) = one(db_path, "select id from articles where doc like '004%'")
    page = soup(ds, f"/quotes/articles/{article}")
    marks = page.select("article.article-body mark[id^=q-]")
    stored = {r[0] for r in sqlite3.connect(db_path).execute("select id from quotes where article_id = ?", [article])}
    assert {m["id"][2:] for m in marks} <= stored and len(marks) >= len(stored) - 2  # nested quotes mark once
    assert all(m.a["href"] == f"/quotes/quotes/{m['id'][2:]}" for m in marks)
    assert page.h1.get_text() == "004_bec0765ebc047201.txt"


def test_a_speakers_page_is_titled_with_the_name_and_lists_kind_and_cue(ds, db_path):
    speaker, count = one(db_path, "select id, quote_count from speakers where name = 'Kim Jong Un'")
    page = soup(ds, f"/quotes/speakers/{speaker}")
    assert page.title.get_text() == "Kim Jong Un" and page.h1.get_text(strip=True) == "Kim Jong Un"
    assert "Kim Jong-un" in page.select_one(".speaker-aliases").get_text()
    assert page.select_one(".speaker-type").get_text() == "person"
    rows = page.select("table.speaker-quotes-table tbody tr")
    assert len(rows) == count
    kinds = [r.select_one("td.col-kind").get_text() for r in rows]
    assert set(kinds) >= {"verbatim", "partial", "reported"}
    assert "said" in {r.select_one("td.col-cue").get_text() for r in rows}
    dates = [r.select_one("td.col-published").get_text() for r in rows]
    assert dates[0] == "September 14, 2023", "newest first"


def test_speakers_are_searchable_over_names_and_aliases(ds):
    by_alias = get(ds, "/quotes/speakers.json?_shape=array&_search=peskov").json()
    assert [r["name"] for r in by_alias] == ["Dmitry Peskov"]
    by_part = {r["name"] for r in get(ds, "/quotes/speakers.json?_shape=array&_search=jong-un").json()}
    assert by_part == {"Kim Jong Un"}, "Kim Jong-un is an alias of Kim Jong Un only"
    page = soup(ds, "/quotes/speakers?_search=putin")
    assert [a.get_text() for a in page.select("td.col-name a")] == ["Vladimir Putin"]
    assert page.select_one("input[name=_search]")["value"] == "putin"
    types = {td.get_text() for td in soup(ds, "/quotes/speakers").select("td.col-type")}
    assert types >= {"person", "organization", "group"}


@pytest.mark.parametrize("args, check", [
    ("_kind=verbatim", lambda r: r["kind"] in ("direct", "partial", "block")),
    ("_kind=reported", lambda r: r["kind"] == "indirect"),
    ("_from=2023-09-14", lambda r: r["published"] >= "2023-09-14"),
    ("_from=2023-09-13&_to=2023-09-13", lambda r: r["published"] == "2023-09-13"),
    ("_outlet=Today+IT", lambda r: r["source"] == "Today IT"),
])
def test_the_readers_filters(ds, args, check):
    rows = get(ds, f"/quotes/quotes.json?_shape=array&_size=max&{args}").json()
    assert rows and all(check(r) for r in rows)


def test_blank_filters_filter_nothing(ds, db_path):
    (total,) = one(db_path, "select count(*) from quotes")
    data = get(ds, "/quotes/quotes.json?_kind=&_from=&_to=&_outlet=&_search=").json()
    assert data["filtered_table_rows_count"] == total


def test_the_cue_facet_filters_on_every_form_of_its_lemma(ds, db_path):
    facet = get(ds, "/quotes/quotes.json").json()["facet_results"]["cue"]
    said = next(r for r in facet["results"] if r["label"] == "said")
    toggle = urlsplit(said["toggle_url"])
    assert toggle.path.startswith("/quotes/quotes")
    rows = get(ds, f"/quotes/quotes.json?_shape=array&_size=max&{toggle.query}").json()
    assert len(rows) == said["count"] and {r["cue"].lower() for r in rows} <= {"said", "says", "say", "saying"}


def test_speaker_quotes_matches_one_speaker_and_names_them(db_path, tmp_path):
    copy = tmp_path / "quotes.db"
    conn = sqlite3.connect(copy)
    sqlite3.connect(db_path).backup(conn)
    with conn:  # a second speaker also written "Kim", quoted less
        conn.execute("insert into speakers (id, name, type, aliases, roles, quote_count, article_count) "
                     "values ('00000000000000aa', 'Kim Yo Jong', 'person', '[\"Kim\", \"Kim Yo Jong\"]', '[]', 1, 1)")
        conn.execute("update quotes set speaker_id = '00000000000000aa' where id = "
                     "(select id from quotes where speaker_name = 'Kim Jong Un' limit 1)")
    conn.close()
    rows = get(make_datasette(copy), "/quotes/speaker_quotes.json?_shape=array&speaker=Kim").json()
    assert rows and {r["speaker"] for r in rows} == {"Kim Jong Un"}
    yo = get(make_datasette(copy), "/quotes/speaker_quotes.json?_shape=array&speaker=kim+yo+jong").json()
    assert [r["speaker"] for r in yo] == ["Kim Yo Jong"]


def test_the_spreadsheet_export_has_the_readers_columns_and_a_byte_order_mark(ds, db_path):
    speaker, count = one(db_path, "select id, quote_count from speakers where name = 'Kim Jong Un'")
    r = get(ds, f"/quotes/-/spreadsheet.csv?speaker_id={speaker}&bom=1")
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert list(rows[0]) == ["speaker", "quote", "kind", "cue", "outlet", "date", "headline", "url", "citation"]
    assert len(rows) == count and {r["speaker"] for r in rows} == {"Kim Jong Un"}
    assert {r["kind"] for r in rows} <= {"verbatim", "partial", "reported"}
    conn = sqlite3.connect(db_path)
    ids = [i for (i,) in conn.execute("select id from quotes where speaker_id = ? order by published desc", [speaker])]
    assert sorted(r["citation"] for r in rows) == sorted(citation(quote_by_id(conn, i), "plain") for i in ids)
    assert rows[0]["date"] == "2023-09-14" and rows[0]["url"] == "https://today.example/kim-putin"
    plain = get(ds, f"/quotes/-/spreadsheet.csv?speaker_id={speaker}")
    assert not plain.content.startswith(b"\xef\xbb\xbf") and plain.text.splitlines()[0].startswith("speaker,quote")


def test_the_spreadsheet_export_follows_the_quotes_tables_filters(ds):
    exported = get(ds, "/quotes/-/spreadsheet.csv?_search=sacred+fight&_kind=verbatim").text
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert rows and all("sacred" in r["quote"].lower() and r["kind"] in ("verbatim", "partial") for r in rows)
    page = soup(ds, "/quotes/quotes?_search=sacred+fight&_kind=verbatim")
    link = page.select_one("a.spreadsheet-export")["href"]
    assert link.startswith("/quotes/-/spreadsheet.csv?") and "_search=sacred+fight" in link and "bom=1" in link


def test_csv_links_download_and_offer_a_byte_order_mark(ds):
    r = get(ds, "/quotes/quotes.csv?_size=3")
    assert "attachment" in r.headers.get("content-disposition", "") and not r.content.startswith(b"\xef\xbb\xbf")
    bom = get(ds, "/quotes/speakers.csv?_bom=1")
    assert bom.content.startswith(b"\xef\xbb\xbf") and bom.content[3:].startswith(b"id,name")


def test_a_script_url_is_never_an_exports_url(tmp_path):
    path = hostile_metadata_db(tmp_path)
    ids = hostile_ids(path)
    text = get(make_datasette(path), f"/quotes/-/spreadsheet.csv?speaker_id={ids['speaker']}").text
    assert SCRIPT_URL not in text and "javascript:" not in text


def test_kind_labels_in_the_facet(ds):
    page = soup(ds, "/quotes/quotes")
    labels = [a.get_text() for a in page.select("#facet-kind li a")]
    assert (set(labels) == {kind_label(k) for k in ("direct", "partial", "indirect", "block")} - {""}
            or set(labels) <= {"verbatim", "partial", "reported"})


def test_speakers_roles_and_aliases_read_as_lists(ds):
    page = soup(ds, "/quotes/speakers?_columns=all")
    cells = [td.get_text(strip=True) for td in page.select("td.col-roles, td.col-aliases")]
    assert "Kremlin spokesman, Kremlin spokesperson" in cells or any("Kremlin spokes" in c for c in cells)
    assert not any(c.startswith("[") for c in cells), "no JSON brackets, an empty list is an empty cell"


def test_canned_queries_show_the_rows_first_and_kinds_as_a_reader_names_them(ds):
    page = soup(ds, "/quotes/speaker_quotes?speaker=Peskov")
    assert page.title.get_text() == "Quotes by a speaker", "titled by its title, not its SQL"
    assert "json_each" not in page.get_text() and page.find("a", string="show"), "the SQL is one click away"
    assert "json_each" in soup(ds, "/quotes/speaker_quotes?speaker=Peskov&_show_sql=1").get_text()
    kinds = {td.get_text(strip=True) for td in page.select("td.col-kind")}
    assert kinds and kinds <= {"verbatim", "partial", "reported"}
    rows = get(ds, "/quotes/speaker_quotes.json?_shape=array&speaker=Peskov").json()
    assert {r["kind"] for r in rows} <= {"direct", "partial", "indirect", "block"}


def test_a_quote_from_a_group_carries_a_caution_and_shows_the_type(ds, db_path):
    quote_id, mention = one(db_path, "select id, speaker_mention from quotes where speaker_type = 'group' limit 1")
    page = soup(ds, f"/quotes/quotes/{quote_id}")
    assert "group" in page.select_one(".caution").get_text() and mention in page.select_one(".caution").get_text()
    assert "(group)" in page.select_one(".speaker-resolution").get_text()
