from pathlib import Path

import pytest
import sqlite_utils

from quotes.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Quotes of a text, as (quote, speaker) pairs and full records."""

    def run(text):
        return nlp(text)._.quotes

    return run


@pytest.fixture
def db(tmp_path):
    return sqlite_utils.Database(tmp_path / "quotes.db")


def shared_gold(name: str) -> Path:
    """A gold folder from ../shared/gold, or a skip saying why it is missing."""
    path = SHARED_GOLD / name
    if not (path / "gold.jsonl").is_file():
        pytest.skip(f"{path} is absent: the PolNeAR gold lives in ../shared beside the repository")
    return path


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    """A database of seeds/ as `quotes ingest seeds/` writes it, made once for the whole run.

    Shared by the tests that only read it (or rewrite it to the same contents, as `quotes
    cluster` does); a test that changes it makes its own.
    """
    from click.testing import CliRunner

    from quotes.cli import cli

    path = tmp_path_factory.mktemp("seeds") / "quotes.db"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(path), "--silent"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path
