"""A large CSV table checked in pieces, with the same findings as checked whole.

``validate`` holds a table in memory while it checks it; the publish gate checks a
version's observations CSV, which at national scale passes the memory a laptop has. So a
CSV above ``piece_bytes()`` is cut, at record boundaries, into pieces that are checked one
after another, each with the header and the exact bytes of its rows, numbered as in the
whole file (``RawTable.first_row``).

A check that compares rows with each other (the primary key, ``unique`` fields and
``uniqueKeys``, a foreign key into the table itself, and the rules that relate rows:
``unique_together``, ``sum_of_parts``) sees only the rows of its piece, so a cut is made
only where no such group of rows would be split: every group's rows (equal keys, or a row
and the row it points to) lie in one piece. Groups are found through 64-bit hashes of
their keys; two keys with the same hash only join two groups (fewer places to cut), they
never split one. When no cut is allowed, a piece grows past the size until one is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

PIECE_BYTES = 64 * 1024**2  # a CSV above this size is checked in pieces of about this size
PIECE_ENV = "GENERO_ETL_GATE_PIECE_MB"  # overrides PIECE_BYTES, in MB
_READ = 64 * 1024**2  # bytes read at a time when looking for record boundaries


def piece_bytes() -> int:
    configured = os.environ.get(PIECE_ENV, "").strip()
    return (
        int(float(configured) * 1024**2)
        if configured.replace(".", "", 1).isdigit()
        else PIECE_BYTES
    )


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # byte offset of its first row
    end: int  # byte offset after its last row
    first_row: int  # the first row's number in the whole file (header = 1)
    first_line: int  # the file line where the first row starts
    header_end: int  # byte offset after the header


def record_ends(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Byte offsets after each CSV record (the header first) and the file lines up to there.

    A newline ends a record unless it is inside quotes: an even number of quote characters
    before it (RFC 4180 writes a quote inside a quoted cell as two)."""
    import numpy as np

    blocks = list(record_end_blocks(path))
    if not blocks:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return (
        np.concatenate([e for e, _ in blocks]).astype(np.int64),
        np.concatenate([n for _, n in blocks]).astype(np.int64),
    )


