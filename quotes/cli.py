"""The ``quotes`` command line: a thin click layer over the library API."""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from pathlib import Path

import click

from . import __version__
from .read import READERS, ReadError, formats_help, read_articles, reader_for, reads_many, shown
from .store import DEFAULT_DB
from .vocab import REPORTED_KINDS

# `quotes extract`'s records: these fields of the quote record (quotes.pipeline.Quote), in this
# order, after the input's name; the offsets among them index the input file's own text.
JSONL_FIELDS = [
    "doc", "start", "end", "quote", "kind", "cue", "speaker", "speaker_mention", "speaker_start",
    "speaker_end", "speaker_type", "confidence", "role", "sieve",
]
OFFSET_FIELDS = frozenset({"start", "end", "speaker_start", "speaker_end"})


def _pipeline(model: str | None, sieves: tuple[str, ...] | None = None):
    from .pipeline import ModelNotFound, load_pipeline

    try:
        return load_pipeline(model, sieves)
    except ModelNotFound as e:
        raise click.UsageError(str(e)) from e


def _iso_date(ctx, param, value):
    from .read import normalise_date

    if value is None:
        return None
    found = normalise_date(value)
    if not found:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD")
    return found


def _curated_speakers(ctx, param, value):
    from .curated import CuratedError, load_curated

    if value is None:
        return None
    try:
        return load_curated(value)
    except CuratedError as e:
        raise click.BadParameter(str(e)) from e


def _trained(model: str | None):
    """A trained spaCy pipeline by name or path, for engines that read its parse."""
    import spacy

    if not model:
        raise click.UsageError("--engine textacy needs --model NAME_OR_PATH: a trained spaCy pipeline with a parser")
    try:
        return spacy.load(model)
    except OSError as e:
        raise click.UsageError(f"spaCy pipeline {model!r} is not installed and is not a pipeline folder") from e


def _report_errors(errors: list[ReadError]) -> None:
    for e in errors:
        click.echo(f"error: {shown(e)}", err=True)


@click.group()
@click.version_option(__version__)
def cli():
    """Find quotations in news articles, say who said them, and publish a searchable index."""


@cli.command(help=f"""Print the quotes in PATHS ({formats_help()} files, folders of them, globs, - for
standard input), touching no database.

Offsets index the text of each input file as read (UTF-8).
""")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl", show_default=True,
              help="Output format.")
@click.option("--model", metavar="NAME_OR_PATH",
              help="A trained spaCy pipeline to use as well (package name or folder).")
@click.option("--no-reported", is_flag=True, help="Leave out reported (indirect) speech.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes to extract in; output is the same as with one.")
def extract(paths, fmt, model, no_reported, jobs):
    # The help is the command's ``help`` (above), which names the formats of quotes.read.READERS.
    nlp = _pipeline(model)
    errors: list[ReadError] = []
    records = (
        _record(ex, q)
        for ex in _extract(read_articles(paths, errors), nlp, model, jobs, errors)
        for q in ex.quotes
        if not (no_reported and q.kind in REPORTED_KINDS)
    )
    out = sys.stdout
    if fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=JSONL_FIELDS)
        writer.writeheader()
        writer.writerows(records)
    else:
        out.write(_table_row({name: name for name in TABLE_COLUMNS}))
        for r in records:
            speaker = r["speaker"] or f"? ({r['speaker_mention']})" if r["speaker_mention"] else r["speaker"] or "?"
            out.write(_table_row({"doc": r["doc"], "kind": r["kind"], "speaker": speaker, "cue": r["cue"] or "",
                                  "quote": " ".join(r["quote"].split())}))
    _report_errors(errors)
    if errors:
        sys.exit(1)


# `quotes extract --format table`: each column's width; a longer value is cut with an ellipsis.
TABLE_COLUMNS = {"doc": 24, "kind": 8, "speaker": 24, "cue": 12, "quote": 60}


