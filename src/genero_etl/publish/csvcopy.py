"""The observations CSV written from the previous version's bytes where its rows are unchanged.

A CSV row's bytes depend on that row only (its cells as text, quoted where needed), so the
observations CSV is its header and then, staged file by staged file in publish order, the
bytes of each file's rows. Each file has a *key*, the sha256 of everything that decides
those bytes:

- the environment, the Table Schema, the gates (minimum confidence and stored decisions):
  ``reuse._base``, as for the partitions;
- the file's rows: where they are in staging (the part, whose name is its content's sha256,
  the offset, the count) and its source sha256 (``tables.FileRows.name``);
- the file's observation ids flagged as duplicates across files (a flag depends on other
  files): those of its source sha256. A file whose compared rows carry another source
  sha256 than its own has no key (it is always written).

A publish writes every file's rows as before (rendered) unless the previous version holds
them: it stores, for each key, where the file's bytes are in its CSV
(``.genero-etl/cache/csv-rows/<dataset>.json``); the next publish copies those bytes from the
latest version's CSV for every file whose key is stored (the version and the CSV's size
checked) and renders the others. Rows of a copied file still flow past when a partition
they feed is written (they are not turned into text again); a copied file none of whose
partitions is written is not read at all (``Plan.needed``), and its bytes are copied in
their place all the same. Where rows are rendered, the byte length of each file's
rows is found from the record ends of what was rendered (a quoted line break is not an
end). ``GENERO_ETL_PARTITION_REUSE=0``: every row rendered (the same bytes).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.publish import reuse
from genero_etl.publish.csvtable import JoinedCsv, open_bytes, segments_of, size_of
from genero_etl.publish.tables import TableStream
from genero_etl.publish.writers import AppendOnlyFile

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

    from genero_etl.workspace import Workspace

_FORMAT = 1
_COPY = 16 * 1024**2


def store_path(ws: Workspace, dataset: str) -> Path:
    return ws.root / ".genero-etl" / "cache" / "csv-rows" / f"{dataset}.json"


@dataclass(slots=True)
class Plan:
    """Which files' bytes come from the previous version's CSV, and where this one's go."""

    keys: list[str | None]  # per file of the stream, in order (None: always rendered)
    previous: Path | JoinedCsv | None = None  # the latest version's observations CSV
    version: Path | None = None  # the latest version's folder
    kept: dict[int, tuple[int, int]] = field(default_factory=dict)  # file -> (start, length)
    spans: dict[int, list[int]] = field(default_factory=dict)  # file -> [start, end] written
    copied: int = 0  # files whose bytes were copied
    rendered: int = 0  # rows turned into text
    sound: bool = True  # every written file's span was found (else nothing is stored)

    def write(
        self,
        batches: Iterable[pa.RecordBatch],
        schema: pa.Schema,
        table_schema: dict[str, Any],
        path: Any,
    ) -> None:
        """The CSV of ``batches`` (with their ``OWNER`` column) at ``path`` (or into a binary
        file object, its position at 0): the bytes of ``stream_csv``, kept files copied from
        ``previous``."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.csv as pcsv

        from genero_etl.publish.writers import _csv_type, csv_batch

        text_schema = pa.schema([pa.field(f.name, _csv_type(f.type)) for f in schema])
        options = pcsv.WriteOptions(include_header=False, quoting_style="needed")
        header = io.BytesIO()
        pcsv.write_csv(
            text_schema.empty_table(),
            header,
            write_options=pcsv.WriteOptions(include_header=True, quoting_style="needed"),
        )
        kept = np.zeros(len(self.keys) + 1, dtype=bool)
        for index in self.kept:
            kept[index] = True
        below = np.cumsum(np.r_[0, kept[:-1]])  # kept files before each file
        order = sorted(self.kept)  # kept files, copied in order, whether their rows pass or not
        copied = 0  # how many of ``order`` are copied
        source = open_bytes(self.previous) if self.kept and self.previous else None

        def through(limit: int, at: int) -> int:
            """Copy the kept files before ``limit`` not copied yet (those whose rows were not
            read are copied all the same, in their place)."""
            nonlocal copied
            while copied < len(order) and order[copied] < limit:
                assert source is not None
                at = self._copy(source, out, order[copied], at)
                copied += 1
            return at

        try:
            opened = open(path, "wb") if isinstance(path, str | Path) else None  # noqa: SIM115
            with opened if opened is not None else contextlib.nullcontext(path) as out:
                out.write(header.getvalue())
                at = out.tell()
                for batch in batches:
                    if not batch.num_rows:
                        continue
                    owner = batch.column(batch.num_columns - 1).to_numpy(zero_copy_only=False)
                    rows = pa.RecordBatch.from_arrays(batch.columns[:-1], schema=schema)
                    marks = kept[owner]
                    # runs of rows rendered or copied, cut where a kept file lies between
                    group = below[owner] * 2 + marks
                    cuts = np.flatnonzero(group[1:] != group[:-1]) + 1
                    for start, end in zip(
                        [0, *cuts.tolist()], [*cuts.tolist(), batch.num_rows], strict=True
                    ):
                        files = owner[start:end]
                        at = through(int(files[0]), at)
                        if marks[start]:
                            at = through(int(files[-1]) + 1, at)
                            continue
                        data = io.BytesIO()
                        pcsv.write_csv(
                            csv_batch(rows.slice(start, end - start), text_schema),
                            data,
                            write_options=options,
                        )
                        text = data.getvalue()
                        out.write(text)
                        self._spans(files, text, at)
                        self.rendered += end - start
                        at += len(text)
                through(len(self.keys), at)
        finally:
            if source is not None:
                source.close()

    @property
    def joins(self) -> bool:
        """Whether the CSV is written joined (``build._write_joined``): bytes are kept from
        a previous version held as pieces alone, which are not copied but joined."""
        return isinstance(self.previous, JoinedCsv) and bool(self.kept) and reuse.enabled()

    def write_joined(self, *args: Any) -> None:
        """``write_joined`` with this plan (``build.render``'s consumer of the batches)."""
        write_joined(self, *args)

    def needed(self, members: dict[str, set[int]], kept: Iterable[str]) -> set[int]:
        """The files whose rows must be read: those rendered, and those with rows in a
        partition that is written (not in ``kept``); ``members``: each partition's files."""
        reused = set(kept)
        found = {i for i in range(len(self.keys)) if i not in self.kept}
        for rel, files in members.items():
            if rel not in reused:
                found |= files
        return found

    def regions(self) -> list[tuple[int, int, int]]:
        """The bytes of the CSV written that are the previous CSV's: ``(start, previous
        start, length)``, in order, adjacent ones joined."""
        found: list[tuple[int, int, int]] = []
        for index in sorted(self.kept):
            span = self.spans.get(index)
            if span is None or span[1] == span[0]:
                continue
            old, length = self.kept[index]
            if found and found[-1][0] + found[-1][2] == span[0] and sum(found[-1][1:]) == old:
                found[-1] = (found[-1][0], found[-1][1], found[-1][2] + length)
            else:
                found.append((span[0], old, length))
        return found

    def _copy(self, source: Any, out: Any, index: int, at: int) -> int:
        start, length = self.kept[index]
        if hasattr(out, "copy_range"):  # a ``build.HashingSink``: through its one buffer
            out.copy_range(source, start, length)
            self.spans[index] = [at, at + length]
            self.copied += 1
            return at + length
        source.seek(start)
        left = length
        while left > 0:
            block = source.read(min(_COPY, left))
            if not block:
                raise OSError(f"{self.previous} is shorter than its stored rows")
            out.write(block)
            left -= len(block)
        self.spans[index] = [at, at + length]
        self.copied += 1
        return at + length

    def _spans(self, files: np.ndarray, text: bytes, at: int) -> None:
        """Each file's bytes in ``text`` (rendered rows of ``files``, in order) from the
        record ends: a quoted line break is not one."""
        import numpy as np

        if files[0] == files[-1]:  # one file's rows (most batches of a large file)
            self.spans.setdefault(int(files[0]), [at, at])[1] = at + len(text)
            return
        data = np.frombuffer(text, dtype=np.uint8)
        newline = np.flatnonzero(data == 10)
        quote = np.flatnonzero(data == 34)
        if len(quote):
            newline = newline[np.searchsorted(quote, newline) % 2 == 0]
        if len(newline) != len(files):
            self.sound = False
            return
        ends = newline + 1 + at
        last = np.flatnonzero(np.r_[files[1:] != files[:-1], True])  # each file's last row
        first_at = at
        for row in last.tolist():
            span = self.spans.setdefault(int(files[row]), [first_at, first_at])
            span[1] = first_at = int(ends[row])


def plan(
    ws: Workspace, dataset_dir: Path, dataset: str, stream: TableStream, min_confidence: float
) -> Plan | None:
    """The keys of the stream's files and those the latest version holds (None: the files
    of the stream are not known, the CSV is written as before)."""
    from genero_etl.publish.versions import existing_versions

    files, seen = stream.files, stream.seen
    if files is None or seen is None:
        return None
    base = reuse._base(ws, stream, min_confidence)
    keys: list[str | None] = []
    for f in files:
        sha = f.name.rsplit(":", 1)[-1]
        if not seen.sources.get(f.name, frozenset()) <= {sha}:
            keys.append(None)
            continue
        digest = hashlib.sha256(f"{_FORMAT}\0{base}\0{f.name}\0".encode())
        for oid in sorted(seen.flagged.get(sha, [])):
            digest.update(oid.encode() + b"\0")
        keys.append(digest.hexdigest())
    result = Plan(keys)
    versions = existing_versions(dataset_dir)
    stored = reuse.read_store(store_path(ws, dataset), _FORMAT)
    if not versions or stored is None or not reuse.enabled():
        return result
    from genero_etl.publish.csvsplit import table_csv

    latest = ".".join(str(n) for n in versions[-1])
    previous = table_csv(dataset_dir / latest)  # its whole CSV or its pieces, the same bytes
    if previous is None:
        return result
    try:
        size = size_of(previous)
    except OSError:
        return result
    if stored.get("version") != latest or stored.get("bytes") != size:
        return result
    where = stored["files"]
    for index, key in enumerate(keys):
        found = where.get(key) if key is not None else None
        if isinstance(found, list) and len(found) == 2:
            start, length = int(found[0]), int(found[1])
            if start >= 0 and start + length <= size:
                result.kept[index] = (start, length)
    result.previous = previous
    result.version = dataset_dir / latest
    return result


def remember(
    ws: Workspace, dataset: str, version: str, written: Plan | None, csv_bytes: int
) -> None:
    """Store where each keyed file's bytes are in this version's CSV, for the next publish."""
    from genero_etl.stage import atomic_write_bytes

    path = store_path(ws, dataset)
    if written is None or not written.sound:
        path.unlink(missing_ok=True)
        return
    files = {
        key: [span[0], span[1] - span[0]]
        for index, key in enumerate(written.keys)
        if key is not None and (span := written.spans.get(index)) is not None
    }
    data = {"format": _FORMAT, "version": version, "bytes": csv_bytes, "files": files}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(data).encode("utf-8"), durable=False)


