"""Publishing again links the partitions whose inputs did not change, with the bytes a
full rebuild writes."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import build as build_module
from genero_etl.publish import writers
from genero_etl.publish.build import PARTITION_ENV
from genero_etl.publish.package import publish
from genero_etl.publish.reuse import REUSE_ENV, store_path
from genero_etl.publish.tables import TableStream
from genero_etl.workspace import Workspace

from .files import folder_bytes

LUJAN = "raw/ar_lujan_informe_2024.txt"


def _small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(build_module, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(build_module, "WAITING_ROWS", 1)  # rows set aside on disk too
    monkeypatch.setenv(PARTITION_ENV, "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _change_lujan(root: Path) -> None:
    path = root / LUJAN
    text = path.read_text(encoding="utf-8")
    assert "735 personas" in text
    path.write_text(text.replace("735 personas", "736 personas"), encoding="utf-8")
    ws = Workspace(root)
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def test_publish_again_links_unchanged_partitions_with_a_rebuild_s_bytes(
    staged_ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small(monkeypatch)
    first = publish(Workspace(staged_ws))
    partitions = sorted(r for r in first.files if r.startswith("data/observations/"))
    assert {p.split("/")[2] for p in partitions} == {"country=AR", "country=CL", "country=MX"}
    stored = json.loads(store_path(Workspace(staged_ws), first.dataset).read_text("utf-8"))
    assert stored["version"] == "1.0.0" and sorted(stored["files"]) == partitions
    _change_lujan(staged_ws)
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(staged_ws, rebuilt)

    again = publish(Workspace(staged_ws))
    monkeypatch.setenv(REUSE_ENV, "0")
    full = publish(Workspace(rebuilt))
    assert again.version == full.version == "1.1.0"
    assert folder_bytes(again.path) == folder_bytes(
        full.path
    )  # every file, datapackage.json included

    linked = {
        rel
        for rel in partitions
        if (again.path / rel).stat().st_ino == (first.path / rel).stat().st_ino
    }
    lujan = "data/observations/country=AR/year=2024/part-0.parquet"
    assert lujan in partitions and lujan not in linked
    assert linked == set(partitions) - {lujan}
    assert (again.path / lujan).read_bytes() != (first.path / lujan).read_bytes()
    assert all((full.path / rel).stat().st_nlink == 1 for rel in partitions)
    values = pq.read_table(again.path / lujan).column("value").to_pylist()
    assert 736.0 in values and 735.0 not in values
    # the store now names 1.1.0, so a third publish links from it
    stored = json.loads(store_path(Workspace(staged_ws), again.dataset).read_text("utf-8"))
    assert stored["version"] == "1.1.0"
    assert stored["files"][lujan]["sha256"] == again.files[lujan][1]


def test_a_decision_or_a_lost_store_writes_every_partition_again(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small(monkeypatch)
    ws = Workspace(staged_ws)
    first = publish(ws)
    partitions = sorted(r for r in first.files if r.startswith("data/observations/"))
    store_path(ws, first.dataset).unlink()
    _change_lujan(staged_ws)
    again = publish(ws)
    assert all(
        (again.path / rel).stat().st_ino != (first.path / rel).stat().st_ino for rel in partitions
    )
    # a stored decision (any) changes every key: nothing is linked from 1.1.0
    (staged_ws / ".genero-etl" / "decisions.json").write_text(
        json.dumps({"decisions": []}), encoding="utf-8"
    )
    _change_lujan_back(staged_ws)
    third = publish(ws)
    assert all(
        (third.path / rel).stat().st_ino != (again.path / rel).stat().st_ino for rel in partitions
    )


def _change_lujan_back(root: Path) -> None:
    path = root / LUJAN
    path.write_text(
        path.read_text(encoding="utf-8").replace("736 personas", "735 personas"), "utf-8"
    )
    ws = Workspace(root)
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def test_a_partition_s_bytes_depend_on_its_rows_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row groups of exactly ROW_GROUP_ROWS rows of the partition, whatever the other
    partitions hold and however the batches were cut, rows set aside on disk or not."""
    import datetime as dt

    from genero_etl.model.arrow import table_schema

    monkeypatch.setattr(build_module, "ROW_GROUP_ROWS", 4)
    schema = table_schema("observations")
    arrow = TableStream(schema, []).arrow

    def table(rows: list[tuple[str, str, float]]) -> pa.Table:
        cells = {
            "observation_id": [r[0] for r in rows],
            "country": [r[1] for r in rows],
            "period_start": [dt.date(2024, 1, 1)] * len(rows),
            "value": [r[2] for r in rows],
        }
        columns = {f.name: cells.get(f.name, [None] * len(rows)) for f in arrow}
        return pa.table(columns, schema=arrow)

    argentina = [(f"o{i}", "AR", float(i)) for i in range(11)]
    chile = [[(f"c{i}-{j}", "CL", 1.0 + j) for j in range(i % 3)] for i in range(11)]
    alone = table(argentina)
    mixed = table([row for i in range(11) for row in [argentina[i], *chile[i]]])
    got = {}
    for name, data, chunk, waiting in (
        ("alone", alone, 11, 4),
        ("alone-small", alone, 2, 4),
        ("mixed-aside", mixed, 3, 0),
    ):
        monkeypatch.setattr(build_module, "WAITING_ROWS", waiting)
        folder = tmp_path / name
        files: dict[str, tuple[int, str]] = {}
        batches = data.to_batches(max_chunksize=chunk)
        build_module._write_partitions(arrow, schema, folder, files, batches)
        got[name] = (folder / "data/observations/country=AR/year=2024/part-0.parquet").read_bytes()
        assert not (folder / ".partitions-waiting").exists()
        assert sorted(files) == sorted(
            f"data/observations/country={c}/year=2024/part-0.parquet"
            for c in ({"AR", "CL"} if name == "mixed-aside" else {"AR"})
        )
    parquet = pq.ParquetFile(io.BytesIO(got["alone"]))
    sizes = [parquet.metadata.row_group(i).num_rows for i in range(parquet.num_row_groups)]
    assert sizes == [4, 4, 3]
    assert parquet.read().column("value").to_pylist() == [float(i) for i in range(11)]
    assert got["alone"] == got["alone-small"] == got["mixed-aside"]


