"""The vocabularies of quotes.vocab are the words the database holds."""

import sqlite3

import pytest

from quotes.vocab import NAMED_TYPES, REPORTED_KINDS, VERBATIM_KINDS, MentionKind, QuoteKind, SpeakerType


def distinct(db_path, sql):
    with sqlite3.connect(db_path) as conn:
        return {value for (value,) in conn.execute(sql) if value is not None}


@pytest.mark.parametrize(("vocabulary", "sql"), [
    (QuoteKind, "select distinct kind from quotes"),
    (SpeakerType, "select distinct speaker_type from quotes union select distinct type from speakers"),
    (MentionKind, "select distinct mention_kind from quotes"),
])
def test_every_word_stored_for_the_seeds_is_in_its_vocabulary(seeds_db, vocabulary, sql):
    stored = distinct(seeds_db, sql)
    assert len(stored) >= 3  # the seeds hold several of each
    assert stored <= set(vocabulary)


def test_members_are_the_strings_stored():
    assert QuoteKind.DIRECT == "direct" and f"{SpeakerType.PERSON}" == "person" and str(MentionKind.NAME) == "name"
    with sqlite3.connect(":memory:") as conn:
        assert conn.execute("select ?", [QuoteKind.INDIRECT]).fetchone() == ("indirect",)


def test_verbatim_and_reported_kinds_cover_every_kind_once():
    assert sorted(VERBATIM_KINDS + REPORTED_KINDS) == sorted(QuoteKind)
    assert set(NAMED_TYPES) == {"person", "organization"}
