"""The word lists kept as data (quotes/wordlists/<language>/*.txt): read once, lemmas are
lemmas, no entry twice, and every list is read by the code."""

import re

import pytest

from conftest import ROOT
from quotes import lexicon
from quotes.words import WORD_LISTS, word_list, word_set

ENGLISH = sorted(p.stem for p in (WORD_LISTS / "en").glob("*.txt"))


def test_the_lists_are_found():
    assert len(ENGLISH) > 30 and "role_nouns" in ENGLISH  # the tests below can fail


def test_a_list_is_read_once_without_comments_or_blank_lines():
    assert word_list("cue_lemmas") is word_list("cue_lemmas")
    assert "say" in word_set("cue_lemmas") and not [w for w in word_list("cue_lemmas") if w.startswith("#") or not w]
    assert "united states" in word_set("multiword_places")  # an entry may hold spaces


@pytest.mark.parametrize("name", ENGLISH)
def test_no_entry_is_listed_twice(name):
    entries = word_list(name)
    assert sorted({e for e in entries if entries.count(e) > 1}) == []


@pytest.mark.parametrize("name", [n for n in ENGLISH if n.endswith("_lemmas")])
def test_lemma_lists_hold_lemmas(name):
    """No entry is an inflected form of another ("acknowledged" beside "acknowledge"): the
    forms are generated from the lemma (quotes.lexicon.inflections)."""
    lemmas = word_set(name)
    inflected = {form: lemma for lemma in lemmas for form in lexicon.inflections(lemma)[1:]}
    assert sorted(f"{e} (of {inflected[e]})" for e in lemmas if e in inflected) == []


@pytest.mark.parametrize("name", ENGLISH)
def test_every_list_is_read_by_the_code(name):
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "quotes").glob("*.py"))
    assert re.search(rf"""word_(?:list|set)\(["']{name}["']""", code), name


def test_computed_sets_are_built_from_the_lists():
    assert word_set("role_nouns") <= lexicon.ROLE_NOUNS
    assert (lexicon.ROLE_NOUNS - word_set("role_nouns")).isdisjoint(word_set("not_roles"))
    assert word_set("name_run_particles") < lexicon.NAME_PARTICLES
    assert lexicon.CUE_FORMS["acknowledged"] == "acknowledge" and lexicon.CUE_FORMS["fired back"] == "fire back"
    assert lexicon.PRONOUNS["they"] == ("unknown", None, "plural")
    assert lexicon.inflections("say") == ["say", "said", "says", "saying"]
