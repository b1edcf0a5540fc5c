"""A version's observations CSV read as one file, whether it is one file or its pieces.

A version whose observations CSV is above the size a portal accepts holds only its pieces
(``publish.csvsplit``: each the header and a run of whole records, in table order); an older
version, or a small table, holds ``data/observations.csv``. The bytes of the whole CSV are
the first piece and every other piece without its header, so ``JoinedCsv`` gives them, with
the offsets of the whole file, from the pieces: what reads a version's table (``genero-etl
diff``, CHANGES.md, the bytes a version published again copies, the pieces' byte ranges)
takes a path or a ``JoinedCsv`` (``open_bytes``, ``size_of``) and reads the same bytes.
``csvsplit.table_csv`` says which a version has.
"""

from __future__ import annotations

import bisect
import io
from pathlib import Path
from typing import Any

PIECES_DIR = "data/observations-csv"
WHOLE = "data/observations.csv"


class JoinedCsv:
    """The bytes of files' ranges, one after another, read as one file: ``segments`` are
    ``(path, offset in it, length)``; ``name`` is the whole file's path, for messages."""

    def __init__(self, segments: list[tuple[Path, int, int]], name: str) -> None:
        self.segments = segments
        self.name = name
        self.starts: list[int] = []
        at = 0
        for _, _, length in segments:
            self.starts.append(at)
            at += length
        self.size = at

    def open(self) -> io.BufferedReader:
        return io.BufferedReader(_Joined(self), 1 << 20)

    def __str__(self) -> str:
        return self.name


class _Joined(io.RawIOBase):
    def __init__(self, table: JoinedCsv) -> None:
        self.table = table
        self.name = table.name
        self._pos = 0
        self._open: tuple[int, Any] | None = None  # the segment whose file is open

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += self.table.size
        if offset < 0:
            raise ValueError("negative seek position")
        self._pos = offset
        return offset

    def readinto(self, buffer: Any) -> int:
        table = self.table
        if self._pos >= table.size:
            return 0
        index = bisect.bisect_right(table.starts, self._pos) - 1
        path, offset, length = table.segments[index]
        within = self._pos - table.starts[index]
        if self._open is None or self._open[0] != index:
            self._close_file()
            self._open = (index, open(path, "rb"))  # noqa: SIM115 (closed with the stream)
        handle = self._open[1]
        handle.seek(offset + within)
        view = memoryview(buffer).cast("B")
        got = handle.readinto(view[: min(len(view), length - within)])
        if not got:
            raise OSError(f"{path} is shorter than its declared bytes")
        self._pos += got
        return int(got)

    def _close_file(self) -> None:
        if self._open is not None:
            self._open[1].close()
            self._open = None

    def close(self) -> None:
        self._close_file()
        super().close()


# The observations CSV a publish is writing, when it is held joined (the rows rendered in a
# scratch file and the runs of the previous version's pieces it would have copied): the
# path it would have had -> its bytes (``build``), until the version is in place.
_WRITTEN: dict[Path, JoinedCsv] = {}


def written_as(path: Path, table: JoinedCsv | None) -> None:
    """Say (or, with None, forget) that the CSV at ``path`` is ``table``'s bytes."""
    if table is None:
        _WRITTEN.pop(path, None)
    else:
        _WRITTEN[path] = table


def source(path: Path) -> Path | JoinedCsv:
    """The bytes of the CSV at ``path``: the file, or the joined table written as it."""
    return _WRITTEN.get(path, path)


def segments_of(table: Path | JoinedCsv, start: int, length: int) -> list[tuple[Path, int, int]]:
    """Where ``length`` bytes of ``table`` from ``start`` are: ``(file, offset, length)``."""
    size = size_of(table)
    if start < 0 or start + length > size:
        raise OSError(f"{table} is shorter than its stored rows")
    if isinstance(table, Path):
        return [(table, start, length)] if length else []
    found: list[tuple[Path, int, int]] = []
    index = bisect.bisect_right(table.starts, start) - 1
    while length > 0:
        path, offset, size = table.segments[index]
        within = start - table.starts[index]
        take = min(length, size - within)
        found.append((path, offset + within, take))
        start += take
        length -= take
        index += 1
    return found


