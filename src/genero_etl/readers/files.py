"""Opening raw files safely: existence, kind, size, hashing, time. Raw files are only read.

Only regular files are read: a symlink to ``/dev/zero``, a FIFO or a socket is refused
before it is opened (opening a FIFO would wait forever). The size is checked before
reading and the read itself stops one byte past the limit, so a file that grows while it
is read cannot exhaust memory either.
"""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from genero_etl.errors import InputUnreadable, UnsupportedInput


def check_regular(path: Path, display: str) -> os.stat_result:
    """The file's status, refusing what is not a regular file (device, FIFO, socket)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputUnreadable("path-not-found", path=display) from None
    except OSError as err:
        raise InputUnreadable(
            "file-unreadable", path=display, reason=err.strerror or str(err)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputUnreadable("file-unreadable", path=display, reason="es una carpeta")
    if not stat.S_ISREG(info.st_mode):
        kind = (
            "un dispositivo"
            if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
            else "una tubería (FIFO)"
            if stat.S_ISFIFO(info.st_mode)
            else "un socket"
            if stat.S_ISSOCK(info.st_mode)
            else "un archivo especial"
        )
        raise UnsupportedInput("file-not-regular", path=display, kind=kind)
    return info


def read_raw(path: Path, display: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing a missing, unreadable, special, empty or oversized file.

    Shared by ingest's readers and by ``validate``.
    """
    size = check_regular(path, display).st_size
    if size > max_bytes:
        raise UnsupportedInput(
            "file-too-large", path=display, size_mb=size / 1e6, limit_mb=max_bytes / 1e6
        )
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since stat
                raise UnsupportedInput("file-not-regular", path=display, kind="otro")
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputUnreadable("path-not-found", path=display) from None
    except IsADirectoryError:
        raise InputUnreadable("file-unreadable", path=display, reason="es una carpeta") from None
    except OSError as err:
        raise InputUnreadable(
            "file-unreadable", path=display, reason=err.strerror or str(err)
        ) from None
    if len(data) > max_bytes:
        raise UnsupportedInput(
            "file-too-large", path=display, size_mb=len(data) / 1e6, limit_mb=max_bytes / 1e6
        )
    if not data:
        raise InputUnreadable("file-empty", path=display)
    return data


def read_bytes(path: Path, display: str, max_bytes: int) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256 (the source's identity in published data)."""
    data = read_raw(path, display, max_bytes)
    return data, hashlib.sha256(data).hexdigest()


class _Timeout(BaseException):
    """Raised by the alarm inside the budgeted block (a BaseException, so that no reader's
    ``except Exception`` swallows it)."""


@contextmanager
def time_budget(seconds: float | None, display: str) -> Iterator[None]:
    """Run the block within ``seconds`` of wall time, or fail with ``file-timeout``.

    Uses SIGALRM, so it applies in the main thread only (elsewhere the block runs
    unbounded); code that never returns to Python (one long C call) is stopped when it
    does.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and threading.current_thread() is threading.main_thread()
        and hasattr(signal, "setitimer")
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Timeout:
        raise UnsupportedInput("file-timeout", path=display, seconds=seconds) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
