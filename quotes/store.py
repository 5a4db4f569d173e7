"""Store articles, quotes and speakers in SQLite with sqlite-utils.

Ids are stable hashes (an article's of its URL or path, a quote's of its article and
offsets, a speaker's of the normalised name), and articles are written whole, a batch of
them a transaction that first removes what they had, so re-running an ingest changes
nothing and an edited article replaces its quotes whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from .read import Article
from .schema import ensure_search, migrate
from .speakers import CuratedSpeaker, SpeakerIndex, indexed, name_key, speaker_id
from .vocab import FLOATING_SIEVE, NAMED_TYPES, MentionKind, SpeakerType

if TYPE_CHECKING:  # the pipeline (spaCy, textacy) is not needed to read or serve a database
    from .pipeline import Extracted, Quote

DEFAULT_DB = "db/quotes.db"

FACET_INDEXES = [
    ("quotes", ["speaker_id"]), ("quotes", ["source"]), ("quotes", ["cue"]), ("quotes", ["kind"]),
    ("quotes", ["published"]), ("quotes", ["article_id"]), ("speakers", ["quote_count"]),
    # One speaker's quotes (Datasette's ?speaker_id=: newest first, with every default facet) read
    # this index alone instead of the rows; the narrower speaker_id index stays for the whole-table
    # speaker facet, which walks it a quarter faster.
    ("quotes", ["speaker_id", "published", "kind", "cue", "source"]),
]


def stable_id(*parts: object) -> str:
    """A short, stable hash of ``parts``."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Upgrade the schema to this release's (:func:`quotes.schema.migrate`), then put back
    any index or full-text trigger missing."""
    db.conn.execute("PRAGMA journal_mode=WAL")
    db.conn.execute("PRAGMA synchronous=NORMAL")  # with WAL, still atomic and consistent per transaction
    db.conn.execute("PRAGMA foreign_keys=ON")
    migrate(db)
    for table, columns in FACET_INDEXES:
        db.table(table).create_index(columns, if_not_exists=True)
    # Datasette's {date: published} facet groups by date(published): an expression index serves it,
    # and with published in it too the count reads the index alone (SQLite before 3.41 reads the
    # row to compute an indexed expression).
    db.execute("create index if not exists idx_quotes_published_day on quotes(date(published), published)")
    ensure_search(db)


@dataclass
class IngestResult:
    """What one article's ingest did (or would do): ``status`` is ingested, reextracted (the
    same text, metadata and trained pipeline as stored, extracted by other rules: see
    :mod:`quotes.extractor`) or unchanged; ``replaced`` says an ingested article had an
    earlier version there."""

    article_id: str
    doc: str
    status: str
    quotes: int
    replaced: bool = False


def article_rows(ex: Extracted) -> tuple[dict, list[dict], dict[str, dict]]:
    """The article row, its quote rows and the speakers they name."""
    a = ex.article
    article_id = stable_id(a.key)
    text = ex.clean.text
    article = {
        "id": article_id, "key": a.key, "doc": a.doc, "title": a.title, "source": a.source, "url": a.url,
        "published": a.published, "author": a.author, "path": a.path, "text": text,
        "raw_hash": a.raw_hash or hashlib.sha1(a.text.encode("utf-8", "surrogatepass")).hexdigest(),
        "model": ex.model, "extractor": ex.extractor, "quote_count": len(ex.quotes),
    }
    # What is stored decides whether the article changed; the original bytes' hash is kept beside it.
    stored = "\x1f".join(str(article[k]) for k in ("text", "title", "source", "url", "published", "author"))
    article["content_hash"] = hashlib.sha1(stored.encode("utf-8", "surrogatepass")).hexdigest()
    quotes, speakers, ids = [], {}, set()
    for q in ex.quotes:
        quote_id = stable_id(article_id, q.start, q.end, q.kind)
        if quote_id in ids:
            continue  # the same words reported twice in one article (two cues): one row
        ids.add(quote_id)
        sid = speaker_id(q.speaker) if q.speaker and indexed(q.speaker, q.speaker_type) else None
        if sid and sid not in speakers:
            speakers[sid] = {"id": sid, "name": q.speaker, "type": q.speaker_type}
        quotes.append({"id": quote_id, "article_id": article_id, "speaker_id": sid, "source": a.source,
                       "published": a.published, **_stored_fields(q)})
    return article, quotes, speakers


# A quote row is the columns QUOTE_EXTRAS the store adds and the quote's record
# (quotes.pipeline.Quote), these fields under another column name and these left out: a
# field added to the record is stored without a change here (the table needs it as a column:
# a step of quotes.schema; datasette_config/metadata.yml describes it).
QUOTE_RENAMED = {"quote": "text", "speaker": "speaker_name"}
QUOTE_NOT_STORED = frozenset({"cue_start"})
QUOTE_EXTRAS = ("id", "article_id", "speaker_id", "source", "published")


def _stored_fields(q: Quote) -> dict:
    """The fields of the quote record ``q`` that its row stores, by column name."""
    return {QUOTE_RENAMED.get(f, f): v for f, v in q._asdict().items() if f not in QUOTE_NOT_STORED}


def quote_columns(fields: Iterable[str]) -> tuple[str, ...]:
    """The columns of a row of the quotes table, for a quote record with ``fields``
    (``Quote._fields``), in the order :func:`article_rows` writes them."""
    return (*QUOTE_EXTRAS, *(QUOTE_RENAMED.get(f, f) for f in fields if f not in QUOTE_NOT_STORED))


# Articles written per transaction. Each commit writes out every index page its quotes touched,
# and quote ids (hashes) land all over the id index: with a large database a commit of a hundred
# articles cost as much as their rows, five hundred share pages enough to write a quarter faster.
BATCH_ARTICLES = 500


def ingest(db: sqlite_utils.Database, extracted: Iterable[Extracted], dry_run: bool = False,
           batch_size: int = BATCH_ARTICLES) -> Iterator[IngestResult]:
    """Write articles with their quotes, ``batch_size`` articles a transaction; yield what
    happened to each once it is written.

    A written article's old quotes are removed first, so an edited article has its quotes
    replaced whole; one whose stored text and metadata are the same, extracted with the same
    trained pipeline (or none again), is left alone, unless other rules extracted it
    (``articles.extractor``): then it is written again, as reextracted. An extraction whose
    rules are unknown (``extractor`` None, as in JSONL from an older release) never replaces
    the same article's stored quotes. A
    transaction holds whole articles, so a killed run leaves none half-written (at most the
    last batch unwritten, which running it again writes). Where reading or extracting
    fails, the articles before the failure are written before the error is raised. With
    ``dry_run`` nothing is written: the results say what would happen. Into a database with
    no quotes yet, the indexes and full-text search are built once at the end
    (:func:`_indexed_at_the_end`).
    """
    if not dry_run:
        ensure_db_shape(db)
    has_articles = "articles" in db.table_names()
    # A dry run does not shape the database: one from before a column compares as None.
    columns = db.table("articles").columns_dict if has_articles else {}
    model_column, extractor_column = (name if name in columns else "null" for name in ("model", "extractor"))
    first_load = not dry_run and db.execute("select 1 from quotes limit 1").fetchone() is None
    touched: set[str] = set()
    pending: dict[str, tuple[IngestResult, dict, list[dict], dict[str, dict]]] = {}
    failure: Exception | None = None
    with _indexed_at_the_end(db) if first_load else contextlib.nullcontext():
        try:
            for ex in extracted:
                article, quotes, speakers = article_rows(ex)
                old = has_articles and db.execute(
                    f"select content_hash, {model_column}, {extractor_column} from articles where id = ?",
                    [article["id"]]).fetchone()
                if old and tuple(old[:2]) == (article["content_hash"], article["model"]):
                    if article["extractor"] in (None, old[2]):
                        yield IngestResult(article["id"], article["doc"], "unchanged", len(quotes))
                        continue
                    result = IngestResult(article["id"], article["doc"], "reextracted", len(quotes))
                else:
                    result = IngestResult(article["id"], article["doc"], "ingested", len(quotes), bool(old))
                if dry_run:
                    yield result
                    continue
                pending[article["id"]] = (result, article, quotes, speakers)  # read twice in one batch: the last wins
                if len(pending) >= batch_size:
                    touched |= _write_batch(db, pending.values())
                    yield from (r for r, *_ in pending.values())
                    pending = {}
        except Exception as e:
            failure = e
        if pending:
            touched |= _write_batch(db, pending.values())
            yield from (r for r, *_ in pending.values())
    if not dry_run:
        # Speaker counts once per run, not once per article (each refresh rescans a speaker's
        # quotes); speakers a killed run left stale are caught up too.
        with db.atomic():
            refresh_speakers(db, touched | stale_speakers(db))
    if failure:
        raise failure


def articles_to_reextract(db: sqlite_utils.Database, extractor: str, model: str | None) -> list[str]:
    """Ids of the stored articles that the rules ``extractor`` with the trained pipeline ``model``
    (None for the rules alone) would extract differently: those extracted by other rules (or
    before rules were recorded) or with another pipeline, in the order they were stored."""
    return [r[0] for r in db.execute(
        "select id from articles where extractor is not ? or model is not ? order by rowid", [extractor, model])]


def stored_articles(db: sqlite_utils.Database, ids: Iterable[str], chunk: int = 100) -> Iterator[Article]:
    """The stored articles ``ids``, in that order, as the :class:`~quotes.read.Article` records
    they were read as, with their stored (cleaned) text; read ``chunk`` at a time."""
    ids = list(ids)
    for i in range(0, len(ids), chunk):
        wanted = ids[i:i + chunk]
        rows = {row["id"]: row for row in db.query(
            "select id, key, doc, text, path, title, source, url, published, author, raw_hash from articles "
            f"where id in ({', '.join('?' * len(wanted))})", wanted)}
        for article_id in wanted:
            if article_id in rows:
                yield _stored_article(rows[article_id])


def _stored_article(row: dict) -> Article:
    key, path, url = row["key"], row["path"], row["url"]
    # Article.key is the URL, else the path and the record's place in its file ("#3"), else the name.
    ref = key[len(path):] if not url and path and key.startswith(path) else ""
    return Article(doc=row["doc"], text=row["text"], path=path, title=row["title"], source=row["source"], url=url,
                   published=row["published"], author=row["author"], raw_hash=row["raw_hash"], ref=ref)


@contextlib.contextmanager
def _indexed_at_the_end(db: sqlite_utils.Database) -> Iterator[None]:
    """Set the quotes' indexes and full-text triggers aside while the block writes, then put
    them back and index every quote at once.

    Each quote inserted costs an entry in every index and in the full-text index, at random
    places; building them once from the written rows costs half as much. Only the index on
    ``article_id`` stays, which each batch reads to find an article's old quotes. A run
    killed before the end leaves them missing: :func:`ensure_db_shape`, which the next ingest
    calls, creates the indexes again and rebuilds full-text search (its triggers missing).
    """
    aside = db.execute(
        "select type, name, sql from sqlite_master where tbl_name = 'quotes' and sql is not null "
        "and (type = 'trigger' or (type = 'index' and name != 'idx_quotes_article_id'))").fetchall()
    with db.atomic():
        for kind, name, _ in aside:
            db.execute(f"drop {kind} [{name}]")
    try:
        yield
    finally:
        with db.atomic():
            present = {name for (name,) in db.execute("select name from sqlite_master")}
            for _, name, sql in aside:
                if name not in present:  # another process's ensure_db_shape may have made it meanwhile
                    db.execute(sql)
            fts = db.table("quotes").detect_fts()
            if fts:
                # FTS5 writes a segment each time its terms in memory pass 'hashsize' (1 MB by
                # default, a setting of fts5_config.c): at 4 MB a rebuild takes a fifth less time.
                db.execute(f"insert into [{fts}]([{fts}], rank) values ('hashsize', 4194304)")
                db.execute(f"insert into [{fts}]([{fts}]) values ('rebuild')")


def _write_batch(db: sqlite_utils.Database,
                 batch: Iterable[tuple[IngestResult, dict, list[dict], dict[str, dict]]]) -> set[str]:
    """Replace the articles of ``batch`` and their quotes in one transaction; return the speakers touched."""
    batch = list(batch)
    ids = [article["id"] for _, article, _, _ in batch]
    marks = ", ".join("?" * len(ids))
    with db.atomic():
        touched = {r[0] for r in db.execute(
            f"select distinct speaker_id from quotes where article_id in ({marks}) and speaker_id is not null", ids)}
        db.execute(f"delete from quotes where article_id in ({marks})", ids)
        db.table("articles").upsert_all((article for _, article, _, _ in batch), pk="id")
        speakers = {sid: row for *_, rows in batch for sid, row in rows.items()}
        db.table("speakers").insert_all(speakers.values(), pk="id", ignore=True)
        _insert_quotes(db, [q for _, _, quotes, _ in batch for q in quotes])
    return touched | set(speakers)


def _insert_quotes(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Insert quote rows a few hundred to a statement.

    The full-text trigger runs inside each statement, and FTS5 writes out its pending terms
    at every statement's end: a row a statement (as ``insert_all`` and ``executemany`` do)
    made the index a segment per quote, three times the cost of the rest of the write.
    """
    if not rows:
        return
    columns = list(rows[0])
    per_statement = min(500, _MAX_VARIABLES // len(columns))
    for i in range(0, len(rows), per_statement):
        chunk = rows[i:i + per_statement]
        values = ", ".join([f"({', '.join('?' * len(columns))})"] * len(chunk))
        db.execute(f"insert into quotes ({', '.join(f'[{c}]' for c in columns)}) values {values}",
                   [row[c] for row in chunk for c in columns])


# SQLite's limit on bound parameters in one statement (999 before 3.32).
_MAX_VARIABLES = 32766 if sqlite3.sqlite_version_info >= (3, 32) else 999


def stale_speakers(db: sqlite_utils.Database) -> set[str]:
    """Speakers whose stored quote count is not the count of their quotes."""
    return {r[0] for r in db.execute(
        "select s.id from speakers s left join (select speaker_id, count(*) n from quotes group by speaker_id) q "
        "on q.speaker_id = s.id where s.quote_count is not coalesce(q.n, 0)"
    )}


def refresh_speakers(db: sqlite_utils.Database, ids: set[str]) -> None:
    """Recompute name, type, aliases, roles and counts of ``ids`` from their quotes (curated
    declarations first); drop speakers left with none."""
    curated = _curated_rows(db)
    for sid in ids:
        count, articles, first, last = db.execute(
            "select count(*), count(distinct article_id), min(published), max(published) from quotes "
            "where speaker_id = ?",
            [sid]).fetchone()
        if not count:
            db.execute("delete from speakers where id = ?", [sid])
            continue
        forms = db.execute(
            "select speaker_name, speaker_mention, mention_kind, sieve, role, speaker_type, count(*) from quotes "
            "where speaker_id = ? group by 1, 2, 3, 4, 5, 6", [sid]).fetchall()
        declared = curated.get(sid, {})
        name = declared.get("name") or _best_name(forms)
        stype = declared.get("type") or _speaker_type(name, forms)
        if declared and stype not in NAMED_TYPES:
            stype = SpeakerType.PERSON  # declared without a type: a person, as the curated file's documentation says
        db.execute(
            "update speakers set name = ?, type = ?, aliases = ?, roles = ?, quote_count = ?, article_count = ?, "
            "first_seen = ?, last_seen = ?, wikidata_id = ? where id = ?",
            [name, stype, json.dumps(_aliases(forms), ensure_ascii=False),
             json.dumps(_roles(forms), ensure_ascii=False), count, articles, first, last, declared.get("wikidata_id"),
             sid])


def _best_name(forms: list[tuple]) -> str:
    """The name the articles give most among full names (two words or more: "Hillary Clinton"
    over "Clinton" and over the rarer "Hillary Rodham Clinton"), then the longest."""
    counts: Counter[str] = Counter()
    for name, mention, *_, n in forms:
        counts[name or mention] += n
    return max(counts, key=lambda f: (len(name_key(f).split()) > 1, counts[f], len(f), f))


def _speaker_type(name: str, forms: list[tuple]) -> str:
    """The type most quotes give; a one-word name that joined no full name is unknown unless an organization;
    a group ("critics") or a description ("a spokesperson for the district") where most quotes say so."""
    counts: Counter[str] = Counter()
    for *_, stype, n in forms:
        counts[stype] += n
    if (counts[SpeakerType.GROUP] + counts[SpeakerType.DESCRIPTION]
            > counts[SpeakerType.PERSON] + counts[SpeakerType.ORGANIZATION]):
        return (SpeakerType.GROUP if counts[SpeakerType.GROUP] >= counts[SpeakerType.DESCRIPTION]
                else SpeakerType.DESCRIPTION)
    if len(name_key(name).split()) == 1:
        return (SpeakerType.ORGANIZATION if counts[SpeakerType.ORGANIZATION] > counts[SpeakerType.PERSON]
                else SpeakerType.UNKNOWN)
    known = [t for t in NAMED_TYPES if counts[t]]
    return max(known, key=lambda t: counts[t]) if known else SpeakerType.UNKNOWN


def _aliases(forms: list[tuple]) -> list[str]:
    """Every name the articles wrote or resolved for the speaker, without a leading "the"."""
    seen = {name for name, *_ in forms if name}
    seen |= {mention for _, mention, kind, sieve, *_ in forms if kind == MentionKind.NAME and sieve != FLOATING_SIEVE
             and mention}
    return sorted({re.sub(r"^[Tt]he\s+", "", form) for form in seen})


_ROLE_LEAD = re.compile(r"^(?:(?:but|and|so|yet|his|her|their|its)\s+)+", re.I)


def _roles(forms: list[tuple]) -> list[str]:
    """Titles and descriptions seen with the speaker, those written beside their name first,
    then the most used; one form for each role written with or without an article or capitals
    ("Kremlin spokesperson"), without a conjunction or possessive opening it ("But", "His")."""
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()  # the roles written beside a name, before those of descriptions
    written: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for _, _, kind, _, role, _, n in forms:
        role = _ROLE_LEAD.sub("", role or "")  # "But Trump campaign chairman", "His campaign chairman"
        if role:
            key = re.sub(r"^(?:the|a|an)\s+", "", name_key(role))
            counts[key] += n
            named[key] += n if kind == MentionKind.NAME else 0
            written[key][role] += n
    order = sorted(counts, key=lambda k: (-named[k], -counts[k], k))
    return [min(written[k], key=lambda r: (-written[k][r], bool(re.match(r"(?i)the\s", r)), r[:1].isupper(), r))
            for k in order]


CURATED_TABLE = "curated_speakers"


def _curated_rows(db: sqlite_utils.Database) -> dict[str, dict]:
    if CURATED_TABLE not in db.table_names():
        return {}
    return {r["id"]: r for r in db.table(CURATED_TABLE).rows}


def stored_curated(db: sqlite_utils.Database) -> list[CuratedSpeaker]:
    """The curated speakers declared by the last ``quotes ingest --speakers``."""
    return [CuratedSpeaker(r["name"], r["type"], r["wikidata_id"], tuple(json.loads(r["aliases"])))
            for r in _curated_rows(db).values()]


def link_speakers(db: sqlite_utils.Database, curated: list[CuratedSpeaker] | None = None) -> int:
    """Point every quote at its canonical speaker across articles, in one transaction; return
    how many quotes moved.

    ``curated`` (when given) replaces the stored declarations, which win over inference. A
    quote that changes speaker loses its cluster until :func:`quotes.cluster.cluster_db` runs.
    Running it again on the same quotes changes nothing.
    """
    ensure_db_shape(db)
    with db.atomic():
        refresh = set()
        if curated is not None:
            refresh |= set(_curated_rows(db))
            db.table(CURATED_TABLE).create(
                {"id": str, "name": str, "type": str, "wikidata_id": str, "aliases": str}, pk="id", replace=True)
            db.table(CURATED_TABLE).insert_all(
                ({"id": speaker_id(c.name), "name": c.name, "type": c.type, "wikidata_id": c.wikidata_id,
                  "aliases": json.dumps(list(c.aliases), ensure_ascii=False)} for c in curated), pk="id")
            refresh |= set(_curated_rows(db))
        groups = db.execute(
            "select speaker_name, speaker_mention, mention_kind, speaker_type, speaker_id, count(*) from quotes "
            "where speaker_name is not null or mention_kind = ? group by 1, 2, 3, 4, 5",
            [MentionKind.DESCRIPTION]).fetchall()
        counts: Counter = Counter()
        for g in groups:
            if g[0]:
                counts[(g[0], g[3])] += g[5]
        index = SpeakerIndex([(name, stype, n) for (name, stype), n in counts.items()], stored_curated(db))
        clears_cluster = ", cluster_id = null" if "cluster_id" in db.table("quotes").columns_dict else ""
        moved = 0
        for name, mention, kind, stype, current, n in groups:
            target = index.speaker_id(name, mention, kind, stype)
            if target == current:
                continue
            if target and not db.execute("select 1 from speakers where id = ?", [target]).fetchone():
                db.table("speakers").insert({"id": target, "name": name or mention, "type": stype})
            db.execute(
                f"update quotes set speaker_id = ?{clears_cluster} where speaker_name is ? and speaker_mention is ? "
                "and mention_kind is ? and speaker_type is ? and speaker_id is ?",
                [target, name, mention, kind, stype, current])
            refresh |= {current, target} - {None}
            moved += n
        refresh_speakers(db, refresh)
    return moved


def speaker_index(db: sqlite_utils.Database) -> Iterator[dict]:
    """The speakers, the most quoted first: name, type, quotes, articles, main role (the most used),
    and aliases, roles and Wikidata id."""
    for r in db.query("select * from speakers order by quote_count desc, name"):
        roles = json.loads(r["roles"] or "[]")
        yield {"name": r["name"], "type": r["type"], "quotes": r["quote_count"], "articles": r["article_count"],
               "main_role": roles[0] if roles else None, "aliases": json.loads(r["aliases"] or "[]"),
               "roles": roles, "wikidata_id": r["wikidata_id"], "id": r["id"]}


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating folders as needed) the database at ``path``, shaped for quotes."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    return db
