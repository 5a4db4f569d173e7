"""Ingest: idempotent, changed articles replaced whole, dry runs, bad input, strictness, WAL, SIGKILL."""

import contextlib
import fcntl
import hashlib
import os
import pty
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time

import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from quotes.cli import cli
from quotes.cluster import cluster_db
from quotes.pipeline import Quote, extract_articles
from quotes.read import read_articles
from quotes.store import article_rows, ensure_db_shape, ingest, open_db, quote_columns

SEED_003 = SEEDS / "003_ad2f7963976caff1.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def ingest_paths(db, nlp, *paths, **kw):
    return list(ingest(db, extract_articles(read_articles(paths), nlp), **kw))


def check_consistent(db: sqlite_utils.Database) -> None:
    """Quotes stored; integrity ok, no orphaned or duplicated quote, counts agree, every offset slices the
    stored text."""
    assert db.execute("select count(*) from quotes").fetchone()[0] > 0  # else every check below passes
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert not db.execute("select id from quotes where article_id not in (select id from articles)").fetchall()
    assert not db.execute("select 1 from quotes group by article_id, start, end, kind having count(*) > 1").fetchall()
    assert not db.execute("select key from articles group by key having count(*) > 1").fetchall()
    assert not db.execute(
        "select a.id from articles a where quote_count != (select count(*) from quotes q where q.article_id = a.id)"
    ).fetchall()
    assert not db.execute("select id from quotes where speaker_id not in (select id from speakers)").fetchall()
    bad = db.execute("""select q.id from quotes q join articles a on a.id = q.article_id
                        where substr(a.text, q.start + 1, q.end - q.start) != q.text""").fetchall()
    assert not bad


def test_stored_text_is_cleaned_and_offsets_index_it(tmp_path, nlp):
    db = open_db(str(tmp_path / "q.db"))
    ingest_paths(db, nlp, SEEDS)
    check_consistent(db)
    [row] = db.query("select text, raw_hash from articles where doc = ?", [SEED_003.name])
    assert "Russia’s war" in row["text"] and "Russia‚Äôs" not in row["text"]
    assert row["raw_hash"] == hashlib.sha1(SEED_003.read_bytes()).hexdigest()


def test_quote_rows_are_the_quote_records_fields_and_the_tables_columns(nlp):
    """A quote row holds the columns derived from the record type, and the table has each (and
    cluster_id, which clustering sets); adding a field to Quote without a column fails here."""
    extracted = next(extract_articles(read_articles([SEEDS / "001_1fa9d7612fe68434.txt"]), nlp))
    _, rows, _ = article_rows(extracted)
    assert rows and all(tuple(row) == quote_columns(Quote._fields) for row in rows)
    assert rows[0]["text"] == extracted.quotes[0].quote and "cue_start" not in rows[0]
    table = sqlite_utils.Database(memory=True)
    ensure_db_shape(table)
    assert sorted(table["quotes"].columns_dict) == sorted([*quote_columns(Quote._fields), "cluster_id"])


def test_reingesting_identical_content_adds_nothing(tmp_path, nlp):
    db = open_db(str(tmp_path / "q.db"))
    first = ingest_paths(db, nlp, SEEDS)
    before = {t: list(db[t].rows) for t in ("articles", "quotes", "speakers")}
    second = ingest_paths(db, nlp, SEEDS)
    assert [r.status for r in first] == ["ingested"] * 5 and [r.status for r in second] == ["unchanged"] * 5
    assert before == {t: list(db[t].rows) for t in ("articles", "quotes", "speakers")}


def test_a_changed_article_replaces_its_quotes(tmp_path, nlp):
    path = tmp_path / "a.txt"
    path.write_text("“We will win,” Kim said.\n\n“Talks went well,” Putin said.")
    db = open_db(str(tmp_path / "q.db"))
    ingest_paths(db, nlp, path)
    path.write_text("“We will not stop,” Guterres said.")
    [result] = ingest_paths(db, nlp, path)
    assert (result.status, result.replaced) == ("ingested", True)
    assert [(r["text"], r["speaker_name"]) for r in db["quotes"].rows] == [("We will not stop,", "Guterres")]
    assert [r["name"] for r in db["speakers"].rows] == ["Guterres"]
    assert db["articles"].count == 1
    check_consistent(db)


