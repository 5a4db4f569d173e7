"""The command line: extract, ingest (idempotent), evaluate, errors, and documented options."""

import json
import re

import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import FIXTURES, ROOT, SEEDS
from quotes.cli import JSONL_FIELDS, cli

SEED_001 = SEEDS / "001_1fa9d7612fe68434.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_extract_jsonl_fields_and_offsets():
    result = run("extract", SEED_001, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    text = SEED_001.read_text(encoding="utf-8")
    assert records and all(list(r) == JSONL_FIELDS for r in records)
    for r in records:
        assert text[r["start"]:r["end"]] == r["quote"]
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"]:r["speaker_end"]] == r["speaker_mention"]
    state = [r for r in records if r["quote"].startswith("Any transfer of arms")]
    assert [(r["speaker"], r["speaker_type"], r["cue"])
            for r in state] == [("U.S. State Department", "organization", "said")]


def test_extract_offsets_index_the_file_even_where_cleaning_repaired_it():
    path = SEEDS / "003_ad2f7963976caff1.txt"  # holds mojibake before its quotes
    text = path.read_text(encoding="utf-8")
    records = [json.loads(line) for line in run("extract", path).output.splitlines()]
    assert len(records) > 5
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in records)


@pytest.mark.parametrize("fmt,check", [("csv", lambda out: out.startswith("doc,start,end,quote")),
                                       ("table", lambda out: "Vladimir Putin" in out)])
def test_extract_other_formats(fmt, check):
    result = run("extract", SEED_001, "--format", fmt)
    assert result.exit_code == 0 and check(result.output)


def test_extract_table_has_a_header_and_cuts_long_cells_with_an_ellipsis():
    lines = run("extract", SEED_001, "--format", "table").output.splitlines()
    records = [json.loads(line) for line in run("extract", SEED_001).output.splitlines()]
    assert lines[0].split() == ["doc", "kind", "speaker", "cue", "quote"] and len(lines) == len(records) + 1
    quote_at = lines[0].index("quote")
    for line, r in zip(lines[1:], records):
        assert line.startswith(r["doc"]) and line[lines[0].index("kind"):].startswith(r["kind"])
        quote = " ".join(r["quote"].split())
        cell = line[quote_at:]
        assert cell == quote or (cell.endswith("…") and quote.startswith(cell[:-1]) and len(cell) < len(quote))
    assert any(line.endswith("…") for line in lines)


def test_extract_names_a_missing_file_and_fails():
    result = CliRunner().invoke(cli, ["extract", "no/such/file.txt"])
    assert result.exit_code == 1 and "no/such/file.txt: no such file or folder" in result.output


def test_extract_names_an_empty_file_and_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("“We will win,” Kim said.")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output and '"speaker": "Kim"' in result.output


def _failing_on(monkeypatch, marker):
    """Make the rules fail on any article holding ``marker``, as a bug in them would."""
    import quotes.pipeline

    real = quotes.pipeline.quotes_of_text

    def quotes_of_text(text, *args, **kwargs):
        if marker in text:
            raise IndexError("list index out of range")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(quotes.pipeline, "quotes_of_text", quotes_of_text)


def test_an_article_the_rules_fail_on_is_named_and_left_out_and_the_run_goes_on(tmp_path, monkeypatch):
    _failing_on(monkeypatch, "Deshabandu")
    (tmp_path / "bad.txt").write_text("“Tea is struggling,” Deshabandu Dr. Ranjith Perera said.")
    (tmp_path / "ok.txt").write_text("“We will win,” Kim said.")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert re.search(r"error: \S*bad\.txt: quotes could not be extracted \(IndexError: list index out of range\); "
                     r"the article is left out", result.output)
    assert '"speaker": "Kim"' in result.output and "Tea is struggling" not in result.output
    db = tmp_path / "q.db"
    ingested = CliRunner().invoke(cli, ["ingest", str(tmp_path / "bad.txt"), str(tmp_path / "ok.txt"), "--db", db])
    assert ingested.exit_code == 1 and "bad.txt: quotes could not be extracted" in ingested.output
    assert [r["doc"] for r in sqlite_utils.Database(db)["articles"].rows] == ["ok.txt"]


def test_unknown_model_is_a_clear_error():
    result = CliRunner().invoke(cli, ["extract", str(SEED_001), "--model", "en_no_such_pipeline"])
    assert result.exit_code == 2 and "en_no_such_pipeline" in result.output and "not installed" in result.output


def test_ingest_twice_changes_nothing(tmp_path):
    db_path = tmp_path / "q.db"
    first = run("ingest", SEEDS, "--db", db_path)
    assert first.exit_code == 0 and "5 ingested" in first.output
    db = sqlite_utils.Database(db_path)
    snapshot = {t: sorted(r["id"] for r in db[t].rows) for t in ("articles", "quotes", "speakers")}
    second = run("ingest", SEEDS, "--db", db_path)
    assert "0 ingested, 5 unchanged" in second.output
    assert snapshot == {t: sorted(r["id"] for r in db[t].rows) for t in ("articles", "quotes", "speakers")}
    assert db["quotes"].count > 50 and db["articles"].count == 5


