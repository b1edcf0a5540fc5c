"""Observations added, removed and changed between two published versions.

Versions are compared through their ``data/observations.csv`` read as text (codes keep
their leading zeros, numbers compare as written), matched by ``observation_id``.
"""

from __future__ import annotations

import io
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import NothingToDo, UsageError
from genero_etl.messages import render as render_message

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from genero_etl.publish.csvtable import JoinedCsv

SHOWN = ("indicator_id", "value", "unit", "admin1", "municipality_code", "period_label",
         "breakdown_value", "source_file", "source_locator")  # fmt: skip


@dataclass(slots=True)
class Change:
    observation_id: str
    fields: dict[str, tuple[str, str]]  # field -> (before, after)
    row: dict[str, str]  # the new row


@dataclass(slots=True)
class VersionDiff:
    old: str  # version label ("" when there is no previous version)
    new: str
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    # how many there are in all, when the lists above hold only the first few (``diff_files``)
    totals: dict[str, int] | None = None

    @property
    def empty(self) -> bool:
        return not any(_counts(self).values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "summary": _counts(self),
            "added": self.added,
            "removed": self.removed,
            "changed": [
                {
                    "observation_id": c.observation_id,
                    "fields": {k: {"old": a, "new": b} for k, (a, b) in c.fields.items()},
                }
                for c in self.changed
            ],
        }


def read_observations(data: bytes | Path) -> pd.DataFrame:
    import pandas as pd

    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")


def diff_frames(
    old: pd.DataFrame, new: pd.DataFrame, old_label: str, new_label: str
) -> VersionDiff:
    result = VersionDiff(old_label, new_label)
    # ids are unique in a valid version; a version forced through with repeats compares by
    # the first row of each id
    old = old.drop_duplicates("observation_id") if "observation_id" in old else old
    new = new.drop_duplicates("observation_id")
    old_ids = set(old["observation_id"]) if "observation_id" in old else set()
    new_ids = set(new["observation_id"])
    result.added = _records(new[~new["observation_id"].isin(old_ids)])
    result.removed = _records(old[~old["observation_id"].isin(new_ids)]) if len(old) else []
    common = sorted(old_ids & new_ids)
    if not common:
        return result
    columns = [c for c in new.columns if c in old.columns and c != "observation_id"]
    left = old.set_index("observation_id").loc[common, columns]
    right = new.set_index("observation_id").loc[common, columns]
    differs = left.ne(right)
    for oid in differs.index[differs.any(axis=1)]:
        fields = {
            c: (str(left.at[oid, c]), str(right.at[oid, c])) for c in columns if differs.at[oid, c]
        }
        result.changed.append(Change(str(oid), fields, right.loc[oid].to_dict()))
    return result


# --- versions of any size: the CSVs streamed, never loaded whole --------------------------