def test_metadata_changes_count_as_changes(tmp_path):
    (tmp_path / "a.txt").write_text("“We will win,” Kim said.")
    db_path = tmp_path / "q.db"
    assert "1 ingested" in run("ingest", tmp_path / "a.txt", "--db", db_path).output
    second = run("ingest", tmp_path / "a.txt", "--db", db_path, "--source", "Reuters", "--published",
                 "13 September 2023")
    assert "1 ingested, 0 unchanged, 0 failed; 1 replaced" in second.output
    [row] = sqlite_utils.Database(db_path).query(
        "select a.source, a.published, q.source qs from articles a join quotes q")
    assert row == {"source": "Reuters", "published": "2023-09-13", "qs": "Reuters"}


def test_url_names_one_article(tmp_path):
    (tmp_path / "a.txt").write_text("“We will win,” Kim said.")
    result = run("ingest", tmp_path / "a.txt", "--db", tmp_path / "q.db", "--url", "https://x.test/a")
    assert result.exit_code == 0
    assert [r["key"] for r in sqlite_utils.Database(tmp_path / "q.db")["articles"].rows] == ["https://x.test/a"]
    folder = run("ingest", tmp_path, "--db", tmp_path / "q.db", "--url", "https://x.test/a")
    assert folder.exit_code == 2 and "--url names one article" in folder.stderr
    bad_date = run("ingest", tmp_path / "a.txt", "--db", tmp_path / "q.db", "--published", "soon")
    assert bad_date.exit_code == 2 and "'soon' is not a date" in bad_date.stderr


