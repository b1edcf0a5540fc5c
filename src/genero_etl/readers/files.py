"""Opening raw files safely: existence, size, hashing. Raw files are only ever read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from genero_etl.errors import InputUnreadable, UnsupportedInput


def read_bytes(path: Path, display: str, max_bytes: int) -> tuple[bytes, str]:
    """Return the file's bytes and SHA-256, refusing missing, empty or oversized files."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputUnreadable("path-not-found", path=display) from None
    except OSError as err:
        raise InputUnreadable(
            "file-unreadable", path=display, reason=err.strerror or str(err)
        ) from None
    if size == 0:
        raise InputUnreadable("file-empty", path=display)
    if size > max_bytes:
        raise UnsupportedInput(
            "file-too-large", path=display, size_mb=size / 1e6, limit_mb=max_bytes / 1e6
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputUnreadable(
            "file-unreadable", path=display, reason=err.strerror or str(err)
        ) from None
    return data, hashlib.sha256(data).hexdigest()