def _cell(value: str, width: int) -> str:
    """``value`` in ``width`` characters: padded, or cut with "…" as its last character."""
    return value.ljust(width) if len(value) <= width else value[:width - 1] + "…"


def _table_row(values: dict) -> str:
    return "  ".join(_cell(str(values[name]), width) for name, width in TABLE_COLUMNS.items()).rstrip() + "\n"


def _extract(articles, nlp, model, jobs, errors: list[ReadError] | None):
    """Extract here, or in ``jobs`` worker processes (same results, same order); an article
    the rules failed on is left out, with its error added to ``errors`` (raised where there
    is no list: ``--strict``)."""
    if jobs > 1:
        from .parallel import extract_parallel

        extracted = extract_parallel(articles, jobs, model, nlp=nlp)
    else:
        from .pipeline import extract_articles

        extracted = extract_articles(articles, nlp)
    for ex in extracted:
        if ex.error:
            error = ReadError(f"{shown(ex.article.path or ex.article.doc)}: quotes could not be extracted "
                              f"({ex.error}); the article is left out")
            if errors is None:
                raise error
            errors.append(error)
        else:
            yield ex


def _record(ex, q) -> dict:
    """A quote as a JSONL record, offsets mapped to the input file's own text."""
    to_raw = ex.clean.to_raw
    values = {"doc": ex.article.doc, **{f: to_raw(v) if f in OFFSET_FIELDS and v is not None else v
                                        for f, v in q._asdict().items()}}
    values["quote"] = ex.clean.raw[values["start"]:values["end"]]
    return {name: values[name] for name in JSONL_FIELDS}


@cli.command(help=f"""Extract the quotes in PATHS and upsert articles, quotes and speakers into the database.

PATHS are {formats_help()} files, folders of them, globs, or - for standard input.
Unreadable inputs are named and skipped (all of the run with --strict). One ingest writes a
database at a time: a second waits for the first to finish.
""")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to write.")
@click.option("--model", metavar="NAME_OR_PATH",
              help="A trained spaCy pipeline to use as well (package name or folder).")
@click.option("--silent", is_flag=True, help="Print nothing but errors.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes to extract in; writes stay in this process, in order.")
@click.option("--extracted", is_flag=True,
              help="PATHS are JSONL files (or folders) written by the Dask recipe: load their quotes, extract nothing.")
@click.option("--source", help="Outlet to record for every article read, over what the input says.")
@click.option("--published", callback=_iso_date, help="Publication date (YYYY-MM-DD) to record for every article read.")
@click.option("--url", help="URL of the article (one input only); it then identifies the article across runs.")
@click.option("--dry-run", is_flag=True,
              help="Say what would be ingested, replaced, re-extracted or left unchanged; write nothing.")
@click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read.")
@click.option("--speakers", "curated", type=click.Path(dir_okay=False), callback=_curated_speakers,
              help="A YAML file of speakers declared by hand (names, aliases, type, Wikidata id); "
                   "it wins over inference.")
@click.option("--no-wait", is_flag=True,
              help="Where another ingest is writing the database, fail at once instead of waiting for it to finish.")
def ingest(paths, db_path, model, silent, jobs, extracted, source, published, url, dry_run, strict, curated, no_wait):
    # The help is the command's ``help`` (above), which names the formats of quotes.read.READERS.
    if dry_run:
        return _ingest(paths, db_path, model, silent, jobs, extracted, source, published, url, dry_run, strict, curated)
    with _writing(db_path, no_wait):
        _ingest(paths, db_path, model, silent, jobs, extracted, source, published, url, dry_run, strict, curated)


@contextlib.contextmanager
def _writing(db_path: str, no_wait: bool):
    """Hold the database's writer lock, saying so while another process has it."""
    from .lock import WriterBusy, writer_lock

    def waiting():
        click.echo(f"waiting for another ingest to finish writing {db_path}…", err=True)

    try:
        with writer_lock(db_path, wait=not no_wait, on_wait=waiting):
            yield
    except WriterBusy as e:
        raise click.ClickException(
            f"{e}; run again when it has finished, or without --no-wait to wait for it") from None