def test_dry_run_reports_and_writes_nothing(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("“We will win,” Kim said.")
    (tmp_path / "in" / "b.txt").write_text("“Fine,” Putin said.")
    db_path = tmp_path / "q.db"
    first = run("ingest", tmp_path / "in", "--db", db_path, "--dry-run")
    assert first.exit_code == 0 and not db_path.exists()
    assert "would add: a.txt (1 quotes)" in first.output
    assert "would be 2 ingested, 0 unchanged, 0 failed" in first.output
    run("ingest", tmp_path / "in", "--db", db_path)
    (tmp_path / "in" / "b.txt").write_text("“Not fine,” Putin said.")
    before = list(sqlite_utils.Database(db_path)["articles"].rows)
    second = run("ingest", tmp_path / "in", "--db", db_path, "--dry-run")
    assert "would replace: b.txt" in second.output and "would add" not in second.output
    assert "would be 1 ingested, 1 unchanged" in second.output
    assert list(sqlite_utils.Database(db_path)["articles"].rows) == before
    stored = sqlite_utils.Database(db_path)["quotes"].rows_where(order_by="text")
    assert [r["text"] for r in stored] == ["Fine,", "We will win,"]


def test_bad_inputs_are_skipped_one_line_each_and_the_run_goes_on(tmp_path):
    bad = {
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "empty.txt": b"",
        "scripts.html": b"<html><script>" + b"x();" * 1000 + b"</script><body><script>y()</script></body></html>",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    with (tmp_path / "huge.txt").open("wb") as f:
        f.truncate(50_000_000)
    (tmp_path / "latin1.txt").write_bytes("“Café au lait,” Kim said – twice.".encode("cp1252"))
    (tmp_path / "unbalanced.txt").write_text("“We will win,” Kim said. “Never ‘mind” it» said Putin. \"Odd")
    result = run("ingest", tmp_path, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 4 and all(line.startswith(f"error: {tmp_path}/") for line in errors)
    assert ({line.split(": ")[1].rsplit("/", 1)[1] for line in errors}
            == {"binary.txt", "empty.txt", "scripts.html", "huge.txt"})
    assert "2 ingested, 0 unchanged, 4 failed" in result.stdout
    db = sqlite_utils.Database(tmp_path / "q.db")
    assert sorted(r["doc"] for r in db["articles"].rows) == ["latin1.txt", "unbalanced.txt"]
    (latin1,) = db.execute("select id from articles where doc = 'latin1.txt'").fetchone()
    assert "“Café au lait,”" in db["articles"].get(latin1)["text"]
    check_consistent(db)


def test_strict_stops_at_the_first_bad_input(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("“We will win,” Kim said.")
    result = run("ingest", tmp_path, "--db", tmp_path / "q.db", "--strict")
    assert result.exit_code == 1 and result.stderr == f"error: {tmp_path / 'a.txt'}: empty file\n"
    assert "0 ingested, 0 unchanged, 1 failed" in result.stdout
    assert sqlite_utils.Database(tmp_path / "q.db")["articles"].count == 0


def test_strict_still_writes_the_articles_read_before_the_bad_input(tmp_path):
    # articles are written a batch at a time: the batch before the failure must not be lost
    (tmp_path / "a.txt").write_text("“We will win,” Kim said.")
    (tmp_path / "b.txt").write_text("")
    result = run("ingest", tmp_path, "--db", tmp_path / "q.db", "--strict")
    assert result.exit_code == 1 and "1 ingested, 0 unchanged, 1 failed" in result.stdout
    db = sqlite_utils.Database(tmp_path / "q.db")
    assert [r["doc"] for r in db["articles"].rows] == ["a.txt"] and db["quotes"].count == 1
    assert db["speakers"].get(db.execute("select speaker_id from quotes").fetchone()[0])["quote_count"] == 1


def test_no_progress_bar_when_not_a_terminal_and_silent_is_silent(tmp_path):
    (tmp_path / "a.txt").write_text("“We will win,” Kim said.")
    result = run("ingest", tmp_path, "--db", tmp_path / "q.db")
    assert result.stderr == "" and "articles/s" not in result.output
    assert run("ingest", tmp_path, "--db", tmp_path / "q2.db", "--silent").output == ""


def test_progress_bar_on_a_terminal(tmp_path):
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    shown = []

    def read_terminal():
        with contextlib.suppress(OSError):
            while chunk := os.read(main, 65536):
                shown.append(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    subprocess.run([sys.executable, "-m", "quotes", "ingest", str(SEEDS), "--db", str(tmp_path / "q.db")],
                   cwd=ROOT, stderr=terminal, stdout=subprocess.DEVNULL, timeout=60, check=True)
    time.sleep(0.2)
    os.close(terminal)
    reader.join(5)
    assert b"0/5 [" in b"".join(shown) and b"articles/s" in b"".join(shown)


def test_wal_lets_readers_read_while_a_write_is_open(tmp_path, nlp):
    db = open_db(str(tmp_path / "q.db"))
    ingest_paths(db, nlp, SEEDS)
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    db.execute("begin")
    db.execute("delete from quotes")
    reader = sqlite3.connect(tmp_path / "q.db", timeout=0.1)
    assert reader.execute("select count(*) from quotes").fetchone()[0] > 50
    db.conn.rollback()


@pytest.fixture(scope="module")
def thousand_articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("thousand")
    names = ["Vladimir Putin", "Kim Jong Un", "Antonio Guterres", "Dmitry Peskov"]
    for i in range(1000):
        name = names[i % 4]
        (folder / f"a{i:04d}.txt").write_text(
            f"Story number {i}\n\n“We will keep talking about item {i},” {name} said on Tuesday. "
            f"Officials said the meeting went well. “It is {i} times better,” {name.split()[-1]} added.\n")
    return folder


def test_an_ingest_killed_part_way_completes_on_rerun(tmp_path, thousand_articles):
    db_path = tmp_path / "q.db"
    command = [sys.executable, "-m", "quotes", "ingest", str(thousand_articles), "--db", str(db_path), "--silent"]
    process = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + 30
    done = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(db_path, timeout=1) as conn:
                done = conn.execute("select count(*) from articles").fetchone()[0]
        except sqlite3.OperationalError:
            pass  # not created yet
        if done >= 150:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    db = sqlite_utils.Database(db_path)
    partial = db["articles"].count
    assert 150 <= partial < 1000
    check_consistent(db)
    db.close()
    rerun = subprocess.run(command[:-1], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert rerun.returncode == 0 and f"{1000 - partial} ingested, {partial} unchanged, 0 failed" in rerun.stdout
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 1000 and db["quotes"].count == 2000 + db.execute(
        "select count(*) from quotes where kind = 'indirect'").fetchone()[0]
    check_consistent(db)
    # The killed run was a first load, whose indexes and search triggers wait for its end:
    # the rerun put them back, and the search index holds every quote.
    fresh = open_db(str(tmp_path / "fresh.db"))
    cluster_db(fresh)  # as an ingest leaves it
    assert quotes_schema(db) == quotes_schema(fresh)
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'talking'").fetchone()[0] == 1000


def quotes_schema(db: sqlite_utils.Database) -> list[tuple]:
    return db.execute("select type, name, sql from sqlite_master where tbl_name = 'quotes' or name like 'quotes_fts%' "
                      "order by name").fetchall()


def test_a_first_load_indexes_and_searches_like_an_incremental_one(tmp_path, nlp):
    """Into an empty database the indexes and search index are built at the end; into one
    that holds quotes, row by row: the same schema, rows and search results either way."""
    seeds = sorted(SEEDS.glob("*.txt"))
    first = open_db(str(tmp_path / "first.db"))
    ingest_paths(first, nlp, *seeds)
    incremental = open_db(str(tmp_path / "incremental.db"))
    ingest_paths(incremental, nlp, seeds[0])
    ingest_paths(incremental, nlp, *seeds[1:])
    assert quotes_schema(first) == quotes_schema(incremental)
    for db in (first, incremental):
        check_consistent(db)
    rows = "select id, text, speaker_id from quotes order by id"
    assert first.execute(rows).fetchall() == incremental.execute(rows).fetchall()
    for term in ("glory", "satellites", "Peskov", "sacred"):
        search = (f"select q.id from quotes_fts f join quotes q on q.rowid = f.rowid "
                  f"where quotes_fts match '{term}' order by q.id")
        assert first.execute(search).fetchall() == incremental.execute(search).fetchall() != []


def test_full_text_search_follows_edits_of_searched_columns_only(tmp_path, nlp):
    db = open_db(str(tmp_path / "q.db"))
    ingest_paths(db, nlp, SEEDS)
    trigger = db.execute("select sql from sqlite_master where name = 'quotes_au'").fetchone()[0]
    assert "update of text, speaker_name, speaker_mention" in trigger
    ensure_db_shape(db)
    assert db.execute("select sql from sqlite_master where name = 'quotes_au'").fetchone()[0] == trigger
    rowid = db.execute("select rowid from quotes where text like 'The glory%' limit 1").fetchone()[0]
    db.execute("update quotes set speaker_name = 'Zzyzx Example', speaker_id = null where rowid = ?", [rowid])
    assert db.execute("select rowid from quotes_fts where quotes_fts match 'zzyzx'").fetchall() == [(rowid,)]
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'glory'").fetchone()[0] == \
        db.execute("select count(*) from quotes where text like '%glory%'").fetchone()[0]


def test_a_first_load_ends_well_when_another_process_shaped_the_database_meanwhile(tmp_path, nlp):
    path = str(tmp_path / "q.db")
    results = ingest(open_db(path), extract_articles(read_articles([SEEDS]), nlp), batch_size=1)
    next(results)  # the first article is written; the indexes are set aside
    assert "idx_quotes_cue" not in {r[0] for r in sqlite3.connect(path).execute("select name from sqlite_master")}
    ensure_db_shape(sqlite_utils.Database(path))  # as a second `quotes ingest` would on opening
    assert len(list(results)) == 4
    db = sqlite_utils.Database(path)
    fresh = open_db(str(tmp_path / "fresh.db"))
    assert quotes_schema(db) == quotes_schema(fresh)
    check_consistent(db)
    assert db.execute("select count(*) from quotes_fts where quotes_fts match 'glory'").fetchone()[0] == \
        db.execute("select count(*) from quotes where text like '%glory%'").fetchone()[0] > 0
