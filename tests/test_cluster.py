"""Clusters of the same quote reported by many outlets: matching rules, the seeds, the database, Datasette."""

import asyncio

import pytest
import sqlite_utils
from click.testing import CliRunner

from conftest import SEEDS
from quotes.cli import cli
from quotes.cluster import QuoteRecord, cluster_db, cluster_quotes, outlets_for, summarise
from quotes.publish import make_datasette

GLORY = [
    "The glory of Rossiya (Russia), which gave birth to the first conquerors of space, will be immortal,",
    "The glory of Russia, which gave birth to the first conquerors of space, will be immortal,",
    "The glory to Russia, which gave birth to the first space conquerors, will be immortal.",
]


def record(i, text, speaker="kim", kind="direct", source=None, published=None):
    return QuoteRecord(f"q{i}", speaker, text, kind, f"a{i}", source, published)


def clusters_of(*records):
    """The clusters of ``records`` as sets of quote ids."""
    by_cluster = {}
    for m in cluster_quotes(records):
        by_cluster.setdefault(m.cluster_id, set()).add(m.quote_id)
    return sorted(by_cluster.values(), key=min)


@pytest.mark.parametrize("a,b", [
    (GLORY[0], GLORY[2]),
    ("“That’s why we came here,”", '"That\'s why we came here."'),
    ("Crimea is ours — forever", "crimea is ours, forever!"),
    ("Medvedev’s plan will fail", "Medvédev's plan will fail"),
])
def test_same_utterance_worded_a_little_differently_is_one_cluster(a, b):
    assert clusters_of(record(1, a), record(2, b)) == [{"q1", "q2"}]


@pytest.mark.parametrize("a,b", [
    ("We will win the war", "We will not win the war"),
    ("We will win the war", "We will lose the war"),
    ("They don’t like it because Russia still commits to nonproliferation",
     "They like it because Russia still commits to nonproliferation"),
    ("We will send 100 troops to the border next week", "We will send 300 troops to the border next week"),
    ("Russia is a self-sufficient country", "Russia is never a self-sufficient country"),
])
def test_near_but_different_quotes_stay_apart(a, b):
    assert clusters_of(record(1, a), record(2, b)) == [{"q1"}, {"q2"}]


def test_same_words_by_different_speakers_stay_apart():
    assert clusters_of(record(1, GLORY[1], "kim"), record(2, GLORY[1], "putin")) == [{"q1"}, {"q2"}]


def test_a_chain_of_translations_is_one_cluster():
    assert clusters_of(*(record(i, text) for i, text in enumerate(GLORY))) == [{"q0", "q1", "q2"}]


def test_partial_quote_joins_the_longer_quote_that_contains_it():
    long = record(1, "Russia is now rising to the sacred fight to defend its sovereignty.")
    part = record(2, "sacred fight", kind="partial")
    again = record(3, "“sacred fight”", kind="partial")
    assert clusters_of(long, part, again) == [{"q1", "q2", "q3"}]
    contained = {m.quote_id: m.contained for m in cluster_quotes([long, part, again])}
    assert contained == {"q1": False, "q2": True, "q3": True}


@pytest.mark.parametrize("short,why", [
    (record(2, "sovereignty", kind="partial"), "one word is too little to place a partial quote"),
    (record(2, "to the", kind="partial"), "stop words alone place nothing"),
    (record(2, "the sacred fight", kind="direct"), "only partial quotes join by containment"),
    (record(2, "sacred fight", kind="partial", speaker="putin"), "another speaker"),
    (record(2, "fight sacred", kind="partial"), "words in another order"),
])
def test_what_does_not_join_by_containment(short, why):
    long = record(1, "Russia is now rising to the sacred fight to defend its sovereignty.")
    assert clusters_of(long, short) == [{"q1"}, {"q2"}], why


