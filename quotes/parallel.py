"""Extraction in worker processes, results in input order: ``quotes extract|ingest --jobs N``.

Articles are read in the parent and sent to ``jobs`` worker processes in small batches;
each worker inherits the caller's pipeline (forked) or loads it once, and runs :func:`quotes.pipeline.extract_articles` on
its batches. Workers run at most :data:`AHEAD` articles ahead of the caller (enough to keep
them busy while it writes a batch to the database), so memory stays flat however large
the corpus, and results come back in the order the articles were read, so the
output (and every database write, done by the caller in the parent) is the same as
without ``--jobs``.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from spacy.language import Language

from .pipeline import Extracted, extract_articles, load_pipeline
from .read import Article

BATCH_SIZE = 16
# Articles the workers may run ahead of the caller: enough to keep them busy while it writes a
# transaction (``quotes.store.BATCH_ARTICLES``), few enough to keep memory flat.
AHEAD = 512
T = TypeVar("T")
R = TypeVar("R")

_worker_nlp = None


def _exit_with_parent() -> None:
    """Have Linux end this worker when the process that started it dies, however it dies (a
    SIGKILL gives the pool no chance to stop its workers). Elsewhere, nothing."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _load_worker_pipeline(model: str | None, inherited: Language | None) -> None:
    global _worker_nlp
    _exit_with_parent()
    _worker_nlp = inherited if inherited is not None else load_pipeline(model)


def _extract_batch(articles: list[Article]) -> list[Extracted]:
    return list(extract_articles(articles, _worker_nlp))


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from this process where it runs no other thread, else from a clean server.

    A fork shares the pipeline already loaded here, so workers start at once; but a fork of a
    process with other threads (a Dask client, a web server) could copy a lock one of them
    holds and hang, so such a process gets workers from a forkserver that imported the
    pipeline once (spawn where the platform has no forkserver).
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["quotes.pipeline"])
    return context


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
    context = _context()
    inherited = nlp if context.get_start_method() == "fork" else None
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_load_worker_pipeline,
                             initargs=(model, inherited)) as pool:
        for _, extracted in ordered_map(pool, _extract_batch, batches, in_flight=max(2 * jobs, AHEAD // batch_size)):
            yield from extracted


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` worker processes, started as :func:`extract_parallel` starts them."""
    return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_exit_with_parent)


def ordered_map(executor: Executor, fn: Callable[[T], R], items: Iterable[T], in_flight: int) -> Iterator[tuple[T, R]]:
    """Yield ``(item, fn(item))`` in the order of ``items``, computed by ``executor`` with at
    most ``in_flight`` items submitted and not yet yielded, so memory stays bounded."""
    pending: deque[tuple[T, Future]] = deque()
    for item in items:
        pending.append((item, executor.submit(fn, item)))
        if len(pending) >= in_flight:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()
