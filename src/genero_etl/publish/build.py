"""The build step: staged data -> typed table streams -> files, in bounded memory.

``build`` gives the four tables (as record-batch streams, see ``tables.TableStream``) with
their schemas and what the data cover (periods, places, themes) for the portals' metadata;
``render`` streams them into the files of every registered format in a folder it is given.
From ``partition_rows()`` observations, ``render`` writes their Parquet as a hive-partitioned
dataset (``data/observations/country=MX/year=2024/part-0.parquet``) that DuckDB, Spark or
polars read as one table, instead of one whole-table file (the whole CSV is still written).
``publish.package`` names the folder; portals describe it.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.knowledge import Knowledge
from genero_etl.publish.tables import TABLES, TableStream, build_streams, part_tables
from genero_etl.publish.writers import (
    ROW_GROUP_ROWS,
    WRITERS,
    AppendOnlyFile,
    Writer,
    documented_schema,
    fan_out,
)

if TYPE_CHECKING:
    import datetime as dt

    import pyarrow as pa

    from genero_etl.publish.csvcopy import Plan
    from genero_etl.publish.dupcache import Memo
    from genero_etl.stage import StagedFile
    from genero_etl.workspace import DatasetConfig


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the published observations cover, read from the data, never configured."""

    start: str = ""  # first period_start, ISO date
    end: str = ""  # last period_end, ISO date
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2
    admin1: tuple[str, ...] = ()  # ISO 3166-2
    themes: tuple[str, ...] = ()  # indicator themes with at least one value

    @property
    def temporal(self) -> str:
        """ISO 8601 interval ``start/end``, or '' without dated values."""
        return f"{self.start}/{self.end}" if self.start and self.end else ""

    @property
    def spatial(self) -> list[str]:
        """The most precise common description: the ISO 3166-2 subdivisions, else countries."""
        return list(self.admin1 or self.countries)


PARTITION_ROWS = 1_000_000  # observations from which the Parquet is the partitioned dataset
PARTITION_ENV = "GENERO_ETL_PARTITION_ROWS"  # overrides PARTITION_ROWS (0: never)
PARTITION_DIR = "data/observations"  # hive-style: country=XX/year=YYYY/part-0.parquet
PARTITION_KEYS = ("country", "year")  # year: of period_start


def partition_rows() -> int:
    """How many observations make a table large enough to be partitioned (0: never)."""
    configured = os.environ.get(PARTITION_ENV, "").strip()
    return int(configured) if configured.isdigit() else PARTITION_ROWS


@dataclass(slots=True)
class Built:
    tables: dict[str, TableStream]
    schemas: dict[str, dict[str, Any]]
    coverage: Coverage


@dataclass(slots=True)
class Release:
    """One published version as the portals see it: its metadata and its files."""

    config: DatasetConfig
    version: str
    package: dict[str, Any]  # the datapackage.json descriptor
    coverage: Coverage
    issued: str  # when the dataset was first published (first version's ``created``)
    modified: str  # this version's ``created``
    files: dict[str, tuple[int, str]] = field(default_factory=dict)  # rel -> (bytes, sha256)


def build(
    staged: list[StagedFile],
    knowledge: Knowledge | None = None,
    memo: Memo | None = None,
    *,
    covered: bool = True,
) -> Built:
    """The tables as streams; ``covered=False`` leaves ``coverage`` empty for the caller
    (``publish.scans`` finds it in the pass the gates make)."""
    knowledge = knowledge or Knowledge.shipped()
    tables = build_streams(staged, knowledge, memo)
    schemas = {name: knowledge.table_schema(name) for name in TABLES}
    if not covered:
        return Built(tables, schemas, Coverage())
    parts = part_tables(tables["observations"].parts, _COVERED)
    return Built(tables, schemas, coverage_of(parts))


def observations_coverage(built: Built) -> Coverage:
    """What the observations cover, read from the staged parts (``build``'s pass)."""
    return coverage_of(part_tables(built.tables["observations"].parts, _COVERED))


_COVERED = ["period_start", "period_end", "country", "admin1", "theme"]


def coverage(observations: pa.Table) -> Coverage:
    return coverage_of([observations])