def record_end_blocks(path: Path, block: int = _READ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """``record_ends``, block by block: memory bounded by ``block``, whatever the file's size."""
    import numpy as np

    quotes_before = 0
    newlines_before = 0
    offset = 0
    last = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(block):
            data = np.frombuffer(chunk, dtype=np.uint8)
            newline = np.flatnonzero(data == 10)
            quote = np.flatnonzero(data == 34)
            inside = (quotes_before + np.searchsorted(quote, newline)) % 2 == 1
            yield (
                (newline[~inside] + offset + 1).astype(np.int64),
                (np.flatnonzero(~inside) + newlines_before + 1).astype(np.int64),
            )
            quotes_before += len(quote)
            newlines_before += len(newline)
            offset += len(chunk)
            last = chunk[-1:]
    if offset and last != b"\n":  # a last record without a newline
        yield np.array([offset], dtype=np.int64), np.array([newlines_before + 1], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Relation:
    """Rows related by a check: equal ``fields`` (``refs`` empty), or a row whose ``fields``
    equal another row's ``refs`` (a pointer, kept only where ``fields`` is not empty)."""

    fields: tuple[str, ...]
    refs: tuple[str, ...] = ()


def relations(schema: dict[str, Any], rules: list[Any], table: str) -> list[Relation]:
    """What the schema and the rules of ``table`` compare across rows."""
    found: list[Relation] = []

    def listed(value: Any) -> tuple[str, ...]:
        return tuple(str(v) for v in (value if isinstance(value, list) else [value]))

    if schema.get("primaryKey"):
        found.append(Relation(listed(schema["primaryKey"])))
    for key in schema.get("uniqueKeys", []) or []:
        found.append(Relation(listed(key)))
    for f in schema.get("fields", []):
        if isinstance(f, dict) and (f.get("constraints") or {}).get("unique"):
            found.append(Relation((str(f["name"]),)))
    for fk in schema.get("foreignKeys", []) or []:
        reference = fk.get("reference") or {}
        if not reference.get("resource"):  # the table itself
            found.append(Relation(listed(fk["fields"]), listed(reference.get("fields", []))))
    for rule in rules:
        if rule.table != table:
            continue
        if rule.kind == "unique_together":
            found.append(Relation(listed(rule.params.get("fields", []))))
        elif rule.kind == "sum_of_parts":
            p = rule.params
            found.append(Relation((str(p["parent_field"]),), (str(p["id_field"]),)))
    return list(dict.fromkeys(found))  # a key both primary and unique is one relation


def _hashes(batch: pa.Table, fields: tuple[str, ...]) -> np.ndarray:
    import numpy as np

    from genero_etl.publish.tables import _MIX, _column_hash, _mixed

    h = np.full(batch.num_rows, _MIX, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for name in fields:
            h = _mixed(h ^ _column_hash(batch.column(name).combine_chunks()))
    return h


def _blank(batch: pa.Table, fields: tuple[str, ...]) -> np.ndarray:
    import numpy as np
    import pyarrow.compute as pc

    blank = np.ones(batch.num_rows, dtype=bool)
    for name in fields:
        blank &= pc.equal(batch.column(name), "").to_numpy(zero_copy_only=False)
    return blank


def _covered(held: list[np.ndarray], n: int) -> np.ndarray:
    """+1 / -1 marks: between them, a cut would split a group of equal keys.

    ``held`` is ``[keys, rows]`` (a 64-bit hash per key, and its row), taken out of the
    list so that each is let go as soon as its sorted copy is made: at most about 30 bytes a
    key are held at once."""
    import numpy as np

    keys, rows = held.pop(0), held.pop(0)
    marks = np.zeros(n + 1, dtype=np.int32)
    if not len(keys):
        return marks
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    rows = rows[order]
    del order
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    del keys
    first = np.minimum.reduceat(rows, starts)
    last = np.maximum.reduceat(rows, starts)
    del rows, starts
    spans = last > first
    np.add.at(marks, first[spans].astype(np.int64) + 1, 1)
    np.add.at(marks, last[spans].astype(np.int64) + 1, -1)
    return marks


class _Hashed:
    """A batch's key hashes, each set of fields hashed once (a key in several relations)."""

    def __init__(self, batch: pa.Table) -> None:
        self.batch = batch
        self.done: dict[tuple[str, ...], np.ndarray] = {}

    def __call__(self, fields: tuple[str, ...]) -> np.ndarray:
        if fields not in self.done:
            self.done[fields] = _hashes(self.batch, fields)
        return self.done[fields]


def allowed_cuts(batches: Iterator[pa.Table], found: list[Relation], n: int) -> np.ndarray:
    """For each data row, whether a piece may start at it (row 0 always may).

    Kept per relation: a 64-bit hash per row (its row is its place), filled in place as the
    batches are read, and for a pointer the rows that point (32-bit row numbers): about 8
    bytes per row and relation; then one relation at a time is sorted."""
    import numpy as np

    keys = [np.empty(n, dtype=np.uint64) for _ in found]
    pointers: list[list[np.ndarray]] = [[] for _ in found]  # pointing rows' hashes
    pointing_rows: list[list[np.ndarray]] = [[] for _ in found]
    seen = 0
    for batch in batches:
        if seen + batch.num_rows > n:
            return np.zeros(n, dtype=bool)
        hashes = _Hashed(batch)
        for i, relation in enumerate(found):
            filled = keys[i]
            if relation.refs:
                pointing = np.flatnonzero(~_blank(batch, relation.fields))
                pointers[i].append(hashes(relation.fields)[pointing])
                pointing_rows[i].append((pointing + seen).astype(np.uint32))
                filled[seen : seen + batch.num_rows] = hashes(relation.refs)
            else:
                filled[seen : seen + batch.num_rows] = hashes(relation.fields)
        seen += batch.num_rows
    if seen != n and found:  # the reader and the record count disagree: no cut is safe
        return np.zeros(n, dtype=bool)
    marks = np.zeros(n + 1, dtype=np.int32)
    for i in range(len(found)):
        every, keys[i] = keys[i], np.empty(0, dtype=np.uint64)
        rows = np.arange(n, dtype=np.uint32)
        if pointers[i]:
            every = np.concatenate([every, *pointers[i]])
            rows = np.concatenate([rows, *pointing_rows[i]])
            pointers[i], pointing_rows[i] = [], []
        held: list[np.ndarray] = [every, rows]
        del every, rows
        marks += _covered(held, n)
    free: np.ndarray = np.cumsum(marks, dtype=np.int32)[:n] == 0
    return free


def plan(ends: np.ndarray, lines: np.ndarray, cuts: np.ndarray, size: int) -> list[Piece]:
    """Pieces of about ``size`` bytes, starting only where ``cuts`` allows."""
    import numpy as np

    n = len(ends) - 1  # data rows
    starts = ends[:-1]  # byte offset of each data row
    allowed = np.flatnonzero(cuts)
    pieces = []
    row = 0
    while row < n:
        limit = starts[row] + size
        if ends[-1] <= limit:
            stop = n
        else:
            later = allowed[np.searchsorted(allowed, row, side="right") :]
            within = later[: np.searchsorted(starts[later], limit, side="right")]
            stop = int(within[-1]) if len(within) else int(later[0]) if len(later) else n
        pieces.append(
            Piece(int(starts[row]), int(ends[stop]), row + 2, int(lines[row]) + 1, int(ends[0]))
        )
        row = stop
    return pieces


def split(path: Path, schema: dict[str, Any], rules: list[Any], table: str) -> list[Piece]:
    """Where to cut a CSV table (one piece when it is small enough)."""
    from genero_etl.review.diff import csv_batches, csv_header

    size = piece_bytes()
    total = path.stat().st_size
    if total <= size:
        return []
    ends, lines = record_ends(path)
    found = relations(schema, rules, table)
    header = csv_header(path)
    needed = sorted({name for r in found for name in (*r.fields, *r.refs)})
    if any(name not in header for name in needed):
        found = [r for r in found if all(x in header for x in (*r.fields, *r.refs))]
        needed = sorted({name for r in found for name in (*r.fields, *r.refs)})
    n = len(ends) - 1
    batches = csv_batches(path, needed) if needed else iter([])
    cuts = allowed_cuts(batches, found, n)
    return plan(ends, lines, cuts, size)


def write_piece(path: Path, piece: Piece, target: Path) -> None:
    """The header and the piece's rows, byte for byte."""
    with open(path, "rb") as source, open(target, "wb") as out:
        out.write(source.read(piece.header_end))
        source.seek(piece.start)
        left = piece.end - piece.start
        while left > 0:
            block = source.read(min(left, _READ))
            if not block:
                break
            out.write(block)
            left -= len(block)
