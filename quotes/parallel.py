"""Extraction in worker processes, results in input order: ``quotes extract|ingest --jobs N``.

Articles are read in the parent and sent to ``jobs`` worker processes in small batches;
each worker inherits the caller's pipeline (forked) or loads it once, and runs
:func:`quotes.pipeline.extract_articles` on its batches. Workers run at most :data:`AHEAD`
articles ahead of the caller (enough to keep them busy while it writes a batch to the
database), so memory stays flat however large the corpus, and results come back in the order
the articles were read, so the output (and every database write, done by the caller in the
parent) is the same as without ``--jobs``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from .pipeline import Extracted, extract_articles, load_pipeline
from .pool import context, exit_with_parent, ordered_map
from .read import Article

BATCH_SIZE = 16
# Articles the workers may run ahead of the caller: enough to keep them busy while it writes a
# transaction (``quotes.store.BATCH_ARTICLES``), few enough to keep memory flat.
AHEAD = 512

_worker_nlp = None


def _load_worker_pipeline(model: str | None, inherited: Language | None) -> None:
    global _worker_nlp
    exit_with_parent()
    _worker_nlp = inherited if inherited is not None else load_pipeline(model)


def _extract_batch(articles: list[Article]) -> list[Extracted]:
    return list(extract_articles(articles, _worker_nlp))


def extract_parallel(
    articles: Iterable[Article], jobs: int, model: str | None = None, batch_size: int = BATCH_SIZE,
    nlp: Language | None = None,
) -> Iterator[Extracted]:
    """Yield what :func:`~quotes.pipeline.extract_articles` yields, computed in ``jobs`` processes.

    Args:
        articles: the articles, read lazily.
        jobs: number of worker processes (1 or more).
        model: a trained spaCy pipeline for the workers to load, as for ``load_pipeline``.
        batch_size: articles sent to a worker at a time.
        nlp: the caller's pipeline, loaded from ``model``: forked workers use it instead of
            loading their own (it is never pickled).

    Yields:
        One :class:`~quotes.pipeline.Extracted` per article, in input order.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    remaining = iter(articles)
    batches = iter(lambda: list(islice(remaining, batch_size)), [])
    mp_context = context(preload=["quotes.pipeline"])
    inherited = nlp if mp_context.get_start_method() == "fork" else None
    with ProcessPoolExecutor(jobs, mp_context=mp_context, initializer=_load_worker_pipeline,
                             initargs=(model, inherited)) as pool:
        for _, extracted in ordered_map(pool, _extract_batch, batches, in_flight=max(2 * jobs, AHEAD // batch_size)):
            yield from extracted

