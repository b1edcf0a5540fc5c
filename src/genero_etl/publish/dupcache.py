"""The duplicate check's key hashes kept per staged file between publishes.

The cross-file duplicate check (``tables.find_duplicates``) reads the key columns of every
observation twice: once for each row's 64-bit key hash (which hashes occur under two or more
source files), once more for the rows holding such a hash. Publishing again after one file
changed, every other file gives the same hashes. So a publish stores, for each staged file,
the distinct ``(key hash, source sha256)`` pairs of its compared rows, in
``.genero-etl/cache/duplicates.npz``; the next publish reads them instead of the file's rows
and reads only the new files' rows. The rows holding a hash found under two sources are
then read from the files that have one (most files have none), and compared exactly as
before: the memo only says where a duplicate can be, never that there is one.

A file is named by where its rows are in staging (the part, whose name is its content's
sha256, the offset, the count) and its source sha256: the same place holds the same rows.
The memo also names the code and schemas doing the check (``gatecache.environment``, given
by the caller) and this module's format; a memo of other code, one that does not read back
(cut short, edited) or ``GENERO_ETL_DUPLICATE_CACHE=0``: every file's rows are read. The
hashes are stable from one process to the next (``tables._column_hash`` hashes text with
BLAKE2b, not Python's per-process ``hash``).

The second pass is kept too (``duplicates-rows.arrow``, beside the memo and named by the
memo's token): the candidate hashes of the last check and the rows read for them, each with
its file and key hash. The next check reads again only the files new since then and those
holding a hash that has become a candidate; every other file holding a candidate gives its
kept rows for the hashes still candidates (a file's candidate hashes are then a subset of
those it had, so its kept rows hold them all). The rows compared, in the same order, and so
the flags and issues, are those of reading every file.
"""

from __future__ import annotations

import json
import os
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

CACHE_ENV = "GENERO_ETL_DUPLICATE_CACHE"
_FORMAT = 1


def enabled() -> bool:
    return os.environ.get(CACHE_ENV, "").strip() not in ("0", "no", "false", "off")


def memo_path(ws_root: Path) -> Path:
    return ws_root / ".genero-etl" / "cache" / "duplicates.npz"


@dataclass(frozen=True, slots=True)
class Pairs:
    """One staged file's distinct compared ``(key hash, source)`` pairs."""

    hashes: np.ndarray  # uint64
    sources: np.ndarray  # uint32, indexes into ``names``
    names: tuple[str, ...]  # source sha256 ('' for a missing one); may be shared by files


@dataclass(frozen=True, slots=True)
class KeptRows:
    """The rows the last check read for its candidate hashes, with ``__hash`` and ``__file``
    (an index into ``names``)."""

    table: pa.Table
    names: tuple[str, ...]
    held: frozenset[str] = field(default_factory=frozenset)

    def __contains__(self, name: object) -> bool:
        return name in self.held


