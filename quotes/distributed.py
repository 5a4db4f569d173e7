"""Extraction as a pure function of an article record, and a Dask recipe to run it past one machine.

:func:`extract_record` takes an article record (a dict with ``text`` and, where known,
``doc``, ``title``, ``url``, ``source``, ``published``, ``author``, ``path``) and returns its
quotes as dicts. :func:`extract_with_dask` maps it over a corpus with ``dask.bag`` and
writes JSONL files, one line per article: the record with its ``quotes`` added.
``quotes ingest --extracted OUT_DIR`` loads those files (through :func:`read_extracted`)
into the database without extracting again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from .clean import clean_text
from .pipeline import Extracted, Quote, extract_articles, load_pipeline
from .read import Article, ReadError, iter_paths, read_path

ARTICLE_FIELDS = ("doc", "text", "title", "url", "source", "published", "author", "path")
# Kept with a record read from a file, so the database gets what a direct ingest writes: the
# record's place in its file ("#3", which tells apart records sharing a path) and the hash of
# the bytes read.
READ_FIELDS = ("ref", "raw_hash")

_pipelines: dict[str | None, Language] = {}


def _pipeline(model: str | None) -> Language:
    """One pipeline per model and process, loaded on first use (a Dask worker loads it once)."""
    if model not in _pipelines:
        _pipelines[model] = load_pipeline(model)
    return _pipelines[model]


def article_record(article: Article) -> dict:
    """An :class:`~quotes.read.Article` as a JSON-ready record."""
    record = {name: getattr(article, name) for name in ARTICLE_FIELDS}
    record.update({name: getattr(article, name) for name in READ_FIELDS if getattr(article, name)})
    return record


def record_article(record: dict) -> Article:
    """The :class:`~quotes.read.Article` of a record; ``doc`` defaults to its URL or path."""
    text = record.get("text")
    doc = record.get("doc") or record.get("url") or record.get("path")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{doc or 'record'}: no article text (a non-empty 'text' field is required)")
    if not doc:
        raise ValueError("record without 'doc', 'url' or 'path': nothing identifies the article")
    fields: dict[str, Any] = {name: record.get(name) for name in ARTICLE_FIELDS if name != "doc"}
    return Article(**fields, doc=doc, ref=record.get("ref") or "", raw_hash=record.get("raw_hash"))


def extract_record(record: dict, model: str | None = None) -> list[dict]:
    """The quotes of one article record, each a dict of :class:`~quotes.pipeline.Quote`'s fields.

    Offsets index the article's cleaned text (``quotes.clean.clean_text(text).text``, which is
    the text itself unless it held mojibake or invisible characters): the text the database stores.
    """
    return extract_records([record], model)[0]["quotes"]


def extract_records(records: Iterable[dict], model: str | None = None) -> list[dict]:
    """Each record with its ``quotes`` added, extracted together with ``nlp.pipe`` (one Dask partition)."""
    records = list(records)
    extracted = extract_articles((record_article(r) for r in records), _pipeline(model))
    return [{**r, "model": ex.model, "extractor": ex.extractor, "quotes": [q._asdict() for q in ex.quotes],
             **({"error": ex.error} if ex.error else {})}  # the rules failed on it: ingest leaves it out
            for r, ex in zip(records, extracted)]


def records_bag(paths: Iterable[str | Path], partition_size: int = 64):
    """A ``dask.bag`` of article records.

    A JSONL file named directly is split by Dask, its records read as they are (each needs a
    ``url``, ``doc`` or ``path``); every other input — folders, and text, HTML, JSON, CSV or
    JSONL files in them — is read as ``quotes ingest`` reads it, a file at a time in the
    workers, so its articles get the same metadata and ids.
    """
    import dask.bag as db

    inputs = [Path(p) for p in paths]
    jsonl = [p for p in inputs if p.suffix.lower() == ".jsonl" and p.is_file()]
    files = [str(p) for p in iter_paths([p for p in inputs if p not in jsonl])]
    bags = []
    if jsonl:
        bags.append(db.read_text([str(p) for p in jsonl]).map(json.loads))
    if files:
        partitions = max(1, -(-len(files) // partition_size))
        bags.append(db.from_sequence(files, npartitions=partitions).map(file_records).flatten())
    if not bags:
        raise ReadError(f"{', '.join(map(str, inputs)) or 'no paths'}: no articles to read")
    return db.concat(bags) if len(bags) > 1 else bags[0]


def file_records(path: str) -> list[dict]:
    """The article records of one input file, read by its suffix (a file that cannot be read
    raises :class:`~quotes.read.ReadError` naming it)."""
    return [article_record(article) for article in read_path(Path(path))]


def extract_with_dask(paths: Iterable[str | Path], out_dir: str | Path, model: str | None = None) -> list[str]:
    """Extract the quotes of every article under ``paths`` with Dask; write ``out_dir/*.jsonl``.

    Runs on the current Dask scheduler: a ``distributed.Client`` made beforehand (a local or
    remote cluster) takes the work. Returns the names of the files written, one per partition.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = records_bag(paths).map_partitions(extract_records, model)
    return bag.map(json.dumps, ensure_ascii=False).to_textfiles(str(Path(out_dir) / "*.jsonl"))


def read_extracted(paths: Iterable[str | Path], errors: list[ReadError] | None = None) -> Iterator[Extracted]:
    """Yield an :class:`~quotes.pipeline.Extracted` for each line of the JSONL files (or folders of
    them) under ``paths``.

    With an ``errors`` list, bad lines are collected there (naming file and line) and the rest
    read on; without one, the first raises :class:`~quotes.read.ReadError`.
    """
    for path in iter_paths(paths, suffixes=(".jsonl",)):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if record.get("error"):
                        raise ValueError(f"its quotes could not be extracted: {record['error']}")
                    article = record_article(record)
                    quotes = [Quote(**q) for q in record["quotes"]]
                except (ValueError, KeyError, TypeError, AttributeError) as e:
                    error = ReadError(f"{path}:{number}: not an extracted article record ({e})")
                    if errors is None:
                        raise error from e
                    errors.append(error)
                    continue
                yield Extracted(article, clean_text(article.text), quotes, record.get("model"), record.get("extractor"))