def coverage_of(parts: Iterable[pa.Table]) -> Coverage:
    """Periods, places and themes of observation tables, chunk by chunk (dictionaries kept)."""
    import pyarrow.compute as pc

    starts: list[dt.date] = []
    ends: list[dt.date] = []
    seen: dict[str, set[str]] = {"country": set(), "admin1": set(), "theme": set()}
    for part in parts:
        if part.num_rows == 0:
            continue
        starts.append(pc.min(part.column("period_start")).as_py())
        ends.append(pc.max(part.column("period_end")).as_py())
        for name, values in seen.items():
            for chunk in part.column(name).chunks:
                values.update(str(v) for v in pc.unique(chunk).to_pylist() if v not in (None, ""))
    if not starts:
        return Coverage()
    start = min((d for d in starts if d), default=None)
    end = max((d for d in ends if d), default=None)
    return Coverage(
        start=start.isoformat() if start else "",
        end=end.isoformat() if end else "",
        countries=tuple(sorted(seen["country"])),
        admin1=tuple(sorted(seen["admin1"])),
        themes=tuple(sorted(seen["theme"] - {"sin_clasificar"})),
    )


def partitioned(stream: TableStream) -> bool:
    """Whether the observations of ``stream`` are published as the partitioned dataset (and
    then not as one whole-table Parquet file)."""
    threshold = partition_rows()
    return bool(threshold) and stream.num_rows >= threshold


def render(
    built: Built,
    folder: Path,
    kept: dict[str, Kept] | None = None,
    csv_plan: Plan | None = None,
    only: set[int] | None = None,
) -> dict[str, tuple[int, str]]:
    """Write ``data/<table>.<format>`` for every table and registered writer into ``folder``
    (a large observations table as the partitioned dataset instead of one Parquet file, next
    to its whole CSV); ``rel -> (bytes, sha256)``.

    Text cells that a spreadsheet would run as a formula are neutralised first. Each table's
    batches are made once and streamed to every format side by side; every file is fsynced.
    A partition in ``kept`` is not written: the previous version's file is linked in its
    place (``publish.reuse``); with ``csv_plan``, the observations CSV copies the bytes of
    the files the previous version holds (``publish.csvcopy``). With ``only`` (a partitioned
    table with ``csv_plan``), only those staged files' rows are read and typed: every other
    file's CSV bytes are copied and its partitions are all in ``kept``."""
    files: dict[str, tuple[int, str]] = {}
    for name in TABLES:
        stream, schema = built.tables[name], built.schemas[name]
        owned = name == "observations" and csv_plan is not None  # batches with their files
        split = name == "observations" and partitioned(stream)
        consumers: list[Callable[[Iterable[pa.RecordBatch]], None]] = []
        for fmt, writer in WRITERS.items():
            rel = f"data/{name}.{fmt}"
            if split and not writer.tabular:
                continue  # the partitioned dataset is the table's Parquet
            if owned and fmt == "csv" and csv_plan is not None:
                writer = Writer(fmt, writer.mediatype, csv_plan.write, writer.tabular)
                write = csv_plan.write_joined if csv_plan.joins else _write_file
                consumers.append(partial(write, writer, stream.arrow, schema, folder, rel, files))
                continue
            consume = partial(_write_file, writer, stream.arrow, schema, folder, rel, files)
            consumers.append(partial(_stripped, consume, stream.arrow) if owned else consume)
        if split:
            partitions = partial(_write_partitions, stream.arrow, schema, folder, files)
            partitions = partial(partitions, kept=kept or {})
            consumers.append(partial(_stripped, partitions, stream.arrow) if owned else partitions)
        chosen = only if split and owned else None
        fan_out(stream.batches(safe=True, owners=owned, only=chosen), consumers)
    return dict(sorted(files.items(), key=lambda item: (item[0].count("/"), item[0])))


def _stripped(
    consume: Callable[[Iterable[pa.RecordBatch]], None],
    arrow: pa.Schema,
    batches: Iterable[pa.RecordBatch],
) -> None:
    """``consume`` the batches without their last column (``tables.OWNER``)."""
    import pyarrow as pa

    consume(pa.RecordBatch.from_arrays(b.columns[:-1], schema=arrow) for b in batches)


def _write_file(
    writer: Writer,
    arrow: pa.Schema,
    schema: dict[str, Any],
    folder: Path,
    rel: str,
    files: dict[str, tuple[int, str]],
    batches: Iterable[pa.RecordBatch],
) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        sink = HashingSink(handle)
        writer.write(batches, arrow, schema, sink)
        files[rel] = sink.finish()


def write_partitions(
    stream: TableStream, schema: dict[str, Any], folder: Path
) -> dict[str, tuple[int, str]]:
    """Observations as a hive-partitioned Parquet dataset by country and year of
    ``period_start`` (a missing one: ``__HIVE_DEFAULT_PARTITION__``), rows in table order."""
    files: dict[str, tuple[int, str]] = {}
    _write_partitions(stream.arrow, schema, folder, files, stream.batches(safe=True))
    return dict(sorted(files.items()))


_ASIDE = itertools.count()  # names of the files of rows set aside
WAITING_ROWS = 4  # row groups' worth of rows waiting in memory, over all partitions