def csv_header(path: Path | JoinedCsv) -> list[str]:
    import csv

    from genero_etl.publish.csvtable import open_bytes

    with io.TextIOWrapper(open_bytes(path), encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


Ranges = list[tuple[int, int]]  # byte ranges of whole records of a CSV, in file order


class _Spans(io.RawIOBase):
    """A CSV's header and some byte ranges of its records, read as one file."""

    def __init__(self, path: Path | JoinedCsv, ranges: Ranges) -> None:
        from genero_etl.publish.csvtable import open_bytes
        from genero_etl.publish.pieces import record_end_blocks

        header = next(iter(record_end_blocks(path, 1 << 20)), None)
        if header is None or not len(header[0]):
            raise ValueError(f"no header in {path}")
        self._spans = [(0, int(header[0][0])), *ranges]
        self._at = 0
        self._pos = 0
        self._handle = open_bytes(path)  # closed with the stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._at < len(self._spans):
            start, end = self._spans[self._at]
            self._pos = max(self._pos, start)
            if self._pos >= end:
                self._at += 1
                continue
            self._handle.seek(self._pos)
            view = memoryview(buffer)
            got = self._handle.readinto(view[: min(len(view), end - self._pos)])
            if not got:
                return 0
            self._pos += got
            return got
        return 0

    def close(self) -> None:
        self._handle.close()
        super().close()


# Arrow's streaming CSV reader reads up to 32 blocks ahead on a background thread, whatever
# the pace of the code reading its batches: with blocks of 16 MB that was up to 512 MB held
# while the batches were hashed (the gate's cut points, CHANGES.md, README.md's figures).
# Blocks of 2 MB hold at most 64 MB ahead; a record longer than a block is read again with
# larger blocks (``csv_batches``).
_BLOCK = 1 << 21
_LARGEST_BLOCK = 1 << 30


def csv_batches(
    path: Path | JoinedCsv, columns: list[str], ranges: Ranges | None = None
) -> Iterator[pa.Table]:
    """Some columns of a published CSV as text (an empty cell is ''), batch by batch: the
    same cells ``read_observations`` gives, in bounded memory. With ``ranges``, only the
    records in those byte ranges (each from a record's start to a record's end)."""
    import pyarrow as pa

    block = _BLOCK
    done = 0  # rows already given: a reading started again with larger blocks skips them
    while True:
        skip = done
        try:
            for table in _csv_tables(path, columns, ranges, block):
                if skip >= table.num_rows:
                    skip -= table.num_rows
                    continue
                table, skip = table.slice(skip), 0
                done += table.num_rows
                yield table
            return
        except pa.ArrowInvalid as err:  # a record longer than a block
            if "straddl" not in str(err) or block >= _LARGEST_BLOCK:
                raise
            block *= 8


def _csv_tables(
    path: Path | JoinedCsv, columns: list[str], ranges: Ranges | None, block: int
) -> Iterator[pa.Table]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    convert = pacsv.ConvertOptions(
        column_types={c: pa.string() for c in columns},
        include_columns=columns,
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    read = pacsv.ReadOptions(block_size=block, use_threads=False)
    # a quoted line break may fall where a block ends: the blocks are cut at record ends
    parse = pacsv.ParseOptions(newlines_in_values=True)
    if ranges is None and isinstance(path, Path):
        source: Any = str(path)
    elif ranges is None:  # a version's pieces, read as one file
        source = path.open()
    else:
        source = io.BufferedReader(_Spans(path, ranges), 1 << 24)
    try:
        with pacsv.open_csv(
            source, read_options=read, parse_options=parse, convert_options=convert
        ) as reader:
            for batch in reader:
                yield pa.Table.from_batches([batch])
    finally:
        if not isinstance(source, str):
            source.close()


def _row_hashes(table: pa.Table, columns: list[str]) -> np.ndarray:
    """A 64-bit hash of each row's cells in ``columns`` (one process: Python's str hash)."""
    import numpy as np

    from genero_etl.publish.tables import _column_hash, _mixed

    h = np.full(table.num_rows, 0x9E3779B97F4A7C15, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for name in columns:
            h = _mixed(h ^ _column_hash(table.column(name).combine_chunks()))
    return h


def _id_hash(ids: pa.Array) -> np.ndarray:
    """A 64-bit hash of each id: only to count ids cheaply and to spread them over buckets;
    ids are always compared exactly where two hashes are equal."""
    from genero_etl.publish.tables import _column_hash

    return _column_hash(ids)


# Both versions' ids are spread over buckets by their hash, each bucket spilled to disk, and
# then compared one bucket at a time, exactly (as text): an id is in one bucket on both sides,
# so memory holds one bucket's ids, not a version's. About this much CSV makes one bucket:
BUCKET_BYTES = 128 << 20
MAX_BUCKETS = 256


def _spilled_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("hash", pa.uint64()), ("row", pa.int64())])


@dataclass(slots=True)
class _Spill:
    """One version's rows as (id, hash of the rest of the row, row number), by bucket."""

    folder: Path
    buckets: int
    rows: int = 0

    def path(self, bucket: int) -> Path:
        return self.folder / f"{bucket:03}.arrow"

    def read(self, bucket: int) -> pa.Table:
        import pyarrow as pa
        import pyarrow.ipc as ipc

        path = self.path(bucket)
        if not path.exists():
            return _spilled_schema().empty_table()
        with pa.OSFile(str(path), "rb") as source:
            return ipc.open_file(source).read_all()


def _spill(
    path: Path | JoinedCsv,
    columns: list[str],
    buckets: int,
    folder: Path,
    ranges: Ranges | None = None,
) -> _Spill:
    """Read ``path`` (its records in ``ranges``) once, in batches, and write each row's id,
    row hash and row number (in what is read) to its bucket's file (in file order)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.ipc as ipc

    folder.mkdir()
    spill = _Spill(folder, buckets)
    schema = _spilled_schema()
    writers: dict[int, ipc.RecordBatchFileWriter] = {}
    try:
        for table in csv_batches(path, ["observation_id", *columns], ranges):
            ids = table.column("observation_id").combine_chunks()
            rows = np.arange(spill.rows, spill.rows + len(ids), dtype=np.int64)
            spill.rows += len(ids)
            batch = pa.record_batch([ids, pa.array(_row_hashes(table, columns)), pa.array(rows)],
                                    schema=schema)  # fmt: skip
            del table
            bucket = _bucket_of(ids, buckets)
            order = np.argsort(bucket, kind="stable")  # file order within each bucket
            bounds = np.searchsorted(bucket[order], np.arange(buckets + 1))
            batch = batch.take(pa.array(order))
            for b in np.flatnonzero(np.diff(bounds)).tolist():
                if b not in writers:
                    writers[b] = ipc.new_file(str(spill.path(b)), schema)
                writers[b].write_batch(batch.slice(bounds[b], bounds[b + 1] - bounds[b]))
    finally:
        for writer in writers.values():
            writer.close()
    return spill


def _bucket_of(ids: pa.Array, buckets: int) -> np.ndarray:
    import numpy as np

    if buckets == 1:
        return np.zeros(len(ids), dtype=np.int64)
    return (_id_hash(ids) % np.uint64(buckets)).astype(np.int64)


def _buckets(*sizes: int) -> int:
    size = max(sizes)
    return max(1, min(MAX_BUCKETS, -(-size // BUCKET_BYTES)))


def _size(path: Path | JoinedCsv, ranges: Ranges | None) -> int:
    """The bytes read of a CSV: the whole file, or its ranges."""
    from genero_etl.publish.csvtable import size_of

    return size_of(path) if ranges is None else sum(end - start for start, end in ranges)


def _first_only(side: pa.Table) -> pa.Table:
    """The first row of each id (a version forced through with repeated ids compares by it)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    ids = side.column("id")
    if len(pc.unique(ids)) == len(ids):
        return side
    first = pc.equal(pc.index_in(ids, value_set=ids), pa.array(np.arange(len(ids))))
    return side.filter(first)


_LISTS = ("added", "removed", "changed")


@dataclass(slots=True)
class _Found:
    """What two versions' buckets hold in all: counts, and the first ``keep`` of each list
    (added and removed in file order, changed by id)."""

    keep: int
    added: pa.Table | None = None
    removed: pa.Table | None = None
    changed: pa.Array | None = None
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_LISTS, 0))

    def bucket(self, old: pa.Table, new: pa.Table) -> None:
        """Add one bucket of each version (every id of the bucket, in file order)."""
        import pyarrow.compute as pc

        old, new = _first_only(old), _first_only(new)
        old_ids, new_ids = old.column("id").combine_chunks(), new.column("id").combine_chunks()
        in_old = pc.is_in(new_ids, value_set=old_ids)
        added = new.filter(pc.invert(in_old))
        removed = old.filter(pc.invert(pc.is_in(old_ids, value_set=new_ids)))
        common = new.filter(in_old)
        at_old = pc.index_in(common.column("id").combine_chunks(), value_set=old_ids)
        before = old.column("hash").combine_chunks().take(at_old)
        differs = pc.not_equal(common.column("hash").combine_chunks(), before)
        changed = common.column("id").combine_chunks().filter(differs)
        self.totals["added"] += len(added)
        self.totals["removed"] += len(removed)
        self.totals["changed"] += len(changed)
        self.added = self._earliest(self.added, added)
        self.removed = self._earliest(self.removed, removed)
        self.changed = self._least(self.changed, changed)

    def _earliest(self, best: pa.Table | None, more: pa.Table) -> pa.Table:
        import pyarrow as pa
        import pyarrow.compute as pc

        both = more if best is None else pa.concat_tables([best, more])
        return both.take(pc.sort_indices(both, [("row", "ascending")])[: self.keep])

    def _least(self, best: pa.Array | None, more: pa.Array) -> pa.Array:
        import pyarrow as pa
        import pyarrow.compute as pc

        both = more if best is None else pa.concat_arrays([best, more])
        return both.take(pc.sort_indices(both)[: self.keep])


