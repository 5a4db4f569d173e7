"""One writer at a time: a lock on a file beside the database, held while an ingest writes.

SQLite lets one connection write at a time and makes the others wait a few seconds before
failing with "database is locked"; an ingest writes for minutes, so a second one would die
with its articles unwritten. A second ingest waits for the lock instead, or refuses at once.
The lock is POSIX (``lockf``): the system drops it when its process ends, however it ends,
and worker processes forked meanwhile do not inherit it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path


class WriterBusy(Exception):
    """Another process holds the database's writer lock."""


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the database at ``db_path``."""
    return Path(f"{db_path}.lock")


@contextlib.contextmanager
def writer_lock(db_path: str | Path, wait: bool = True, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the writer lock of ``db_path`` for the block.

    Where another process holds it: with ``wait``, call ``on_wait`` and wait until it is
    free; without, raise :class:`WriterBusy` at once.
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # EAGAIN or EACCES: held elsewhere
            if not wait:
                raise WriterBusy(f"{db_path}: another ingest is writing this database") from None
            if on_wait:
                on_wait()
            fcntl.lockf(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
