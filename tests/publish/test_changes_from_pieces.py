"""CHANGES.md against a previous version reads only the CSV pieces the two versions do not
share, and says exactly what the comparison of the whole CSVs says."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish.csvsplit import PIECE_ENV, table_csv, unchanged_ranges
from genero_etl.publish.csvtable import JoinedCsv
from genero_etl.publish.package import publish
from genero_etl.review import diff
from genero_etl.review.diff import csv_batches, csv_header, diff_files
from genero_etl.review.docs import changes
from genero_etl.workspace import Workspace

from .files import table_bytes

LIMIT_MB = 0.004  # 4,194 bytes: the four sample reports' CSV is several times that


def _change_last_report(ws: Workspace) -> None:
    """One number of the file published last (same length): the pieces before its rows keep
    their bytes."""
    path = ws.root / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    assert "impactaron 18 recomendaciones" in text
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)


def test_changes_md_reads_the_pieces_not_shared_and_says_the_same(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    _change_last_report(ws)
    calls: list[tuple[object, object]] = []
    real = diff.diff_files

    def spied(*args: object, **kwargs: object) -> diff.VersionDiff:
        calls.append((args[0], kwargs.get("ranges")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(diff, "diff_files", spied)
    again = publish(ws)
    assert len(calls) == 1 and calls[0][1] is not None
    old_csv, new_csv = table_csv(first.path), table_csv(again.path)  # their pieces
    assert isinstance(old_csv, JoinedCsv) and isinstance(new_csv, JoinedCsv)
    # the ranges left to read: the rows of the pieces that changed, on each side
    ranges = unchanged_ranges(first.path, again.path, again.files)
    assert ranges is not None and ranges == calls[0][1]
    old_read, new_read = ranges
    pieces = sorted(r for r in again.files if r.startswith("data/observations-csv/"))
    differing = [
        rel for rel in pieces if (again.path / rel).read_bytes() != (first.path / rel).read_bytes()
    ]
    assert 0 < len(differing) < len(pieces)
    whole = table_bytes(again.path)
    header = whole.index(b"\n") + 1  # the header has no quoted line break
    assert csv_header(new_csv)[0] == "observation_id"
    read = b"".join(whole[a:b] for a, b in new_read)
    expected = b"".join((again.path / rel).read_bytes()[header:] for rel in differing)
    assert read == expected  # exactly the changed pieces' records
    assert sum(b - a for a, b in old_read) < old_csv.size // 2
    # CHANGES.md: the same document as the comparison of the whole files
    written = (again.path / "CHANGES.md").read_text(encoding="utf-8")
    full = diff_files(old_csv, new_csv, first.version, again.version)
    assert written == changes(full)
    # the changed report's 13 values have new ids (an id names its source's bytes)
    assert full.totals == {"added": 13, "removed": 13, "changed": 0}
    assert {r["source_file"] for r in full.added + full.removed} == {"raw/mx_juarez_avgm_2022.md"}
    added = {r["value"] for r in full.added}
    removed = {r["value"] for r in full.removed}
    assert added - removed == {"19.0"} and removed - added == {"18.0"}
    assert "| 19.0 |" in written and "| 18.0 |" in written
    # the records read through the ranges are those rows, cell for cell
    ids = [i for t in csv_batches(new_csv, ["observation_id"], new_read) for i in
           t.column("observation_id").to_pylist()]  # fmt: skip
    assert {r["observation_id"] for r in full.added} <= set(ids)
    assert len(ids) == read.count(b"\n")


def test_a_previous_version_published_with_errors_is_read_whole(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    package_path = first.path / "datapackage.json"
    package = json.loads(package_path.read_text(encoding="utf-8"))
    package["validation"] = {"valid": False, "forced": True, "errors": 1, "warnings": 0}
    package_path.write_text(json.dumps(package), encoding="utf-8")  # its ids may repeat
    _change_last_report(ws)
    calls: list[object] = []
    real = diff.diff_files

    def spied(*args: object, **kwargs: object) -> diff.VersionDiff:
        calls.append(kwargs.get("ranges"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(diff, "diff_files", spied)
    again = publish(ws)
    assert calls == [None]
    written = (again.path / "CHANGES.md").read_text(encoding="utf-8")
    assert "| 19.0 |" in written and "| 18.0 |" in written


def test_observations_csv_and_changes_are_those_of_a_publish_without_pieces_shared(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The same two versions published where no piece can be shared (the previous version
    held as versions were before 2026-12-04: its whole CSV, and no pieces): the same
    observations CSV pieces and the same CHANGES.md."""
    monkeypatch.setenv(PIECE_ENV, str(LIMIT_MB))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    _change_last_report(ws)
    other = tmp_path / "other"
    shutil.copytree(staged_ws, other)
    again = publish(ws)
    old = other / "published" / first.dataset / first.version
    (old / "data" / "observations.csv").write_bytes(table_bytes(first.path))
    shutil.rmtree(old / "data" / "observations-csv")
    assert table_csv(old) == old / "data" / "observations.csv"
    plain = publish(Workspace(other))
    assert again.version == plain.version
    listed = sorted(r for r in again.files if r.startswith("data/observations-csv/"))
    assert listed == sorted(r for r in plain.files if r.startswith("data/observations-csv/"))
    for rel in ("CHANGES.md", "README.md", "datapackage.json", *listed):
        assert (again.path / rel).read_bytes() == (plain.path / rel).read_bytes(), rel
    assert not (plain.path / "data" / "observations.csv").exists()  # the new layout
    assert "| 19.0 |" in (plain.path / "CHANGES.md").read_text(encoding="utf-8")
