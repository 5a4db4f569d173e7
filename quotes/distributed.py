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

from spacy.language import Language

from .clean import clean_text
from .pipeline import Extracted, Quote, extract_articles, load_pipeline
from .read import Article, ReadError, iter_paths, read_text_file

ARTICLE_FIELDS = ("doc", "text", "title", "url", "source", "published", "author", "path")

_pipelines: dict[str | None, Language] = {}


def _pipeline(model: str | None) -> Language:
    """One pipeline per model and process, loaded on first use (a Dask worker loads it once)."""
    if model not in _pipelines:
        _pipelines[model] = load_pipeline(model)
    return _pipelines[model]


def article_record(article: Article) -> dict:
    """An :class:`~quotes.read.Article` as a JSON-ready record."""
    return {name: getattr(article, name) for name in ARTICLE_FIELDS}


def record_article(record: dict) -> Article:
    """The :class:`~quotes.read.Article` of a record; ``doc`` defaults to its URL or path."""
    text = record.get("text")
    doc = record.get("doc") or record.get("url") or record.get("path")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{doc or 'record'}: no article text (a non-empty 'text' field is required)")
    if not doc:
        raise ValueError("record without 'doc', 'url' or 'path': nothing identifies the article")
    return Article(**{name: record.get(name) for name in ARTICLE_FIELDS if name != "doc"}, doc=doc)


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
    return [{**r, "quotes": [q._asdict() for q in ex.quotes]} for r, ex in zip(records, extracted)]


def records_bag(paths: Iterable[str | Path], partition_size: int = 64):
    """A ``dask.bag`` of article records from JSONL files (one record per line) and ``.txt`` files or folders."""
    import dask.bag as db

    paths = list(map(Path, paths))
    jsonl = [str(p) for p in paths if p.suffix == ".jsonl"]
    texts = [str(p) for p in iter_paths([p for p in paths if p.suffix != ".jsonl"])]
    bags = []
    if jsonl:
        bags.append(db.read_text(jsonl).map(json.loads))
    if texts:
        partitions = max(1, -(-len(texts) // partition_size))
        bags.append(db.from_sequence(texts, npartitions=partitions).map(lambda p: article_record(read_text_file(Path(p)))))
    if not bags:
        raise ReadError(f"{', '.join(map(str, paths)) or 'no paths'}: no .jsonl or .txt articles")
    return db.concat(bags) if len(bags) > 1 else bags[0]


def extract_with_dask(paths: Iterable[str | Path], out_dir: str | Path, model: str | None = None) -> list[str]:
    """Extract the quotes of every article under ``paths`` with Dask; write ``out_dir/*.jsonl``.

    Runs on the current Dask scheduler: a ``distributed.Client`` made beforehand (a local or
    remote cluster) takes the work. Returns the names of the files written, one per partition.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = records_bag(paths).map_partitions(extract_records, model)
    return bag.map(json.dumps, ensure_ascii=False).to_textfiles(str(Path(out_dir) / "*.jsonl"))


def read_extracted(paths: Iterable[str | Path], errors: list[ReadError] | None = None) -> Iterator[Extracted]:
    """Yield an :class:`~quotes.pipeline.Extracted` for each line of the JSONL files (or folders of them) under ``paths``.

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
                    article = record_article(record)
                    quotes = [Quote(**q) for q in record["quotes"]]
                except (ValueError, KeyError, TypeError, AttributeError) as e:
                    error = ReadError(f"{path}:{number}: not an extracted article record ({e})")
                    if errors is None:
                        raise error from e
                    errors.append(error)
                    continue
                yield Extracted(article, clean_text(article.text), quotes)
