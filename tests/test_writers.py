"""One writer at a time: a second ingest into the same database waits for the first (or, with
--no-wait, refuses at once), and every article of both is written."""

import os
import select
import subprocess
import sys

import sqlite_utils

from quotes.lock import lock_path, writer_lock


def _corpus(folder, name, n):
    folder.mkdir()
    for k in range(n):
        (folder / f"{name}-{k}.txt").write_text(f"“We will build {k} roads,” {name.title()} Jones said.\n",
                                                encoding="utf-8")
    return folder


def _ingest(*args):
    return subprocess.Popen([sys.executable, "-m", "quotes", "ingest", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stderr_line(proc, deadline_s=120):
    """The next line the process writes to standard error (or "" if it writes none in time)."""
    ready, _, _ = select.select([proc.stderr], [], [], deadline_s)
    return proc.stderr.readline() if ready else ""


def test_two_ingests_into_one_database_both_finish_with_every_article(tmp_path):
    db_path = tmp_path / "q.db"
    a, b = _corpus(tmp_path / "a", "ann", 30), _corpus(tmp_path / "b", "bob", 30)
    with writer_lock(db_path):  # an ingest already writing: both new ones must wait, then run
        first, second = _ingest(a, "--db", db_path), _ingest(b, "--db", db_path)
        for proc in (first, second):
            assert "waiting for another ingest to finish" in _stderr_line(proc)
    outputs = [proc.communicate() for proc in (first, second)]
    assert [proc.returncode for proc in (first, second)] == [0, 0], outputs
    assert all("Traceback" not in err and "locked" not in err for _, err in outputs)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 60
    assert {r["name"]: r["quote_count"] for r in db["speakers"].rows} == {"Ann Jones": 30, "Bob Jones": 30}


def test_no_wait_refuses_at_once_while_another_ingest_writes(tmp_path):
    db_path = tmp_path / "q.db"
    corpus = _corpus(tmp_path / "a", "ann", 1)
    with writer_lock(db_path):
        proc = _ingest(corpus, "--db", db_path, "--no-wait")
        out, err = proc.communicate()
    assert proc.returncode == 1
    assert f"{db_path}: another ingest is writing this database" in err and "Traceback" not in err
    assert not db_path.exists() or sqlite_utils.Database(db_path)["articles"].count == 0


def test_the_lock_is_free_again_after_an_ingest(tmp_path):
    db_path = tmp_path / "q.db"
    proc = _ingest(_corpus(tmp_path / "a", "ann", 1), "--db", db_path, "--no-wait")
    assert proc.wait() == 0 and lock_path(db_path).exists()
    with writer_lock(db_path, wait=False):  # raises WriterBusy if it were still held
        pass
    assert os.path.getsize(db_path) > 0