def _ingest(paths, db_path, model, silent, jobs, extracted, source, published, url, dry_run, strict, curated):
    import sqlite_utils

    from .cluster import cluster_db, speakers_to_recluster
    from .pool import worker_pool
    from .store import ingest as ingest_all
    from .store import link_speakers

    if url and (len(paths) != 1 or not Path(paths[0]).is_file() or reader_for(Path(paths[0])).records):
        one = [s for s, r in READERS.items() if not r.records]
        raise click.UsageError(
            f"--url names one article: give it with a single {', '.join(one[:-1])} or {one[-1]} file")
    nlp = _pipeline(model)
    if dry_run:
        db = sqlite_utils.Database(db_path) if Path(db_path).is_file() else sqlite_utils.Database(memory=True)
    else:
        db = _open_db(db_path)
    errors: list[ReadError] | None = None if strict else []
    counts = {"ingested": 0, "reextracted": 0, "unchanged": 0, "replaced": 0}
    quotes = 0
    if extracted:
        from .distributed import read_extracted

        source_articles = read_extracted(paths, errors)
    else:
        articles = read_articles(paths, errors, source=source, published=published, url=url)
        source_articles = _extract(articles, nlp, model, jobs, errors)
    results = _progress(ingest_all(db, source_articles, dry_run=dry_run), paths, silent)
    try:
        for result in results:
            counts[result.status] += 1
            counts["replaced"] += result.replaced
            quotes += result.quotes
            if dry_run and result.status != "unchanged" and not silent:
                would = "re-extract" if result.status == "reextracted" else "replace" if result.replaced else "add"
                click.echo(f"would {would}: {result.doc} ({result.quotes} quotes)")
    except ReadError as e:
        errors = [e]
    finally:
        results.close()
    if not dry_run:
        link_speakers(db, curated)
        with worker_pool(jobs) if jobs > 1 else contextlib.nullcontext() as pool:  # with --jobs, cluster there too
            cluster_db(db, speakers_to_recluster(db), executor=pool)
    db.close()  # the write-ahead log is folded into the database file as the last connection closes
    _report_errors(errors or [])
    if not silent:
        would = "dry run, nothing written: would be " if dry_run else ""
        click.echo(
            f"{would}{counts['ingested']} ingested, {counts['unchanged']} unchanged, {len(errors or [])} failed; "
            f"{counts['replaced']} replaced an earlier version, re-extracted {counts['reextracted']} "
            f"(extracted by other rules before); {quotes} quotes in those articles → {db_path}"
        )
    if errors:
        sys.exit(1)


def _progress(results, paths, silent):
    """``results`` behind a progress bar on standard error when that is a terminal."""
    from .read import iter_paths

    total = None
    if _shows_progress(silent) and not any(map(reads_many, paths)):
        try:
            total = sum(1 for _ in iter_paths(paths))
        except ReadError:
            pass
    return _bar(results, total, silent)


def _shows_progress(silent: bool) -> bool:
    return not silent and sys.stderr.isatty()


def _bar(results, total, silent):
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: --jobs forks its workers only from a single-threaded process
    return tqdm(results, total=total, unit=" articles", disable=not _shows_progress(silent), leave=False)


def _open_db(db_path: str):
    """The database at ``db_path``, upgraded to this release's schema; a one-line error and exit 1 if it cannot be."""
    import sqlite3

    from .schema import SchemaError
    from .store import open_db

    try:
        return open_db(db_path)
    except (SchemaError, sqlite3.DatabaseError) as e:
        click.echo(f"error: {db_path}: {e}", err=True)
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to bring up to date.")
@click.option("--model", metavar="NAME_OR_PATH",
              help="A trained spaCy pipeline to use as well (package name or folder): "
                   "the one the archive was ingested with.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes to extract in; writes stay in this process, in order.")