def test_a_partial_quote_in_two_different_quotes_does_not_merge_them():
    a = record(1, "We will fight for great Russia until the end.")
    b = record(2, "Nothing will stop great Russia from reaching space.")
    part = record(3, "great Russia", kind="partial")
    found = clusters_of(a, b, part)
    assert len(found) == 2 and not any({"q1", "q2"} <= c for c in found)


@pytest.mark.parametrize("kind,speaker", [("indirect", "kim"), ("direct", None)])
def test_reported_speech_and_unattributed_quotes_are_not_clustered(kind, speaker):
    assert list(cluster_quotes([record(1, GLORY[0], speaker, kind)])) == []


def test_cluster_ids_do_not_depend_on_record_order():
    records = [record(i, text) for i, text in enumerate(GLORY)] + [record(9, "We will win the war")]
    assert set(cluster_quotes(records)) == set(cluster_quotes(reversed(records)))


def test_summary_counts_outlets_and_picks_the_common_wording():
    records = [
        record(1, GLORY[1], source="Today IT", published="2023-09-14"),
        record(2, GLORY[1], source="TASS", published="2023-09-13"),
        record(3, GLORY[0], source="TASS", published="2023-09-15"),
        record(4, GLORY[2]),  # unknown outlet: counts as its own
        record(5, "first conquerors of space", kind="partial", source="NPR"),
    ]
    (cluster,) = summarise(records, cluster_quotes(records))
    assert cluster.canonical_text == GLORY[1].rstrip(",")
    assert (cluster.quote_count, cluster.sources_count) == (5, 4)
    assert (cluster.first_seen, cluster.first_source, cluster.first_article_id) == ("2023-09-13", "TASS", "a2")


@pytest.mark.parametrize("ids", [("q1", "q2"), ("q2", "q1")])
def test_canonical_wording_on_a_tie_ends_as_spoken_whatever_the_ids(ids):
    # Ids hash where an article was read from, so a tie broken by id changed with the clone's folder.
    cut = QuoteRecord(ids[0], "putin", "That’s why we came here,", "direct", "a1", None, None)
    whole = QuoteRecord(ids[1], "putin", "That’s why we came here.", "direct", "a2", None, None)
    (cluster,) = summarise([cut, whole], cluster_quotes([cut, whole]))
    assert cluster.canonical_text == "That’s why we came here."


def docs_of_cluster(db, text_start):
    """The seed files whose quotes share a cluster with the quote starting ``text_start``."""
    rows = db.execute(
        "select distinct substr(a.doc, 1, 3) from quotes q join articles a on a.id = q.article_id "
        "where q.cluster_id = (select cluster_id from quotes where text like ? || '%' limit 1) order by 1",
        [text_start]).fetchall()
    return [r[0] for r in rows]


def test_seed_clusters_span_the_outlets_that_carried_them(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    assert docs_of_cluster(db, "The glory of Rossiya") == ["000", "002", "004"]
    assert docs_of_cluster(db, "That’s why we came here") == ["001", "004"]
    assert docs_of_cluster(db, "sacred fight to defend") == ["000", "004"]
    counts = dict(db.execute("select canonical_text, sources_count from quote_clusters where sources_count > 1"))
    assert counts == {GLORY[0].rstrip(","): 3, "That’s why we came here.": 2,
                      "sacred fight to defend sovereignty and security.": 2}


def test_seed_clusters_never_mix_speakers(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    kim = {r[0] for r in db.execute("select speaker_id from quotes where text like 'The glory %'")}
    assert len(kim) == 1
    mixed = db.execute(
        "select c.id from quote_clusters c join quotes q on q.cluster_id = c.id "
        "group by c.id having count(distinct q.speaker_id) > 1 or max(q.speaker_id != c.speaker_id)").fetchall()
    assert mixed == []
    (clustered_reported,) = db.execute(
        "select count(*) from quotes where cluster_id is not null and kind = 'indirect'").fetchone()
    assert clustered_reported == 0


def test_clustering_again_changes_nothing(seeds_db):
    db = sqlite_utils.Database(seeds_db)

    def snapshot():
        return (db.execute("select id, cluster_id from quotes order by id").fetchall(),
                db.execute("select * from quote_clusters order by id").fetchall())

    before = snapshot()
    assert cluster_db(db).changed_quotes == 0
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(seeds_db)], catch_exceptions=False)
    assert "0 ingested, 5 unchanged" in result.output
    assert snapshot() == before


