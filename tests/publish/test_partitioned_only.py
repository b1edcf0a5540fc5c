"""A partitioned observations table: no whole-table Parquet, and publishing again reads only
the staged files whose rows are written (the others' CSV bytes copied, partitions linked)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.dataset as ds
import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import build as build_module
from genero_etl.publish import writers
from genero_etl.publish.build import PARTITION_ENV
from genero_etl.publish.package import publish
from genero_etl.publish.reuse import REUSE_ENV
from genero_etl.workspace import Workspace

from .files import folder_bytes

CHANGES = {
    "raw/cl_plan_equidad.txt": ("con 240 participantes", "con 241 participantes"),
    "raw/mx_juarez_avgm_2022.md": ("recibió 119 recomendaciones", "recibió 118 recomendaciones"),
}


def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(build_module, "ROW_GROUP_ROWS", 4)
    monkeypatch.setenv(PARTITION_ENV, "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _change(root: Path) -> None:
    for rel, (old, new) in CHANGES.items():
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")
    ws = Workspace(root)
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The rows of observations streamed to the writers, per publish."""
    rows: list[int] = []
    fan_out = build_module.fan_out

    def counted(batches: Iterable[pa.RecordBatch], consumers: list[Callable[..., None]]) -> None:
        def passing() -> Iterable[pa.RecordBatch]:
            for batch in batches:
                if "observation_id" in batch.schema.names:
                    rows[-1] += batch.num_rows
                yield batch

        fan_out(passing(), consumers)

    monkeypatch.setattr(build_module, "fan_out", counted)
    return rows


def test_a_partitioned_table_is_published_without_a_whole_table_parquet(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small(monkeypatch)
    first = publish(Workspace(staged_ws))
    assert not (first.path / "data/observations.parquet").exists()
    assert "data/observations.parquet" not in first.files
    assert (first.path / "data/observations.csv").is_file()
    assert (first.path / "data/sources.parquet").is_file()  # small tables keep theirs
    package = json.loads((first.path / "datapackage.json").read_text("utf-8"))
    paths = [r["path"] for r in package["resources"]]
    assert "data/observations.parquet" not in paths
    parts = sorted(p for p in paths if p.startswith("data/observations/"))
    on_disk = sorted(
        p.relative_to(first.path).as_posix()
        for p in (first.path / "data/observations").rglob("*.parquet")
    )
    assert parts == on_disk and len(parts) == 4  # AR 2024, CL, MX 2022, MX 2024
    assert "data/sources.parquet" in paths
    # the partitions hold every row of the CSV, no more
    csv = pcsv.read_csv(first.path / "data/observations.csv")
    dataset = ds.dataset(first.path / "data/observations", partitioning="hive")
    assert dataset.count_rows() == csv.num_rows == first.rows["observations"]
    readme = (first.path / "README.md").read_text("utf-8")
    assert "pd.read_parquet('data/observations')" in readme
    assert "data/observations.parquet" not in readme


def test_publishing_again_reads_only_the_changed_files(
    staged_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second and the last report changed: the first and third are neither read nor
    rendered (their CSV bytes copied in their place, their partitions linked), and the version
    equals one written from every row."""
    _small(monkeypatch)
    rows = _counting(monkeypatch)
    rows.append(0)
    first = publish(Workspace(staged_ws))
    assert rows[0] == first.rows["observations"]
    _change(staged_ws)
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(staged_ws, rebuilt)

    rows.append(0)
    again = publish(Workspace(staged_ws))
    monkeypatch.setenv(REUSE_ENV, "0")
    rows.append(0)
    full = publish(Workspace(rebuilt))
    assert again.version == full.version == "1.1.0"
    assert folder_bytes(again.path) == folder_bytes(full.path)

    csv = pcsv.read_csv(
        again.path / "data/observations.csv",
        convert_options=pcsv.ConvertOptions(column_types={"source_file": pa.string()}),
    )
    files = csv.column("source_file").to_pylist()
    changed = sum(1 for f in files if f.endswith(("cl_plan_equidad.txt", "juarez_avgm_2022.md")))
    assert 0 < changed < csv.num_rows
    assert rows[1] == changed  # only the two changed reports' rows were read
    assert rows[2] == csv.num_rows == full.rows["observations"]
    for value in (118.0, 241.0):
        assert csv.filter(pc.equal(csv.column("value"), value)).num_rows == 1
    unchanged = {
        "data/observations/country=AR/year=2024/part-0.parquet",
        "data/observations/country=MX/year=2024/part-0.parquet",
    }
    for rel in unchanged:
        assert (again.path / rel).stat().st_ino == (first.path / rel).stat().st_ino
        assert (again.path / rel).read_bytes() == (first.path / rel).read_bytes()
    for rel in ("data/observations/country=CL/year=2023/part-0.parquet",
                "data/observations/country=MX/year=2022/part-0.parquet"):  # fmt: skip
        assert (again.path / rel).stat().st_ino != (first.path / rel).stat().st_ino
        assert (again.path / rel).read_bytes() != (first.path / rel).read_bytes()
