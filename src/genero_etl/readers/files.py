"""Opening raw files safely: existence, size, hashing. Raw files are only ever read."""

from __future__ import annotations

import hashlib
from pathlib import Path

from genero_etl.errors import InputUnreadable, UnsupportedInput


def read_raw(path: Path, display: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing a missing, unreadable, empty or oversized file.

    The size is checked before reading, so a stray dump cannot exhaust memory.
    Shared by ingest's readers and by ``validate``.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputUnreadable("path-not-found", path=display) from None
    except OSError as err:
        raise InputUnreadable(
            "file-unreadable", path=display, reason=err.strerror or str(err)
        ) from None
    if size > max_bytes:
        raise UnsupportedInput(
            "file-too-large", path=display, size_mb=size / 1e6, limit_mb=max_bytes / 1e6
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputUnreadable("path-not-found", path=display) from None
    except IsADirectoryError:
        raise InputUnreadable("file-unreadable", path=display, reason="es una carpeta") from None
    except OSError as err:
        raise InputUnreadable(
            "file-unreadable", path=display, reason=err.strerror or str(err)
        ) from None
    if not data:
        raise InputUnreadable("file-empty", path=display)
    return data


def read_bytes(path: Path, display: str, max_bytes: int) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256 (the source's identity in published data)."""
    data = read_raw(path, display, max_bytes)
    return data, hashlib.sha256(data).hexdigest()