def _write_partitions(
    arrow: pa.Schema,
    schema: dict[str, Any],
    folder: Path,
    files: dict[str, tuple[int, str]],
    batches: Iterable[pa.RecordBatch],
    kept: dict[str, Kept] | None = None,
) -> None:
    """The partition columns live in the path, not in the files, as hive readers expect. One
    writer per partition stays open; its rows wait until a row group of exactly
    ``ROW_GROUP_ROWS`` of them is full, so a partition's bytes depend on its own rows only.
    When too many rows wait, those of the partition holding most are set aside on disk
    (Arrow IPC, in a scratch folder removed at the end) until its row group is full. A
    partition in ``kept`` is skipped, and the previous version's file linked instead."""
    import pyarrow.compute as pc

    kept = kept or {}
    keep = [f.name for f in arrow if f.name != "country"]
    documented = documented_schema(arrow.remove(arrow.get_field_index("country")), schema)
    spill = folder / ".partitions-waiting"
    parts: dict[str, _Partition] = {}
    waiting = 0
    try:
        for batch in batches:
            countries, years = partition_labels(
                batch.column("country"), batch.column("period_start")
            )
            for country in pc.unique(countries).to_pylist():
                in_country = pc.equal(countries, country)
                for year in pc.unique(pc.filter(years, in_country)).to_pylist():
                    rel = partition_rel(country, year)
                    if rel in kept:
                        continue
                    rows = batch.filter(pc.and_(in_country, pc.equal(years, year))).select(keep)
                    part = parts.get(rel)
                    if part is None:
                        part = parts[rel] = _Partition(folder / rel, documented, spill)
                    waiting += part.add(rows)
            while waiting > WAITING_ROWS * ROW_GROUP_ROWS:
                waiting -= max(parts.values(), key=lambda p: p.in_memory).set_aside()
        for rel, part in parts.items():
            part.close()
            files[rel] = file_digest(part.path)
    finally:
        shutil.rmtree(spill, ignore_errors=True)
    for rel, source in sorted(kept.items()):
        place(source, folder / rel)
        files[rel] = (source.size, source.sha256)


class _Partition:
    """One partition file, written in row groups of exactly ``ROW_GROUP_ROWS`` rows (the last
    fewer), each one chunk: the bytes depend on the partition's rows only, not on how the
    batches that brought them were cut."""

    def __init__(self, path: Path, schema: pa.Schema, spill: Path) -> None:
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.schema = schema
        self.writer = pq.ParquetWriter(str(path), schema, compression="zstd")
        self.pending: list[pa.RecordBatch] = []
        self.in_memory = 0  # rows of ``pending``
        self.aside: list[Path] = []  # IPC files of rows set aside, in order
        self.count = 0  # rows waiting in all (in memory and aside)
        self.spill = spill

    def add(self, batch: pa.RecordBatch) -> int:
        """Queue rows (full row groups are written); the change in rows waiting in memory."""
        before = self.in_memory
        self.pending.append(batch)
        self.in_memory += batch.num_rows
        self.count += batch.num_rows
        if self.count >= ROW_GROUP_ROWS:
            self._write(final=False)
        return self.in_memory - before

    def set_aside(self) -> int:
        """Move the rows waiting in memory to a file; how many they were."""
        import pyarrow as pa

        moved = self.in_memory
        if moved:
            self.spill.mkdir(parents=True, exist_ok=True)
            path = self.spill / f"{next(_ASIDE)}.arrow"
            with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, self.schema) as out:
                for batch in self.pending:
                    out.write_batch(batch.cast(self.schema))
            self.aside.append(path)
            self.pending, self.in_memory = [], 0
        return moved

    def _write(self, *, final: bool) -> None:
        """Write every full row group waiting (and, ``final``, the rest); keep the rest."""
        import pyarrow as pa

        tables = []
        for path in self.aside:
            with pa.memory_map(str(path)) as source:
                tables.append(pa.ipc.open_file(source).read_all().combine_chunks())
            path.unlink()
        self.aside = []
        tables += [pa.Table.from_batches([b]).cast(self.schema) for b in self.pending]
        waiting = pa.concat_tables(tables) if tables else self.schema.empty_table()
        start = 0
        while waiting.num_rows - start >= ROW_GROUP_ROWS or (final and start < waiting.num_rows):
            size = min(ROW_GROUP_ROWS, waiting.num_rows - start)
            group = waiting.slice(start, size).combine_chunks()
            self.writer.write_table(group, row_group_size=size)
            start += size
        rest = waiting.slice(start).combine_chunks()
        self.pending = rest.to_batches() if rest.num_rows else []
        self.in_memory = self.count = int(rest.num_rows)

    def close(self) -> None:
        self._write(final=True)
        self.writer.close()


HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"  # the hive (Spark, DuckDB, polars) name for a null


@dataclass(frozen=True, slots=True)
class Kept:
    """A partition file of the previous version that this version reuses."""

    path: Path  # the previous version's file
    size: int
    sha256: str


def partition_labels(countries: pa.Array, starts: pa.Array) -> tuple[pa.Array, pa.Array]:
    """Each row's partition: country and year of ``period_start`` as text (hive's null name
    for a missing one), exactly as the partition writer names the folders."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(countries.type):
        countries = countries.cast(countries.type.value_type)
    country = pc.fill_null(countries.cast(pa.string()), HIVE_NULL)
    year = pc.fill_null(pc.year(starts).cast(pa.string()), HIVE_NULL)
    return country, year


def partition_rel(country: str, year: str) -> str:
    return f"{PARTITION_DIR}/country={country}/year={year}/part-0.parquet"


def place(source: Kept, target: Path) -> None:
    """The previous version's file at ``target``: a hard link, or a copy (fsynced)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source.path, target)
    except OSError:
        shutil.copyfile(source.path, target)
        with open(target, "rb") as handle:
            os.fsync(handle.fileno())


_PARTITION = re.compile(r"^(\w+)=(.*)$")


def partition_resources(
    files: dict[str, tuple[int, str]], schema: dict[str, Any]
) -> list[dict[str, Any]]:
    """Data Package resources of the partition files: ``file`` resources with bytes and
    hash (like a small table's Parquet), each naming its partition."""
    resources = []
    for rel in sorted(r for r in files if r.startswith(PARTITION_DIR + "/")):
        found = [_PARTITION.match(segment) for segment in rel.split("/")[2:-1]]
        keys = {m.group(1): m.group(2) for m in found if m is not None}
        values = [keys.get(k, "") for k in PARTITION_KEYS]
        label = "-".join(v if v != "__HIVE_DEFAULT_PARTITION__" else "sin-dato" for v in values)
        size, sha = files[rel]
        part = rel.rsplit("/", 1)[1].removesuffix(".parquet")
        resources.append(
            {
                "name": re.sub(r"[^a-z0-9.-]+", "-", f"observations-{label}-{part}".lower()),
                "path": rel,
                "profile": "data-resource",
                "type": "file",
                "format": "parquet",
                "mediatype": WRITERS["parquet"].mediatype,
                "title": f"{schema.get('title', 'observations')} ({', '.join(values)})",
                "description": (
                    "Partición de observations (Parquet, partición Hive por país y año de "
                    "period_start): las columnas country y year están en la ruta, no en el archivo."
                ),
                "bytes": size,
                "hash": f"sha256:{sha}",
                "partition": dict(zip(PARTITION_KEYS, values, strict=True)),
            }
        )
    return resources


_BLOCK = 16 * 1024**2  # what ``HashingSink.copy_range`` reads at a time


class HashingSink(AppendOnlyFile):
    """A binary file that hashes what is written to it, for its size and sha256 without
    reading it back (a whole national CSV is gigabytes); what pyarrow's writers need of a
    file object. ``close`` (a writer's, when it ends) leaves the file open for ``finish``."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.sha = hashlib.sha256()
        self.size = 0
        self.closed = False
        self._buffer: memoryview | None = None

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self.sha.update(view)
        self.handle.write(view)
        self.size += len(view)
        return len(view)

    def copy_range(self, source: Any, start: int, length: int) -> None:
        """Append ``length`` bytes of ``source`` (a binary file open for reading) from
        ``start``, hashed on the way, through one buffer of this sink used again for every
        block (a new block of bytes for each read made the system clear fresh memory again
        and again: a version published again copies gigabytes of the previous CSV)."""
        if self._buffer is None:
            self._buffer = memoryview(bytearray(_BLOCK))
        source.seek(start)
        left = length
        while left > 0:
            block = self._buffer[: min(_BLOCK, left)]
            got = source.readinto(block)
            if not got:
                raise OSError(f"{source.name} is shorter than its stored rows")
            self.sha.update(block[:got])
            self.handle.write(block[:got])
            left -= got
        self.size += length

    def finish(self) -> tuple[int, str]:
        """The size and sha256 of what was written, the file fsynced."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        return self.size, self.sha.hexdigest()


def file_digest(path: Path) -> tuple[int, str]:
    """Size and sha256 of a written file, which is fsynced on the way."""
    sha = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
            size += len(chunk)
        os.fsync(handle.fileno())
    return size, sha.hexdigest()


def digest(files: dict[str, bytes]) -> dict[str, tuple[int, str]]:
    return {rel: (len(data), hashlib.sha256(data).hexdigest()) for rel, data in files.items()}
