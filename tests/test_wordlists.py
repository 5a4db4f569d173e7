"""The word lists kept as data (quotes/wordlists/<language>/*.txt, and quotes/wordlists_db/ for
those read after extraction): read once, lemmas are lemmas, no entry twice, every list is read by
the code, and only the extraction rules' lists count in the rules' version."""

import re

import pytest

from conftest import ROOT
from quotes import lexicon
from quotes.extractor import PACKAGE, RULE_MODULES, rule_files
from quotes.words import DB_WORD_LISTS, WORD_LISTS, word_list, word_set

ENGLISH = sorted(p.stem for p in (WORD_LISTS / "en").glob("*.txt"))
DB_ENGLISH = sorted(p.stem for p in (DB_WORD_LISTS / "en").glob("*.txt"))


def test_the_lists_are_found():
    assert len(ENGLISH) > 30 and "role_nouns" in ENGLISH  # the tests below can fail
    assert len(DB_ENGLISH) > 5 and "negations" in DB_ENGLISH


def test_a_list_is_read_once_without_comments_or_blank_lines():
    assert word_list("cue_lemmas") is word_list("cue_lemmas")
    assert "say" in word_set("cue_lemmas") and not [w for w in word_list("cue_lemmas") if w.startswith("#") or not w]
    assert "united states" in word_set("multiword_places")  # an entry may hold spaces


@pytest.mark.parametrize(("folder", "name"),
                         [(WORD_LISTS, n) for n in ENGLISH] + [(DB_WORD_LISTS, n) for n in DB_ENGLISH])
def test_no_entry_is_listed_twice(folder, name):
    entries = word_list(name, folder=folder)
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


@pytest.mark.parametrize("name", DB_ENGLISH)
def test_every_list_read_after_extraction_is_read_there_only(name):
    """A list of quotes/wordlists_db/ is read by the modules after extraction, named with
    DB_WORD_LISTS, and by no rule module: the rules' version does not cover it."""
    def reads(module: str) -> bool:
        code = (ROOT / "quotes" / module).read_text(encoding="utf-8")
        return bool(re.search(rf"""word_(?:list|set)\(["']{name}["'],[^)]*DB_WORD_LISTS""", code))

    assert [m for m in RULE_MODULES if reads(m)] == []
    assert [p.name for p in (ROOT / "quotes").glob("*.py") if reads(p.name)], name


def test_the_lists_read_after_extraction_leave_the_rules_version_alone():
    rules = rule_files()
    assert WORD_LISTS / "en" / "role_nouns.txt" in rules  # the test can fail
    assert [f for f in rules if f.is_relative_to(DB_WORD_LISTS)] == []
    assert DB_WORD_LISTS.parent == PACKAGE and (DB_WORD_LISTS / "en" / "negations.txt").is_file()


def test_computed_sets_are_built_from_the_lists():
    assert word_set("role_nouns") <= lexicon.ROLE_NOUNS
    assert (lexicon.ROLE_NOUNS - word_set("role_nouns")).isdisjoint(word_set("not_roles"))
    assert word_set("name_run_particles") < lexicon.NAME_PARTICLES
    assert lexicon.CUE_FORMS["acknowledged"] == "acknowledge" and lexicon.CUE_FORMS["fired back"] == "fire back"
    assert lexicon.PRONOUNS["they"] == ("unknown", None, "plural")
    assert lexicon.inflections("say") == ["say", "said", "says", "saying"]


def test_listed_first_names_fill_in_where_gender_guesser_has_nothing():
    """quotes/wordlists/en/first_names.txt: given names of Africa, South and Southeast Asia and
    the Pacific, with their gender; an accent is matched without it; a name given to men in one
    country and women in another is either."""
    assert {n: lexicon.guessed_first_name(n) for n in ("Kwame", "Ngozi", "Jagmeet", "Tāmati", "Andrea")} == {
        "Kwame": "male", "Ngozi": "female", "Jagmeet": "male", "Tāmati": "male", "Andrea": "andy"}
    assert lexicon.is_first_name("Wiremu") and not lexicon.is_first_name("Table")
    assert not lexicon.is_first_name("One")  # a word gender-guesser lists, "-" in ours
    codes = {line.split()[1] for line in word_list("first_names")}
    assert codes <= {"m", "f", "u", "m?", "f?", "-"}
    assert all(len(line.split()) == 2 for line in word_list("first_names"))
