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
from typing import Any, BinaryIO


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

    def open(self) -> BinaryIO:
        return io.BufferedReader(_Joined(self), 1 << 20)  # type: ignore[return-value]

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


def open_bytes(source: Path | JoinedCsv) -> BinaryIO:
    """A CSV's bytes, open for reading (seekable)."""
    if isinstance(source, JoinedCsv):
        return source.open()
    return open(source, "rb")  # noqa: SIM115 (the caller closes it)


def size_of(source: Path | JoinedCsv) -> int:
    return source.size if isinstance(source, JoinedCsv) else source.stat().st_size