def test_where_links_fail_the_partition_is_copied_with_the_same_bytes(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    _small(monkeypatch)
    ws = Workspace(staged_ws)
    first = publish(ws)
    _change_lujan(staged_ws)

    def refuse(source: object, target: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", refuse)
    again = publish(ws)
    mexico = sorted(r for r in again.files if "country=MX" in r)
    assert mexico
    for rel in mexico:
        copied, original = again.path / rel, first.path / rel
        assert copied.stat().st_ino != original.stat().st_ino
        assert copied.read_bytes() == original.read_bytes()
        assert again.files[rel] == first.files[rel]


def test_keys_change_for_the_partition_of_a_new_duplicate_flag_only(staged_ws: Path) -> None:
    from genero_etl.knowledge import Knowledge
    from genero_etl.publish import reuse
    from genero_etl.publish.build import build
    from genero_etl.stage import read_staged_for_publish

    ws = Workspace(staged_ws)
    staged = read_staged_for_publish(ws, False)
    stream = build(staged, Knowledge.of(ws.schemas)).tables["observations"]
    before = reuse.keys(ws, staged, stream, 0.6)
    assert before is not None and len(before) >= 3
    assert reuse.keys(ws, staged, stream, 0.6) == before  # the same inputs, the same keys
    rows = next(stream.columns(["observation_id", "country", "period_start"])).to_pylist()
    row = next(r for r in rows if r["country"] == "MX")
    flagged_rel = reuse.partition_rel("MX", str(row["period_start"].year))
    stream.flagged = pa.array([row["observation_id"]], pa.string())
    after = reuse.keys(ws, staged, stream, 0.6)
    assert after is not None and sorted(after) == sorted(before)
    assert {rel for rel in before if before[rel] != after[rel]} == {flagged_rel}
    # the gates' settings count for every partition
    stream.flagged = None
    other = reuse.keys(ws, staged, stream, 0.7)
    assert other is not None and all(other[rel] != before[rel] for rel in before)
