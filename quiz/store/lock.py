"""An exclusive lock on a file, held by one process at a time.

The operating system drops the lock when its process dies, so a game that is
killed mid-save never leaves the others waiting on a stale lock.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold `path` (created if need be) exclusively; waits for other holders."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        else:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        yield
    finally:
        # Closing the descriptor releases the lock on every platform.
        os.close(fd)