RENDERED = ".observations-rendered.csv"  # the rows a joined CSV rendered (``_write_joined``)


def write_joined(
    plan: Plan,
    writer: Any,
    arrow: pa.Schema,
    schema: dict[str, Any],
    folder: Path,
    rel: str,
    files: dict[str, tuple[int, str]],
    batches: Iterable[pa.RecordBatch],
) -> None:
    """The observations CSV of a version published again over one held as pieces: the rows
    rendered go to a scratch file, the bytes the previous version's CSV holds are not copied
    (``JoiningSink``), and the CSV is their join (``csvtable.written_as``), read by the
    pieces, the gate, CHANGES.md and README.md as the file would have been. Within the piece
    limit, the CSV is written whole as before (it is published as one file)."""
    from genero_etl.publish.build import HashingSink
    from genero_etl.publish.csvsplit import piece_limit
    from genero_etl.publish.csvtable import written_as

    path = folder / rel
    rendered = folder / RENDERED
    with open(rendered, "wb") as handle:
        sink = JoiningSink(handle, rendered, plan)
        writer.write(batches, arrow, schema, sink)
        handle.flush()
    table = sink.table(str(path))
    limit = piece_limit()
    if limit and table.size > limit:
        written_as(path, table)
        files[rel] = (table.size, "")  # not published: its pieces are, with their sha256
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle, table.open() as reading:
        whole = HashingSink(handle)
        while block := reading.read(_COPY):
            whole.write(block)
        files[rel] = whole.finish()
    rendered.unlink()