def open_bytes(source: Path | JoinedCsv) -> io.BufferedReader:
    """A CSV's bytes, open for reading (seekable)."""
    if isinstance(source, JoinedCsv):
        return source.open()
    return open(source, "rb")  # the caller closes it


def size_of(source: Path | JoinedCsv) -> int:
    return source.size if isinstance(source, JoinedCsv) else source.stat().st_size


def declared(version: Path, checked: bool = True) -> dict[str, tuple[int, str]]:
    """The pieces a version's ``datapackage.json`` declares, whose files are still there
    with their declared size (``checked``; else every one): ``rel -> (bytes, sha256)``."""
    found: dict[str, tuple[int, str]] = {}
    for rel, size, sha in _listed_pieces(version):
        try:
            if not checked or (version / rel).stat().st_size == size:
                found[rel] = (size, sha)
        except OSError:
            continue
    return found


_LISTED: dict[bytes, list[tuple[str, int, str]]] = {}


def _listed_pieces(version: Path) -> list[tuple[str, int, str]]:
    """The pieces ``datapackage.json`` lists, ``(rel, bytes, sha256)`` in its order. The
    file is parsed once per process for the same bytes (read and hashed each time, which
    costs a small part of parsing): a publish asks of the version before several times, and
    at national scale its ``datapackage.json`` names every source file (megabytes of JSON)."""
    import hashlib
    import json

    path = version / "datapackage.json"
    try:
        data = path.read_bytes()
    except OSError:
        return []
    key = hashlib.sha256(data).digest()
    known = _LISTED.get(key)
    if known is not None:
        return known
    try:
        package = json.loads(data.decode("utf-8"))
        resources = [r for r in package.get("resources", []) if isinstance(r, dict)]
    except (OSError, ValueError, AttributeError):
        return []
    listed: list[tuple[str, int, str]] = []
    for resource in resources:
        rel, sha = str(resource.get("path", "")), str(resource.get("hash", ""))
        if not rel.startswith(PIECES_DIR + "/") or not sha.startswith("sha256:"):
            continue
        try:
            size = int(resource.get("bytes", -1))
        except (TypeError, ValueError):
            continue
        listed.append((rel, size, sha.removeprefix("sha256:")))
    if len(_LISTED) >= 8:  # a few versions at a time
        _LISTED.clear()
    _LISTED[key] = listed
    return listed


def _header_end(head: bytes) -> int:
    """Where the first record ends (after its newline; one inside quotes does not end it),
    or -1 when ``head`` holds no whole record."""
    quoted = False
    for at, byte in enumerate(head):
        if byte == 34:
            quoted = not quoted
        elif byte == 10 and not quoted:
            return at + 1
    return -1


def table_csv(version: Path) -> Path | JoinedCsv | None:
    """A version's observations CSV, the same bytes whichever way it is held: its
    ``data/observations.csv`` (a version published before the pieces stood alone, or a table
    within the piece limit), else its pieces as its ``datapackage.json`` declares them, read
    as one file (the first piece whole, every other one without its header, which must be
    the first one's); None when it has neither. A declared piece missing, or not of its
    declared size, is an error (``FileNotFoundError``: the table would lack rows), as is a
    piece with another header (``ValueError``)."""
    whole = version / WHOLE
    if whole in _WRITTEN:  # a version being written, its CSV held joined
        return _WRITTEN[whole]
    if whole.is_file():
        return whole
    found = declared(version)
    listed = sorted(found, key=lambda r: (len(r), r))
    if len(listed) != len(declared(version, checked=False)):
        raise FileNotFoundError(f"{version}: a CSV piece of its datapackage.json is missing")
    if not listed:
        return None
    first = version / listed[0]
    with open(first, "rb") as handle:
        head = handle.read(1 << 20)
    header_end = _header_end(head)
    if header_end < 0:
        raise ValueError(f"{first}: no header")
    header = head[:header_end]
    segments = [(first, 0, found[listed[0]][0])]
    for rel in listed[1:]:
        path, size = version / rel, found[rel][0]
        with open(path, "rb") as handle:
            if handle.read(header_end) != header or size <= header_end:
                raise ValueError(f"{path}: not a piece of {first}'s table (another header)")
        segments.append((path, header_end, size - header_end))
    return JoinedCsv(segments, str(whole))
