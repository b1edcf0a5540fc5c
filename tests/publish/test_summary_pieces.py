"""README.md's figures kept per CSV piece (``publish.summaries``): the figures of the whole
CSV, and a publish again that reads only the pieces that changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import summaries
from genero_etl.publish.csvsplit import PIECE_ENV, table_csv
from genero_etl.publish.csvtable import JoinedCsv
from genero_etl.publish.package import publish
from genero_etl.review.diff import csv_batches, csv_header
from genero_etl.review.docs import SUMMARISED, Summary, summarise
from genero_etl.workspace import Workspace

from .files import table_bytes

LIMIT_MB = 0.004  # 4,194 bytes: the four sample reports' CSV is several times that


def _change_first_report(ws: Workspace) -> None:
    """One number of the file published first, one digit longer: the first piece changes
    and the cuts after it move by a byte (until they fall on the same records again)."""
    path = ws.root / "raw" / "ar_lujan_informe_2024.txt"
    text = path.read_text(encoding="utf-8")
    assert "159" in text
    path.write_text(text.replace("159", "1590", 1), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def _change_last_report(ws: Workspace) -> None:
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def _whole(path: Path | JoinedCsv) -> Summary:
    header = csv_header(path)
    return summarise(csv_batches(path, [c for c in SUMMARISED if c in header]))


def test_pieces_figures_add_up_to_the_whole_csvs(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    ws = Workspace(staged_ws)
    first = publish(ws)
    csv = table_csv(first.path)  # the pieces read as one file: no whole CSV is kept
    assert csv is not None and not (first.path / "data" / "observations.csv").exists()
    pieces = [r for r in first.files if r.startswith("data/observations-csv/")]
    assert len(pieces) >= 4
    columns = [c for c in SUMMARISED if c in csv_header(csv)]
    store = summaries.store_path(ws.root)
    stored = json.loads(store.read_text(encoding="utf-8"))
    assert sorted(stored["pieces"]) == sorted(first.files[r][1] for r in pieces)
    again, read = summaries.observations_summary(
        ws.root, stored["environment"], csv, first.files, columns
    )
    assert read == 0  # every piece's figures from the store
    whole = _whole(csv)
    assert again == whole and whole.rows == first.rows["observations"]
    assert len(whole.countries) == 3 and whole.indicators.total() == whole.rows
    assert Summary.from_dict(json.loads(json.dumps(whole.to_dict()))) == whole
    # another environment: every piece read again
    _, read = summaries.observations_summary(ws.root, "other code", csv, first.files, columns)
    assert read == len(pieces)


@pytest.mark.parametrize("change", [_change_last_report, _change_first_report])
def test_publish_again_reads_only_new_pieces_and_writes_the_same_readme(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: object
) -> None:
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    change(ws)  # type: ignore[operator]
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    shutil.rmtree(other / ".genero-etl" / "cache")  # every kept result gone
    reads: list[int] = []
    real = summaries.observations_summary

    def spied(*args: object) -> tuple[Summary, int]:
        found = real(*args)  # type: ignore[arg-type]
        reads.append(found[1])
        return found

    monkeypatch.setattr(summaries, "observations_summary", spied)
    again = publish(ws)
    plain = publish(Workspace(other))
    old = {first.files[r][1] for r in first.files if r.startswith("data/observations-csv/")}
    new = [again.files[r][1] for r in again.files if r.startswith("data/observations-csv/")]
    assert reads == [len([s for s in new if s not in old]), len(new)]
    assert 1 <= reads[0] < reads[1]
    if change is _change_first_report:  # the first piece changed, later ones moved
        assert again.files["data/observations-csv/observations-00001.csv"] != first.files.get(
            "data/observations-csv/observations-00001.csv"
        )
    listed = sorted(r for r in again.files if r.startswith("data/observations-csv/"))
    assert listed == sorted(r for r in plain.files if r.startswith("data/observations-csv/"))
    for rel in ("README.md", "CHANGES.md", "datapackage.json", *listed):
        assert (again.path / rel).read_bytes() == (plain.path / rel).read_bytes(), rel
    assert table_bytes(again.path) == table_bytes(plain.path)
    readme = (again.path / "README.md").read_text(encoding="utf-8")
    rows = again.rows["observations"]
    assert (
        rows == 42
        and f"| observations | `{listed[0]}` … `observations-{len(listed):05d}"
        f".csv` ({len(listed)}) | {rows} |"
        in readme
    )
    assert "- Municipios / municipalities (4): Jocotepec (14050), Juárez (08037)" in readme
    assert "- automatic: 42" in readme
