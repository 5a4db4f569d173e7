"""Hostile input: every file that cannot be read is one ``error: PATH: reason`` line, and the run
goes on to write the good files, refresh the speakers and cluster the quotes."""

import os
import re

import sqlite_utils
from click.testing import CliRunner

from quotes.cli import cli

GOOD = "“We will not raise taxes this year,” Jane Smith said.\n\nShe spoke in {town}.\n"


def hostile_corpus(root):
    """Good articles and bad files side by side; returns the names of the bad files."""
    root.mkdir()
    (root / "good-a.txt").write_text(GOOD.format(town="Leeds") + "Source: Daily A\n", encoding="utf-8")
    (root / "good-b.txt").write_text(GOOD.format(town="York") + "Source: Daily B\n", encoding="utf-8")
    # UTF-32, with and without its byte-order mark: read as the text it is
    (root / "good-utf32.txt").write_bytes("“Prices will fall,” Tom Brown said.\n\nHe spoke.".encode("utf-32"))
    (root / "good-utf32le.txt").write_bytes("“Prices will rise,” Ann Lee said.\n\nShe spoke.".encode("utf-32-le"))
    (root / "good.csv").write_text('text,source\n"“Good row,” Jane Smith said.",C\n"never closed, Bob said.\nmore\n',
                                   encoding="utf-8")
    bad = {
        "nested.json": "[" * 200_000 + "]" * 200_000,
        "nested.jsonl": '{"text": ' + "[" * 200_000 + "]" * 200_000 + "}\n",
        "surrogate.json": '{"text": "a lone \\ud800 surrogate, Kim said."}',
        "nul.jsonl": '{"text": "a NUL \\u0000 inside, Kim said."}\n',
        "empty.txt": "",
        "deep.html": "<html><body>" + "<div>" * 100_000 + "“We will win,” Jane Smith said." + "</div>" * 100_000,
        "long-number.jsonl": '{"text": "“We will win,” Jane Smith said.", "n": ' + "1" * 5000 + "}\n",
        "text-not-a-string.json": '{"text": 42}',
    }
    for name, text in bad.items():
        (root / name).write_text(text, encoding="utf-8")
    bad_bytes = {
        "utf16-odd.txt": b"\xff\xfe" + "odd length".encode("utf-16-le") + b"x",
        "utf16-lone.txt": b"\xff\xfe" + "a \ud800 b".encode("utf-16-le", "surrogatepass"),
        "late-nul.txt": b"word " * 20_000 + b"\x00 more words",
        "binary.txt": bytes(range(256)) * 4,
        "bom-only.txt": b"\xff\xfe",
    }
    for name, data in bad_bytes.items():
        (root / name).write_bytes(data)
    fd = os.open(os.fsencode(root) + b"/latin1-\xe9.txt", os.O_WRONLY | os.O_CREAT)  # a name that is not UTF-8
    os.write(fd, GOOD.format(town="Hull").encode())
    os.close(fd)
    (root / "locked").mkdir()
    (root / "locked" / "hidden.txt").write_text(GOOD.format(town="Bath"), encoding="utf-8")
    return [*bad, *bad_bytes, "good.csv", "latin1-\\xe9.txt", "locked"]


def test_hostile_corpus_reports_each_bad_file_once_and_writes_the_rest(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    bad = hostile_corpus(corpus)
    scandir = os.scandir

    def unreadable(path="."):  # a folder this user may not list (root may list any, so it is staged)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", unreadable)
    db_path = tmp_path / "q.db"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db_path)])
    output = result.output
    assert "Traceback" not in output and isinstance(result.exception, SystemExit) and result.exit_code == 1
    errors = [line for line in output.splitlines() if line.startswith("error: ")]
    for name in bad:
        assert len([e for e in errors if re.search(f"/{re.escape(name)}[:#]", e)]) == 1, (name, errors)
    assert len(errors) == len(bad)
    assert re.search(r"good\.csv: bad CSV in the record at line 3 \(a quote opened here is never closed\)", output)
    assert f"5 ingested, 0 unchanged, {len(errors)} failed" in output

    db = sqlite_utils.Database(db_path)
    assert sorted(r["doc"] for r in db["articles"].rows) == [
        "good-a.txt", "good-b.txt", "good-utf32.txt", "good-utf32le.txt", "good.csv#2"]
    assert {r["name"]: r["quote_count"] for r in db["speakers"].rows} == {"Jane Smith": 3, "Tom Brown": 1, "Ann Lee": 1}
    reported_twice = [c["canonical_text"] for c in db["quote_clusters"].rows if c["sources_count"] > 1]
    assert reported_twice == ["We will not raise taxes this year"]
