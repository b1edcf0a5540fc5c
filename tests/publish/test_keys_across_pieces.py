"""``one-value-per-key`` checked across the gate's pieces (``pieces.Relation.rule``): the
rows of one key may lie in several pieces, each piece is told the keys of the rows before it
(``Piece.earlier``), and the findings are those of checking the table whole: the same codes,
rows, lines, cells and messages."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import gates, pieces
from genero_etl.publish.gatecache import folder as cache_folder
from genero_etl.publish.package import publish
from genero_etl.workspace import Workspace

KEY = (
    "indicator_id",
    "country",
    "admin1",
    "municipality_code",
    "period_start",
    "period_end",
    "breakdown_dimension",
    "breakdown_value",
    "activity",
    "value_kind",
)


def _findings(report: Any) -> list[tuple[Any, ...]]:
    return [
        (f.file, f.code, f.severity, f.row, f.line, f.field, f.cell, sorted(f.params.items()))
        for f in report.findings
    ]


def _rewrite(version: Path, rows: list[dict[str, str]]) -> dict[str, Any]:
    path = version / "data" / "observations.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    package: dict[str, Any] = json.loads((version / "datapackage.json").read_text("utf-8"))
    data = path.read_bytes()
    for resource in package["resources"]:
        if resource["path"] == "data/observations.csv":
            resource["bytes"] = len(data)
            resource["hash"] = f"sha256:{hashlib.sha256(data).hexdigest()}"
    return package


def test_a_key_repeated_across_pieces_gives_the_findings_of_the_whole_table(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(staged_ws)
    version = Path(publish(ws).path)
    path = version / "data" / "observations.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    n = len(rows)
    assert n > 40
    # row 3's key again far below it (other ids, other values): once near the middle,
    # twice near the end, and a key whose cells are all empty twice, apart
    for at, suffix in ((n // 2, "a"), (n - 3, "b"), (n - 1, "c")):
        rows[at].update({k: rows[3][k] for k in KEY})
        rows[at]["observation_id"] = rows[at]["observation_id"] + suffix
        rows[at]["value"] = "7"
    package = _rewrite(version, rows)
    whole = gates._validate(ws, package, version, "shown")
    repeats = [
        (f.row, f.params["detail_en"]) for f in whole.findings if f.code == "one-value-per-key"
    ]
    first = 3 + 2  # row numbers count the header as row 1
    for at in (n // 2, n - 3, n - 1):
        assert (at + 2, f"repeats the indicator, place, period and breakdown of row {first}") in (
            repeats
        )
    size_mb = path.stat().st_size / 1024**2
    monkeypatch.setenv(pieces.PIECE_ENV, f"{size_mb / 6:.6f}")
    cut = pieces.split(path, package["resources"][0]["schema"], gates._rules(ws), "observations")
    assert len(cut) >= 4
    starts = [p.first_row for p in cut]

    def piece_of(row: int) -> int:
        return max(i for i, start in enumerate(starts) if start <= row)

    # the key's rows lie in three pieces; the later two are told where it was first
    holding = sorted({piece_of(at + 2) for at in (3, n // 2, n - 3, n - 1)})
    assert len(holding) == 3
    key = tuple(rows[3][k] for k in KEY)
    assert ("one-value-per-key", key, first) not in cut[holding[0]].earlier
    for i in holding[1:]:
        assert ("one-value-per-key", key, first) in cut[i].earlier
    in_pieces = gates._validate(ws, package, version, "shown")
    assert _findings(in_pieces) == _findings(whole)
    assert [f.rows for f in in_pieces.files] == [f.rows for f in whole.files]


def test_publish_again_with_keys_across_pieces_finds_what_a_publish_from_scratch_finds(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    small_pieces_ws: Workspace,
) -> None:
    ws = small_pieces_ws
    root = ws.root
    told: list[int] = []
    real = pieces._across

    def spied(*args: Any) -> Any:
        found = real(*args)
        told.append(sum(1 for p in found[0] if p.earlier))
        return found

    monkeypatch.setattr(pieces, "_across", spied)
    first = publish(ws)
    assert told and told[-1] >= 2  # the reports' keys lie in several pieces
    repeated = [f for f in first.gate.report.files[0].findings if f.code == "one-value-per-key"]
    assert len(repeated) >= 39 * 2
    # one number of the middle report changed: its piece is cut and checked again
    path = root / "raw" / "informe_020.txt"
    path.write_text(path.read_text("utf-8").replace("120 mujeres", "121 mujeres"), "utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    other = tmp_path / "other"
    shutil.copytree(root, other)
    shutil.rmtree(cache_folder(other))
    kept: list[int] = []
    reuse = pieces.Memo.reuse

    def reused(self: pieces.Memo, *args: Any) -> Any:
        found = reuse(self, *args)
        kept.append(self.reused if found is not None else -1)
        return found

    monkeypatch.setattr(pieces.Memo, "reuse", reused)
    told.clear()
    again = publish(ws)
    assert kept and kept[0] >= 1 and told and told[0] >= 2
    monkeypatch.setenv(pieces.PIECE_ENV, "1000")  # there the table is checked whole
    plain = publish(Workspace(other))
    assert again.version == plain.version == "1.1.0"
    for rel in sorted(r for r in again.files if r.endswith((".csv", ".md", ".json"))):
        assert (again.path / rel).read_bytes() == (plain.path / rel).read_bytes(), rel
    assert again.gate.report.files == plain.gate.report.files
    ours = [(f.row, f.params["detail_en"]) for f in again.gate.report.files[0].findings]
    assert ours == [(f.row, f.params["detail_en"]) for f in plain.gate.report.files[0].findings]
    repeated = [f for f in again.gate.report.files[0].findings if f.code == "one-value-per-key"]
    assert len(repeated) >= 39 * 2
