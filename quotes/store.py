"""Store articles, quotes and speakers in SQLite with sqlite-utils.

Ids are stable hashes (an article's of its URL or path, a quote's of its article and
offsets, a speaker's of the normalised name), and each article's rows are written in
one transaction that first removes what the article had, so re-running an ingest
changes nothing and an edited article replaces its quotes whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .pipeline import Extracted
from .speakers import speaker_id

DEFAULT_DB = "db/quotes.db"

FACET_INDEXES = [
    ("quotes", ["speaker_id"]), ("quotes", ["source"]), ("quotes", ["cue"]), ("quotes", ["kind"]),
    ("quotes", ["published"]), ("quotes", ["article_id"]), ("speakers", ["quote_count"]),
]


def stable_id(*parts: object) -> str:
    """A short, stable hash of ``parts``."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create tables, foreign keys, indexes and full-text search where missing."""
    db.conn.execute("PRAGMA journal_mode=WAL")
    db.conn.execute("PRAGMA foreign_keys=ON")
    if "articles" not in db.table_names():
        db["articles"].create(
            {"id": str, "key": str, "doc": str, "title": str, "source": str, "url": str, "published": str,
             "author": str, "path": str, "text": str, "content_hash": str, "raw_hash": str, "quote_count": int},
            pk="id",
        )
    elif "raw_hash" not in db["articles"].columns_dict:
        db["articles"].add_column("raw_hash", str)
    if "speakers" not in db.table_names():
        db["speakers"].create(
            {"id": str, "name": str, "type": str, "aliases": str, "roles": str, "quote_count": int,
             "article_count": int, "first_seen": str, "last_seen": str, "wikidata_id": str},
            pk="id",
        )
    if "quotes" not in db.table_names():
        db["quotes"].create(
            {"id": str, "article_id": str, "text": str, "start": int, "end": int, "kind": str, "cue": str,
             "speaker_id": str, "speaker_name": str, "speaker_mention": str, "speaker_start": int,
             "speaker_end": int, "speaker_type": str, "mention_kind": str, "role": str, "confidence": float, "sieve": str,
             "source": str, "published": str},
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")],
        )
    for table, columns in FACET_INDEXES:
        db[table].create_index(columns, if_not_exists=True)
    if not db["quotes"].detect_fts():
        db["quotes"].enable_fts(["text", "speaker_name", "speaker_mention"], create_triggers=True, replace=True)


@dataclass
class IngestResult:
    """What one article's ingest did (or would do): ``status`` is ingested or unchanged;
    ``replaced`` says an earlier version of the article was there."""

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
        "quote_count": len(ex.quotes),
    }
    # What is stored decides whether the article changed; the original bytes' hash is kept beside it.
    stored = "\x1f".join(str(article[k]) for k in ("text", "title", "source", "url", "published", "author"))
    article["content_hash"] = hashlib.sha1(stored.encode("utf-8", "surrogatepass")).hexdigest()
    quotes, speakers = [], {}
    for q in ex.quotes:
        sid = speaker_id(q.speaker) if q.speaker else None
        if sid and sid not in speakers:
            speakers[sid] = {"id": sid, "name": q.speaker, "type": q.speaker_type}
        quotes.append({
            "id": stable_id(article_id, q.start, q.end, q.kind), "article_id": article_id, "text": q.quote,
            "start": q.start, "end": q.end, "kind": q.kind, "cue": q.cue, "speaker_id": sid,
            "speaker_name": q.speaker, "speaker_mention": q.speaker_mention, "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end, "speaker_type": q.speaker_type, "mention_kind": q.mention_kind,
            "role": q.role,
            "confidence": q.confidence, "sieve": q.sieve, "source": a.source, "published": a.published,
        })
    return article, quotes, speakers


def ingest(db: sqlite_utils.Database, extracted: Iterable[Extracted], dry_run: bool = False) -> Iterator[IngestResult]:
    """Write each article with its quotes in one transaction; yield what happened to it.

    An article whose stored text and metadata are the same is left alone; a changed one
    has its quotes replaced whole. With ``dry_run`` nothing is written: the results say
    what would happen.
    """
    if not dry_run:
        ensure_db_shape(db)
    has_articles = "articles" in db.table_names()
    for ex in extracted:
        article, quotes, speakers = article_rows(ex)
        old = has_articles and db.execute("select content_hash from articles where id = ?", [article["id"]]).fetchone()
        if old and old[0] == article["content_hash"]:
            yield IngestResult(article["id"], article["doc"], "unchanged", len(quotes))
            continue
        if dry_run:
            yield IngestResult(article["id"], article["doc"], "ingested", len(quotes), bool(old))
            continue
        with db.atomic():
            before = {r[0] for r in db.execute("select distinct speaker_id from quotes where article_id = ? and speaker_id is not null", [article["id"]])}
            db.execute("delete from quotes where article_id = ?", [article["id"]])
            db["articles"].upsert(article, pk="id")
            for row in speakers.values():
                if not db.execute("select 1 from speakers where id = ?", [row["id"]]).fetchone():
                    db["speakers"].insert(row)
            db["quotes"].insert_all(quotes, pk="id")
            refresh_speakers(db, before | set(speakers))
        yield IngestResult(article["id"], article["doc"], "ingested", len(quotes), bool(old))


def refresh_speakers(db: sqlite_utils.Database, ids: set[str]) -> None:
    """Recompute names, aliases, roles and counts of ``ids`` from their quotes; drop speakers left with none."""
    for sid in ids:
        row = db.execute(
            """
            select count(*), count(distinct article_id), min(published), max(published),
              (select speaker_name from quotes where speaker_id = :id group by speaker_name
                 order by count(*) desc, length(speaker_name) desc limit 1),
              (select json_group_array(distinct m) from (
                 select speaker_name m from quotes where speaker_id = :id
                 union select speaker_mention from quotes where speaker_id = :id
                   and mention_kind = 'name' and sieve != 'floating' order by m)),
              (select json_group_array(distinct role) from (select role from quotes where speaker_id = :id and role is not null order by role))
            from quotes where speaker_id = :id
            """,
            {"id": sid},
        ).fetchone()
        count, articles, first, last, name, aliases, roles = row
        if not count:
            db.execute("delete from speakers where id = ?", [sid])
            continue
        db["speakers"].update(sid, {
            "name": name, "quote_count": count, "article_count": articles, "first_seen": first,
            "last_seen": last, "aliases": aliases, "roles": roles,
        })


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating folders as needed) the database at ``path``, shaped for quotes."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    ensure_db_shape(db)
    return db
