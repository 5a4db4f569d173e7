"""Worker processes and an ordered, bounded map over them, with no NLP imported.

:func:`context` says how worker processes start, for extraction (:mod:`quotes.parallel`)
and for clustering (:func:`worker_pool`, used by :mod:`quotes.cluster`); :func:`ordered_map`
feeds them and gives results back in input order. Nothing here imports spaCy: clustering a database must not load it.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def exit_with_parent() -> None:
    """Have Linux end this worker when the process that started it dies, however it dies (a
    SIGKILL gives the pool no chance to stop its workers). Elsewhere, nothing."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def context(preload: Iterable[str] = ()) -> multiprocessing.context.BaseContext:
    """Workers forked from this process where it runs no other thread, else from a clean server.

    A fork shares what this process has loaded (a pipeline), so workers start at once; but a
    fork of a process with other threads (a Dask client, a web server) could copy a lock one
    of them holds and hang, so such a process gets workers from a forkserver that imported the
    modules ``preload`` once (spawn where the platform has no forkserver).
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload(list(preload))
    return forkserver


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` worker processes that end with their parent."""
    return ProcessPoolExecutor(jobs, mp_context=context(), initializer=exit_with_parent)


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
