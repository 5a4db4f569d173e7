"""Datasette in-process: the quotes table's facets, search, labels and CSV export."""

import csv
import io

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from quotes.cli import cli
from quotes.publish import make_datasette


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("pub") / "quotes.db"
    CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(db_path), "--silent"], catch_exceptions=False)
    return make_datasette(db_path)



def get(ds, path):
    import asyncio

    return asyncio.run(ds.client.get(path))


def test_quotes_table_opens_with_facets_showing_speaker_names(ds):
    r = get(ds, "/quotes/quotes.json?_labels=on&_size=5")
    assert r.status_code == 200
    data = r.json()
    assert set(data["facet_results"]) >= {"speaker_id", "source", "cue", "kind"}
    labels = [row["label"] for row in data["facet_results"]["speaker_id"]["results"]]
    assert "Kim Jong Un" in labels and "Vladimir Putin" in labels


def test_search_finds_quote_text(ds):
    data = get(ds, "/quotes/quotes.json?_search=sacred&_shape=array").json()
    assert data and all("sacred" in row["text"].lower() for row in data)


def test_csv_export_has_speaker_names(ds):
    r = get(ds, "/quotes/quotes.csv?_labels=on&_size=max")
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert any(row["speaker_id_label"] == "Dmitry Peskov" for row in rows)


def test_speakers_table_sorted_by_quote_count(ds):
    rows = get(ds, "/quotes/speakers.json?_shape=array").json()
    counts = [r["quote_count"] for r in rows]
    assert counts == sorted(counts, reverse=True) and rows[0]["name"] == "Kim Jong Un"
