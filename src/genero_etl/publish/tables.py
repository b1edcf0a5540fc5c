"""Staged files to the four published tables, as typed Arrow tables (pure, deterministic).

Observations are never gathered into one table: a ``TableStream`` keeps the staged tables
as they were read (dictionary-encoded columns stay encoded) and yields record batches of
``BATCH_ROWS`` rows, typed by the schema, with the duplicate flags applied on the way. The
cross-file duplicate check is two linear passes over the key columns (a 64-bit hash per
row, then an exact comparison of the few rows whose hash comes from two files).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.knowledge import Knowledge
from genero_etl.messages import issue
from genero_etl.model import Issue, Severity
from genero_etl.model.arrow import arrow_schema, conform, release_memory, rows_table, table_schema
from genero_etl.stage import StagedFile, StagedRows, streamable

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

    from genero_etl.publish.dupcache import KeptRows, Memo, Pairs
    from genero_etl.stage import Located

    Parts = list[pa.Table] | StagedRows  # tables in memory, or staged rows read per pass

TABLES = ("observations", "indicators", "sources", "quality_issues")
_DUPLICATE_KEY = [
    "indicator_id", "country", "admin1", "municipality_code", "period_start", "period_end",
    "breakdown_dimension", "breakdown_value", "activity", "value_kind", "unit", "value",
]  # fmt: skip
BATCH_ROWS = 65_536  # rows per record batch streamed to the writers
OWNER = "__file"  # a column of the batches of ``TableStream.batches(owners=True)``


def _issue_id(i: Issue) -> str:
    key = (
        f"{i.code}|{i.source_file}|{i.source_locator}|{'|'.join(i.observation_ids)}|{i.message_en}"
    )
    return "q" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class TableStream:
    """A published table as record batches: the staged parts, typed per batch on the way out.

    ``flagged`` holds the observation ids to flag ``duplicate_value``; ``transform`` (the
    publish gates: decisions applied, values withheld) changes each typed batch on the way
    out and says whether it changed any cell (then formula-like text is neutralised again);
    ``dropped`` is how many rows it removes in all. Nothing is copied until a batch is asked
    for, so a table of any size costs one batch at a time; ``parts`` read from staging
    (``stage.StagedRows``) are read again on each pass, never held.

    Batches come out with exactly ``BATCH_ROWS`` rows (the last fewer), whatever the parts'
    sizes: the files written (Parquet row groups above all) depend on the rows only, not on
    how staging happens to hold them."""

    schema: dict[str, Any]  # the Table Schema
    parts: Parts
    flagged: pa.Array | None = None
    transform: Callable[[pa.Table], tuple[pa.Table, bool]] | None = None
    dropped: int = 0
    files: list[FileRows] | None = None  # the staged files whose rows ``parts`` are, in order
    seen: Seen | None = None  # what the duplicate check saw of each of ``files``
    arrow: pa.Schema = field(init=False)

    def __post_init__(self) -> None:
        self.arrow = arrow_schema(self.schema)

    @property
    def num_rows(self) -> int:
        if isinstance(self.parts, list):
            return int(sum(p.num_rows for p in self.parts)) - self.dropped
        return int(self.parts.num_rows) - self.dropped

    def batches(
        self, *, safe: bool = False, owners: bool = False, only: set[int] | None = None
    ) -> Iterator[pa.RecordBatch]:
        """Typed batches of ``BATCH_ROWS`` rows; ``safe`` neutralises formula-like text (in
        dictionaries, once per value); ``owners`` (with ``files``) adds a last column,
        ``OWNER``, each row's file (its index in ``files``); ``only`` (with ``owners``, the
        rows read from staging) keeps the rows of those files alone, the others not read."""
        import pyarrow as pa

        schema = self.arrow.append(pa.field(OWNER, pa.int32())) if owners else self.arrow
        return exact_batches(self._batches(safe, owners, only), schema, BATCH_ROWS)

    def _batches(
        self, safe: bool, owners: bool = False, only: set[int] | None = None
    ) -> Iterator[pa.RecordBatch]:
        import numpy as np
        import pyarrow as pa

        from genero_etl.model.arrow import neutralise_formulas
        from genero_etl.stage import StagedRows

        if owners and self.files is None:
            raise ValueError("the rows' files are not known")
        files = self.files or []
        parts: Parts = self.parts
        chosen = np.arange(len(files), dtype=np.int32)  # the files read, in order
        if owners and only is not None and isinstance(parts, StagedRows):
            chosen = np.array(sorted(i for i in only if 0 <= i < len(files)), dtype=np.int32)
            parts = StagedRows([files[i].located for i in chosen.tolist()])
        ends = np.cumsum([files[i].located.rows for i in chosen.tolist()], dtype=np.int64)
        schema = self.arrow.append(pa.field(OWNER, pa.int32())) if owners else self.arrow
        offset = 0
        for table in coalesced(part_tables(parts)):
            rows = table.num_rows
            table = conform(table, self.schema, dictionaries=True)
            if safe:
                table = neutralise_formulas(table)
            table = _flag(conform(table, self.schema), self.flagged)
            if owners:  # before the transform, which keeps the rows' order and their columns
                owner = np.searchsorted(ends, np.arange(offset, offset + rows), side="right")
                table = table.append_column(OWNER, pa.array(chosen[owner]))
            offset += rows
            if self.transform is not None:
                table, changed = self.transform(table)
                if changed and safe:
                    table = neutralise_formulas(table)
                if not table.schema.equals(schema):
                    table = table.cast(schema)
            yield from table.to_batches()

    def columns(self, names: list[str]) -> Iterator[pa.Table]:
        """Some columns, typed (text left dictionary-encoded), table by table, before
        ``flagged`` and ``transform``; a name the schema lacks is left out."""
        fields = {"fields": [f for f in self.schema["fields"] if f["name"] in names]}
        wanted = [f["name"] for f in fields["fields"]]
        selected = (_select(p, wanted, fields) for p in part_tables(self.parts, wanted))
        for table in coalesced(selected):
            yield conform(table, fields, dictionaries=True)

    def to_table(self, *, safe: bool = False) -> pa.Table:
        import pyarrow as pa

        return pa.Table.from_batches(list(self.batches(safe=safe)), schema=self.arrow)

    @classmethod
    def of(cls, table: pa.Table, schema: dict[str, Any]) -> TableStream:
        return cls(schema, [table])


def part_tables(parts: Parts, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """The tables of ``parts`` (read from staging, only ``columns`` when given)."""
    if isinstance(parts, list):
        yield from parts
    else:
        yield from parts.tables(columns)


def exact_batches(
    batches: Iterable[pa.RecordBatch], schema: pa.Schema, rows: int
) -> Iterator[pa.RecordBatch]:
    """The same rows in batches of exactly ``rows`` rows (the last fewer), of ``schema``."""
    import pyarrow as pa

    pending: list[pa.RecordBatch] = []
    count = 0
    for batch in batches:
        if not batch.schema.equals(schema):
            batch = pa.Table.from_batches([batch]).cast(schema).combine_chunks().to_batches()[0]
        while batch.num_rows:
            take = min(rows - count, batch.num_rows)
            pending.append(batch.slice(0, take))
            batch = batch.slice(take)
            count += take
            if count == rows:
                yield _one_batch(pending, schema)
                pending, count = [], 0
    if pending:
        yield _one_batch(pending, schema)


def _one_batch(batches: list[pa.RecordBatch], schema: pa.Schema) -> pa.RecordBatch:
    import pyarrow as pa

    if len(batches) == 1:
        return batches[0]
    return pa.Table.from_batches(batches, schema=schema).combine_chunks().to_batches()[0]


def coalesced(parts: Iterable[pa.Table]) -> Iterator[pa.Table]:
    """The parts' rows in order, in single-chunk tables of at most ``BATCH_ROWS`` rows: a large
    part sliced (no copy), consecutive small parts of the same schema joined (many short
    reports cost a few batches, not a few array operations each)."""
    import pyarrow as pa

    pending: list[pa.Table] = []
    count = 0
    for part in parts:
        large = part.num_rows >= BATCH_ROWS // 2
        full = count + part.num_rows > BATCH_ROWS
        if pending and (large or full or part.schema != pending[0].schema):
            yield _joined(pending)
            pending, count = [], 0
        if large:
            for batch in part.to_batches(max_chunksize=BATCH_ROWS):
                yield pa.Table.from_batches([batch])
        elif part.num_rows:
            pending.append(part)
            count += part.num_rows
    if pending:
        yield _joined(pending)


def _joined(tables: list[pa.Table]) -> pa.Table:
    """Small tables as one chunk. Their dictionary columns are widened to 32-bit indices
    first: each file's dictionary is sized to its own values (8 bits for a short report),
    and a few hundred files together need more.

    Tables that share their dictionaries (slices of one staged row group: each carries the
    whole row group's dictionary) are joined first, run by run, then the runs: Arrow unifies
    the dictionaries of a join chunk by chunk, values in order of first appearance, so
    joining in two steps gives the same dictionaries and indices, but each row group's
    dictionary is unified once instead of once per file read from it (a few thousand short
    reports picked out of their row groups: 2.2 s to 0.1 s)."""
    import pyarrow as pa

    runs: list[list[pa.Table]] = []
    last: object = None
    for table in tables:
        mark = _dictionary_mark(table)
        if runs and mark is not None and mark == last:
            runs[-1].append(table)
        else:
            runs.append([table])
        last = mark
    if len(runs) == len(tables):
        return _widened(pa.concat_tables(tables)).combine_chunks()
    runs = [[_widened(t) for t in run] for run in runs]
    joined = [run[0] if len(run) == 1 else pa.concat_tables(run).combine_chunks() for run in runs]
    return pa.concat_tables(joined).combine_chunks()


def _widened(table: pa.Table) -> pa.Table:
    """``table`` with its dictionary columns' indices 32 bits wide."""
    import pyarrow as pa

    for i, column in enumerate(table.schema):
        kind = column.type
        if pa.types.is_dictionary(kind) and kind.index_type.bit_width < 32:
            wide = pa.dictionary(pa.int32(), kind.value_type)
            table = table.set_column(i, pa.field(column.name, wide), table.column(i).cast(wide))
    return table


def _dictionary_mark(table: pa.Table) -> tuple[int, ...] | None:
    """Where the first dictionary column's dictionary is in memory (its buffers, offset and
    length), None for a table without one. Tables read from one row group carry the same
    dictionaries, and so the same mark; the mark only groups the work, it decides no value."""
    import pyarrow as pa

    for column in table.columns:
        if pa.types.is_dictionary(column.type) and column.num_chunks == 1:
            dictionary = column.chunk(0).dictionary
            buffers = tuple(b.address if b is not None else 0 for b in dictionary.buffers())
            return (dictionary.offset, len(dictionary), *buffers)
    return None


def _flag(table: pa.Table, flagged: pa.Array | None) -> pa.Table:
    """Append ``duplicate_value`` to the quality flags of the flagged observations."""
    import pyarrow.compute as pc

    if flagged is None or len(flagged) == 0 or table.num_rows == 0:
        return table
    hit = pc.is_in(table.column("observation_id"), value_set=flagged)
    if not pc.any(hit).as_py():
        return table
    flags = table.column("quality_flags")
    joined = pc.binary_join_element_wise(pc.fill_null(flags, ""), "duplicate_value", ";")
    joined = pc.utf8_ltrim(joined, ";")
    index = table.column_names.index("quality_flags")
    return table.set_column(index, "quality_flags", pc.if_else(hit, joined, flags))


_NULL_DATE = -(2**31)
_MIX = 0x9E3779B97F4A7C15


def _mixed(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of 64-bit values (wrapping arithmetic)."""
    import numpy as np

    with np.errstate(over="ignore"):
        z = values.astype(np.uint64, copy=True)
        z ^= z >> np.uint64(30)
        z *= np.uint64(0xBF58476D1CE4E5B9)
        z ^= z >> np.uint64(27)
        z *= np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return z


_WORDS: dict[str, int] = {}  # text already hashed in this process
_WORDS_KEPT = 1 << 16  # at most this many, about 10 MB (an id column has a word a row)


def _word_hash(word: str | None) -> int:
    """A 64-bit hash of a text, the same in every process (BLAKE2b, not Python's salted
    ``hash``): hashes are kept between publishes (``dupcache``, ``pieces.Memo``)."""
    word = word or ""
    found = _WORDS.get(word)
    if found is None:
        if len(_WORDS) >= _WORDS_KEPT:
            _WORDS.clear()
        data = word.encode("utf-8", "surrogatepass")
        digest = hashlib.blake2b(data, digest_size=8).digest()
        found = _WORDS[word] = int.from_bytes(digest, "little", signed=True)
    return found


def _column_hash(column: pa.Array) -> np.ndarray:
    """A 64-bit hash per cell, the same in every process; a missing text cell hashes like ''
    (the check's old rule)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        column = pc.dictionary_encode(column)
    if pa.types.is_dictionary(column.type):
        words = column.dictionary.to_pylist()
        table = np.array([*map(_word_hash, words), _word_hash("")], dtype=np.int64)
        indices = pc.fill_null(column.indices, len(words)).to_numpy(zero_copy_only=False)
        return _mixed(table.view(np.uint64)[indices])
    if pa.types.is_date(column.type):
        days = pc.fill_null(column.cast(pa.int32()), _NULL_DATE).to_numpy(zero_copy_only=False)
        return _mixed(days.astype(np.int64).view(np.uint64))
    if pa.types.is_floating(column.type):
        numbers = pc.fill_null(column.cast(pa.float64()), 0.0).to_numpy(zero_copy_only=False)
        return _mixed((numbers + 0.0).view(np.uint64))  # + 0.0: -0.0 hashes as 0.0
    return _column_hash(column.cast(pa.string()))


def _key_hash(batch: pa.RecordBatch) -> np.ndarray:
    import numpy as np

    h = np.full(batch.num_rows, _MIX, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for name in _DUPLICATE_KEY:
            h = _mixed(h ^ _column_hash(batch.column(name)))
    return h


def _kept(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The rows the check compares: a value, of a classified indicator."""
    return batch.filter(_kept_mask(batch))


def _kept_mask(batch: pa.RecordBatch) -> pa.Array:
    import pyarrow.compute as pc

    keep = pc.and_(
        pc.is_valid(batch.column("value")),
        pc.not_equal(batch.column("indicator_id"), "sin_clasificar"),
    )
    return pc.fill_null(keep, False)


_CHECKED = [
    *_DUPLICATE_KEY,
    "source_sha256",
    "observation_id",
    "source_file",
    "source_locator",
]


def _select(part: pa.Table, names: list[str], fields: dict[str, Any]) -> pa.Table:
    """Columns of a part, cheaply when it has them all (no cast), else conformed."""
    if set(names) <= set(part.column_names):
        return part.select(names)
    return conform(part, fields, dictionaries=True)


def _checked_batches(parts: Parts, schema: dict[str, Any]) -> Iterator[pa.RecordBatch]:
    columns = {"fields": [f for f in schema["fields"] if f["name"] in _CHECKED]}
    names = [f["name"] for f in columns["fields"]]
    selected = (_select(p, names, columns) for p in part_tables(parts, names))
    for table in coalesced(selected):
        for kept in conform(table, columns, dictionaries=True).to_batches():
            kept = _kept(kept)
            if kept.num_rows:
                yield kept


def _candidate_hashes(parts: Parts, schema: dict[str, Any]) -> np.ndarray:
    """Pass 1: the key hashes found under two or more distinct source hashes.

    Each compared row gives a (key hash, source number) pair; pairs are made distinct per
    batch and then over all batches, and a key hash left in two pairs is a candidate: one
    sort per batch and one at the end, whatever the number of sources."""
    import numpy as np

    if len(_sources(parts)) < 2:
        return np.empty(0, dtype=np.uint64)  # one source: nothing to compare
    numbers: dict[str, int] = {}
    pairs: list[np.ndarray] = []
    for batch in _checked_batches(parts, schema):
        sources = _source_numbers(batch.column("source_sha256"), numbers)
        pairs.append(_distinct_pairs(_key_hash(batch), sources))
    if len(numbers) < 2 or not pairs:
        return np.empty(0, dtype=np.uint64)
    every = _distinct_pairs(
        np.concatenate([p[:, 0] for p in pairs]), np.concatenate([p[:, 1] for p in pairs])
    )
    pairs.clear()
    found, counts = np.unique(every[:, 0], return_counts=True)
    return found[counts > 1]


def _source_numbers(column: pa.Array, numbers: dict[str, int]) -> np.ndarray:
    """Each row's source as a number (the same sha256 the same number in every batch; a
    missing one as '')."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    words = column.dictionary.to_pylist()
    missing = [""] if column.null_count else []  # a missing sha256 is the source ''
    table = np.array(
        [numbers.setdefault(str(w or ""), len(numbers)) for w in [*words, *missing]] or [0],
        dtype=np.uint64,
    )
    indices = pc.fill_null(column.indices, len(words)).to_numpy(zero_copy_only=False)
    result: np.ndarray = table[indices]
    return result


def _distinct_pairs(hashes: np.ndarray, sources: np.ndarray) -> np.ndarray:
    """The distinct (hash, source) pairs, as rows of a two-column uint64 array."""
    import numpy as np

    if not len(hashes):
        return np.empty((0, 2), dtype=np.uint64)
    order = np.lexsort((sources, hashes))
    hashes, sources = hashes[order], sources[order]
    keep = np.r_[True, (hashes[1:] != hashes[:-1]) | (sources[1:] != sources[:-1])]
    return np.stack([hashes[keep], sources[keep]], axis=1)


def _sources(parts: Parts) -> set[str]:
    """The distinct source hashes (a dictionary-encoded column: its values, once per chunk)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    found: set[str] = set()
    for part in part_tables(parts, ["source_sha256"]):
        for chunk in part.column("source_sha256").chunks:
            if chunk.null_count:
                found.add("")
            if pa.types.is_dictionary(chunk.type):
                values = chunk.dictionary.take(pc.unique(chunk.indices.drop_null()))
            else:
                values = pc.unique(chunk.drop_null())
            found.update(str(v) for v in values.to_pylist())
    return found


def _candidates(parts: Parts, schema: dict[str, Any]) -> pa.Table | None:
    """Pass 2: the rows whose key hash is a candidate, as plain text keys, for the exact check."""

    wanted = _candidate_hashes(parts, schema)
    if not len(wanted):
        return None
    return _candidate_rows(parts, schema, wanted)


def _candidate_rows(parts: Parts, schema: dict[str, Any], wanted: np.ndarray) -> pa.Table | None:
    """The rows of ``parts`` whose key hash is in ``wanted``, as plain text keys."""
    import numpy as np
    import pyarrow as pa

    found = []
    for batch in _checked_batches(parts, schema):
        hit = np.isin(_key_hash(batch), wanted)
        if hit.any():
            found.append(pa.Table.from_batches([batch.filter(pa.array(hit))]))
    return _plain(found)


def _plain(found: list[pa.Table]) -> pa.Table | None:
    """Candidate rows as compared: the checked columns as plain text (a missing key cell
    as ''), ``value`` as it is; other columns of the first table kept after them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not found:
        return None
    columns = {}
    for name in _CHECKED:
        chunks = [c for t in found for c in t.column(name).chunks]
        chunks = [
            c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in chunks
        ]
        column = pa.chunked_array(chunks)
        if name != "value" and name in _DUPLICATE_KEY:
            column = pc.fill_null(column.cast(pa.string()), "")
        columns[name] = column
    for name in found[0].column_names:
        if name not in columns:
            columns[name] = pa.chunked_array([c for t in found for c in t.column(name).chunks])
    return pa.table(columns)


def _owned_rows(
    files: list[FileRows], schema: dict[str, Any], wanted: np.ndarray
) -> pa.Table | None:
    """``_candidate_rows`` of ``files``, with each row's key hash (``HASH``) and file (its
    index in ``files``, ``FILE``)."""
    import numpy as np
    import pyarrow as pa

    if not files:
        return None
    found = []
    for batch, owner in _owned_batches(files, schema):
        hashes = _key_hash(batch)
        hit = np.isin(hashes, wanted)
        if hit.any():
            chosen = pa.Table.from_batches([batch.filter(pa.array(hit))])
            chosen = chosen.append_column(HASH, pa.array(hashes[hit], pa.uint64()))
            found.append(chosen.append_column(FILE, pa.array(owner[hit], pa.int32())))
    return _plain(found)


def _owned_batches(
    files: list[FileRows], schema: dict[str, Any]
) -> Iterator[tuple[pa.RecordBatch, np.ndarray]]:
    """The compared rows of ``files`` the duplicate check keeps, batch by batch, with each
    row's file (its index in ``files``)."""
    import numpy as np

    ends = np.cumsum(np.array([f.located.rows for f in files], dtype=np.int64))
    columns = {"fields": [f for f in schema["fields"] if f["name"] in _CHECKED]}
    names = [f["name"] for f in columns["fields"]]
    parts = StagedRows([f.located for f in files])
    offset = 0
    selected = (_select(p, names, columns) for p in part_tables(parts, names))
    for table in coalesced(selected):
        for batch in conform(table, columns, dictionaries=True).to_batches():
            rows = batch.num_rows
            owner = np.searchsorted(ends, np.arange(offset, offset + rows), side="right")
            offset += rows
            keep = _kept_mask(batch)
            kept = batch.filter(keep)
            if kept.num_rows:
                yield kept, owner[keep.to_numpy(zero_copy_only=False)]


HASH, FILE = "__hash", "__file"  # the columns ``_owned_rows`` adds


@dataclass(frozen=True, slots=True)
class FileRows:
    """A staged file's rows for the duplicate check: its name in the memo and where they are."""

    name: str  # part (its content's sha256), offset, rows and source sha256
    located: Located


def file_rows(staged: list[StagedFile]) -> list[FileRows] | None:
    """The staged files with rows, in publish order, when all are read from staging."""
    from genero_etl.stage import LazyStagedFile

    found: list[FileRows] = []
    for item in staged:
        if not isinstance(item, LazyStagedFile) or not item.unread:
            return None
        if not item.count:
            continue
        where = item.located
        if where is None:
            return None
        name = f"{where.part.name}:{where.offset}:{where.rows}:{item.source.source_sha256}"
        found.append(FileRows(name, where))
    return found


def _file_pairs(files: list[FileRows], schema: dict[str, Any]) -> dict[str, Pairs]:
    """Each file's distinct compared ``(key hash, source)`` pairs, from its rows: one pass
    over the files together (many short reports cost a few batches, not a few each).

    Each batch's distinct pairs go to one of up to 256 buckets on disk by the top bits of
    their hash (``_PairBuckets``); each bucket is then made distinct on its own, in hash
    order: the pairs sorted and distinct over all rows, as one sort would give them, with
    about 16 bytes a distinct pair held (the result) and one bucket beside them."""
    import numpy as np

    from genero_etl.publish.dupcache import Pairs

    if not files:
        return {}
    numbers: dict[str, int] = {}
    with _PairBuckets(sum(f.located.rows for f in files)) as buckets:
        for batch, owner in _owned_batches(files, schema):
            tags = (owner.astype(np.uint64) << np.uint64(32)) | _source_numbers(
                batch.column("source_sha256"), numbers
            )
            buckets.add(_distinct_pairs(_key_hash(batch), tags))
        hashes, tags = buckets.distinct()
    owners = _high_words(tags)
    if len(owners) > 1 and bool(np.any(owners[1:] < owners[:-1])):  # files' pairs mixed
        order = np.argsort(owners, kind="stable")
        hashes, tags, owners = hashes[order], tags[order], owners[order]
        del order
    bounds = np.searchsorted(owners, np.arange(len(files) + 1, dtype=np.uint32))
    del owners
    sources = _low_words(tags)
    del tags
    shared = tuple(numbers)
    return {
        f.name: Pairs(hashes[bounds[i] : bounds[i + 1]], sources[bounds[i] : bounds[i + 1]], shared)
        for i, f in enumerate(files)
    }


_PAIR_BUCKET_ROWS = 1 << 22  # about this many pairs per bucket of ``_PairBuckets`` (64 MB)
_MAX_PAIR_BUCKETS = 256
_WORDS_AT_ONCE = 1 << 22  # elements converted at a time by ``_high_words``/``_low_words``


def _high_words(values: np.ndarray) -> np.ndarray:
    """The high 32 bits of each 64-bit value, as uint32 (converted a block at a time)."""
    import numpy as np

    out = np.empty(len(values), dtype=np.uint32)
    for begin in range(0, len(values), _WORDS_AT_ONCE):
        out[begin : begin + _WORDS_AT_ONCE] = values[begin : begin + _WORDS_AT_ONCE] >> np.uint64(
            32
        )
    return out


def _low_words(values: np.ndarray) -> np.ndarray:
    """The low 32 bits of each 64-bit value, as uint32 (converted a block at a time)."""
    import numpy as np

    out = np.empty(len(values), dtype=np.uint32)
    for begin in range(0, len(values), _WORDS_AT_ONCE):
        out[begin : begin + _WORDS_AT_ONCE] = values[begin : begin + _WORDS_AT_ONCE] & np.uint64(
            0xFFFFFFFF
        )
    return out


class _PairBuckets:
    """``(hash, tag)`` pairs spread over buckets by the top bits of the hash: in memory when
    ``rows`` (at most the pairs to come) fit one bucket, else one file per bucket in a
    temporary folder (under ``TMPDIR``). ``distinct`` gives every pair added, distinct and
    sorted by hash then tag, into two arrays of ``rows`` elements (views of their start)."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        wanted = min(_MAX_PAIR_BUCKETS, -(-rows // _PAIR_BUCKET_ROWS))
        self.bits = max(0, (wanted - 1).bit_length())  # a power of two of buckets
        self.held: list[np.ndarray] = []  # one bucket: the pairs added, in memory
        self.folder: Path | None = None
        self.files: list[Any] = []

    def __enter__(self) -> _PairBuckets:
        if self.bits:
            import tempfile

            self.folder = Path(tempfile.mkdtemp(prefix="genero-etl-pairs-"))
            self.files = [
                open(self.folder / f"{b:03}.bin", "wb")  # noqa: SIM115 (closed in __exit__)
                for b in range(1 << self.bits)
            ]
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self.files:
            handle.close()
        if self.folder is not None:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)

    def add(self, pairs: np.ndarray) -> None:
        """A batch's distinct pairs (rows of two uint64, sorted by hash)."""
        import numpy as np

        if not self.bits:
            self.held.append(pairs)
            return
        tops = pairs[:, 0] >> np.uint64(64 - self.bits)
        bounds = np.searchsorted(tops, np.arange((1 << self.bits) + 1, dtype=np.uint64))
        for b in np.flatnonzero(np.diff(bounds)).tolist():
            self.files[b].write(pairs[bounds[b] : bounds[b + 1]].tobytes())

    def _buckets(self) -> Iterator[np.ndarray]:
        import numpy as np

        if not self.bits:
            held, self.held = self.held, []
            if held:
                yield np.concatenate(held)
            return
        assert self.folder is not None
        for b, handle in enumerate(self.files):
            handle.close()
            path = self.folder / f"{b:03}.bin"
            yield np.fromfile(path, dtype=np.uint64).reshape(-1, 2)
            path.unlink()

    def distinct(self) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        hashes = np.empty(self.rows, dtype=np.uint64)
        tags = np.empty(self.rows, dtype=np.uint64)
        at = 0
        for pairs in self._buckets():
            found = _distinct_pairs(pairs[:, 0], pairs[:, 1])
            del pairs
            if at + len(found) > len(hashes):  # more pairs than ``rows`` said
                size = max(2 * len(hashes), at + len(found))
                hashes = np.concatenate([hashes[:at], np.empty(size - at, dtype=np.uint64)])
                tags = np.concatenate([tags[:at], np.empty(size - at, dtype=np.uint64)])
            hashes[at : at + len(found)] = found[:, 0]
            tags[at : at + len(found)] = found[:, 1]
            at += len(found)
        return hashes[:at], tags[:at]


@dataclass(slots=True)
class Seen:
    """What the duplicate check saw of each staged file (``publish.csvcopy`` keys on it)."""

    sources: dict[str, frozenset[str]] = field(default_factory=dict)  # file -> its rows' sha256
    flagged: dict[str, list[str]] = field(default_factory=dict)  # source sha256 -> flagged ids


def _candidates_of_files(
    files: list[FileRows], schema: dict[str, Any], memo: Memo | None, seen: Seen | None = None
) -> pa.Table | None:
    """Pass 1 from each file's pairs (kept in ``memo`` for the files seen before, read for
    the others), pass 2 over the files holding a candidate hash only."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from genero_etl.stage import StagedRows

    stored = memo.load() if memo is not None else {}
    fresh = _file_pairs([f for f in files if f.name not in stored], schema)
    pairs = {f.name: stored[f.name] if f.name in stored else fresh[f.name] for f in files}
    if memo is not None:
        memo.reused, memo.read = len(files) - len(fresh), len(fresh)
        memo.save(pairs)
    release_memory()  # the first pass's arrays, before the pairs are sorted again
    if seen is not None:  # the sources of each file's compared rows (the only ones flagged)
        for name, p in pairs.items():
            # a short report's few pairs: a set of Python ints is cheaper than a sort
            used = set(p.sources.tolist()) if len(p.sources) < 256 else np.unique(p.sources)
            seen.sources[name] = frozenset(p.names[int(i)] for i in used)
    numbers: dict[str, int] = {}
    tables: dict[int, np.ndarray] = {}  # a names tuple shared by many files: mapped once
    for f in files:
        listed = pairs[f.name].names
        if id(listed) not in tables:
            tables[id(listed)] = np.array(
                [numbers.setdefault(n, len(numbers)) for n in listed] or [0], dtype=np.uint64
            )
    if len(numbers) < 2:  # one source: nothing to compare (its pairs not gathered again)
        return None
    hashes: list[np.ndarray] = []
    sources: list[np.ndarray] = []
    for f in files:
        p = pairs[f.name]
        hashes.append(p.hashes)
        sources.append(tables[id(p.names)][p.sources])
    every = np.concatenate(hashes) if hashes else np.empty(0, dtype=np.uint64)
    distinct = _distinct_pairs(every, np.concatenate(sources))[:, 0]  # sorted by hash
    sources.clear()
    twice = distinct[1:][distinct[1:] == distinct[:-1]]  # a hash under two or more sources
    wanted = twice[np.r_[True, twice[1:] != twice[:-1]]] if len(twice) else twice
    del distinct, twice
    if not len(wanted):
        if memo is not None:
            memo.save_rows(wanted, None, [])
        return None
    at = np.minimum(np.searchsorted(wanted, every), len(wanted) - 1)
    hits = np.concatenate([[0], np.cumsum(wanted[at] == every)])
    bounds = np.concatenate([[0], np.cumsum([len(h) for h in hashes])])
    held = [i for i in range(len(files)) if hits[bounds[i + 1]] > hits[bounds[i]]]
    del at, hits
    if memo is None:
        return _candidate_rows(StagedRows([files[i].located for i in held]), schema, wanted)
    # the rows of a file seen last time, for the hashes it held then, are kept with the
    # memo: read only the files new since, and those holding a hash that became a candidate
    before = memo.load_rows() if stored else None
    reusable: set[str] = set()
    if before is not None:
        was, kept_rows = before
        became = np.setdiff1d(wanted, was, assume_unique=True)
        grew = np.isin(every, became) if len(became) else None
        for i in held:
            name = files[i].name
            if name not in stored or name not in kept_rows:
                continue
            if grew is not None and grew[bounds[i] : bounds[i + 1]].any():
                continue
            reusable.add(name)
        del grew
    del every
    read_files = [files[i] for i in held if files[i].name not in reusable]
    fresh_rows = _owned_rows(read_files, schema, wanted)
    pieces = []
    position = {files[i].name: n for n, i in enumerate(held)}
    if fresh_rows is not None:
        own = np.array([position[f.name] for f in read_files], dtype=np.int32)
        index = fresh_rows.column_names.index(FILE)
        numbers = own[fresh_rows.column(FILE).to_numpy()]
        pieces.append(fresh_rows.set_column(index, FILE, pa.array(numbers, pa.int32())))
    if reusable and before is not None:
        pieces.append(_reused_rows(before[1], reusable, position, wanted))
    memo.rows_read, memo.rows_reused = len(read_files), len(reusable)
    rows = pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0] if pieces else None
    if rows is not None and len(pieces) > 1:  # in file order, each file's rows as read
        rows = rows.take(pc.sort_indices(rows.column(FILE)))  # a stable sort
    names = [files[i].name for i in held]
    memo.save_rows(wanted, rows, names)
    if rows is None or not rows.num_rows:
        return None
    return rows.drop_columns([HASH, FILE])


def _reused_rows(
    kept: KeptRows, reusable: set[str], position: dict[str, int], wanted: np.ndarray
) -> pa.Table:
    """The kept rows of the ``reusable`` files whose hash is still a candidate, their file
    numbered by ``position``."""
    import numpy as np
    import pyarrow as pa

    table = kept.table
    column = table.column(FILE).combine_chunks()
    renumber = np.array(
        [position[n] if n in reusable else -1 for n in kept.names] or [-1], dtype=np.int32
    )
    numbers = renumber[column.to_numpy(zero_copy_only=False)]
    hashes = table.column(HASH).to_numpy()
    keep = (numbers >= 0) & np.isin(hashes, wanted)
    index = table.column_names.index(FILE)
    table = table.set_column(index, FILE, pa.array(numbers, pa.int32()))
    return table.filter(pa.array(keep)) if not bool(keep.all()) else table


def find_duplicates(
    parts: Parts,
    schema: dict[str, Any],
    files: list[FileRows] | None = None,
    memo: Memo | None = None,
    seen: Seen | None = None,
) -> tuple[pa.Array | None, list[Issue]]:
    """The same value of the same indicator, place, period and breakdown from two files:
    the observation ids to flag and one issue per group, groups in key order.

    With ``files`` (the staged files whose rows ``parts`` are, in order), each file's key
    hashes are found on their own and kept in ``memo`` for the next publish
    (``publish.dupcache``); the rows compared and the result are the same."""
    import pyarrow as pa

    if files is not None:
        rows = _candidates_of_files(files, schema, memo, seen)
    else:
        rows = _candidates(parts, schema)
    if rows is None:
        return None, []
    order = rows.sort_by(
        [(name, "ascending") for name in [*_DUPLICATE_KEY, "source_file", "source_locator"]]
    )
    keys = list(zip(*(order.column(name).to_pylist() for name in _DUPLICATE_KEY), strict=True))
    shas = order.column("source_sha256").to_pylist()
    ids = order.column("observation_id").to_pylist()
    in_files = order.column("source_file").to_pylist()
    locators = order.column("source_locator").to_pylist()
    issues: list[Issue] = []
    flagged: list[str] = []
    start = 0
    while start < len(keys):
        end = start + 1
        while end < len(keys) and keys[end] == keys[start]:
            end += 1
        if len(set(shas[start:end])) > 1:
            flagged += ids[start:end]
            if seen is not None:
                for sha, oid in zip(shas[start:end], ids[start:end], strict=True):
                    seen.flagged.setdefault(str(sha or ""), []).append(str(oid))
            issues.append(
                _duplicate_issue(
                    keys[start], ids[start:end], in_files[start:end], locators[start:end]
                )
            )
        start = end
    return (pa.array(flagged, pa.string()) if flagged else None), issues


def _duplicate_issue(
    key: tuple[Any, ...], ids: list[str], files: list[str], locators: list[str]
) -> Issue:
    value = float(key[_DUPLICATE_KEY.index("value")])
    return issue(
        "duplicate-value",
        Severity.WARNING,
        source_file=str(files[0]),
        source_locator=str(locators[1]),
        observation_ids=tuple(ids),
        value=str(int(value)) if value.is_integer() else f"{value:g}",
        indicator=str(key[_DUPLICATE_KEY.index("indicator_id")]),
        locators=", ".join(f"{f}:{loc}" for f, loc in zip(files, locators, strict=True)),
    )


def cross_file_duplicates(observations: pa.Table) -> tuple[pa.Table, list[Issue]]:
    """One table's duplicates: the table with its flags, and the issues."""
    schema = table_schema("observations")
    flagged, issues = find_duplicates([observations], schema)
    return _flag(observations, flagged), issues


def build_streams(
    staged: list[StagedFile], knowledge: Knowledge | None = None, memo: Memo | None = None
) -> dict[str, TableStream]:
    """Every table as a stream, typed by its schema, the same for the same staged inputs
    (``knowledge``: the workspace's codebook and schemas; default the shipped ones;
    ``memo``: the duplicate check's hashes kept per staged file, ``publish.dupcache``)."""
    knowledge = knowledge or Knowledge.shipped()
    codebook = knowledge.codebook
    obs_schema = knowledge.table_schema("observations")
    parts: Parts | None = streamable(staged)  # read from staging on each pass
    files = file_rows(staged) if parts is not None else None
    if parts is None:
        parts = [conform(s.table(), obs_schema, dictionaries=True) for s in staged]
        parts = [p for p in parts if p.num_rows]
    checked = Seen() if files is not None else None
    flagged, duplicate_issues = find_duplicates(parts, obs_schema, files, memo, checked)
    issue_rows = []
    seen: set[str] = set()
    for i in [*(i for s in staged for i in s.issues), *duplicate_issues]:
        issue_id = _issue_id(i)
        if issue_id in seen:
            continue
        seen.add(issue_id)
        row = i.to_dict()
        row["issue_id"] = issue_id
        row["observation_ids"] = ";".join(i.observation_ids)
        issue_rows.append(row)
    sources: dict[str, dict[str, object]] = {}
    for s in staged:
        sources.setdefault(s.source.source_sha256, s.source.to_dict())
    small: dict[str, list[dict[str, object]]] = {
        "indicators": [dict(r) for r in codebook.rows()],
        "sources": list(sources.values()),
        "quality_issues": issue_rows,
    }
    streams = {"observations": TableStream(obs_schema, parts, flagged, files=files, seen=checked)}
    for name, rows in small.items():
        schema = knowledge.table_schema(name)
        streams[name] = TableStream.of(rows_table(rows, schema), schema)
    return streams


def build_tables(
    staged: list[StagedFile], knowledge: Knowledge | None = None
) -> dict[str, pa.Table]:
    """Every table, typed by its schema, whole in memory (for small workspaces and callers)."""
    return {name: s.to_table() for name, s in build_streams(staged, knowledge).items()}


def staged_rows(workspace: Path) -> dict[str, list[dict[str, object]]]:
    """The staged data as the published tables' rows (``validate`` with no path)."""
    from genero_etl.model.arrow import table_rows
    from genero_etl.stage import read_staged
    from genero_etl.workspace import Workspace

    ws = Workspace(workspace)
    tables = build_tables(read_staged(ws.staging), Knowledge.of(ws.schemas))
    return {name: table_rows(table) for name, table in tables.items()}
