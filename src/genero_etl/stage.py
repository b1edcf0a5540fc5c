"""Staged data: what `ingest` found, per report: a JSON record and a Parquet table.

``<key>.json`` holds the source record and the quality issues; ``<key>.parquet`` the
observations, columnar, so a million-row spreadsheet stages as cheaply as a short report.
The Parquet file is written first and the JSON last, each atomically: a staged report
is complete when its JSON exists. Re-ingesting a report replaces both; a report that
fails to ingest leaves what was staged before untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.model import Issue, Observation, SourceRecord

if TYPE_CHECKING:
    import pyarrow as pa

STAGE_FORMAT = 2


@dataclass(slots=True)
class StagedFile:
    source: SourceRecord
    observations: list[Observation]
    issues: list[Issue]
    frame: pa.Table | None = field(default=None)  # columnar observations; wins over `observations`
    _table: pa.Table | None = field(default=None, repr=False)

    @property
    def count(self) -> int:
        return self.frame.num_rows if self.frame is not None else len(self.observations)

    def table(self) -> pa.Table:
        """The observations as an Arrow table with the published schema."""
        from genero_etl.publish.arrow import observations_table

        if self.frame is not None:
            return self.frame
        if self._table is None:
            self._table = observations_table(self.observations)
        return self._table

    def observation_list(self) -> list[Observation]:
        """The observations as objects (spreadsheets stage columnar: converted here, for library callers)."""
        if self.frame is None:
            return self.observations
        from genero_etl.publish.arrow import conform, table_rows

        out = []
        for row in table_rows(conform(self.frame, _observations_schema())):
            row["value"] = None if row["value"] == "" else float(str(row["value"]))
            row["confidence"] = float(str(row["confidence"]))
            row["approximate"] = row["approximate"] is True
            row["lower_bound"] = row["lower_bound"] is True
            row["quality_flags"] = [f for f in str(row["quality_flags"]).split(";") if f]
            out.append(Observation.from_dict(row))
        return out

    def indicator_counts(self) -> dict[str, int]:
        if self.frame is None:
            counts: dict[str, int] = {}
            for o in self.observations:
                counts[o.indicator_id] = counts.get(o.indicator_id, 0) + 1
            return counts
        import pyarrow.compute as pc

        result = pc.value_counts(self.frame.column("indicator_id").combine_chunks())
        return {str(item["values"]): int(item["counts"]) for item in result.to_pylist()}


def _observations_schema() -> dict[str, Any]:
    from genero_etl.publish.arrow import table_schema

    return table_schema("observations")


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename over the target.

    Readers never see a half-written file; ``durable`` also fsyncs, so the bytes survive
    a power cut (published files), which staged files, re-creatable by ingest, skip.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stage_key(source_file: str) -> str:
    return hashlib.sha1(source_file.encode("utf-8")).hexdigest()[:20]


def write_staged(staging: Path, staged: StagedFile) -> Path:
    import pyarrow.parquet as pq

    key = stage_key(staged.source.source_file)
    staging.mkdir(parents=True, exist_ok=True)
    parquet_path = staging / f"{key}.parquet"
    fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".parquet.tmp", dir=staging)
    os.close(fd)
    try:
        pq.write_table(staged.table(), tmp, compression="zstd")
        os.replace(tmp, parquet_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    record = {
        "format": STAGE_FORMAT,
        "source": staged.source.to_dict(),
        "issues": [i.to_dict() for i in staged.issues],
        "observations_file": parquet_path.name,
        "observations": staged.count,
    }
    path = staging / f"{key}.json"
    payload = json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    atomic_write_bytes(path, payload, durable=False)
    return path


def _read_record(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def read_staged(staging: Path) -> list[StagedFile]:
    """Every staged report, sorted by source file; observations come back columnar."""
    if not staging.is_dir():
        return []
    import pyarrow.parquet as pq

    staged = []
    for path in sorted(staging.glob("*.json")):
        record = _read_record(path)
        if record.get("format") != STAGE_FORMAT:
            continue  # staged by an older genero-etl: ingest again
        frame = pq.read_table(staging / record["observations_file"])
        staged.append(
            StagedFile(
                source=SourceRecord.from_dict(record["source"]),
                observations=[],
                issues=[Issue.from_dict(i) for i in record["issues"]],
                frame=frame,
            )
        )
    staged.sort(key=lambda s: s.source.source_file)
    return staged


def load_staged_tables(workspace: Path) -> dict[str, list[dict[str, object]]]:
    """The staged data as the published tables' rows (for `validate` with no path)."""
    from genero_etl.publish.arrow import table_rows
    from genero_etl.publish.tables import build_tables
    from genero_etl.workspace import Workspace

    ws = Workspace(workspace)
    tables = build_tables(read_staged(ws.staging), ws.schemas)
    return {name: table_rows(table) for name, table in tables.items()}