def _count_ids(path: Path | JoinedCsv) -> int:
    """How many distinct ids a CSV holds: through their 64-bit hashes (8 bytes an id), and
    when two hashes are equal (a repeated id, or two ids with the same hash), exactly, one
    bucket at a time."""
    import numpy as np

    hashes = [_id_hash(t.column("observation_id").combine_chunks())
              for t in csv_batches(path, ["observation_id"])]  # fmt: skip
    ordered = np.concatenate(hashes) if hashes else np.empty(0, np.uint64)
    del hashes
    ordered.sort()
    if not (ordered[1:] == ordered[:-1]).any():
        return len(ordered)  # distinct hashes: distinct ids
    del ordered
    import pyarrow.compute as pc

    with _scratch() as folder:
        spill = _spill(path, [], _buckets(_size(path, None)), folder / "ids")
        return sum(len(pc.unique(spill.read(b).column("id"))) for b in range(spill.buckets))


@contextmanager
def _scratch() -> Iterator[Path]:
    """A temporary folder for the buckets (``TMPDIR``), removed afterwards."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="genero-etl-diff-") as folder:
        yield Path(folder)


def _first_rows(
    path: Path | JoinedCsv,
    header: list[str],
    wanted: pa.Array | None,
    keep: int,
    ranges: Ranges | None = None,
) -> list[dict[str, str]]:
    """The rows, in file order, of the first ``keep`` ids of ``wanted`` found (first of each;
    ``None``: any id). ``wanted`` holds distinct ids of the file: once all are found the
    rest of the file is not read."""
    import pyarrow.compute as pc

    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    if wanted is not None:
        keep = min(keep, len(wanted))
    if keep <= 0:
        return rows
    for table in csv_batches(path, header, ranges):
        if wanted is None:
            repeats = len(table) - len(pc.unique(table.column("observation_id")))
            hit = table.slice(0, keep + repeats)
        else:
            hit = table.filter(pc.is_in(table.column("observation_id"), value_set=wanted))
        for row in hit.to_pylist():
            if row["observation_id"] in seen:
                continue
            seen.add(row["observation_id"])
            rows.append({str(k): str(v) for k, v in row.items()})
            if len(rows) >= keep:
                return rows
    return rows


def diff_files(
    old: Path | JoinedCsv | None,
    new: Path | JoinedCsv,
    old_label: str,
    new_label: str,
    keep: int = 200,
    ranges: tuple[Ranges, Ranges] | None = None,
) -> VersionDiff:
    """``diff_frames`` of two published observations CSVs of any size, streamed: the same
    counts, and the first ``keep`` rows of each list (what ``render_markdown`` shows).

    Memory does not grow with the versions: each is read once, its ids (with a hash of the
    rest of each row and the row's number) spread over buckets by a hash of the id and
    written to a temporary folder, then the buckets are compared one at a time. Ids are
    compared exactly, as text (the hash only chooses the bucket, so two ids with the same
    hash are still told apart); the other cells of a row through a 64-bit hash of them (rows
    whose hashes differ always differ; two different rows with the same hash, about one
    chance in 10^19 per row, would be missed).

    ``ranges`` (old's, new's): the byte ranges of the records to compare, when every other
    record of one version is, byte for byte, a record of the other and ids are unique in
    both (``publish.csvsplit.unchanged_ranges``: the pieces the versions share are left
    out). The result is the same as comparing the whole files: the rows left out are the
    same rows on both sides, and the rows read keep their order."""
    import pyarrow as pa

    result = VersionDiff(old_label, new_label)
    new_header = csv_header(new)
    old_header = csv_header(old) if old is not None else []
    columns = [c for c in new_header if c in old_header and c != "observation_id"]
    if old is None or "observation_id" not in old_header:  # all added: no ids kept
        result.totals = {"added": _count_ids(new), "removed": 0, "changed": 0}
        result.added = _first_rows(new, new_header, None, keep)
        return result
    old_read, new_read = ranges if ranges is not None else (None, None)
    found = _Found(keep)
    with _scratch() as folder:
        buckets = _buckets(_size(old, old_read), _size(new, new_read))
        new_side = _spill(new, columns, buckets, folder / "new", new_read)
        old_side = _spill(old, columns, buckets, folder / "old", old_read)
        for bucket in range(buckets):
            found.bucket(old_side.read(bucket), new_side.read(bucket))
    none = pa.array([], pa.string())
    result.totals = found.totals
    added = none if found.added is None else found.added.column("id")
    removed = none if found.removed is None else found.removed.column("id")
    result.added = _first_rows(new, new_header, added, keep, new_read)
    result.removed = _first_rows(old, old_header, removed, keep, old_read)
    shown = none if found.changed is None else found.changed
    before = {r["observation_id"]: r for r in _first_rows(old, old_header, shown, keep, old_read)}
    after = {r["observation_id"]: r for r in _first_rows(new, new_header, shown, keep, new_read)}
    for oid in shown.to_pylist():
        left, right = before[oid], after[oid]
        fields = {c: (left[c], right[c]) for c in columns if left[c] != right[c]}
        result.changed.append(Change(oid, fields, {c: right[c] for c in columns}))
    return result


def _records(frame: pd.DataFrame) -> list[dict[str, str]]:
    return [{str(k): str(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _versions(dataset_dir: Path) -> list[str]:
    from genero_etl.publish.versions import existing_versions

    return [".".join(map(str, v)) for v in existing_versions(dataset_dir)]


LISTED = 1_000  # rows of each list the ``diff`` command keeps (the counts are of all)


def diff_versions(
    dataset_dir: Path, old: str | None, new: str | None, keep: int = LISTED
) -> VersionDiff:
    """``new`` defaults to the latest version, ``old`` to the one before ``new``.

    Compared by ``diff_files`` (the versions streamed into buckets on disk, memory bounded
    whatever their size): every change is counted, and the first ``keep`` of each list are
    kept (added and removed in file order, changed by id, as ``diff_frames`` lists them)."""
    versions = _versions(dataset_dir)
    if not versions:
        raise NothingToDo("diff-no-versions", path=str(dataset_dir))
    for label in (old, new):
        if label is not None and label not in versions:
            raise UsageError(
                "diff-unknown-version", version=label, known=", ".join(versions) or "-"
            )
    new = new or versions[-1]
    if old is None:
        before = [v for v in versions if versions.index(v) < versions.index(new)]
        if not before:
            raise UsageError("diff-no-previous", version=new, known=", ".join(versions))
        old = before[-1]
    from genero_etl.publish.csvtable import table_csv

    # a version holds its whole CSV or (above the piece limit, since 2026-12-04) its pieces
    tables = [table_csv(dataset_dir / v) or dataset_dir / v / "data" / "observations.csv"
              for v in (old, new)]  # fmt: skip
    return diff_files(tables[0], tables[1], old, new, keep)


def _summary_line(row: dict[str, str]) -> str:
    return " · ".join(f"{k}={row[k]}" for k in SHOWN if row.get(k))


def render_text(diff: VersionDiff, lang: str, limit: int = 50) -> str:
    counts = _counts(diff)
    out = [render_message("diff-summary", lang, old=diff.old, new=diff.new, **counts)]
    listed = (
        ("diff-added", diff.added, "+", "added"),
        ("diff-removed", diff.removed, "-", "removed"),
    )
    for code, rows, mark, key in listed:
        if rows:
            out.append(render_message(code, lang))
            out += [f"  {mark} {r['observation_id']} {_summary_line(r)}" for r in rows[:limit]]
            if counts[key] > min(limit, len(rows)):
                out.append(f"  … +{counts[key] - min(limit, len(rows))}")
    if diff.changed:
        out.append(render_message("diff-changed", lang))
        for c in diff.changed[:limit]:
            fields = "; ".join(f"{k}: {a!r} → {b!r}" for k, (a, b) in c.fields.items())
            out.append(f"  ~ {c.observation_id} {fields}")
        shown = min(limit, len(diff.changed))
        if counts["changed"] > shown:
            out.append(f"  … +{counts['changed'] - shown}")
    return "\n".join(out) + "\n"


def _counts(diff: VersionDiff) -> dict[str, int]:
    if diff.totals is not None:
        return dict(diff.totals)
    return {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)}


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(diff: VersionDiff, lang: str, limit: int = 200) -> str:
    old = diff.old or render_message("diff-none", lang)
    out = [
        f"## {diff.new} ← {old}",
        "",
        render_message("diff-markdown-counts", lang, **_counts(diff)),
        "",
    ]
    head = "| | observation_id | " + " | ".join(SHOWN) + " |"
    rule = "|---|---|" + "---|" * len(SHOWN)
    listed = [("+", r) for r in diff.added] + [("-", r) for r in diff.removed]
    if listed:
        out += [head, rule]
        for mark, r in listed[:limit]:
            cells = " | ".join(_md(r.get(k, "")) for k in SHOWN)
            out.append(f"| {mark} | {r['observation_id']} | {cells} |")
        if _listed(diff) > min(limit, len(listed)):
            out.append(f"\n… +{_listed(diff) - min(limit, len(listed))}")
        out.append("")
    if diff.changed:
        out += [
            "| observation_id | " + render_message("diff-markdown-fields", lang),
            "|---|---|---|---|",
        ]
        for c in diff.changed[:limit]:
            for k, (a, b) in c.fields.items():
                out.append(f"| {c.observation_id} | {k} | {_md(a)} | {_md(b)} |")
        shown = min(limit, len(diff.changed))
        if _counts(diff)["changed"] > shown:
            out.append(f"\n… +{_counts(diff)['changed'] - shown}")
        out.append("")
    return "\n".join(out) + "\n"


def _listed(diff: VersionDiff) -> int:
    counts = _counts(diff)
    return counts["added"] + counts["removed"]


def render(diff: VersionDiff, fmt: str, lang: str) -> str:
    if fmt == "json":
        return json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(diff, lang)
    return render_text(diff, lang)