class JoiningSink(AppendOnlyFile):
    """What ``csvcopy.Plan.write`` writes, as a ``HashingSink`` takes it, but the bytes it
    copies from the previous version's CSV left where they are: the CSV is the runs of
    ``rendered`` (the bytes written) and of the previous CSV's files, in order (``table``)."""

    def __init__(self, handle: Any, rendered: Path, plan: Plan) -> None:
        if plan.previous is None:
            raise ValueError("a joined CSV needs the plan of the previous version's bytes")
        self.handle = handle
        self.rendered = rendered
        self.previous = plan.previous
        self.segments: list[tuple[Path, int, int]] = []
        self.size = 0
        self.written = 0  # bytes in ``rendered``
        self.closed = False

    def _add(self, path: Path, offset: int, length: int) -> None:
        if self.segments:
            last, at, size = self.segments[-1]
            if last == path and at + size == offset:
                self.segments[-1] = (last, at, size + length)
                return
        self.segments.append((path, offset, length))

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        if len(view):
            self.handle.write(view)
            self._add(self.rendered, self.written, len(view))
            self.written += len(view)
            self.size += len(view)
        return len(view)

    def copy_range(self, source: Any, start: int, length: int) -> None:
        """The previous CSV's ``length`` bytes from ``start``, in their place (not read)."""
        for path, offset, size in segments_of(self.previous, start, length):
            self._add(path, offset, size)
        self.size += length

    def table(self, name: str) -> JoinedCsv:
        return JoinedCsv(list(self.segments), name)