@dataclass(slots=True)
class Memo:
    """The stored pairs of the files of the last publish, and the use made of them."""

    path: Path
    environment: str
    reused: int = 0  # files whose pairs were read from the memo in the last check
    read: int = 0  # files whose rows were read for their pairs
    rows_reused: int = 0  # files holding a candidate whose kept rows were used
    rows_read: int = 0  # files holding a candidate whose rows were read
    token: str = ""  # the memo read's (its kept rows carry it)
    saved: str = ""  # the memo written's

    def rows_path(self) -> Path:
        return self.path.with_name("duplicates-rows.arrow")

    def load_rows(self) -> tuple[np.ndarray, KeptRows] | None:
        """The last check's candidate hashes and rows, when kept with the memo read."""
        import numpy as np
        import pyarrow as pa

        if not enabled() or not self.token:
            return None
        try:
            with pa.memory_map(str(self.rows_path())) as source:
                table = pa.ipc.open_file(source).read_all()
            meta = table.schema.metadata or {}
            if meta.get(b"token", b"").decode() != self.token:
                return None
            names = tuple(str(n) for n in json.loads(meta[b"names"].decode("utf-8")))
            wanted = np.frombuffer(bytes.fromhex(meta[b"wanted"].decode()), dtype=np.uint64)
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
            return None
        return wanted, KeptRows(table.replace_schema_metadata(None), names, frozenset(names))

    def save_rows(self, wanted: np.ndarray, rows: pa.Table | None, names: list[str]) -> None:
        """Keep this check's candidate hashes and rows (``__file``: an index into ``names``)
        with the memo just written (atomically)."""
        import tempfile

        import numpy as np
        import pyarrow as pa

        path = self.rows_path()
        if not enabled() or not self.saved:
            path.unlink(missing_ok=True)
            return
        if rows is None:
            rows = pa.table(
                {"__hash": pa.array([], pa.uint64()), "__file": pa.array([], pa.int32())}
            )
        meta = {
            "token": self.saved,
            "names": json.dumps(names),
            "wanted": np.ascontiguousarray(wanted, dtype=np.uint64).tobytes().hex(),
        }
        rows = rows.replace_schema_metadata(meta)
        handle, temporary = tempfile.mkstemp(prefix=".duplicates-rows.", dir=path.parent)
        os.close(handle)
        try:
            with pa.OSFile(temporary, "wb") as sink, pa.ipc.new_file(sink, rows.schema) as out:
                out.write_table(rows)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self) -> dict[str, Pairs]:
        """The stored pairs by file name; empty when there is no usable memo."""
        import numpy as np

        self.token = ""
        if not enabled():
            return {}
        try:
            with np.load(self.path, allow_pickle=False) as stored:
                index = json.loads(bytes(stored["index"]).decode("utf-8"))
                hashes = np.array(stored["hashes"], dtype=np.uint64)
                sources = np.array(stored["sources"], dtype=np.uint32)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            return {}  # UnicodeDecodeError is a ValueError
        if (
            not isinstance(index, dict)
            or index.get("format") != _FORMAT
            or index.get("environment") != self.environment
            or len(hashes) != len(sources)
        ):
            return {}
        names = tuple(str(n) for n in index.get("names", []))
        if len(sources) and int(sources.max()) >= len(names):
            return {}
        found: dict[str, Pairs] = {}
        try:
            for name, start, end in index.get("files", []):
                span = slice(int(start), int(end))
                found[str(name)] = Pairs(hashes[span], sources[span], names)
        except (TypeError, ValueError):
            return {}
        self.token = str(index.get("token", ""))
        return found

    def save(self, files: dict[str, Pairs]) -> None:
        """Store the pairs of this publish's files (replacing the memo, atomically)."""
        import tempfile

        import numpy as np

        self.saved = ""
        if not enabled():
            return
        token = secrets.token_hex(8)
        names: dict[str, int] = {}
        entries: list[list[object]] = []
        hashes: list[np.ndarray] = []
        sources: list[np.ndarray] = []
        at = 0
        # a names tuple shared by many files: mapped once (None: numbered as it is numbered)
        tables: dict[int, np.ndarray | None] = {}
        for name, pairs in files.items():
            if id(pairs.names) not in tables:
                table = np.array(
                    [names.setdefault(n, len(names)) for n in pairs.names] or [0], dtype=np.uint32
                )
                same = np.array_equal(table, np.arange(len(table), dtype=np.uint32))
                tables[id(pairs.names)] = None if same else table
            hashes.append(pairs.hashes)
            mapped = tables[id(pairs.names)]
            sources.append(mapped[pairs.sources] if mapped is not None else pairs.sources)
            entries.append([name, at, at + len(pairs.hashes)])
            at += len(pairs.hashes)
        index = {
            "format": _FORMAT,
            "environment": self.environment,
            "token": token,
            "names": list(names),
            "files": entries,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".duplicates.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(
                    out,
                    index=np.frombuffer(json.dumps(index).encode("utf-8"), dtype=np.uint8),
                    hashes=_joined(hashes, np.uint64),
                    sources=_joined(sources, np.uint32),
                )
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        self.saved = token


def _joined(arrays: list[np.ndarray], dtype: type) -> np.ndarray:
    """The arrays end to end; a single one as it is (a file of many rows is not copied)."""
    import numpy as np

    if len(arrays) == 1:
        return np.asarray(arrays[0], dtype=dtype)
    return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.empty(0, dtype)
