"""``--jobs N``: extraction in worker processes gives the same output, in the same order."""

import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import SEEDS
from quotes.cli import cli
from quotes.parallel import extract_parallel
from quotes.pipeline import extract_articles
from quotes.read import read_articles


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def table_rows(path) -> dict[str, list[dict]]:
    db = sqlite_utils.Database(path)
    return {t: list(db[t].rows_where(order_by="id")) for t in ("articles", "quotes", "speakers")}


@pytest.mark.parametrize("batch_size", [1, 2])
def test_extract_parallel_matches_one_process_in_order(nlp, batch_size):
    one = [(ex.article.doc, ex.clean.text, ex.quotes) for ex in extract_articles(read_articles([SEEDS]), nlp)]
    two = [(ex.article.doc, ex.clean.text, ex.quotes)
           for ex in extract_parallel(read_articles([SEEDS]), jobs=2, batch_size=batch_size)]
    assert two == one and sum(len(q) for _, _, q in one) > 50


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_extract_output_is_identical_with_jobs(fmt):
    one = run("extract", SEEDS, "--format", fmt)
    two = run("extract", SEEDS, "--format", fmt, "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert two.output == one.output and one.output.count("\n") > 50


def test_ingest_database_is_identical_with_jobs(tmp_path):
    assert run("ingest", SEEDS, "--db", tmp_path / "one.db", "--silent").exit_code == 0
    assert run("ingest", SEEDS, "--db", tmp_path / "two.db", "--silent", "--jobs", "2").exit_code == 0
    one, two = table_rows(tmp_path / "one.db"), table_rows(tmp_path / "two.db")
    assert two == one and len(one["articles"]) == 5 and len(one["quotes"]) > 50


def test_jobs_with_a_bad_file_reports_it_and_keeps_the_others(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("“We will win,” Kim said.")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output and '"speaker": "Kim"' in result.output


def test_jobs_must_be_positive():
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output


def test_workers_are_forked_only_from_a_single_threaded_process(nlp, monkeypatch):
    import threading

    from quotes import pool

    one = [ex.quotes for ex in extract_articles(read_articles([SEEDS]), nlp)]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert pool.context().get_start_method() == "forkserver"
        assert [ex.quotes for ex in extract_parallel(read_articles([SEEDS]), jobs=2)] == one
    finally:
        stop.set()
        other.join()
    monkeypatch.setattr(pool.threading, "active_count", lambda: 1)
    assert pool.context().get_start_method() == "fork"
    assert [ex.quotes for ex in extract_parallel(read_articles([SEEDS]), jobs=2)] == one


def test_forked_workers_use_the_callers_pipeline_instead_of_loading_one(nlp, monkeypatch):
    from quotes import parallel, pool

    one = [ex.quotes for ex in extract_articles(read_articles([SEEDS]), nlp)]
    monkeypatch.setattr(pool.threading, "active_count", lambda: 1)  # forked workers
    monkeypatch.setattr(parallel, "load_pipeline", lambda model: 1 / 0)  # a worker that loads its own breaks the pool
    assert [ex.quotes for ex in extract_parallel(read_articles([SEEDS]), jobs=2, nlp=nlp)] == one


def test_workers_end_when_their_parent_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import os, sys, time\n"
        "from quotes.pool import worker_pool\n"
        "pool = worker_pool(2)\n"
        "print(' '.join(str(p) for p in pool._processes or []) or '', flush=True)\n"
        "def pid(wait):\n"
        "    time.sleep(wait)\n"
        "    return os.getpid()\n"
        # Only a worker that ran a task surely ran its initializer (which asks to end with the
        # parent): wait until every worker has.
        "while len(set(pool.map(pid, [0.2] * 4))) < 2:\n"
        "    pass\n"
        "print(' '.join(str(p) for p in pool._processes), flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    parent.stdout.readline()
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert len(workers) >= 1
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 30  # a bound on the wait, not a measure of speed
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in workers if os.path.exists(f"/proc/{p}")
                 and "Z" not in open(f"/proc/{p}/stat").read().split()[2]]
    assert alive == []
