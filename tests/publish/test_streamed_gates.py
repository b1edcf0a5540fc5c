"""The publish gates on streamed tables: the same decisions, withheld values, diff and README
figures as on whole tables, without gathering the observations."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from genero_etl.model.arrow import conform, table_rows, table_schema
from genero_etl.publish.tables import TableStream
from genero_etl.review.diff import csv_batches, diff_files, diff_frames, read_observations
from genero_etl.review.docs import SUMMARISED, summarise
from genero_etl.workspace import Workspace


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _row(oid: str, value: str, code: str = "01001", **extra: str) -> dict[str, str]:
    return {"observation_id": oid, "value": value, "municipality_code": code, **extra}


def test_streamed_diff_matches_the_frame_diff_with_repeats_and_empty_cells(tmp_path: Path) -> None:
    old = _write(
        tmp_path / "old.csv",
        [_row("o1", "1"), _row("o2", "2"), _row("o2", "9"), _row("o4", "", "")]
        + [_row(f"k{i:03}", str(i)) for i in range(300)],
    )
    new = _write(
        tmp_path / "new.csv",
        [_row("o2", "2", "01002"), _row("o3", "3"), _row("o4", "0", "")]
        + [_row(f"k{i:03}", str(i + (i % 7 == 0))) for i in range(300)],
    )
    frames = diff_frames(read_observations(old), read_observations(new), "1.0.0", "1.1.0")
    streamed = diff_files(old, new, "1.0.0", "1.1.0", keep=1000)
    assert streamed.totals == {"added": 1, "removed": 1, "changed": 45}
    assert streamed.added == frames.added == [_row("o3", "3")]
    assert streamed.removed == frames.removed == [_row("o1", "1")]
    assert [(c.observation_id, c.fields, c.row) for c in streamed.changed] == [
        (c.observation_id, c.fields, c.row) for c in frames.changed
    ]
    assert streamed.changed[0].observation_id == "k000"
    assert ("o4", {"value": ("", "0")}) in [(c.observation_id, c.fields) for c in frames.changed]
    few = diff_files(old, new, "1.0.0", "1.1.0", keep=3)
    assert few.totals == streamed.totals and len(few.changed) == 3
    assert few.to_dict()["summary"] == {"added": 1, "removed": 1, "changed": 45}
    first = diff_files(None, new, "", "1.0.0", keep=2)
    assert first.totals == {"added": 303, "removed": 0, "changed": 0} and len(first.added) == 2
    repeated = diff_files(None, old, "", "1.0.0", keep=3)  # 304 rows, o2 twice
    assert repeated.totals == {"added": 303, "removed": 0, "changed": 0}
    assert [r["observation_id"] for r in repeated.added] == ["o1", "o2", "o4"]


def test_summary_counts_what_the_readme_shows(tmp_path: Path) -> None:
    rows = [
        {"period_start": "2024-01-01", "period_end": "2024-01-31", "country": "MX",
         "admin1": "MX-CMX", "municipality": "Coyoacán", "municipality_code": "09003",
         "indicator_id": "femicidio", "review_status": "automatic"},
        {"period_start": "2023-02-01", "period_end": "2023-02-28", "country": "MX",
         "admin1": "", "municipality": "", "municipality_code": "",
         "indicator_id": "femicidio", "review_status": "confirmed"},
        {"period_start": "", "period_end": "", "country": "AR", "admin1": "AR-B",
         "municipality": "Luján", "municipality_code": "06497",
         "indicator_id": "violencia_familiar", "review_status": "automatic"},
    ]  # fmt: skip
    path = _write(tmp_path / "obs.csv", rows)
    summary = summarise(csv_batches(path, SUMMARISED))
    assert summary.rows == 3
    assert (summary.start, summary.end) == ("2023-02-01", "2024-01-31")
    assert summary.periods == {"2024-01-01/2024-01-31", "2023-02-01/2023-02-28"}
    assert summary.countries == {"MX", "AR"} and summary.admin1 == {"MX-CMX", "AR-B"}
    assert summary.places == {"Coyoacán (09003)", "Luján (06497)"}
    assert dict(summary.indicators) == {"femicidio": 2, "violencia_familiar": 1}
    assert summary.status is not None
    assert dict(summary.status) == {"automatic": 2, "confirmed": 1}


def _observations(n: int) -> pa.Table:
    schema = table_schema("observations")
    rows: list[dict[str, Any]] = [
        {
            "observation_id": f"o{i:04}",
            "indicator_id": "femicidio",
            "country": "MX",
            "value": float(i),
            "value_raw": str(i),
            "confidence": 0.5 if i % 10 == 3 else 0.95,
            "source_file": f"raw/r{i % 3}.txt",
            "source_locator": f"line:{i}",
            "breakdown_value": "",
        }
        for i in range(n)
    ]
    return conform(pa.Table.from_pylist(rows), schema, dictionaries=False)


@pytest.mark.parametrize("streamed", [True, False])
def test_gate_on_a_stream_applies_decisions_batch_by_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool
) -> None:
    from genero_etl.publish import gates, tables
    from genero_etl.review.decisions import Decision, save_decisions

    monkeypatch.setattr(tables, "BATCH_ROWS", 64)  # many batches
    ws = Workspace(tmp_path)
    (tmp_path / "genero-etl.yaml").write_text("review:\n  min_confidence: 0.8\n", "utf-8")
    original = {"source_file": "raw/r1.txt", "value_raw": "13", "indicator_id": "femicidio"}
    save_decisions(
        ws,
        {
            "o0005": Decision("o0005", "reject"),
            "o0013": Decision("o0013", "accept"),  # low confidence, accepted: published
            "o0100": Decision("o0100", "correct", {"value": 7.0}),
            "o9999": Decision("o9999", "accept", original=original),  # stale
        },
    )
    table = _observations(300)
    schema = table_schema("observations")
    parts = [table.slice(0, 100), table.slice(100, 200)]
    given: dict[str, Any] = {"observations": TableStream(schema, parts) if streamed else table}
    gate = gates.prepare(ws, given)
    out = given["observations"]
    result = out.to_table() if streamed else out
    assert (gate.rejected, gate.confirmed, gate.corrected) == (1, 1, 1)
    assert [d.observation_id for d in gate.stale] == ["o9999"]
    assert gate.successors == {"o9999": ("o0013", "line:13")}
    withheld = [w["observation_id"] for w in gate.withheld]
    assert len(withheld) == 29 and "o0013" not in withheld and withheld[0] == "o0003"
    assert withheld[0:1] == ["o0003"] and gate.withheld[0]["confidence"] == 0.5
    assert result.num_rows == 300 - 1 - 29
    if streamed:
        assert out.num_rows == 270
    rows = {r["observation_id"]: r for r in table_rows(result)}
    assert "o0005" not in rows and "o0003" not in rows
    assert rows["o0013"]["review_status"] == "confirmed"
    assert rows["o0100"]["value"] == 7.0 and rows["o0100"]["review_status"] == "corrected"
    assert rows["o0100"]["review_original"] == '{"value": 100}'
    assert rows["o0001"]["review_status"] == "automatic"
    assert result.column("observation_id").to_pylist() == sorted(rows)


def _published(staged_ws: Path) -> Path:
    from genero_etl.publish.package import publish

    result = publish(Workspace(staged_ws))
    return Path(result.path)


def _findings(report: Any) -> list[tuple[Any, ...]]:
    return [
        (f.file, f.code, f.severity, f.row, f.line, f.field, f.cell, sorted(f.params.items()))
        for f in report.findings
    ]


def test_a_large_csv_is_checked_in_pieces_with_the_findings_of_a_whole_check(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import json

    from genero_etl.publish import gates, pieces

    version = _published(staged_ws)
    path = version / "data" / "observations.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    parents = {r["parent_observation_id"] for r in rows if r["parent_observation_id"]}
    assert parents  # the samples have totals with parts
    parent = next(r for r in rows if r["observation_id"] in parents)
    parent["value"] = str(float(parent["value"]) + 1000)  # no longer the sum of its parts
    at = rows.index(parent)
    rows.remove(parent)
    rows.insert(at + 3, parent)  # after some of its parts
    rows.insert(14, dict(rows[10]))  # the same id twice, rows apart
    rows[5]["indicator_id"] = "femicidios_inventados"
    rows[7]["source_text"] = "una celda\nen dos líneas"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    package = json.loads((version / "datapackage.json").read_text(encoding="utf-8"))
    data = path.read_bytes()
    for resource in package["resources"]:
        if resource["path"] == "data/observations.csv":
            resource["bytes"], resource["hash"] = (
                len(data),
                f"sha256:{hashlib.sha256(data).hexdigest()}",
            )
    ws = Workspace(staged_ws)
    whole = gates._validate(ws, package, version, "shown")
    size_mb = len(data) / 1024**2
    monkeypatch.setenv(pieces.PIECE_ENV, f"{size_mb / 6:.6f}")
    cut = pieces.split(path, package["resources"][0]["schema"], gates._rules(ws), "observations")
    assert len(cut) >= 4
    assert cut[0].first_row == 2 and cut[1].first_row == 2 + sum(
        1 for _ in csv.reader(io.StringIO(data[cut[0].start : cut[0].end].decode()))
    )
    in_pieces = gates._validate(ws, package, version, "shown")
    assert _findings(in_pieces) == _findings(whole)
    assert [f.rows for f in in_pieces.files] == [f.rows for f in whole.files]
    codes = {(f.code, f.row) for f in whole.findings}
    assert ("primary-key", 14 + 2) in codes
    assert ("parts-sum", rows.index(parent) + 2) in codes
    assert any(f.code == "indicator-in-codebook" and f.row == 7 for f in whole.findings)
    moved = [f for f in whole.findings if f.row is not None and f.row > 9]
    assert moved and all(f.line == f.row + 1 for f in moved)  # one cell spans two lines


def test_a_key_both_primary_and_unique_is_hashed_as_one_relation() -> None:
    from genero_etl.knowledge import Knowledge
    from genero_etl.publish import pieces
    from genero_etl.validate.rules import default_rules_dir, load_rules

    schema = Knowledge.shipped().table_schema("observations")
    found = pieces.relations(schema, load_rules(default_rules_dir()), "observations")
    assert len(found) == len(set(found))
    assert found[0] == pieces.Relation(("observation_id",))
    assert pieces.Relation(("parent_observation_id",), ("observation_id",)) in found
    # a parent two rows after its part, a repeated id: no cut may separate them
    table = pa.table(
        {
            "observation_id": ["a", "b", "c", "b", "e", "f"],
            "parent_observation_id": ["", "e", "", "", "", ""],
        }
    )
    relations = [
        pieces.Relation(("observation_id",)),
        pieces.Relation(("parent_observation_id",), ("observation_id",)),
    ]
    cuts = pieces.allowed_cuts(iter([table.slice(0, 4), table.slice(4)]), relations, 6)
    assert cuts.tolist() == [True, True, False, False, False, True]


def test_piece_runs_keep_only_the_tables_the_piece_checks_read() -> None:
    from genero_etl.knowledge import Knowledge
    from genero_etl.publish import gates
    from genero_etl.validate.rules import default_rules_dir, load_rules

    knowledge = Knowledge.shipped()
    rules = load_rules(default_rules_dir())

    def resource(name: str) -> dict[str, object]:
        return {"name": name, "schema": knowledge.table_schema(name)}

    # a foreign key into sources, and in_reference rules into indicators
    assert gates._referenced(resource("observations"), rules) == {"indicators", "sources"}
    assert gates._referenced(resource("indicators"), rules) == set()
    assert gates._referenced({"name": "t", "schema": "not a schema"}, rules) == set()
