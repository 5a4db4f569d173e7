"""The speaker index: one row per real speaker across articles, with aliases, roles, types and curation."""

import asyncio
import csv
import io
import json
import sqlite3

import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from quotes.cli import cli
from quotes.curated import CuratedError, load_curated
from quotes.publish import make_datasette
from quotes.speakers import SpeakerIndex, indexed, name_key, speaker_id


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def speakers(db_path):
    return {r["name"]: r for r in sqlite_utils.Database(db_path)["speakers"].rows}


def ingest_texts(tmp_path, texts, *options, db_name="q.db"):
    """Ingest ``texts`` (file name → text) into a fresh database; its speakers by name."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = run("ingest", *[folder / n for n in texts], "--db", tmp_path / db_name, "--silent", *options)
    assert result.exit_code == 0, result.output
    return speakers(tmp_path / db_name)


# After ingesting seeds/ (the "done when")

@pytest.mark.parametrize("name", [
    "Kim Jong Un", "Vladimir Putin", "Dmitry Peskov", "Wi Sung-lac", "Hong Min", "Rebekah Koffler",
    "James O’Brien", "Antonio Guterres",
])
def test_seed_speaker_has_exactly_one_row(seeds_db, name):
    rows = [r for r in sqlite_utils.Database(seeds_db)["speakers"].rows if name_key(r["name"]) == name_key(name)]
    assert [r["name"] for r in rows] == [name]
    # and every quote naming them, however written, points at that row
    db = sqlite_utils.Database(seeds_db)
    ids = {r[0] for r in db.execute("select speaker_id from quotes where speaker_name is not null")
           if r[0] and name_key(db["speakers"].get(r[0])["name"]) == name_key(name)}
    assert ids == {rows[0]["id"]}


def test_seed_index_keeps_kim_yo_jong_out_and_kim_jong_un_whole(seeds_db):
    found = speakers(seeds_db)
    assert not [n for n in found if "yo jong" in name_key(n)]
    assert {"Kim", "Kim Jong-un", "Kim Jong Un"} <= set(json.loads(found["Kim Jong Un"]["aliases"]))
    assert found["Kim Jong Un"]["type"] == "person" and found["Kim Jong Un"]["article_count"] == 5


def test_seed_roles_and_types(seeds_db):
    found = speakers(seeds_db)
    assert "Kremlin spokesman" in json.loads(found["Dmitry Peskov"]["roles"])
    assert "former South Korean ambassador to Russia" in json.loads(found["Wi Sung-lac"]["roles"])
    assert found["U.S. State Department"]["type"] == "organization"
    assert found["South Korean Foreign Ministry"]["type"] == "organization"
    assert found["Hankook Ilbo"]["type"] == "organization"  # "the South Korean newspaper Hankook Ilbo"
    # a group opening a sentence ("Analysts say") is a group, never a person
    assert not [n for n, row in found.items() if name_key(n) == "analysts" and row["type"] != "group"]


def test_seed_quotes_keep_mention_and_role_as_written(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    peskov = speaker_id("Dmitry Peskov")
    rows = {(r["speaker_mention"], r["role"]) for r in db["quotes"].rows_where("speaker_id = ?", [peskov])}
    assert ("Dmitry Peskov", "Kremlin spokesman") in rows and ("Peskov", None) in rows


def test_roles_are_counted_once_whatever_their_article_or_capitals(seeds_db):
    roles = json.loads(speakers(seeds_db)["Wi Sung-lac"]["roles"])
    assert roles == ["former South Korean ambassador to Russia"]  # also written "the former South Korean Ambassador …"


# Names compared across articles

@pytest.mark.parametrize("a,b", [
    ("Kim Jong-un", "Kim Jong Un"), ("KIM JONG UN", "kim jong un"), ("Mr. Kim", "Kim"), ("Dr. Hong Min", "Hong Min"),
    ("President Vladimir Putin", "Vladimir Putin"), ("Antonio Guterres", "António Guterres"),
    ("James O’Brien", "James O'Brien"), ("the U.S. State Department", "US State Department"),
])
def test_names_that_are_the_same_speaker(a, b):
    assert name_key(a) == name_key(b) and speaker_id(a) == speaker_id(b)


@pytest.mark.parametrize("a,b", [
    ("Kim Jong Un", "Kim Yo Jong"), ("Kim Jong Un", "Kim Il Sung"), ("Kim Jong Un", "Kim Myong Sik"),
    ("Secretary of State", "State"), ("Prime Minister’s Office", "Office"),
])
def test_names_that_are_different_speakers(a, b):
    assert speaker_id(a) != speaker_id(b)


def test_one_word_name_links_only_to_an_unambiguous_full_name():
    index = SpeakerIndex([("Vladimir Putin", "person"), ("Kim Jong Un", "person"), ("Kim Yo Jong", "person"),
                          ("U.S. State Department", "organization")])
    assert index.speaker_id("Putin") == speaker_id("Vladimir Putin")
    assert index.speaker_id("Kim") == speaker_id("Kim")  # two Kims: kept apart
    assert index.speaker_id("Department") == speaker_id("Department")  # organisations are not shortened
    assert index.speaker_id("Putin", stype="organization") == speaker_id("Putin")


def test_lone_surname_joins_the_full_name_of_another_article_in_either_order(tmp_path):
    texts = {"a.txt": "“We will win,” Putin said.\n", "b.txt": "“Russia is strong,” Vladimir Putin said.\n"}
    forward = ingest_texts(tmp_path, texts, db_name="ab.db")
    backward = ingest_texts(tmp_path, dict(reversed(texts.items())), db_name="ba.db")
    assert list(forward) == ["Vladimir Putin"] and forward == backward
    assert forward["Vladimir Putin"]["quote_count"] == 2
    assert set(json.loads(forward["Vladimir Putin"]["aliases"])) == {"Putin", "Vladimir Putin"}


def test_two_kims_stay_apart_and_a_lone_kim_stays_unknown(tmp_path):
    found = ingest_texts(tmp_path, {
        "a.txt": "“We will win,” Kim Jong Un said.\n",
        "b.txt": "“They will regret it,” Kim Yo Jong said.\n",
        "c.txt": "“The rockets are ready,” Kim said.\n",
    })
    assert sorted(found) == ["Kim", "Kim Jong Un", "Kim Yo Jong"]
    assert found["Kim"]["type"] == "unknown" and found["Kim Jong Un"]["type"] == "person"


def test_within_an_article_the_second_kim_does_not_take_the_first_kims_quotes(tmp_path):
    found = ingest_texts(tmp_path, {"a.txt": (
        "North Korean leader Kim Jong Un met Putin. His sister Kim Yo Jong came too.\n\n"
        "“We will win,” Kim Jong Un said.\n\n“They will regret it,” Kim Yo Jong said.\n\n“We are ready,” Kim said.\n")})
    assert (found["Kim Jong Un"]["quote_count"], found["Kim Yo Jong"]["quote_count"]) == (2, 1)


def test_a_later_namesake_unlinks_a_lone_surname(tmp_path):
    first = ingest_texts(tmp_path, {"a.txt": "“We will win,” Kim Jong Un said.\n", "c.txt": "“Ready,” Kim said.\n"})
    assert list(first) == ["Kim Jong Un"]
    again = ingest_texts(tmp_path, {"b.txt": "“They will regret it,” Kim Yo Jong said.\n"})
    assert sorted(again) == ["Kim", "Kim Jong Un", "Kim Yo Jong"]


def test_spellings_and_honorifics_across_articles_are_one_speaker(tmp_path):
    found = ingest_texts(tmp_path, {
        "a.txt": "“We will win,” Kim Jong-un said.\n",
        "b.txt": "“We will win again,” Kim Jong Un said.\n",
        "c.txt": "“The talks went well,” Dr. Hong Min said.\n",
        "d.txt": "“The talks went badly,” Hong Min said.\n",
    })
    assert sorted(found) == ["Hong Min", "Kim Jong Un"] or sorted(found) == ["Hong Min", "Kim Jong-un"]
    assert all(r["quote_count"] == 2 and r["article_count"] == 2 for r in found.values())


# Curated speakers

def test_curated_file_wins_over_inference(tmp_path):
    (tmp_path / "speakers.yml").write_text(
        "- name: Vladimir Putin\n  wikidata_id: Q7747\n  aliases: [the Kremlin leader]\n"
        "- name: Korean Central News Agency\n  type: organization\n  aliases: [KCNA]\n"
        "- name: Kim Jong-un\n", encoding="utf-8")
    found = ingest_texts(tmp_path, {
        "a.txt": "“Russia is self-sufficient,” the Kremlin leader said.\n",
        "b.txt": "“The visit was historic,” KCNA said.\n",
        "c.txt": "“We will win,” Kim Jong Un said.\n",
    }, "--speakers", tmp_path / "speakers.yml")
    assert sorted(found) == ["Kim Jong-un", "Korean Central News Agency", "Vladimir Putin"]
    assert (found["Vladimir Putin"]["wikidata_id"], found["Vladimir Putin"]["type"]) == ("Q7747", "person")
    assert found["Korean Central News Agency"]["type"] == "organization"
    # the declarations stay in the database: an ingest without --speakers keeps them
    again = ingest_texts(tmp_path, {"d.txt": "“Work hard,” the Kremlin leader said.\n"})
    assert again["Vladimir Putin"]["quote_count"] == 2


def test_example_speakers_file_is_valid_and_applies_to_the_seeds(tmp_path, seeds_db):
    example = load_curated(ROOT / "speakers.example.yml")
    assert {"Vladimir Putin", "Kim Jong Un"} <= {c.name for c in example}
    db_path = tmp_path / "q.db"
    with sqlite3.connect(seeds_db) as source, sqlite3.connect(db_path) as copy:
        source.backup(copy)
    result = run("ingest", SEEDS, "--db", db_path, "--speakers", ROOT / "speakers.example.yml")
    assert result.exit_code == 0 and "0 ingested, 5 unchanged" in result.output
    found = speakers(db_path)
    assert found["Kim Jong Un"]["wikidata_id"] == "Q56226" and found["António Guterres"]["wikidata_id"] == "Q311440"
    assert found["Korean Central News Agency"]["type"] == "organization" and "KCNA" not in found


@pytest.mark.parametrize("text,problem", [
    ("name: Putin\n", "expected a list of speakers"),
    ("- aliases: [Putin]\n", "entry 1: needs a name"),
    ("- name: Putin\n  kind: person\n", "unknown field 'kind'"),
    ("- name: Putin\n  type: human\n", "type must be person or organization"),
    ("- name: Putin\n  wikidata_id: 7747\n", "wikidata_id must look like Q7747"),
    ("- name: Kim Jong Un\n- name: Kim Yo Jong\n  aliases: [Kim Jong-un]\n",
     "'Kim Jong-un' is already declared for Kim Jong Un"),
    ("- name: [unclosed\n", "not valid YAML"),
])
def test_bad_speakers_file_is_named_and_nothing_is_written(tmp_path, text, problem):
    path = tmp_path / "speakers.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CuratedError, match=problem):
        load_curated(path)
    (tmp_path / "a.txt").write_text("“We will win,” Putin said.\n", encoding="utf-8")
    result = run("ingest", tmp_path / "a.txt", "--db", tmp_path / "q.db", "--speakers", path)
    assert result.exit_code == 2 and str(path) in result.output and problem in result.output
    assert not (tmp_path / "q.db").exists()


# quotes speakers

def test_speakers_command_prints_the_index_most_quoted_first(seeds_db):
    table = run("speakers", "--db", seeds_db)
    lines = table.output.splitlines()
    assert table.exit_code == 0 and lines[0].split()[:4] == ["name", "type", "quotes", "articles"]
    assert lines[1].startswith("Kim Jong Un") and any(
        line.startswith("Dmitry Peskov") and line.endswith("Kremlin spokesman") for line in lines)
    rows = list(csv.DictReader(io.StringIO(run("speakers", "--db", seeds_db, "--format", "csv").output)))
    assert list(rows[0]) == ["name", "type", "quotes", "articles", "main_role"]
    counts = [int(r["quotes"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    records = json.loads(run("speakers", "--db", seeds_db, "--format", "json").output)
    peskov = next(r for r in records if r["name"] == "Dmitry Peskov")
    assert peskov["main_role"] == "Kremlin spokesman" and "Peskov" in peskov["aliases"]


def test_speakers_command_without_a_database_is_a_usage_error(tmp_path):
    result = run("speakers", "--db", tmp_path / "none.db")
    assert result.exit_code == 2 and "no such database" in result.output


# Datasette

def test_speaker_page_lists_quotes_with_article_and_date(seeds_db):
    client = make_datasette(seeds_db).client
    table = asyncio.run(client.get("/quotes/speakers.json?_shape=array")).json()
    assert table[0]["name"] == "Kim Jong Un"
    assert [r["quote_count"] for r in table] == sorted((r["quote_count"] for r in table), reverse=True)
    page = asyncio.run(client.get(f"/quotes/speakers/{speaker_id('Dmitry Peskov')}"))
    assert page.status_code == 200 and "Quotes (" in page.text
    assert page.text.count('href="/quotes/quotes/') == speakers(seeds_db)["Dmitry Peskov"]["quote_count"]
    assert "Kim restarts nuclear fight against the West at Putin’s palace" in page.text
    assert "Kremlin spokesman" in page.text


def test_a_lone_surname_joins_the_person_most_quoted_under_it():
    index = SpeakerIndex([("Barack Obama", "person", 87), ("Michelle Obama", "person", 5),
                          ("Bill Clinton", "person", 50), ("Hillary Clinton", "person", 60)])
    assert index.speaker_id("Obama") == speaker_id("Barack Obama")
    assert index.speaker_id("Clinton") == speaker_id("Clinton")  # neither has three quotes in four: kept apart


def test_a_middle_name_does_not_split_a_person():
    index = SpeakerIndex([("Hillary Clinton", "person", 600), ("Hillary Rodham Clinton", "person", 27)])
    assert index.speaker_id("Hillary Rodham Clinton") == speaker_id("Hillary Clinton")
    assert index.speaker_id("critics", stype="group") is None  # a generic group joins no row


@pytest.mark.parametrize("text,name", [
    ("10:14 PMDonald Trump said: “We will win.”", "Donald Trump"),
    ("Understated Perez Raises Profile\n\n“Donald Trump is a fraud,” Perez said. Tom Perez spoke Sunday.", "Tom Perez"),
    ("Despite Ted Cruz's loss, “we go on,” he said.", "Ted Cruz"),
])
def test_words_glued_or_opening_a_sentence_are_not_part_of_a_name(text, name):
    from quotes.pipeline import quotes_of_text

    assert name in {q.speaker for q in quotes_of_text(text)}


def test_curation_merges_and_renames_and_later_ingests_keep_them(tmp_path):
    texts = {
        "a.txt": "“We will win,” Hillary Clinton said on Monday. “It is time,” Hilary Clinton added.\n",
        "d.txt": "“Vote,” Hillary Clinton said.\n",
        "b.txt": "“The count goes on,” WALLACE said.\n",
    }
    found = ingest_texts(tmp_path, texts)
    assert {"Hillary Clinton", "Hilary Clinton"} <= set(found)
    db_path = tmp_path / "q.db"
    suspicious = run("speakers", "--db", db_path, "--suspicious", "--format", "json")
    rows = {r["name"]: r for r in json.loads(suspicious.output)}
    hilary = rows["Hilary Clinton"]
    assert hilary["reason"] == "differs by one letter" and hilary["like"] == "Hillary Clinton"
    assert run("speakers", "merge", "Hillary Clinton", "Hilary Clinton", "--db", db_path).exit_code == 0
    assert run("speakers", "rename", "WALLACE", "Chris Wallace", "--db", db_path).exit_code == 0
    after = speakers(db_path)
    assert "Hilary Clinton" not in after and after["Hillary Clinton"]["quote_count"] == 3
    assert "WALLACE" not in after and after["Chris Wallace"]["quote_count"] == 1
    # the decisions are curated declarations: a later ingest keeps them, and they print as a --speakers file
    again = ingest_texts(tmp_path, {"c.txt": "“Not yet,” Hilary Clinton said.\n"})
    assert again["Hillary Clinton"]["quote_count"] == 4 and "Hilary Clinton" not in again
    written = run("speakers", "--db", db_path, "--format", "yaml").output
    assert load_curated_text(tmp_path, written) == {
        "Hillary Clinton": ("Hilary Clinton",), "Chris Wallace": ("WALLACE",)}
    missing = run("speakers", "merge", "Hillary Clinton", "Nobody Here", "--db", db_path)
    assert missing.exit_code == 1 and "no speaker named 'Nobody Here'" in missing.output


def load_curated_text(tmp_path, text):
    (tmp_path / "written.yml").write_text(text, encoding="utf-8")
    return {c.name: c.aliases for c in load_curated(tmp_path / "written.yml")}


def test_generic_descriptions_and_groups_join_no_row_of_the_index(tmp_path):
    found = ingest_texts(tmp_path, {
        "a.txt": "“We expect to return to growth next year,” the company said.\n",
        "b.txt": "“Our shares will rise,” the company said.\n",
        "c.txt": "“We are sorry,” a spokesperson for Sheffield University said.\n",
    })
    # two companies are not one speaker; a spokesperson for a named body is
    assert "company" not in found and found["Sheffield University spokesperson"]["type"] == "description"
    db = sqlite_utils.Database(tmp_path / "q.db")
    unindexed = db.query("select speaker_name from quotes where speaker_id is null")
    assert {r["speaker_name"] for r in unindexed} == {"company"}


def test_a_nickname_does_not_split_a_person():
    index = SpeakerIndex([("Joseph R. Biden Jr", "person", 21), ("Joe Biden", "person", 17),
                          ("Bill Clinton", "person", 50)])
    assert index.speaker_id("Joe Biden") == speaker_id("Joseph R. Biden Jr")
    assert index.speaker_id("Bill Clinton") == speaker_id("Bill Clinton")  # no William Clinton to join


def test_a_name_of_honorifics_alone_is_indexed_without_error():
    index = SpeakerIndex([("Joseph Biden", "person", 2)])
    assert index.speaker_id("Mr.") == speaker_id("Mr.")


def test_a_joint_source_is_one_row_and_never_takes_a_lone_surname():
    index = SpeakerIndex([("Maria Delgado and Thomas Becker", "group", 3), ("Thomas Becker", "person", 1)])
    assert indexed("Maria Delgado and Thomas Becker", "group")
    joint = index.speaker_id("Maria Delgado and Thomas Becker", "Ms. Delgado and Mr. Becker", "name", "group")
    assert joint == speaker_id("Maria Delgado and Thomas Becker")
    assert index.speaker_id("Becker", "Mr. Becker", "name", "person") == speaker_id("Thomas Becker")


def test_a_role_written_beside_the_name_leads_the_roles(tmp_path):
    text = ("But council leader Sarah Boyle said the budget was balanced.\n\n“We had no choice,” the mayor said. "
            "“Nobody wants this,” the mayor added.")
    found = ingest_texts(tmp_path, {"a.txt": text})
    assert json.loads(found["Sarah Boyle"]["roles"])[0] == "council leader"
