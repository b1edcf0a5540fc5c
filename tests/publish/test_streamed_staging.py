"""Publish streams the staged parts (row group by row group, a pass at a time) and the files
it writes depend on the staged rows only, never on how staging holds them."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl import pipeline
from genero_etl.pipeline import IngestOptions
from genero_etl.publish import build as build_module
from genero_etl.publish import tables, writers
from genero_etl.publish.build import PARTITION_ENV, build, render
from genero_etl.publish.package import publish
from genero_etl.stage import (
    Located,
    StagedFile,
    StagedRows,
    StagingWriter,
    read_staged,
    streamable,
)
from genero_etl.workspace import Workspace

from .files import folder_bytes
from .staged import copy_staged


@pytest.fixture
def base(workspace: Path) -> StagedFile:
    """One real staged report (Luján), copied under other names, sizes and hashes."""
    path = Workspace(workspace).raw / "ar_lujan_informe_2024.txt"
    return pipeline.extract_document(path, "raw/ar_lujan_informe_2024.txt", IngestOptions())


def _files(base: StagedFile) -> list[StagedFile]:
    rows = base.table().num_rows
    assert rows >= 12
    # two files of the same rows under other hashes: their values are flagged duplicates
    return [
        copy_staged(base, f"raw/informe_{i}.txt", size, sha)
        for i, (size, sha) in enumerate(
            [(rows, "a" * 64), (rows, "b" * 64), (5, "c" * 64), (rows - 3, "d" * 64), (0, "e" * 64)]
        )
    ]


def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches, row groups and the partition threshold small enough for these few rows."""
    monkeypatch.setattr(tables, "BATCH_ROWS", 7)
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 14)
    monkeypatch.setattr(build_module, "ROW_GROUP_ROWS", 14)
    monkeypatch.setenv(PARTITION_ENV, "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def test_published_bytes_do_not_depend_on_the_staging_layout(
    tmp_path: Path, base: StagedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_batches(monkeypatch)
    one = Workspace(tmp_path / "one")
    writer = StagingWriter(one.staging)
    for staged in _files(base):
        writer.add(staged)
    writer.commit()
    # the same files in another order, two per part, one of them staged again later: other
    # parts, other offsets, superseded rows left in a part
    many = Workspace(tmp_path / "many")
    writer = StagingWriter(many.staging, batch_files=2)
    for staged in reversed(_files(base)):
        writer.add(staged)
        if writer.full:
            writer.commit()
    writer.commit()
    writer.add(_files(base)[1])
    writer.commit()
    assert len(list(one.staging.glob("part-*"))) == 1
    assert len(list(many.staging.glob("part-*"))) >= 3
    first, second = publish(one), publish(many)
    assert first.rows == second.rows and first.rows["observations"] > 14
    written = folder_bytes(first.path)
    assert written == folder_bytes(second.path)
    assert any(rel.startswith("data/observations/country=") for rel in written)
    assert "data/observations.parquet" not in written  # partitioned: the dataset instead
    total, flags = 0, []
    for rel in sorted(r for r in written if r.startswith("data/observations/country=")):
        parquet = pq.ParquetFile(first.path / rel)
        groups = [
            parquet.metadata.row_group(i).num_rows for i in range(parquet.metadata.num_row_groups)
        ]
        rows = parquet.metadata.num_rows
        assert groups == [14] * (rows // 14) + ([rows % 14] if rows % 14 else [])
        total += rows
        flags += parquet.read(columns=["quality_flags", "source_file"]).to_pylist()
    assert total == first.rows["observations"]
    flagged = {r["source_file"] for r in flags if "duplicate_value" in (r["quality_flags"] or "")}
    assert {"raw/informe_0.txt", "raw/informe_1.txt"} <= flagged


def test_streamed_staging_writes_what_the_tables_in_memory_write(
    tmp_path: Path, base: StagedFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_batches(monkeypatch)
    ws = Workspace(tmp_path / "ws")
    writer = StagingWriter(ws.staging, batch_files=2)
    for staged in _files(base):
        writer.add(staged)
        if writer.full:
            writer.commit()
    writer.commit()
    views = read_staged(ws.staging)
    rows = streamable(views)
    assert rows is not None and rows.num_rows == sum(v.count for v in views)
    in_memory = [StagedFile(v.source, v.issues, frame=v.table()) for v in read_staged(ws.staging)]
    assert streamable(in_memory) is None
    streamed_built, memory_built = build(views), build(in_memory)
    assert isinstance(streamed_built.tables["observations"].parts, StagedRows)
    assert isinstance(memory_built.tables["observations"].parts, list)
    assert streamed_built.coverage == memory_built.coverage
    left, right = tmp_path / "streamed", tmp_path / "memory"
    assert render(streamed_built, left) == render(memory_built, right)
    assert folder_bytes(left) == folder_bytes(right)
    assert streamed_built.tables["observations"].num_rows == rows.num_rows


def test_staged_rows_read_ranges_across_row_groups_with_the_columns_asked(
    tmp_path: Path,
) -> None:
    path = tmp_path / "part-0123456789abcdef.parquet"
    table = pa.table({"n": list(range(20)), "word": [f"w{i}" for i in range(20)]})
    pq.write_table(table, path, row_group_size=4)  # five row groups
    other = tmp_path / "part-fedcba9876543210.parquet"
    pq.write_table(pa.table({"n": [100, 101, 102]}), other)  # no ``word`` column
    located = [
        Located(path, 2, 3),  # rows 2-4: two row groups
        Located(path, 5, 6),  # 5-10, joined to the range before: 2-10
        Located(other, 1, 2),
        Located(path, 17, 3),  # back to the first part, its last row group
    ]
    rows = StagedRows(located)
    assert [(r.offset, r.rows) for r in rows.ranges] == [(2, 9), (1, 2), (17, 3)]
    assert rows.num_rows == 14
    got = list(rows.tables(["word", "n"]))
    assert [t.num_rows for t in got] == [2, 4, 3, 2, 3]  # one table per row group touched
    assert [n for t in got for n in t.column("n").to_pylist()] == [
        *range(2, 11), 101, 102, 17, 18, 19,
    ]  # fmt: skip
    assert [t.column_names for t in got][2:4] == [["word", "n"], ["n"]]
    words = [w for t in got if "word" in t.column_names for w in t.column("word").to_pylist()]
    assert words == [f"w{i}" for i in [*range(2, 11), 17, 18, 19]]
    everything = pa.concat_tables(list(rows.tables())[:3])
    assert everything.column("word").to_pylist() == [f"w{i}" for i in range(2, 11)]


def test_a_range_lets_go_of_the_row_groups_it_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file's range holds one of its row groups at a time: the one it has passed is
    let go (a later file in it is read again), while a file of another part in between
    still finds the last row group held."""
    path = tmp_path / "part-0123456789abcdef.parquet"
    pq.write_table(pa.table({"n": list(range(20))}), path, row_group_size=4)
    other = tmp_path / "part-fedcba9876543210.parquet"
    pq.write_table(pa.table({"n": [100, 101, 102]}), other)
    reads: list[tuple[int, int]] = []  # (rows of the part, row group)
    original = pq.ParquetFile.read_row_group

    def counted(self: pq.ParquetFile, group: int, **kwargs: object) -> pa.Table:
        reads.append((self.metadata.num_rows, group))
        return original(self, group, **kwargs)

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", counted)
    located = [
        Located(path, 1, 14),  # rows 1-14: row groups 0 to 3
        Located(other, 0, 2),
        Located(path, 15, 1),  # row group 3 again: still held
        Located(path, 9, 2),  # row group 2: passed by the first range, read again
    ]
    seen = [n for t in StagedRows(located).tables(["n"]) for n in t.column("n").to_pylist()]
    assert seen == [*range(1, 15), 100, 101, 15, 9, 10]
    assert reads == [(20, 0), (20, 1), (20, 2), (20, 3), (3, 0), (20, 2)]


def test_exact_batches_cut_any_batches_into_the_same_sizes() -> None:
    schema = pa.schema([pa.field("n", pa.int64())])
    sizes = [3, 1, 9, 0, 2]
    batches, start = [], 0
    for size in sizes:
        batches.append(
            pa.record_batch([pa.array(range(start, start + size), pa.int64())], schema=schema)
        )
        start += size
    got = list(tables.exact_batches(batches, schema, 4))
    assert [b.num_rows for b in got] == [4, 4, 4, 3]
    assert [n for b in got for n in b.column(0).to_pylist()] == list(range(15))