def test_ingest_shape(tmp_path):
    db_path = tmp_path / "q.db"
    run("ingest", SEEDS, "--db", db_path, "--silent")
    db = sqlite_utils.Database(db_path)
    assert {fk.other_table for fk in db["quotes"].foreign_keys} >= {"articles", "speakers"}
    assert db["quotes"].detect_fts() == "quotes_fts"
    assert {tuple(i.columns) for i in db["quotes"].indexes} >= {("speaker_id",), ("source",), ("cue",), ("kind",)}
    hits = list(db.query(
        "select q.text from quotes q join quotes_fts f on f.rowid = q.rowid where quotes_fts match 'sacred'"))
    assert hits and all("sacred" in h["text"].lower() for h in hits)
    kim = list(db.query("select * from speakers where name = 'Kim Jong Un'"))
    assert len(kim) == 1 and "Kim Jong-un" in json.loads(kim[0]["aliases"])
    assert not list(db.query("select * from speakers where name like 'Kim Yo%'"))


def test_evaluate_command_prints_scores(tmp_path):
    gold = tmp_path / "gold"
    (gold / "texts").mkdir(parents=True)
    for p in SEEDS.glob("*.txt"):
        (gold / "texts" / p.name).write_bytes(p.read_bytes())
    (gold / "gold.jsonl").write_bytes((FIXTURES / "seed_gold.jsonl").read_bytes())
    result = run("evaluate", gold, "--json")
    scores = json.loads(result.output)
    assert scores["attributed_f1"] >= 0.95 and set(scores) >= {"quote_precision", "speaker_accuracy"}
    shown = run("evaluate", gold, "--show-errors").output
    assert "MISSED" in shown and "WRONG SPEAKERS" in shown
    # one sieve alone finds fewer speakers; a name that is no sieve is a usage error listing them
    alone = json.loads(run("evaluate", gold, "--json", "--sieves", "dash").output)
    assert alone["attributed_f1"] < scores["attributed_f1"]
    wrong = CliRunner().invoke(cli, ["evaluate", str(gold), "--sieves", "beside,besides"])
    assert wrong.exit_code == 2 and "unknown sieve besides; the sieves are beside, sentence," in wrong.output


def _commands():
    return sorted(cli.commands.items())


@pytest.mark.parametrize("name,command", _commands())
def test_every_option_is_documented_in_the_readme(name, command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"quotes {name}" in readme
    for param in command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert re.search(rf"quotes {name}\b[^\n]*{re.escape(opt)}|`{re.escape(opt)}", readme), f"{name} {opt}"


def test_the_same_clause_reported_twice_is_one_row():
    from quotes.clean import clean_text
    from quotes.pipeline import Extracted, extract_text
    from quotes.read import Article
    from quotes.store import article_rows

    text = "“We will win,” Kim said."
    (q,) = extract_text(text)
    ex = Extracted(Article(doc="a.txt", text=text), clean_text(text), [q, q._replace(cue="added")])
    _, quotes, _ = article_rows(ex)
    assert len(quotes) == 1


def test_a_rerun_heals_speaker_counts_a_killed_run_left_stale(tmp_path):
    db_path = tmp_path / "q.db"
    run("ingest", SEEDS, "--db", db_path, "--silent")
    db = sqlite_utils.Database(db_path)
    kim = next(db.query("select id, quote_count from speakers where name = 'Kim Jong Un'"))
    db.execute("update speakers set quote_count = 0 where id = ?", [kim["id"]])
    db.conn.commit()
    assert "0 ingested, 5 unchanged" in run("ingest", SEEDS, "--db", db_path).output
    assert db["speakers"].get(kim["id"])["quote_count"] == kim["quote_count"] > 0


def test_an_extracted_record_the_rules_failed_on_is_reported_and_left_out(tmp_path):
    good = {"doc": "ok.txt", "text": "“We will win,” Kim said.", "quotes": [], "model": None, "extractor": "x"}
    failed = {"doc": "bad.txt", "text": "“Tea is struggling,” he said.", "quotes": [], "model": None,
              "extractor": "x", "error": "IndexError: list index out of range"}
    path = tmp_path / "extracted.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (good, failed)) + "\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = CliRunner().invoke(cli, ["ingest", str(path), "--extracted", "--db", str(db)])
    assert result.exit_code == 1
    assert "extracted.jsonl:2: not an extracted article record (its quotes could not be extracted: IndexError" in (
        result.output)
    assert [r["doc"] for r in sqlite_utils.Database(db)["articles"].rows] == ["ok.txt"]
