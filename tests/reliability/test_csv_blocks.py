"""A big CSV ingested a block of rows at a time (``tabular/blocks.py``) stages what the
whole-file path stages: the same manifest (source record, issues, counts) and the same
part, byte for byte. Here on ``sesnsp_idm_2024.csv`` (SESNSP's municipal layout, 20 rows
of 12 months: 240 observations) with the threshold made tiny: the sheet's size class
(``layout.FULL_SCAN``) and header search (``layout.HEAD_SCAN``) made small on both sides,
so the file is read as a big one by each path, and blocks of a few rows."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.stage import SpilledStagedFile, load_manifest
from genero_etl.tabular import blocks, layout
from genero_etl.workspace import Workspace

SPREADSHEETS = Path(__file__).parent.parent / "fixtures" / "spreadsheets"
SESNSP = SPREADSHEETS / "sesnsp_idm_2024.csv"


def _stage(
    root: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, name: str, rows: int | None
) -> tuple[dict[str, str], list[SpilledStagedFile | None], list[int]]:
    """``data`` staged as ``raw/<name>`` (``rows``: the rows of a block, None: read whole);
    the sha256 of each staging file, and what the block path gave (None: declined)."""
    monkeypatch.setattr(layout, "FULL_SCAN", 3)
    monkeypatch.setattr(layout, "HEAD_SCAN", 2)
    monkeypatch.setattr(blocks, "BLOCK_LINES", None if rows is None else 0)
    monkeypatch.setattr(blocks, "BLOCK_ROWS", rows or blocks.BLOCK_ROWS)
    taken: list[SpilledStagedFile | None] = []
    made: list[int] = []  # blocks spilled by each call (removed once staged)
    real = blocks.ingest_blocks

    def kept(*args: object) -> object:
        staged = real(*args)  # type: ignore[arg-type]
        taken.append(staged)
        made.append(len(staged.spills) if staged is not None else 0)
        return staged

    monkeypatch.setattr(blocks, "ingest_blocks", kept)
    (root / "raw").mkdir(parents=True)
    (root / "raw" / name).write_bytes(data)
    result = ingest_paths([root / "raw"], Workspace(root), IngestOptions())
    assert [f.error for f in result.files] == [None]
    staging = root / ".genero-etl" / "staging"
    shas = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in staging.iterdir()}
    return shas, taken, made


@pytest.mark.parametrize(("rows", "blocks_made"), [(1, 8), (4, 3), (7, 2)])
def test_blocks_stage_the_bytes_of_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: int, blocks_made: int
) -> None:
    data = SESNSP.read_bytes()
    whole, none, _ = _stage(tmp_path / "whole", monkeypatch, data, SESNSP.name, None)
    assert none == []
    staged, taken, made = _stage(tmp_path / "blocks", monkeypatch, data, SESNSP.name, rows)
    (spilled,) = taken
    assert isinstance(spilled, SpilledStagedFile)
    # the first block holds the header's search rows and the facts' twelve: 14 rows
    assert made == [blocks_made]
    assert staged == whole
    ws = tmp_path / "blocks" / ".genero-etl" / "staging"
    (part,) = ws.glob("part-*.parquet")
    table = pq.read_table(part)
    assert table.num_rows == 240
    first = table.slice(0, 1).to_pylist()[0]  # Aguascalientes 1001, Feminicidio, January
    assert (first["source_locator"], first["value"], first["period_start"].isoformat()) == (
        "J2",
        3.0,
        "2024-01-01",
    )
    assert (first["municipality_code"], first["indicator_id"]) == ("01001", "femicidios")
    # value_raw's dictionary is in the order of its values' first cells month column by
    # month column (January's 3, 2, 1, 14, 24 ...), not row by row (3, 1, 2, 0, 14 ...),
    # as the whole file's build makes it
    raw = table.column("value_raw").chunk(0).dictionary.to_pylist()
    assert raw[:6] == ["3", "2", "1", "14", "24", "0"]
    assert len(raw) == 26
    assert not Path(spilled.folder).exists()  # the blocks are removed once staged


def _damaged(data: bytes) -> bytes:
    """The fixture with an unknown municipality code (1999) on the rows of two blocks, a
    cell that is no number ("n.d.") on three rows and a letter lost (U+FFFD) in the
    modality of two rows, written as UTF-8."""
    lines = data.decode("latin-1").splitlines()
    for row in (3, 19):
        cells = lines[row].split(",")
        cells[3] = "1999"
        lines[row] = ",".join(cells)
    for row, col in ((5, 9), (15, 11), (20, 20)):
        cells = lines[row].split(",")
        cells[col] = "n.d."
        lines[row] = ",".join(cells)
    for row in (2, 17):
        cells = lines[row].split(",")
        cells[8] = cells[8].replace("a", "\ufffd", 1)
        lines[row] = ",".join(cells)
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_issues_are_said_once_with_their_counts_summed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _damaged(SESNSP.read_bytes())
    whole, _, _ = _stage(tmp_path / "whole", monkeypatch, data, "idm.csv", None)
    staged, taken, made = _stage(tmp_path / "blocks", monkeypatch, data, "idm.csv", 3)
    assert isinstance(taken[0], SpilledStagedFile)
    assert made == [3]  # 15 rows (five blocks of 3 to hold the first 14), then 3 and 3
    assert staged == whole
    manifest = load_manifest(tmp_path / "blocks" / ".genero-etl" / "staging")
    (entry,) = manifest.files.values()
    codes = [i["code"] for i in entry["issues"]]
    assert codes == [
        "csv-dialect",
        "template-used",
        "place-code-unknown",  # once, at its first row (row 4), though in two blocks
        "table-text-damaged",
        "cell-not-number",
        "cell-not-number",
        "cell-not-number",
    ]
    unknown = entry["issues"][2]
    assert (unknown["source_locator"], "'1999'" in unknown["message_en"]) == ("D4", True)
    damaged = entry["issues"][3]["message_en"]
    assert damaged.startswith("24 values")  # two rows of 12 months, in two blocks
    assert entry["source"]["observations"] == 237  # 240 cells less the three "n.d."


def test_files_read_otherwise_are_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CSV no template reads (``spanish_excel.csv``: its table is inferred) and a sheet
    of no more rows than ``FULL_SCAN`` go the whole-file path, the block path declining
    before anything is staged."""
    data = (SPREADSHEETS / "spanish_excel.csv").read_bytes()
    _, taken, _ = _stage(tmp_path / "inferred", monkeypatch, data, "spanish_excel.csv", 1)
    assert taken == [None]
    short = b"\n".join(SESNSP.read_bytes().splitlines()[:4]) + b"\n"  # 3 rows under the header
    _, taken, _ = _stage(tmp_path / "short", monkeypatch, short, "idm.csv", 1)
    assert taken == [None]
