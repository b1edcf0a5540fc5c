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

A ``unique_together`` rule that reports each repeating row (no row filters) is checked
across pieces instead (``Relation.rule``): its groups may be cut, a cut that splits none
preferred. Each piece is given the keys of the rows before it that it holds, with the first
row of each (``Piece.earlier``, read from the cells as written: hashes only say where to
look), and the rule makes every row of such a key repeat that row, as the whole table's
check does (``checks.kinds.keys``). Rows whose key cells are all empty are never cut apart
(blank rows, which no rule looks at, are among them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.publish.csvtable import JoinedCsv, open_bytes, size_of

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

PIECE_BYTES = 16 * 1024**2  # a CSV above this size is checked in pieces of about this size
# (a piece whose bytes change is checked again whole: smaller pieces keep that near the change)
PIECE_ENV = "GENERO_ETL_GATE_PIECE_MB"  # overrides PIECE_BYTES, in MB
_READ = 16 * 1024**2  # bytes read at a time when looking for record boundaries (about four
# times that held while a block is searched: its bytes, two masks, the offsets found)


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
    # keys of rules checked across pieces held by rows before this piece, and by it:
    # (rule id, the key's cells as written, the row number of the first row holding it)
    earlier: tuple[tuple[str, tuple[str, ...], int], ...] = ()


def record_ends(path: Path | JoinedCsv) -> tuple[np.ndarray, np.ndarray]:
    """Byte offsets after each CSV record (the header first) and the file lines up to there.

    A newline ends a record unless it is inside quotes: an even number of quote characters
    before it (RFC 4180 writes a quote inside a quoted cell as two)."""
    import numpy as np

    ends: list[np.ndarray] = []
    lines: list[np.ndarray] = []
    for e, n in record_end_blocks(path):
        ends.append(e)
        lines.append(n)
    if not ends:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    joined = np.concatenate(ends)  # the blocks of ends let go before the lines are joined
    ends.clear()
    return joined, np.concatenate(lines)


def record_end_blocks(
    path: Path | JoinedCsv, block: int = _READ, start: int = 0, stop: int | None = None
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """``record_ends``, block by block: memory bounded by ``block``, whatever the file's size.

    With ``start`` (a record's start) and ``stop``, only the records in those bytes: offsets
    stay the file's, lines are counted from ``start``."""
    import numpy as np

    quotes_before = 0
    newlines_before = 0
    offset = start
    last = b""
    with open_bytes(path) as handle:
        handle.seek(start)
        while chunk := handle.read(block if stop is None else min(block, stop - offset)):
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
    if offset > start and last != b"\n":  # a last record without a newline
        yield np.array([offset], dtype=np.int64), np.array([newlines_before + 1], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Relation:
    """Rows related by a check: equal ``fields`` (``refs`` empty), or a row whose ``fields``
    equal another row's ``refs`` (a pointer, kept only where ``fields`` is not empty)."""

    fields: tuple[str, ...]
    refs: tuple[str, ...] = ()
    rule: str = ""  # a ``unique_together`` rule checked across pieces (its groups may be cut)


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
    across: list[Relation] = []
    for rule in rules:
        if rule.table != table or "validate" not in getattr(rule, "stages", ("validate",)):
            continue  # a rule `validate` does not run relates no rows of its findings
        if rule.kind == "unique_together":
            fields = listed(rule.params.get("fields", []))
            p = rule.params
            if p.get("report", "row") == "row" and not any(
                k in p for k in ("when", "unless", "present")
            ):
                across.append(Relation(fields, (), str(rule.id)))
            else:
                found.append(Relation(fields))
        elif rule.kind == "sum_of_parts":
            p = rule.params
            found.append(Relation((str(p["parent_field"]),), (str(p["id_field"]),)))
    found = list(dict.fromkeys(found))  # a key both primary and unique is one relation
    held = {r.fields for r in found if not r.refs}
    # a key some other check keeps in one piece is not checked across pieces
    return found + [r for r in dict.fromkeys(across) if r.fields not in held]


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


def _mark_groups(
    keys: np.ndarray,
    rows: np.ndarray,
    marks: np.ndarray,
    saving: _GroupsWriter | None = None,
    every: bool = False,
) -> None:
    """+1 / -1 marks added to ``marks``: between them, a cut would split a group of equal
    keys. ``keys`` (64-bit hashes) and their ``rows`` hold every key equal to any of them;
    sorted, each group's key and first row are appended to ``saving`` (with ``every``, each
    row's key and row, sorted by key: a relation checked across pieces, its groups made per
    piece once they are cut). About 30 bytes a key are held while they are sorted."""
    import numpy as np

    if not len(keys):
        return
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    rows = rows[order]
    del order
    if every and saving is not None:
        saving.add(keys, rows)
        saving = None
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    groups = keys[starts] if saving is not None else None
    del keys
    first = np.minimum.reduceat(rows, starts)
    last = np.maximum.reduceat(rows, starts)
    del rows, starts
    if saving is not None and groups is not None:
        saving.add(groups, first)
        del groups
    spans = last > first
    np.add.at(marks, first[spans].astype(np.int64) + 1, 1)
    np.add.at(marks, last[spans].astype(np.int64) + 1, -1)


_KEY_BUCKET_ROWS = 1 << 22  # about this many (key, row) pairs sorted at a time (64 MB)
_MAX_KEY_BUCKETS = 256


class _KeySpill:
    """Streams of ``(key hash, row)`` pairs spread over buckets by the top bits of the hash,
    a file per stream and bucket in a temporary folder (under ``TMPDIR``); in memory when
    the pairs to come fit one bucket. Equal keys are in one bucket, and buckets in order
    hold ascending keys: each bucket sorted on its own gives the groups of a sort of all."""

    def __init__(self, streams: int, pairs: int) -> None:
        wanted = min(_MAX_KEY_BUCKETS, -(-pairs // _KEY_BUCKET_ROWS))
        self.bits = max(0, (wanted - 1).bit_length())
        self.streams = streams
        self.held: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in range(streams)]
        self.folder: Path | None = None
        self.files: dict[tuple[int, int], Any] = {}

    def __enter__(self) -> _KeySpill:
        if self.bits:
            import tempfile

            self.folder = Path(tempfile.mkdtemp(prefix="genero-etl-cuts-"))
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self.files.values():
            handle.close()
        self.files.clear()
        if self.folder is not None:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)

    def _path(self, stream: int, bucket: int) -> Path:
        assert self.folder is not None
        return self.folder / f"{stream:02}-{bucket:03}.bin"

    def add(self, stream: int, keys: np.ndarray, rows: np.ndarray) -> None:
        """Pairs in the order they are to be kept among equal keys (rows ascending)."""
        import numpy as np

        if not len(keys):
            return
        if not self.bits:
            self.held[stream].append((keys, rows.astype(np.uint32)))
            return
        bucket = (keys >> np.uint64(64 - self.bits)).astype(np.int64)
        order = np.argsort(bucket, kind="stable")  # the batch's order within each bucket
        bounds = np.searchsorted(bucket[order], np.arange((1 << self.bits) + 1))
        pairs = np.empty((len(keys), 2), dtype=np.uint64)
        pairs[:, 0] = keys[order]
        pairs[:, 1] = rows[order]
        del order, bucket
        for b in np.flatnonzero(np.diff(bounds)).tolist():
            handle = self.files.get((stream, b))
            if handle is None:
                handle = self.files[stream, b] = open(self._path(stream, b), "wb")  # noqa: SIM115
            handle.write(pairs[bounds[b] : bounds[b + 1]].tobytes())

    def buckets(self, stream: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """A stream's pairs, bucket by bucket in key order (keys, rows as uint32)."""
        import numpy as np

        if not self.bits:
            held, self.held[stream] = self.held[stream], []
            if held:
                keys = np.concatenate([k for k, _ in held])
                rows = np.concatenate([r for _, r in held])
                held.clear()
                yield keys, rows
            return
        for b in range(1 << self.bits):
            handle = self.files.pop((stream, b), None)
            if handle is None:
                continue
            handle.close()
            path = self._path(stream, b)
            pairs = np.fromfile(path, dtype=np.uint64).reshape(-1, 2)
            path.unlink()
            keys, rows = pairs[:, 0].copy(), pairs[:, 1].astype(np.uint32)
            del pairs
            yield keys, rows


class _Hashed:
    """A batch's key hashes, each set of fields hashed once (a key in several relations)."""

    def __init__(self, batch: pa.Table) -> None:
        self.batch = batch
        self.done: dict[tuple[str, ...], np.ndarray] = {}

    def __call__(self, fields: tuple[str, ...]) -> np.ndarray:
        if fields not in self.done:
            self.done[fields] = _hashes(self.batch, fields)
        return self.done[fields]


def allowed_cuts(
    batches: Iterator[pa.Table],
    found: list[Relation],
    n: int,
    keep: Groups | None = None,
    strict: list[np.ndarray] | None = None,
) -> np.ndarray:
    """For each data row, whether a piece may start at it (row 0 always may).

    A relation checked across pieces (``Relation.rule``) forbids only cuts among its rows
    whose key cells are all empty; ``strict`` receives where a cut splits none of its
    groups either (the cuts preferred).

    As the batches are read, each relation's ``(key hash, row)`` pairs (for a pointer, the
    rows that point too) go to buckets by the hash's top bits (``_KeySpill``: on disk once
    they pass one bucket); then each relation's buckets are sorted one at a time. Held per
    row: the marks (4 bytes, 4 more with a relation checked across pieces), whatever the
    number of relations. With ``keep``, each relation's groups (key hash, first row) are
    saved there, in key order; it is cleared when no cut is safe."""
    import numpy as np

    rules = any(r.rule for r in found)
    streams = 2 * len(found)  # per relation: its pairs, and (checked across) its blank rows
    with _KeySpill(streams, n * len(found)) as spill:
        seen = 0
        for batch in batches:
            if seen + batch.num_rows > n:
                if keep is not None:
                    keep.clear()
                return np.zeros(n, dtype=bool)
            hashes = _Hashed(batch)
            rows = np.arange(seen, seen + batch.num_rows, dtype=np.uint32)
            for i, relation in enumerate(found):
                if relation.rule:
                    empty = np.flatnonzero(_blank(batch, relation.fields))
                    spill.add(2 * i + 1, hashes(relation.fields)[empty], rows[empty])
                if relation.refs:
                    spill.add(2 * i, hashes(relation.refs), rows)
                    pointing = np.flatnonzero(~_blank(batch, relation.fields))
                    spill.add(2 * i, hashes(relation.fields)[pointing], rows[pointing])
                else:
                    spill.add(2 * i, hashes(relation.fields), rows)
            seen += batch.num_rows
        if seen != n and found:  # the reader and the record count disagree: no cut is safe
            if keep is not None:
                keep.clear()
            return np.zeros(n, dtype=bool)
        marks = np.zeros(n + 1, dtype=np.int32)
        # the groups of relations checked across pieces
        across = np.zeros(n + 1 if rules else 0, dtype=np.int32)
        for i, relation in enumerate(found):
            for keys, rows in spill.buckets(2 * i + 1):  # a rule's rows of empty keys
                _mark_groups(keys, rows, marks)
            saving = keep.saving() if keep is not None else None
            try:
                for keys, rows in spill.buckets(2 * i):
                    _mark_groups(
                        keys, rows, across if relation.rule else marks, saving, relation.rule != ""
                    )
                    del keys, rows
            finally:
                if saving is not None:
                    saving.close()
    np.cumsum(marks, dtype=np.int32, out=marks)
    free: np.ndarray = marks[:n] == 0
    del marks
    if strict is not None:
        if rules:
            np.cumsum(across, dtype=np.int32, out=across)
            strict.append(free & (across[:n] == 0))
        else:
            strict.append(free.copy())
    return free


def plan(
    ends: np.ndarray,
    lines: np.ndarray,
    cuts: np.ndarray,
    size: int,
    strict: np.ndarray | None = None,
) -> list[Piece]:
    """Pieces of about ``size`` bytes, starting only where ``cuts`` allows; where ``strict``
    allows too (no group of a relation checked across pieces split), if such a cut leaves
    the piece at least half the size.

    Each piece looks only at the rows up to its size (and, where none may start there, on
    to the next that may): no array of every row is made."""
    import numpy as np

    n = len(ends) - 1  # data rows
    starts = ends[:-1]  # byte offset of each data row
    preferred = strict if strict is not None else cuts
    pieces = []
    row = 0
    while row < n:
        limit = starts[row] + size
        if ends[-1] <= limit:
            stop = n
        else:
            reach = int(np.searchsorted(starts, limit, side="right"))  # rows starting within
            best = _last_set(preferred, row + 1, reach)
            within = _last_set(cuts, row + 1, reach)
            if best >= 0 and starts[best] - starts[row] >= size // 2:
                stop = best
            elif within >= 0:
                stop = within
            else:
                stop = _first_set(cuts, row + 1, n)
        pieces.append(
            Piece(int(starts[row]), int(ends[stop]), row + 2, int(lines[row]) + 1, int(ends[0]))
        )
        row = stop
    return pieces


_SCAN = 1 << 20  # flags looked at a time by ``_first_set`` and ``_last_set``


def _last_set(flags: np.ndarray, begin: int, end: int) -> int:
    """The last index in ``[begin, end)`` where ``flags`` is set, or -1."""
    import numpy as np

    while end > begin:
        low = max(begin, end - _SCAN)
        found = np.flatnonzero(flags[low:end])
        if len(found):
            return low + int(found[-1])
        end = low
    return -1


def _first_set(flags: np.ndarray, begin: int, end: int) -> int:
    """The first index in ``[begin, end)`` where ``flags`` is set, or ``end``."""
    import numpy as np

    while begin < end:
        high = min(end, begin + _SCAN)
        found = np.flatnonzero(flags[begin:high])
        if len(found):
            return begin + int(found[0])
        begin = high
    return end


def split(
    path: Path | JoinedCsv,
    schema: dict[str, Any],
    rules: list[Any],
    table: str,
    memo: Memo | None = None,
) -> list[Piece]:
    """Where to cut a CSV table (one piece when it is small enough).

    With ``memo``, the cut points of the version before are kept where its bytes are (see
    ``Memo``), and this version's are saved for the next one (``Memo.save``)."""

    from genero_etl.review.diff import csv_batches, csv_header

    size = piece_bytes()
    total = size_of(path)
    if total <= size:
        return []
    found = relations(schema, rules, table)
    header = csv_header(path)
    needed = sorted({name for r in found for name in (*r.fields, *r.refs)})
    if any(name not in header for name in needed):
        found = [r for r in found if all(x in header for x in (*r.fields, *r.refs))]
        needed = sorted({name for r in found for name in (*r.fields, *r.refs)})
    if memo is not None:
        memo.begin(path, table, [[list(r.fields), list(r.refs), r.rule] for r in found], size)
        kept = memo.reuse(found, needed)
        if kept is not None:
            return kept
    import tempfile

    spilled = Path(tempfile.mkdtemp(prefix="genero-etl-ends-"))
    ends, lines = _mapped_record_ends(path, spilled)
    n = len(ends) - 1
    batches = csv_batches(path, needed) if needed else iter([])
    scratch = None
    if memo is None and any(r.rule for r in found):  # the groups per piece, for a while
        scratch = Path(tempfile.mkdtemp(prefix=".cuts."))
        memo = Memo(scratch, "", [])
    try:
        keep = memo.groups() if memo is not None else None
        strict: list[np.ndarray] = []
        cuts = allowed_cuts(batches, found, n, keep, strict)
        pieces = plan(ends, lines, cuts, size, strict[0] if strict else None)
        del cuts, strict
        if memo is not None and keep is not None and len(keep.files) == len(found):
            memo.planned(pieces, ends, lines, keep)
            if len(pieces) > 1 and any(r.rule for r in found):
                arrays = {
                    i: [_group_keys(files[i]) for files in memo.group_files]
                    for i, r in enumerate(found)
                    if r.rule
                }
                pieces, memo.shared = _across(path, pieces, found, arrays)
                memo.pieces = pieces
        elif len(pieces) > 1 and any(r.rule for r in found):
            pieces = _whole(path, ends, lines)
    finally:
        import shutil

        del ends, lines
        shutil.rmtree(spilled, ignore_errors=True)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return pieces


def _mapped_record_ends(path: Path | JoinedCsv, folder: Path) -> tuple[np.ndarray, np.ndarray]:
    """``record_ends``, written to two files in ``folder`` as they are found and mapped:
    the few pages that cutting reads (binary searches, each piece's ends) are the ones held,
    not 16 bytes per row."""
    import numpy as np

    count = 0
    with open(folder / "ends.bin", "wb") as ends, open(folder / "lines.bin", "wb") as lines:
        for e, n in record_end_blocks(path):
            ends.write(np.ascontiguousarray(e, dtype=np.int64).tobytes())
            lines.write(np.ascontiguousarray(n, dtype=np.int64).tobytes())
            count += len(e)
    if not count:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return (
        np.memmap(folder / "ends.bin", dtype=np.int64, mode="r", shape=(count,)),
        np.memmap(folder / "lines.bin", dtype=np.int64, mode="r", shape=(count,)),
    )


def _whole(path: Path | JoinedCsv, ends: np.ndarray, lines: np.ndarray) -> list[Piece]:
    """One piece of every row (a relation checked across pieces whose groups could not be
    saved: the table is checked whole)."""
    return [Piece(int(ends[0]), int(ends[-1]), 2, int(lines[0]) + 1, int(ends[0]))]


def _shared_keys(arrays: list[np.ndarray]) -> list[np.ndarray]:
    """Each piece's keys (sorted, distinct) that another piece holds too."""
    import numpy as np

    if len(arrays) < 2:
        return [np.empty(0, dtype=np.uint64) for _ in arrays]
    every = np.concatenate(arrays)
    every.sort()
    twice = every[1:][every[1:] == every[:-1]]
    del every
    twice = np.unique(twice)
    return [a[np.isin(a, twice, assume_unique=True)] if len(twice) else a[:0] for a in arrays]


def _common(added: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """The keys of ``added`` (sorted, distinct) that ``kept`` (sorted, mapped) holds: the
    fewer looked up in the more, as ``_shared``."""
    import numpy as np

    if not len(added) or not len(kept):
        return added[:0]
    if len(added) * 16 < len(kept):
        at = np.searchsorted(kept, added)
        inside = at < len(kept)
        hit = np.zeros(len(added), dtype=bool)
        hit[inside] = np.asarray(kept[at[inside]]) == added[inside]
        return added[hit]
    found: list[np.ndarray] = []
    block = 1 << 22
    for begin in range(0, len(kept), block):
        part = np.asarray(kept[begin : begin + block])
        found.append(part[np.isin(part, added)])
    return np.unique(np.concatenate(found)) if found else added[:0]


def _across(
    path: Path | JoinedCsv,
    pieces: list[Piece],
    found: list[Relation],
    arrays: dict[int, list[np.ndarray]],
) -> tuple[list[Piece], list[dict[int, list[int]]]]:
    """Each piece with the keys of the rows before it that it holds (``Piece.earlier``),
    for the relations checked across pieces; and each piece's keys shared with another
    (their hashes, per relation: kept for the next version).

    ``arrays``: per relation, each piece's key hashes (sorted, distinct; a kept piece's
    may be only those that can be shared). Hashes say which pieces to read; the keys are
    compared by their cells, read from those pieces."""
    import dataclasses

    import numpy as np
    import pyarrow as pa

    from genero_etl.review.diff import csv_batches

    shared: list[dict[int, list[int]]] = [{} for _ in pieces]
    per: dict[int, list[np.ndarray]] = {}
    for i, held in arrays.items():
        per[i] = _shared_keys(held)
        for j, keys in enumerate(per[i]):
            if len(keys):
                shared[j][i] = [int(k) for k in keys]
    seen: dict[int, dict[tuple[str, ...], int]] = {i: {} for i in arrays}
    out: list[Piece] = []
    for j, piece in enumerate(pieces):
        wanted = [i for i in arrays if len(per[i][j])]
        if not wanted:
            out.append(piece)
            continue
        names = sorted({name for i in wanted for name in found[i].fields})
        firsts: dict[int, dict[tuple[str, ...], int]] = {i: {} for i in wanted}
        row = piece.first_row
        for batch in csv_batches(path, names, [(piece.start, piece.end)]):
            for i in wanted:
                fields = found[i].fields
                hashes = _hashes(batch, fields)
                rows = np.flatnonzero(np.isin(hashes, per[i][j]) & ~_blank(batch, fields))
                if not len(rows):
                    continue
                taken = batch.select(list(fields)).take(rows)
                taken = taken.append_column("__row", pa.array(rows + row, type=pa.int64()))
                # each distinct key once, with its first row (the cells compared as written)
                distinct = taken.group_by(list(fields), use_threads=False).aggregate(
                    [("__row", "min")]
                )
                cells = zip(*(distinct.column(f).to_pylist() for f in fields), strict=True)
                for key, first in zip(cells, distinct.column("__row_min").to_pylist(), strict=True):
                    firsts[i].setdefault(tuple("" if c is None else str(c) for c in key), first)
            row += batch.num_rows
        earlier: list[tuple[str, tuple[str, ...], int]] = []
        for i in wanted:
            for key, first in firsts[i].items():
                if key in seen[i]:
                    earlier.append((found[i].rule, key, seen[i][key]))
                else:
                    seen[i][key] = first
        out.append(dataclasses.replace(piece, earlier=tuple(sorted(earlier))))
    return out, shared


class Groups:
    """Each relation's groups of rows, saved as two arrays (a sorted key hash per group, its
    first row) in ``folder``, one file per relation in order: the key hashes (64-bit) in the
    file named, the rows (32-bit) beside it (``_rows_of``), both written as they come."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[Path] = []

    def saving(self) -> _GroupsWriter:
        """A relation's file, written in runs of groups in key order (added once closed)."""
        return _GroupsWriter(self)

    def save(self, keys: np.ndarray, first: np.ndarray) -> None:
        saving = self.saving()
        try:
            saving.add(keys, first)
        finally:
            saving.close()

    def clear(self) -> None:
        for path in self.files:
            path.unlink(missing_ok=True)
            _rows_of(path).unlink(missing_ok=True)
        self.files.clear()


def _rows_of(path: Path) -> Path:
    return path.with_name(path.name + ".rows")


class _GroupsWriter:
    def __init__(self, groups: Groups) -> None:
        import tempfile

        self.groups = groups
        groups.folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".tmp.cuts.", suffix=".keys", dir=groups.folder)
        self.path = Path(name)
        self.keys = os.fdopen(handle, "wb")
        self.rows = open(_rows_of(self.path), "wb")  # noqa: SIM115 (closed in close)
        self.closed = False

    def add(self, keys: np.ndarray, first: np.ndarray) -> None:
        import numpy as np

        self.keys.write(np.ascontiguousarray(keys, dtype=np.uint64).tobytes())
        self.rows.write(np.ascontiguousarray(first, dtype=np.uint32).tobytes())

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.keys.close()
        self.rows.close()
        self.groups.files.append(self.path)


_MEMO_FORMAT = 4  # 2: key hashes the same in every process (BLAKE2b of text); 3: groups
# kept per gate piece; 4: relations checked across pieces, and each piece's shared keys
_GROUP_BYTES = 12  # a group in a piece's file: its key hash (8 bytes) and first row (4)


def _write_groups(folder: Path, keys: np.ndarray, rows: np.ndarray) -> Path:
    """A piece's groups of one relation as a file: the sorted key hashes (64-bit), then each
    group's first row counted from the piece's first row (32-bit), no header (the count is
    the size over 12). Written under a temporary name (``Memo.save`` names it)."""
    import tempfile

    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".tmp.cuts.", suffix=".bin", dir=folder)
    with os.fdopen(handle, "wb") as out:
        out.write(np.ascontiguousarray(keys, dtype=np.uint64).tobytes())
        out.write(np.ascontiguousarray(rows, dtype=np.uint32).tobytes())
    return Path(name)


def _group_keys(path: Path) -> np.ndarray:
    """The key hashes of a piece's groups file, mapped (not read whole)."""
    import numpy as np

    size = path.stat().st_size
    if size % _GROUP_BYTES:
        raise ValueError(f"{path.name}: not a groups file")
    count = size // _GROUP_BYTES
    if not count:
        return np.empty(0, dtype=np.uint64)
    return np.memmap(path, dtype=np.uint64, mode="r", shape=(count,))


_SPLIT_GROUPS = 1 << 22  # groups placed in their pieces at a time by ``_split_groups``


def _split_groups(
    folder: Path, saved: Path, first_rows: list[int], with_keys: bool = True
) -> tuple[list[Path], np.ndarray | None]:
    """A relation's groups (``Groups.save``: sorted keys, first rows) as one file per piece
    (``first_rows``: each piece's first row, counted as the groups' rows):
    each piece's keys stay sorted, rows counted from the piece's first row. Returns the
    files, in piece order, and (``with_keys``) the keys (for the checks across pieces).

    The groups are read a run at a time (``_SPLIT_GROUPS``), each run's groups appended to
    their pieces' files in key order: a key of several rows (a relation checked across
    pieces) keeps its first row in the piece, across runs too."""
    import numpy as np

    size = saved.stat().st_size
    if size % 8 or _rows_of(saved).stat().st_size * 2 != size:
        raise ValueError(f"{saved.name}: not a groups file")
    count = size // 8
    starts = np.asarray(first_rows, dtype=np.int64)
    small = np.uint16 if len(starts) < (1 << 16) else np.int64
    parts = [(folder / f"{saved.name}.{i}.k", folder / f"{saved.name}.{i}.r")
             for i in range(len(starts))]  # fmt: skip
    last: dict[int, int] = {}  # per piece: the last key written
    files: list[Path] = []
    try:
        with open(saved, "rb") as key_file, open(_rows_of(saved), "rb") as row_file:
            for _ in range(0, count, _SPLIT_GROUPS):
                keys = np.fromfile(key_file, dtype=np.uint64, count=_SPLIT_GROUPS)
                rows = np.fromfile(row_file, dtype=np.uint32, count=len(keys))
                at = np.searchsorted(starts, rows.astype(np.int64), side="right") - 1
                if len(at) and int(at.min()) < 0:
                    raise ValueError("a group before the first piece")
                order = np.argsort(at.astype(small), kind="stable")  # radix: keys still sorted
                bounds = np.r_[0, np.cumsum(np.bincount(at, minlength=len(starts)))]
                del at
                for i in np.flatnonzero(np.diff(bounds)).tolist():
                    picked = order[bounds[i] : bounds[i + 1]]
                    held = keys[picked]
                    # a key of several rows (a relation checked across pieces): its first row
                    first = np.r_[i not in last or held[0] != last[i], held[1:] != held[:-1]]
                    held, picked = held[first], picked[first]
                    if not len(held):
                        continue
                    last[i] = int(held[-1])
                    placed = rows[picked].astype(np.int64) - int(starts[i])
                    with open(parts[i][0], "ab") as out:
                        out.write(np.ascontiguousarray(held, dtype=np.uint64).tobytes())
                    with open(parts[i][1], "ab") as out:
                        out.write(placed.astype(np.uint32).tobytes())
                del keys, rows, order
        for keys_part, rows_part in parts:
            if keys_part.exists():
                files.append(
                    _write_groups(
                        folder,
                        np.fromfile(keys_part, dtype=np.uint64),
                        np.fromfile(rows_part, dtype=np.uint32),
                    )
                )
            else:  # a piece with no group of this relation
                files.append(_write_groups(folder, np.empty(0, np.uint64), np.empty(0, np.uint32)))
            keys_part.unlink(missing_ok=True)
            rows_part.unlink(missing_ok=True)
    except BaseException:
        for file in files:
            file.unlink(missing_ok=True)
        raise
    finally:
        for keys_part, rows_part in parts:
            keys_part.unlink(missing_ok=True)
            rows_part.unlink(missing_ok=True)
    return files, (np.fromfile(saved, dtype=np.uint64) if with_keys else None)


def _shared(added: np.ndarray, kept: np.ndarray) -> bool:
    """Whether a key of ``added`` (sorted) is one of ``kept`` (sorted, mapped): the fewer
    looked up in the more (a few keys read of a large file, or a file read once)."""
    import numpy as np

    if not len(added) or not len(kept):
        return False
    if len(added) * 16 < len(kept):
        at = np.searchsorted(kept, added)
        inside = at < len(kept)
        return bool(np.any(np.asarray(kept[at[inside]]) == added[inside]))
    block = 1 << 22
    for begin in range(0, len(kept), block):
        part = np.asarray(kept[begin : begin + block])
        at = np.searchsorted(added, part)
        inside = at < len(added)
        if bool(np.any(added[at[inside]] == part[inside])):
            return True
    return False


class Memo:
    """The cut points of a version's large table kept with it, for the next version.

    Saved (in the gate cache's folder, ``cuts-<table>.memo`` and its arrays): the checking
    code and schemas (``environment``), the relations and the piece size, the version's CSV
    pieces (``publish.csvsplit``: each one's bytes and sha256, in order) and its gate pieces
    (bytes, rows, lines, the sha256 of the header and its rows, and the distinct values of
    the fields a run's name reads, ``gatecache.Cache.held``), and each gate piece's groups
    of equal keys, a file per piece and relation (a 64-bit hash and the group's first row;
    every group lies in one piece). A kept piece keeps its files: publishing again writes
    the groups of the pieces cut again only.

    The next version's CSV pieces with the sha256 of one of those, in the same order, hold
    the same bytes: a gate piece of the version before lying inside such bytes is kept as it
    was (moved where those bytes now are). Only the rows between kept pieces are read, their
    keys hashed and cut (``allowed_cuts``, ``plan``). The pieces are kept only when no key of
    those rows is a key of a kept piece, or of rows elsewhere between kept pieces (then every
    group of equal keys still lies in one piece: the same findings as checked whole);
    otherwise the whole table is cut again, as without a memo."""

    def __init__(self, folder: Path, environment: str, csv_pieces: list[tuple[int, str]]) -> None:
        self.folder = folder
        self.environment = environment
        self.csv_pieces = csv_pieces
        self.path: Path | JoinedCsv = Path()
        self.table = ""
        self.about: dict[str, Any] = {}
        self.pieces: list[Piece] = []
        self.rows: list[tuple[int, int, int, int]] = []  # per piece: row0, rows, line0, lines
        self.group_files: list[list[Path]] = []  # per piece, a file per relation
        self.written: list[Path] = []  # the files of those that this memo wrote
        self.sha256: dict[tuple[int, int], str] = {}  # kept pieces' (start, end) -> sha256
        self.distinct: dict[tuple[int, int, str], list[str]] = {}
        self.reused = 0  # pieces kept from the version before
        # per piece, per relation checked across pieces: its key hashes another piece holds
        self.shared: list[dict[int, list[int]]] = []
        # the latest version's CSV pieces (as it declares them) and the bytes of its CSV that
        # this one's copied, ``(start, previous start, length)`` (``csvcopy.Plan.regions``)
        self.copied: tuple[list[tuple[int, str]], list[tuple[int, int, int]]] | None = None

    def begin(self, path: Path | JoinedCsv, table: str, found: list[Any], size: int) -> None:
        self.path, self.table = path, table
        self.about = {
            "format": _MEMO_FORMAT,
            "environment": self.environment,
            "relations": found,
            "size": size,
        }

    def groups(self) -> Groups:
        return Groups(self.folder)

    def _stored(self) -> dict[str, Any] | None:
        import json

        try:
            stored = json.loads((self.folder / f"cuts-{self.table}.memo").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or any(stored.get(k) != v for k, v in self.about.items()):
            return None
        return stored

    def planned(
        self, pieces: list[Piece], ends: np.ndarray, lines: np.ndarray, keep: Groups
    ) -> None:
        """A table cut whole: its pieces and groups, to save once the pieces are named."""
        import numpy as np

        self.pieces = pieces
        self.rows = []
        for piece in pieces:
            first = piece.first_row - 2
            stop = int(np.searchsorted(ends, piece.end))
            self.rows.append(
                (first, stop - first, int(lines[first]), int(lines[stop] - lines[first]))
            )
        self.group_files = [[] for _ in pieces]
        try:
            for saved in keep.files:
                firsts = [p.first_row - 2 for p in pieces]
                files, _ = _split_groups(self.folder, saved, firsts, with_keys=False)
                self.written += files
                for held, file in zip(self.group_files, files, strict=True):
                    held.append(file)
                saved.unlink(missing_ok=True)
                _rows_of(saved).unlink(missing_ok=True)
        finally:
            keep.clear()

    def reuse(self, found: list[Relation], needed: list[str]) -> list[Piece] | None:
        """This version's pieces from the version before's, or None (cut it whole)."""

        stored = self._stored()
        if stored is None or not self.csv_pieces:
            return None
        joined = None
        try:
            kept = self._kept(stored)
            if kept is not None:
                joined = self._joined(stored, kept, found, needed)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            joined = None
        finally:
            if joined is None:
                self.discard()
        return joined

    def _kept(self, stored: dict[str, Any]) -> list[tuple[int, int]] | None:
        """(index of a stored piece, where its bytes start now), for the stored pieces whose
        bytes this version holds, in order."""
        header_end = int(stored["header_end"])
        old_spans = _spans(header_end, [int(size) for size, _ in stored["csv_pieces"]])
        new_spans = _spans(header_end, [size for size, _ in self.csv_pieces])
        if new_spans[-1][1] != size_of(self.path):
            return None
        with open_bytes(self.path) as handle:
            if len(handle.read(header_end + 1)) <= header_end:
                return None
        at: dict[str, list[int]] = {}
        for i, (_, sha) in enumerate(stored["csv_pieces"]):
            at.setdefault(str(sha), []).append(i)
        runs: list[list[int]] = []  # [old start, old end, new start]
        last = -1
        for j, (_, sha) in enumerate(self.csv_pieces):
            later = [i for i in at.get(sha, []) if i > last]
            if not later:
                continue
            i = last = later[0]
            (old_start, old_end), (new_start, _) = old_spans[i], new_spans[j]
            if (
                runs
                and runs[-1][1] == old_start
                and runs[-1][2] + old_start - runs[-1][0] == (new_start)
            ):
                runs[-1][1] = old_end
            else:
                runs.append([old_start, old_end, new_start])
        if self.copied is not None:
            # bytes copied from the version the memo was saved with (its CSV pieces are the
            # stored ones): a gate piece inside them holds its bytes, wherever CSV pieces cut
            latest, regions = self.copied
            if [[int(size), str(sha)] for size, sha in latest] == [
                [int(size), str(sha)] for size, sha in stored["csv_pieces"]
            ]:
                runs = [[old, old + length, new] for new, old, length in regions] + runs
        kept: list[tuple[int, int]] = []
        for index, (start, end, *_rest) in enumerate(stored["pieces"]):
            for old_start, old_end, new_start in runs:
                if old_start <= int(start) and int(end) <= old_end:
                    kept.append((index, int(start) - old_start + new_start))
                    break
        kept.sort(key=lambda item: item[1])
        ordered: list[tuple[int, int]] = []  # in this version's order, none overlapping
        end_at = -1
        for index, start in kept:
            old_start, old_end = (int(x) for x in stored["pieces"][index][:2])
            if start >= end_at:
                ordered.append((index, start))
                end_at = start + old_end - old_start
        return ordered

    def _joined(
        self,
        stored: dict[str, Any],
        kept: list[tuple[int, int]],
        found: list[Relation],
        needed: list[str],
    ) -> list[Piece] | None:
        import numpy as np

        from genero_etl.review.diff import csv_batches

        header_end = int(stored["header_end"])
        header_lines = int(stored["header_lines"])
        total = size_of(self.path)
        size = int(stored["size"])
        # this version as a run of parts: a kept piece, or the bytes between kept pieces
        parts: list[tuple[str, Any]] = []
        at = header_end
        for index, start in kept:
            if start > at:
                parts.append(("new", (at, start)))
            old = stored["pieces"][index]
            parts.append(("kept", (index, start)))
            at = start + int(old[1]) - int(old[0])
        if at < total:
            parts.append(("new", (at, total)))
        pieces: list[Piece] = []
        counts: list[tuple[int, int, int, int]] = []
        shift: dict[int, int] = {}  # stored piece -> its rows moved by
        new_keys: list[list[np.ndarray]] = [[] for _ in found]  # the rows read: their keys
        group_files: list[list[Path]] = []  # per piece, a file per relation
        kept_files: list[list[Path]] = []  # those of the kept pieces
        origin: list[int | None] = []  # per piece: the stored piece it keeps, or None
        row0, line0 = 0, header_lines
        for kind, value in parts:
            if kind == "kept":
                index, start = value
                old_start, old_end, old_row0, old_rows, _old_line0, old_lines = (
                    int(x) for x in stored["pieces"][index][:6]
                )
                piece = Piece(start, start + old_end - old_start, row0 + 2, line0 + 1, header_end)
                pieces.append(piece)
                counts.append((row0, old_rows, line0, old_lines))
                shift[index] = row0 - old_row0
                names = [str(name) for name in stored["groups"][index]]
                if len(names) != len(found):
                    return None
                group_files.append([self.folder / name for name in names])
                kept_files.append(group_files[-1])
                origin.append(index)
                self.sha256[piece.start, piece.end] = str(stored["pieces"][index][6])
                for field, values in (stored["pieces"][index][7] or {}).items():
                    self.distinct[piece.start, piece.end, str(field)] = [str(v) for v in values]
                row0 += old_rows
                line0 += old_lines
                continue
            start, end = value
            blocks = list(record_end_blocks(self.path, _READ, start, end))
            ends = np.concatenate([np.array([start], dtype=np.int64), *[e for e, _ in blocks]])
            lines = np.concatenate([np.zeros(1, dtype=np.int64), *[n for _, n in blocks]])
            if int(ends[-1]) != end:
                return None
            n = len(ends) - 1
            keep = Groups(self.folder)
            batches = csv_batches(self.path, needed, [(start, end)]) if needed else iter([])
            try:
                strict: list[np.ndarray] = []
                cuts = allowed_cuts(batches, found, n, keep, strict)
                if len(keep.files) != len(found):
                    return None
                planned = plan(ends, lines, cuts, size, strict[0] if strict else None)
                firsts = [p.first_row - 2 for p in planned]  # counted in the part
                made: list[list[Path]] = [[] for _ in planned]
                for i, saved in enumerate(keep.files):
                    files, keys = _split_groups(self.folder, saved, firsts)
                    self.written += files
                    assert keys is not None
                    new_keys[i].append(keys)
                    for held, file in zip(made, files, strict=True):
                        held.append(file)
                group_files += made
                origin += [None] * len(made)
            finally:
                keep.clear()
            for piece in planned:
                first = piece.first_row - 2
                stop = int(np.searchsorted(ends, piece.end))
                pieces.append(
                    Piece(
                        piece.start,
                        piece.end,
                        row0 + first + 2,
                        line0 + piece.first_line,
                        header_end,
                    )
                )
                counts.append(
                    (
                        row0 + first,
                        stop - first,
                        line0 + int(lines[first]),
                        int(lines[stop] - lines[first]),
                    )
                )
            row0 += n
            line0 += int(lines[-1])
        arrays: dict[int, list[np.ndarray]] = {}
        for i in range(len(found)):
            added = np.sort(np.concatenate(new_keys[i])) if new_keys[i] else None
            new_keys[i] = []
            if found[i].rule:  # checked across pieces: which pieces may share a key
                added = np.unique(added) if added is not None else np.empty(0, np.uint64)
                arrays[i] = [
                    _group_keys(files[i])
                    if was is None
                    else np.union1d(
                        np.asarray(stored["shared"][was].get(str(i), []), dtype=np.uint64),
                        _common(added, _group_keys(files[i])),
                    )
                    for files, was in zip(group_files, origin, strict=True)
                ]
                continue
            if added is None or not len(added):
                continue
            if len(added) > 1 and bool(np.any(added[1:] == added[:-1])):
                return None  # one key in two runs of rows read: cut it whole
            for files in kept_files:
                keys = _group_keys(files[i])
                shared = _shared(added, keys)
                del keys
                if shared:
                    return None  # a key of the rows read is a key of a kept piece
        if arrays and len(pieces) > 1:
            pieces, self.shared = _across(self.path, pieces, found, arrays)
        self.pieces, self.rows, self.group_files = pieces, counts, group_files
        self.reused = len(shift)
        return pieces

    def save(self, named: dict[tuple[int, int], str], fields: list[str]) -> None:
        """Write this version's memo (``named``: each piece's sha256, by its bytes; the
        distinct values of ``fields`` are those ``distinct`` holds): the memo before it is
        replaced; nothing is saved when a piece is unnamed."""
        import json
        import secrets
        import tempfile

        if not self.pieces or any((p.start, p.end) not in named for p in self.pieces):
            self.discard()
            return
        token = secrets.token_hex(8)
        written = set(self.written)
        groups: list[list[str]] = []
        for i, files in enumerate(self.group_files):
            names = []
            for j, file in enumerate(files):
                if file in written:  # this version's (a kept piece keeps its files)
                    target = self.folder / f"cuts-{self.table}-{token}-{i}-{j}.bin"
                    os.replace(file, target)
                    file = target
                names.append(file.name)
            groups.append(names)
        self.written = []
        with open_bytes(self.path) as handle:
            header_end = len(handle.read(self.pieces[0].header_end))
        stored = {
            **self.about,
            "header_end": header_end,
            "header_lines": self.rows[0][2],
            "csv_pieces": [[size, sha] for size, sha in self.csv_pieces],
            "pieces": [
                [
                    p.start,
                    p.end,
                    row0,
                    rows,
                    line0,
                    lines,
                    named[p.start, p.end],
                    {
                        f: self.distinct[p.start, p.end, f]
                        for f in fields
                        if (p.start, p.end, f) in self.distinct
                    },
                ]
                for p, (row0, rows, line0, lines) in zip(self.pieces, self.rows, strict=True)
            ],
            "groups": groups,
            "shared": [
                {str(i): keys for i, keys in sorted(held.items())}
                for held in (self.shared or [{} for _ in self.pieces])
            ],
        }
        handle_, scratch = tempfile.mkstemp(prefix=".tmp.", dir=self.folder)
        with os.fdopen(handle_, "w", encoding="utf-8") as out:
            json.dump(stored, out)
        os.replace(scratch, self.folder / f"cuts-{self.table}.memo")
        held = {name for names in groups for name in names}
        for old in self.folder.glob(f"cuts-{self.table}-*"):
            if old.suffix in (".bin", ".npz") and old.name not in held:
                old.unlink(missing_ok=True)  # the version before's, of pieces not kept

    def discard(self) -> None:
        """Remove the files this memo wrote (a kept piece's files are the stored memo's)."""
        for file in self.written:
            file.unlink(missing_ok=True)
        self.written = []
        self.group_files = []
        self.shared = []


def _spans(header_end: int, sizes: list[int]) -> list[tuple[int, int]]:
    """Each CSV piece's rows as a byte range of the whole file (a piece is the header and
    its rows)."""
    spans = []
    at = header_end
    for size in sizes:
        spans.append((at, at + size - header_end))
        at += size - header_end
    return spans


def write_piece(path: Path | JoinedCsv, piece: Piece, target: Path) -> None:
    """The header and the piece's rows, byte for byte."""
    with open_bytes(path) as source, open(target, "wb") as out:
        out.write(source.read(piece.header_end))
        source.seek(piece.start)
        left = piece.end - piece.start
        while left > 0:
            block = source.read(min(left, _READ))
            if not block:
                break
            out.write(block)
            left -= len(block)