@click.option("--silent", is_flag=True, help="Print nothing but errors.")
def reextract(db_path, model, jobs, silent):
    """Extract the stored articles again, from their stored text, with this release's rules.

    Articles that other rules extracted (an older release, or rules changed since), or another
    trained pipeline than --model, are extracted again and written as `quotes ingest` writes,
    in crash-safe batches; the speaker index and clusters follow. Running it again changes nothing.
    """
    from .cluster import cluster_db, speakers_to_recluster
    from .extractor import EXTRACTOR_VERSION
    from .pipeline import model_name
    from .pool import worker_pool
    from .store import articles_to_reextract, link_speakers, stored_articles
    from .store import ingest as ingest_all

    if not Path(db_path).is_file():
        raise click.UsageError(f"{db_path}: no such database; run `quotes ingest PATH --db {db_path}` first")
    nlp = _pipeline(model)
    db = _open_db(db_path)
    ids = articles_to_reextract(db, EXTRACTOR_VERSION, model_name(nlp))
    before = db.execute("select count(*) from quotes").fetchone()[0]
    articles = db.execute("select count(*) from articles").fetchone()[0]
    errors: list[ReadError] = []  # an article the rules fail on keeps its stored quotes
    results = _bar(ingest_all(db, _extract(stored_articles(db, ids), nlp, model, jobs, errors)), len(ids), silent)
    try:
        changed = sum(result.status != "unchanged" for result in results)
    finally:
        results.close()
    if changed:
        link_speakers(db)
        with worker_pool(jobs) if jobs > 1 else contextlib.nullcontext() as pool:
            cluster_db(db, speakers_to_recluster(db), executor=pool)
    after = db.execute("select count(*) from quotes").fetchone()[0]
    db.close()
    if not silent:
        click.echo(f"re-extracted {changed} of {articles} articles with rules {EXTRACTOR_VERSION}: "
                   f"{before} quotes before, {after} after → {db_path}")
    _report_errors(errors)
    if errors:
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to cluster.")
@click.option("--silent", is_flag=True, help="Print nothing but errors.")
def cluster(db_path, silent):
    """Recompute the clusters of the same quote as reported by different outlets."""
    from .cluster import cluster_db

    if not Path(db_path).is_file():
        raise click.UsageError(f"{db_path}: no such database; run `quotes ingest PATH --db {db_path}` first")
    with _writing(db_path, no_wait=False):
        db = _open_db(db_path)
        stats = cluster_db(db)
        db.close()
    if not silent:
        click.echo(
            f"{stats.clustered_quotes} quotes in {stats.clusters} clusters, {stats.multi_outlet} reported by "
            f"more than one outlet; {stats.changed_quotes} quotes changed cluster → {db_path}"
        )


SPEAKER_FIELDS = ["name", "type", "quotes", "articles", "main_role"]


def _speakers_db(db_path: str, write: bool = False):
    """The database of ``db_path``: read-only for listing, opened for writing to curate."""
    import sqlite3

    import sqlite_utils

    from .db import open_readonly

    if not Path(db_path).is_file():
        raise click.UsageError(f"{db_path}: no such database; run `quotes ingest PATH --db {db_path}` first")
    try:
        return _open_db(db_path) if write else sqlite_utils.Database(open_readonly(db_path))
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db_path}: not a quotes database ({e})") from e


@cli.group(invoke_without_command=True)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to read.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "yaml"]), default="table",
              show_default=True,
              help="table: aligned columns; csv: with a header; json: a list of objects with aliases, roles and "
                   "Wikidata id too; yaml: the curated speakers as a --speakers file.")
@click.option("--suspicious", is_flag=True,
              help="Only rows that look wrong (type unknown, one-word names, names that differ from another row by "
                   "a middle name or one letter), with the reason.")
