"""The build step: staged data -> typed table streams -> files, in bounded memory.

``build`` gives the four tables (as record-batch streams, see ``tables.TableStream``) with
their schemas and what the data cover (periods, places, themes) for the portals' metadata;
``render`` streams them into the files of every registered format in a folder it is given.
Above ``partition_rows()`` observations, ``render`` also writes them as a hive-partitioned
Parquet dataset (``data/observations/country=MX/year=2024/part-0.parquet``) that DuckDB,
Spark or polars read as one table. ``publish.package`` names the folder; portals describe it.
"""

from __future__ import annotations

import hashlib
import os
import re
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
    Writer,
    documented_schema,
    fan_out,
)

if TYPE_CHECKING:
    import datetime as dt

    import pyarrow as pa

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


PARTITION_ROWS = 1_000_000  # observations from which the partitioned dataset is written too
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


def build(staged: list[StagedFile], knowledge: Knowledge | None = None) -> Built:
    knowledge = knowledge or Knowledge.shipped()
    tables = build_streams(staged, knowledge)
    schemas = {name: knowledge.table_schema(name) for name in TABLES}
    parts = part_tables(tables["observations"].parts, _COVERED)
    return Built(tables, schemas, coverage_of(parts))


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


def render(built: Built, folder: Path) -> dict[str, tuple[int, str]]:
    """Write ``data/<table>.<format>`` for every table and registered writer into ``folder``
    (and the partitioned dataset of a large observations table); ``rel -> (bytes, sha256)``.

    Text cells that a spreadsheet would run as a formula are neutralised first. Each table's
    batches are made once and streamed to every format side by side; every file is fsynced."""
    files: dict[str, tuple[int, str]] = {}
    threshold = partition_rows()
    for name in TABLES:
        stream, schema = built.tables[name], built.schemas[name]
        consumers: list[Callable[[Iterable[pa.RecordBatch]], None]] = []
        for fmt, writer in WRITERS.items():
            rel = f"data/{name}.{fmt}"
            consumers.append(partial(_write_file, writer, stream.arrow, schema, folder, rel, files))
        if name == "observations" and threshold and stream.num_rows >= threshold:
            consumers.append(partial(_write_partitions, stream.arrow, schema, folder, files))
        fan_out(stream.batches(safe=True), consumers)
    return dict(sorted(files.items(), key=lambda item: (item[0].count("/"), item[0])))


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
    writer.write(batches, arrow, schema, str(path))
    files[rel] = file_digest(path)


def write_partitions(
    stream: TableStream, schema: dict[str, Any], folder: Path
) -> dict[str, tuple[int, str]]:
    """Observations as a hive-partitioned Parquet dataset by country and year of
    ``period_start`` (a missing one: ``__HIVE_DEFAULT_PARTITION__``), rows in table order."""
    files: dict[str, tuple[int, str]] = {}
    _write_partitions(stream.arrow, schema, folder, files, stream.batches(safe=True))
    return dict(sorted(files.items()))


def _write_partitions(
    arrow: pa.Schema,
    schema: dict[str, Any],
    folder: Path,
    files: dict[str, tuple[int, str]],
    batches: Iterable[pa.RecordBatch],
) -> None:
    """The partition columns live in the path, not in the files, as hive readers expect. One
    writer per partition stays open; rows wait in memory only until a row group is full
    (and the largest waiting partition is written out when too many rows wait)."""
    import pyarrow.compute as pc

    keep = [f.name for f in arrow if f.name != "country"]
    documented = documented_schema(arrow.remove(arrow.get_field_index("country")), schema)
    parts: dict[tuple[str, str], _Partition] = {}
    waiting = 0
    for batch in batches:
        countries = pc.fill_null(batch.column("country"), _HIVE_NULL)
        years = pc.fill_null(pc.year(batch.column("period_start")).cast("string"), _HIVE_NULL)
        for country in pc.unique(countries).to_pylist():
            in_country = pc.equal(countries, country)
            for year in pc.unique(pc.filter(years, in_country)).to_pylist():
                rows = batch.filter(pc.and_(in_country, pc.equal(years, year))).select(keep)
                part = parts.get((country, year))
                if part is None:
                    rel = f"{PARTITION_DIR}/country={country}/year={year}/part-0.parquet"
                    part = parts[(country, year)] = _Partition(folder / rel, documented)
                waiting += part.add(rows)
        if waiting > 4 * ROW_GROUP_ROWS:
            waiting -= max(parts.values(), key=lambda p: p.count).flush()
    for part in parts.values():
        part.close()
        files[part.path.relative_to(folder).as_posix()] = file_digest(part.path)


_HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"  # the hive (Spark, DuckDB, polars) name for a null


class _Partition:
    """One partition file: batches gathered into row groups of ``ROW_GROUP_ROWS``."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        import pyarrow.parquet as pq

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.schema = schema
        self.writer = pq.ParquetWriter(str(path), schema, compression="zstd")
        self.pending: list[pa.RecordBatch] = []
        self.count = 0

    def add(self, batch: pa.RecordBatch) -> int:
        """Queue rows (a full row group is written); the change in rows waiting."""
        self.pending.append(batch)
        self.count += batch.num_rows
        if self.count >= ROW_GROUP_ROWS:
            return int(batch.num_rows) - self.flush()
        return int(batch.num_rows)

    def flush(self) -> int:
        """Write the waiting rows as one row group; how many they were."""
        import pyarrow as pa

        written = self.count
        if written:
            table = pa.Table.from_batches(self.pending).cast(self.schema)
            self.writer.write_table(table, row_group_size=written)
        self.pending, self.count = [], 0
        return written

    def close(self) -> None:
        self.flush()
        self.writer.close()


_PARTITION = re.compile(r"^(\w+)=(.*)$")


def partition_resources(
    files: dict[str, tuple[int, str]], schema: dict[str, Any]
) -> list[dict[str, Any]]:
    """Data Package resources of the partition files: ``file`` resources with bytes and
    hash (like the whole-table Parquet), each naming its partition."""
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