def test_clustering_keeps_full_text_search_in_step(tmp_path):
    db_path = tmp_path / "q.db"
    CliRunner().invoke(cli, ["ingest", str(SEEDS / "001_1fa9d7612fe68434.txt"), "--db", str(db_path)])
    (tmp_path / "later.txt").write_text("“We will never paste secrets,” Jane Doe said.\n")
    CliRunner().invoke(cli, ["ingest", str(tmp_path / "later.txt"), "--db", str(db_path)])
    db = sqlite_utils.Database(db_path)
    assert {t.name for t in db.triggers} >= {"quotes_ai", "quotes_ad", "quotes_au"}
    found = db.execute("select q.cluster_id from quotes_fts f join quotes q on q.rowid = f.rowid "
                       "where quotes_fts match 'paste'").fetchall()
    assert len(found) == 1 and found[0][0] is not None


def test_outlets_for_a_quote(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    quote_id = db.execute("select id from quotes where text like 'The glory to Russia%'").fetchone()[0]
    count, outlets = outlets_for(db, quote_id)
    assert count == 3 and {o.name for o in outlets} == {"19FortyFive", "Today IT", "unknown outlet"}
    indirect = db.execute("select id from quotes where kind = 'indirect'").fetchone()[0]
    assert outlets_for(db, indirect) is None


def test_cite_says_how_many_outlets_reported_the_quote(seeds_db):
    result = CliRunner().invoke(cli, ["cite", "which gave birth to the first", "--db", str(seeds_db)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 9 and lines[0].startswith("“The glory")
    assert lines[2::3] == ["  reported by 3 outlets: unknown outlet, 19FortyFive, Today IT"] * 3
    single = CliRunner().invoke(cli, ["cite", "Our new cosmodrome", "--outlets", "--db", str(seeds_db)]).output
    assert single.splitlines()[2] == "  reported by 1 outlet: unknown outlet"


def test_reingesting_an_edited_article_drops_a_speaker_and_its_clusters(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“We will win the war,” Ivan Petrov said.\n")
    db_path = tmp_path / "q.db"
    assert CliRunner().invoke(cli, ["ingest", str(article), "--db", str(db_path)]).exit_code == 0
    article.write_text("“We will win the war,” Olga Ivanova said.\n")
    result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    assert [r["name"] for r in db["speakers"].rows] == ["Olga Ivanova"]
    assert db.execute("select count(*) from quote_clusters c join speakers s on s.id = c.speaker_id").fetchone()[0] == 1


def test_an_ingest_reclusters_only_the_speakers_it_changed_and_gets_what_a_full_run_gets(tmp_path):
    from quotes.cluster import speakers_to_recluster

    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_text(seed.read_text())
    db_path = tmp_path / "q.db"
    CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path), "--silent"], catch_exceptions=False)
    db = sqlite_utils.Database(db_path)
    assert speakers_to_recluster(db) == set()
    edited = folder / "004_bec0765ebc047201.txt"  # drops Putin's "That’s why we came here," from one outlet
    edited.write_text(edited.read_text().replace("Putin said, “That’s why we came here,”", "Putin agreed"))
    CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db_path), "--silent"], catch_exceptions=False)

    def snapshot():
        return (db.execute("select id, cluster_id from quotes order by id").fetchall(),
                db.execute("select * from quote_clusters order by id").fetchall())

    after_ingest = snapshot()
    assert speakers_to_recluster(db) == set()
    assert cluster_db(db).changed_quotes == 0 and snapshot() == after_ingest
    assert docs_of_cluster(db, "That’s why we came here") == ["001"]


