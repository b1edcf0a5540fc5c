"""The passes over a published CSV read it in small blocks (Arrow's streaming reader holds up
to 32 of them ahead): the cells read and the record ends found do not depend on the block
size, and a record longer than a block is still read whole."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pyarrow.csv as pacsv

from genero_etl.publish import pieces
from genero_etl.review import diff
from genero_etl.review.diff import csv_batches

LONG = 'una celda larga, con comas, "comillas"\ny un salto de línea ' * 40  # 2,440 chars


def _published_like(path: Path, rows: int = 300) -> list[list[str]]:
    """A CSV quoted as the writers quote it, with a long multi-line cell at rows 7 and 250."""
    records = []
    for i in range(rows):
        text = LONG if i in (7, 250) else f"fila {i}, simple"
        records.append([f"o{i:05d}", f"{i * 1.5}", text, "" if i % 3 else "MX"])
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(["observation_id", "value", "source_text", "country"])
        writer.writerows(records)
    return records


def _cells(tables: list, name: str) -> list[str]:
    return [c for t in tables for c in t.column(name).to_pylist()]


def test_cells_do_not_depend_on_the_block_size(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "observations.csv"
    records = _published_like(path)
    columns = ["observation_id", "source_text", "country"]
    whole = list(csv_batches(path, columns))  # 2 MB blocks: one batch
    assert len(whole) == 1
    monkeypatch.setattr(diff, "_BLOCK", 512)  # every block shorter than the long cell
    small = list(csv_batches(path, columns))
    assert len(small) > 1  # read again with larger blocks after the long record
    for name in columns:
        assert _cells(small, name) == _cells(whole, name)
    assert _cells(small, "observation_id") == [r[0] for r in records]
    assert _cells(small, "source_text")[7] == LONG
    assert _cells(small, "source_text")[250] == LONG
    assert _cells(small, "source_text")[8] == "fila 8, simple"
    assert _cells(small, "country")[:4] == ["MX", "", "", "MX"]
    expected = pacsv.read_csv(path).column("observation_id").to_pylist()
    assert _cells(small, "observation_id") == expected


def test_ranges_read_in_small_blocks(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "observations.csv"
    _published_like(path)
    ends, _ = pieces.record_ends(path)
    # records 5 to 9 (the long one among them) and 248 to 251: header row is ends[0]
    ranges = [(int(ends[5]), int(ends[10])), (int(ends[248]), int(ends[252]))]
    monkeypatch.setattr(diff, "_BLOCK", 256)
    ids = _cells(
        list(csv_batches(path, ["observation_id", "source_text"], ranges)), "observation_id"
    )
    assert ids == [f"o{i:05d}" for i in [*range(5, 10), *range(248, 252)]]


def test_record_ends_do_not_depend_on_the_block_size(tmp_path: Path) -> None:
    path = tmp_path / "observations.csv"
    records = _published_like(path)
    ends, lines = pieces.record_ends(path)
    assert len(ends) == len(records) + 1  # the header's end, then each record's
    data = path.read_bytes()
    assert ends[-1] == len(data)
    assert data[int(ends[7]) : int(ends[8])].decode("utf-8").startswith("o00007,10.5,")
    assert lines[8] - lines[7] == 41  # the long cell holds 40 line breaks
    for block in (97, 1000, 4096):  # blocks that end inside quoted cells
        parts = list(pieces.record_end_blocks(path, block))
        assert np.array_equal(np.concatenate([e for e, _ in parts]), ends)
        assert np.array_equal(np.concatenate([n for _, n in parts]), lines)
