"""An exclusive lock on a file, held by one process at a time.

The operating system drops the lock when its process dies, so a game that is
killed mid-save never leaves the others waiting on a stale lock. A process
that is alive but never lets go (stopped with ctrl-z, say) is waited for only
so long: then the lock is busy, and the caller decides what to do.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

# Seconds between tries: short, because a save holds the lock for milliseconds.
POLL = 0.005


class LockBusy(OSError):
    """Another process held the lock for the whole wait."""


@contextmanager
def locked(path: Path, wait: float, progress: Callable[[], object] = lambda: None
           ) -> Iterator[None]:
    """Hold `path` (created if need be) exclusively. Raises LockBusy when other
    holders kept it for `wait` seconds without `progress()` changing: the
    caller's sign that they get work done (its file was written, say), so that
    many games saving in turn are waited for, and one that is stuck is not."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _take(fd, path, wait, progress)
        yield
    finally:
        # Closing the descriptor releases the lock on every platform.
        os.close(fd)


def _take(fd: int, path: Path, wait: float, progress: Callable[[], object]) -> None:
    seen = progress()
    deadline = time.monotonic() + wait
    while not _try(fd):
        now = progress()
        if now != seen:
            seen, deadline = now, time.monotonic() + wait
        elif time.monotonic() >= deadline:
            raise LockBusy(errno.EAGAIN, f"its lock file, {path.name}, has been held for over "
                                         f"{wait:g} seconds", str(path))
        time.sleep(POLL)


def _try(fd: int) -> bool:
    """Take the lock if it is free; never waits."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except BlockingIOError:
        return False
    except OSError as error:
        if fcntl is None and error.errno in (errno.EACCES, errno.EDEADLOCK):
            return False
        raise
    return True