def test_a_first_clustering_puts_back_its_index_and_foreign_keys_even_when_it_fails(tmp_path, monkeypatch):
    import quotes.cluster
    from quotes.store import open_db

    db_path = tmp_path / "q.db"
    CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(db_path), "--silent"], catch_exceptions=False)
    db = open_db(str(db_path))  # foreign keys enforced, as an ingest has them

    def state():
        return (db.execute("select id, cluster_id from quotes order by id").fetchall(),
                db.execute("pragma foreign_keys").fetchone()[0],
                {i.name for i in db["quotes"].indexes} >= {"idx_quotes_cluster_id"},
                db.execute("pragma foreign_key_check").fetchall())

    clustered = state()
    assert clustered[1:] == (1, True, []) and sum(c is not None for _, c in clustered[0]) > 20
    with db.atomic():
        db.execute("update quotes set cluster_id = null")
    unclustered = state()
    calls = []

    def fail_on_the_third_speaker(rows):
        calls.append(rows)
        if len(calls) == 3:
            raise RuntimeError("killed")
        return real(rows)

    real = quotes.cluster._cluster_rows
    monkeypatch.setattr(quotes.cluster, "_cluster_rows", fail_on_the_third_speaker)
    with pytest.raises(RuntimeError):
        cluster_db(db)
    assert state() == unclustered
    monkeypatch.setattr(quotes.cluster, "_cluster_rows", real)
    cluster_db(db)
    assert state() == clustered


def test_cluster_command(seeds_db, tmp_path):
    result = CliRunner().invoke(cli, ["cluster", "--db", str(seeds_db)])
    assert result.exit_code == 0 and "3 reported by more than one outlet; 0 quotes changed cluster" in result.output
    missing = CliRunner().invoke(cli, ["cluster", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "none.db: no such database" in missing.output


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_datasette_clusters_table_and_a_cluster_page_lead_to_members(seeds_db):
    ds = make_datasette(seeds_db)
    data = get(ds, "/quotes/quote_clusters.json?_shape=objects&_labels=on").json()
    facet = {r["value"]: r["count"] for r in data["facet_results"]["sources_count"]["results"]}
    assert facet[3] == 1 and facet[2] == 2
    assert data["rows"][0]["sources_count"] == 3 and data["rows"][0]["speaker_id"]["label"] == "Kim Jong Un"
    cluster_id = data["rows"][0]["id"]
    row = get(ds, f"/quotes/quote_clusters/{cluster_id}.json?_extras=foreign_key_tables").json()
    (link,) = [t for t in row["foreign_key_tables"] if t["other_table"] == "quotes"]
    assert link["count"] == 3 and link["link"].endswith(f"/quotes/quotes?cluster_id={cluster_id}")
    members = get(ds, f"/quotes/quotes.json?cluster_id={cluster_id}&_shape=array").json()
    assert sorted((m["source"] or "") for m in members) == ["", "19FortyFive", "Today IT"]
    assert all("published" in m for m in members)


@pytest.mark.parametrize("quotes_per_task", [2000, 10])
def test_clustering_in_worker_processes_writes_what_one_process_writes(seeds_db, tmp_path, monkeypatch,
                                                                       quotes_per_task):
    """Workers read their speakers' quotes from the database file themselves, a task or many."""
    from quotes import cluster
    from quotes.pool import worker_pool

    monkeypatch.setattr(cluster, "_QUOTES_PER_TASK", quotes_per_task)

    def snapshot(db):
        return (db.execute("select id, cluster_id from quotes order by id").fetchall(),
                db.execute("select * from quote_clusters order by id").fetchall())

    db = sqlite_utils.Database(seeds_db)
    one = snapshot(db)
    db.execute("update quotes set cluster_id = null")
    db.execute("delete from quote_clusters")
    db.conn.commit()
    with worker_pool(2) as pool:
        stats = cluster_db(db, executor=pool)
    assert snapshot(db) == one and stats.multi_outlet == 3 and stats.changed_quotes > 50
