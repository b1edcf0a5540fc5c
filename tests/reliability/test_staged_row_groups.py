"""A staged part is written a row group at a time through one ``pq.ParquetWriter`` and keeps
the bytes of one ``pq.write_table`` of the whole table: so rows made a block at a time can
be staged without holding the whole table (the first of the conditions of block-wise ingest
in docs/scale.md, "## Ingest of one big CSV traced")."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl import stage
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.stage import row_groups_of, write_row_groups
from genero_etl.workspace import Workspace

SESNSP = Path(__file__).parent.parent / "fixtures" / "spreadsheets" / "sesnsp_idm_2024.csv"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int) -> tuple[Path, pa.Table]:
    """``sesnsp_idm_2024.csv`` (SESNSP's municipal layout, 20 rows of 12 months: 240
    observations) ingested with row groups of ``rows`` rows; its part and the table it
    was written from."""
    monkeypatch.setattr(stage, "ROW_GROUP_ROWS", rows)
    written: list[pa.Table] = []
    unify = stage._unify

    def kept(tables: list[pa.Table]) -> tuple[pa.Table, list[int]]:
        table, order = unify(tables)
        written.append(table)
        return table, order

    monkeypatch.setattr(stage, "_unify", kept)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(SESNSP, raw / SESNSP.name)
    ws = Workspace(tmp_path)
    result = ingest_paths([raw], ws, IngestOptions())
    assert [(f.source_file, f.error) for f in result.files] == [(f"raw/{SESNSP.name}", None)]
    (part,) = ws.staging.glob("part-*.parquet")
    return part, written[0]


@pytest.mark.parametrize("rows", [7, 64, 1024 * 1024])
def test_a_part_written_a_row_group_at_a_time_has_the_bytes_of_one_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int
) -> None:
    part, table = _staged(tmp_path, monkeypatch, rows)
    assert table.num_rows == 240
    whole = tmp_path / "whole.parquet"
    pq.write_table(table, whole, compression="zstd", row_group_size=rows)
    assert _sha(part) == _sha(whole)
    assert part.name == f"part-{_sha(whole)[:16]}.parquet"
    assert pq.ParquetFile(part).metadata.num_row_groups == -(-240 // rows)  # 35, 4, 1


@pytest.mark.parametrize("block", [1, 5, 13, 240])
def test_blocks_gathered_into_row_groups_have_the_bytes_of_the_whole_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    part, table = _staged(tmp_path, monkeypatch, 64)  # four row groups: 64, 64, 64, 48
    table = table.combine_chunks()
    blocks = [table.slice(start, block) for start in range(0, table.num_rows, block)]
    gathered = tmp_path / "gathered.parquet"
    write_row_groups(table.schema, row_groups_of(blocks), gathered)
    assert _sha(gathered) == _sha(part)
    sizes = [pq.ParquetFile(gathered).metadata.row_group(i).num_rows for i in range(4)]
    assert sizes == [64, 64, 64, 48]
