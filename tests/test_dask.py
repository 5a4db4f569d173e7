"""Past one machine: extraction as a pure function of a record, run with Dask, loaded by
``quotes ingest --extracted``."""

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from distributed import Client, LocalCluster

from conftest import SEEDS
from quotes.cli import cli
from quotes.distributed import article_record, extract_record, extract_with_dask, read_extracted
from quotes.read import ReadError, read_text_file

SEED_001 = SEEDS / "001_1fa9d7612fe68434.txt"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def table_rows(path) -> dict[str, list[dict]]:
    db = sqlite_utils.Database(path)
    return {t: list(db[t].rows_where(order_by="id")) for t in ("articles", "quotes", "speakers")}


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            yield client


def test_extract_record_is_a_pure_function_of_the_record():
    record = article_record(read_text_file(SEED_001))
    before = dict(record)
    quotes = extract_record(record)
    assert record == before and extract_record(record) == quotes
    state = [q for q in quotes if q["quote"].startswith("Any transfer of arms")]
    assert [(q["speaker"], q["cue"]) for q in state] == [("U.S. State Department", "said")]
    assert all(record["text"][q["start"]:q["end"]] == q["quote"] for q in quotes)
    assert json.loads(json.dumps(quotes)) == quotes


def test_extract_record_names_a_record_without_text():
    with pytest.raises(ValueError, match="a.txt: no article text"):
        extract_record({"doc": "a.txt", "text": "  "})


def test_dask_recipe_output_ingests_to_the_same_database(client, tmp_path):
    files = extract_with_dask([SEEDS], tmp_path / "out")
    assert files and all(f.endswith(".jsonl") for f in files)
    lines = [json.loads(line) for f in files for line in open(f, encoding="utf-8")]
    assert sorted(r["doc"] for r in lines) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert run("ingest", tmp_path / "out", "--extracted", "--db", tmp_path / "dask.db", "--silent").exit_code == 0
    assert run("ingest", SEEDS, "--db", tmp_path / "direct.db", "--silent").exit_code == 0
    dask_rows, direct_rows = table_rows(tmp_path / "dask.db"), table_rows(tmp_path / "direct.db")
    assert dask_rows == direct_rows and len(direct_rows["quotes"]) > 50


def test_dask_recipe_reads_jsonl_article_records(client, tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"url": "https://example.com/a", "title": "Talks", "source": "Example",
                                  "text": "“We will win,” Kim said. “Never,” the minister replied."}) + "\n")
    extract_with_dask([source], tmp_path / "out")
    [ex] = read_extracted([tmp_path / "out"])
    assert ex.article.key == "https://example.com/a" and ex.article.title == "Talks"
    assert [(q.quote, q.speaker) for q in ex.quotes][:1] == [("We will win,", "Kim")]


def test_ingest_extracted_names_a_bad_line_and_keeps_the_others(tmp_path):
    good = {**article_record(read_text_file(SEED_001)),
            "quotes": extract_record(article_record(read_text_file(SEED_001)))}
    (tmp_path / "part.jsonl").write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"doc": "x"}) + "\n")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--extracted", "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert "part.jsonl:2: not an extracted article record" in result.output
    assert "part.jsonl:3: not an extracted article record" in result.output
    assert sqlite_utils.Database(tmp_path / "q.db")["articles"].count == 1
    with pytest.raises(ReadError, match="part.jsonl:2"):
        list(read_extracted([tmp_path / "part.jsonl"]))


def test_dask_recipe_reads_a_folder_as_ingest_does(client, tmp_path):
    """HTML, JSON Lines and CSV files in a folder are read by their kind, as ``quotes ingest``
    reads them: the same articles, ids and quotes, not their markup or raw lines as text."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "page.html").write_text(
        "<html><head><title>Kim pledges support | Example News</title></head>"
        "<body><article><h1>Kim pledges support</h1>"
        "<p>“That’s why we came here,” Putin said when reporters asked about satellites at the cosmodrome.</p>"
        "<p>“The glory of Russia will be immortal,” Kim Jong Un wrote in the guest book of the space centre.</p>"
        "</article></body></html>")
    (folder / "feed.jsonl").write_text("".join(json.dumps({"title": f"Talks {i}",
                                                           "text": f"“We will talk on day {i},” Peskov said."}) + "\n"
                                       for i in range(2)))
    (folder / "wire.csv").write_text('title,text\nTalks,"""Never,"" the minister replied. ""Not now,"" Lavrov said."\n')
    (folder / "note.txt").write_text("Talks resume\n\n“We are ready,” Guterres said on Monday.\n")
    extract_with_dask([folder], tmp_path / "out")
    assert run("ingest", tmp_path / "out", "--extracted", "--db", tmp_path / "dask.db", "--silent").exit_code == 0
    assert run("ingest", folder, "--db", tmp_path / "direct.db", "--silent").exit_code == 0
    dask_rows, direct_rows = table_rows(tmp_path / "dask.db"), table_rows(tmp_path / "direct.db")
    assert dask_rows == direct_rows
    assert sorted(a["doc"] for a in direct_rows["articles"]) == ["feed.jsonl#1", "feed.jsonl#2", "note.txt",
                                                                 "page.html", "wire.csv#2"]
    assert {q["speaker_name"] for q in direct_rows["quotes"]} >= {"Putin", "Kim Jong Un", "Peskov", "Lavrov",
                                                                  "Guterres"}
    assert not any("<" in a["text"] for a in dask_rows["articles"])
