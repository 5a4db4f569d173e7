"""The documentation covers what the code offers: every command-line option is in the README's
"Command line" section, under its command, and every column of the database is described in
the reading room's metadata.yml (as sqlite-utils tests its own docs)."""

import re

import click
import pytest
import sqlite_utils
import yaml

from conftest import ROOT
from quotes.cli import cli
from quotes.speakers import CuratedSpeaker
from quotes.store import link_speakers, open_db

README = (ROOT / "README.md").read_text(encoding="utf-8")
METADATA = yaml.safe_load((ROOT / "datasette_config" / "metadata.yml").read_text(encoding="utf-8"))


def command_line_section() -> str:
    start = README.index("\n## Command line\n")
    return README[start:README.index("\n## ", start + 1)]


def documented(command: str) -> str:
    """The README's items (``- `quotes COMMAND …` — …``) that name ``command``, joined."""
    items = re.split(r"\n(?=- )", command_line_section())
    return "\n".join(item for item in items if f"`quotes {command}" in item)


OPTIONS = [(name, opt) for name, command in sorted(cli.commands.items()) for param in command.params
           if isinstance(param, click.Option) for opt in param.opts + param.secondary_opts if opt.startswith("--")]


def test_every_command_has_an_item_in_the_readme():
    assert sorted(cli.commands) == sorted(name for name in cli.commands if documented(name))


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c} {o}" for c, o in OPTIONS])
def test_every_option_is_documented_under_its_command(command, option):
    assert re.search(rf"{re.escape(option)}(?![\w-])", documented(command)), f"quotes {command} {option}"


def test_the_options_are_found():
    assert len(OPTIONS) > 30 and ("ingest", "--dry-run") in OPTIONS  # the test above can fail


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """Every table a database can hold, with its columns (full-text search's own aside)."""
    db = open_db(str(tmp_path_factory.mktemp("docs") / "q.db"))
    link_speakers(db, [CuratedSpeaker("Kim Jong Un", "person", None, ())])  # makes curated_speakers
    db = sqlite_utils.Database(db.conn)
    return {t: list(db[t].columns_dict) for t in db.table_names() if not t.startswith("quotes_fts")}


def test_every_table_and_column_is_described_in_metadata(tables):
    described = next(iter(METADATA["databases"].values()))["tables"]
    assert sorted(described) == sorted(tables)
    for table, columns in tables.items():
        assert sorted(described[table].get("columns", {})) == sorted(columns), table


@pytest.mark.parametrize(("column", "vocabulary"), [
    ("kind", "QuoteKind"), ("speaker_type", "SpeakerType"), ("mention_kind", "MentionKind")])
def test_metadata_names_every_word_a_column_may_hold(column, vocabulary):
    from quotes import vocab

    described = next(iter(METADATA["databases"].values()))["tables"]["quotes"]["columns"][column]
    assert [v for v in getattr(vocab, vocabulary) if not re.search(rf"\b{v}\b", described)] == []


def test_the_readme_names_every_speaker_type_where_it_lists_them():
    from quotes.vocab import SpeakerType

    listed = re.findall(r"`person` \| `organization`[^)]*\)", README)
    assert len(listed) >= 2
    for types in listed:
        assert [t for t in SpeakerType if f"`{t}`" not in types] == [], types


def test_the_readmes_reader_example_reads_its_format(tmp_path, monkeypatch):
    from quotes import read

    section = README[README.index("\n## Extending\n"):README.index("\n## Development\n")]
    example = re.findall(r"```python\n(.*?)```", section, re.S)[0]
    monkeypatch.setattr(read, "READERS", dict(read.READERS))  # registered for this test only
    exec(example, vars(read).copy())
    (tmp_path / "talks.md").write_text("# Talks resume\n“We will talk,” Putin said.\n", encoding="utf-8")
    (article,) = read.read_articles([tmp_path])
    assert (article.doc, article.title, article.text) == ("talks.md", "Talks resume", "“We will talk,” Putin said.\n")
    assert read._sniff(b"#") is read.READERS[".md"]