@click.pass_context
def speakers(ctx, db_path, fmt, suspicious):
    """Print the speaker index, the most quoted first: name, type, quotes, articles, main role.

    `quotes speakers merge` and `quotes speakers rename` curate it.
    """
    if ctx.invoked_subcommand is not None:
        return
    from .store import speaker_index

    db = _speakers_db(db_path)
    out = sys.stdout
    if fmt == "yaml":
        from .curation import curated_yaml

        out.write(curated_yaml(db))
        return
    if suspicious:
        from .curation import suspicious_speakers

        rows = [r._asdict() for r in suspicious_speakers(db)]
        if fmt == "json":
            out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        writer = csv.DictWriter(out, fieldnames=["name", "type", "quotes", "reason", "like"]) if fmt == "csv" else None
        if writer:
            writer.writeheader()
            writer.writerows(rows)
            return
        out.write(f"{'name':32}  {'type':12}  {'quotes':>6}  reason\n")
        for r in rows:
            like = f" ({r['like']})" if r["like"] else ""
            out.write(f"{_cell(r['name'], 32)}  {r['type'] or '':12}  {r['quotes']:>6}  {r['reason']}{like}\n")
        return
    rows = list(speaker_index(db))
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=SPEAKER_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        out.write(f"{'name':32}  {'type':12}  {'quotes':>6}  {'articles':>8}  main role\n")
        for r in rows:
            line = (f"{_cell(r['name'], 32)}  {r['type'] or '':12}  {r['quotes']:>6}  {r['articles']:>8}  "
                    f"{r['main_role'] or ''}")
            out.write(line.rstrip() + "\n")


def _curate(db_path: str, change) -> None:
    from .cluster import cluster_db, speakers_to_recluster
    from .curation import CurationError

    with _writing(db_path, no_wait=False):
        db = _speakers_db(db_path, write=True)
        try:
            moved = change(db)
        except CurationError as e:
            raise click.ClickException(str(e)) from None
        cluster_db(db, speakers_to_recluster(db))
        db.close()
    click.echo(f"{moved} quotes moved; the decision is kept in the curated speakers (`quotes speakers --format yaml`)")


@speakers.command("merge")
@click.argument("keep")
@click.argument("merged")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to curate.")
def merge_command(keep, merged, db_path):
    """Declare that the speaker MERGED is KEEP: its names become KEEP's aliases, now and in later ingests."""
    from .curation import merge_speakers

    _curate(db_path, lambda db: merge_speakers(db, keep, merged))


@speakers.command("rename")
@click.argument("old")
@click.argument("new")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to curate.")
def rename_command(old, new, db_path):
    """Declare that the speaker named OLD is called NEW (OLD stays an alias), now and in later ingests."""
    from .curation import rename_speaker

    _curate(db_path, lambda db: rename_speaker(db, old, new))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
def serve(db_path, host, port):
    """Browse and search the quote database in Datasette."""
    from .publish import serve as run

    if not Path(db_path).is_file():
        raise click.UsageError(f"{db_path}: no such database; run `quotes ingest PATH --db {db_path}` first")
    click.echo(f"Serving {db_path} on http://{host}:{port}/", err=True)
    run(db_path, host, port)


def _style_help() -> str:
    from .cite import STYLES

    return "; ".join(f"{s.name}: {s.help}" for s in STYLES.values())


def _style_names() -> list[str]:
    from .cite import STYLES

    return list(STYLES)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("phrase", nargs=-1, required=True)
@click.option("--style", type=click.Choice(_style_names()), default="plain", show_default=True, help=_style_help())
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to search.")
@click.option("--outlets/--no-outlets", default=True, show_default=True,
              help="After each citation, say how many outlets reported the quote, and which.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1), help="Most quotes to print.")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON list of objects: text, speaker, verdict, score, citation, article_id, quote_id, "
                   "diff, …")
def cite(phrase, style, db_path, outlets, limit, as_json):
    """Check PHRASE against the stored quotes and print a ready-to-paste citation of the closest.

    Each quote found comes with a verdict: verbatim (the words are in the quote), close (a few
    words differ; the word diff is shown, [-as typed-] {+as said+}) or partial (they share a
    passage but not the rest). Best first: verbatim, then close, then partial, newest first
    among equals. Exits 1 when no stored quote is close.

    Case, accents, punctuation and quote marks in PHRASE do not matter, nor quoting it: `quotes
    cite we will win` is `quotes cite "we will win"`, and words starting with a dash are words
    of the phrase (`quotes cite -trump`).
    """
    phrase = " ".join(phrase)
    import sqlite3

    import sqlite_utils

    from .cite import citation
    from .cluster import reported_by
    from .db import open_readonly, search_index_pending
    from .lookup import as_json as to_json
    from .lookup import lookup

    if not phrase.split():
        raise click.UsageError("PHRASE is empty: give some words of the quote")
    if not Path(db_path).is_file():
        raise click.UsageError(f"{db_path}: no such database; run `quotes ingest PATH --db {db_path}` first")
    try:
        conn = open_readonly(db_path)
        pending = search_index_pending(conn)
        found = lookup(conn, phrase, limit)
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db_path}: not a quotes database ({e})") from e
    if as_json:
        click.echo(json.dumps(to_json(found, style), ensure_ascii=False, indent=2))
    for match in found if not as_json else []:
        click.echo(citation(match.quote, style))
        verdict = (f"  {match.verdict}" if match.verdict == "verbatim"
                   else f"  {match.verdict} ({match.score:g}): {match.word_diff()}")
        click.echo(verdict)
        note = reported_by(sqlite_utils.Database(conn), match.quote["id"]) if outlets else None
        if note:
            click.echo(f"  {note}")
    if pending:
        click.echo(f"warning: the search index of {db_path} is being built by an ingest, or one was interrupted "
                   "(run `quotes ingest` again to rebuild it): quotes may be missing", err=True)
    if not found:
        click.echo(f"no quote in {db_path} is close to “{phrase}”", err=True)
        sys.exit(1)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--kinds", type=click.Choice(["all", "direct"]), default="all", show_default=True,
              help="direct: score only gold quotes with quote marks (and no reported-speech predictions).")
@click.option("--model", metavar="NAME_OR_PATH",
              help="A trained spaCy pipeline to use as well (package name or folder).")
@click.option("--engine", type=click.Choice(["rules", "textacy"]), default="rules", show_default=True,
              help="rules: this tool's extractor; textacy: textacy's direct_quotations, for comparison "
                   "(needs --model with a parser).")
@click.option("--sieves", metavar="NAME,…",
              help="Apply only these attribution sieves, per-quote ones in the order given, to measure any subset "
                   "(default: all, in the default order; an unknown name lists them).")
@click.option("--show-errors", is_flag=True, help="List misses, false quotes and wrong speakers with context.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir, kinds, model, engine, sieves, show_errors, as_json):
    """Score extraction and attribution against GOLD_DIR (texts/*.txt and gold.jsonl)."""
    from .evaluate import EngineError, GoldError, format_report
    from .evaluate import evaluate as run

    order = None
    if sieves is not None:
        from .attribute import check_sieves

        try:
            order = check_sieves(name.strip() for name in sieves.split(",") if name.strip())
        except ValueError as e:
            raise click.UsageError(f"--sieves: {e}") from e
    if engine == "textacy":
        nlp = _trained(model)  # textacy reads the trained parse; the quote components are not needed
    else:
        nlp = _pipeline(model, order)
    try:
        report = run(gold_dir, kinds, nlp, engine)
    except (GoldError, EngineError) as e:
        raise click.UsageError(str(e)) from e
    if as_json:
        scores: dict = {k: round(v, 4) for k, v in report.scores().items()}
        if report.index:
            scores["index"] = {**report.index, "precision": round(report.index["precision"], 4)}
        click.echo(json.dumps(scores, ensure_ascii=False))
    else:
        click.echo(format_report(report, show_errors))
