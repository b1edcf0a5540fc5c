"""Publish gates: invalid data refused (or recorded with --force), low confidence withheld,
no version when nothing changed, README/CHANGES in every version, and `diff`."""

from __future__ import annotations

import json
from pathlib import Path

from review.helpers import DATASET, break_staged, find_id, invoke, published_rows, staged_rows

LUJAN = "raw/ar_lujan_informe_2024.txt"


def test_publish_refuses_invalid_staged_data(staged_ws: Path) -> None:
    ws = staged_ws
    oid = find_id(ws, LUJAN, "line:24", 1)
    break_staged(ws, oid, indicator_id="femicidios_inventados")
    result = invoke("publish", "--workspace", str(ws))
    assert result.exit_code == 1
    assert "No se publica" in result.stderr
    assert "femicidios_inventados" in result.stderr and "--force" in result.stderr
    assert not (ws / DATASET).exists() or not any((ws / DATASET).iterdir())
    result = invoke("publish", "--workspace", str(ws), "--lang", "en")
    assert result.exit_code == 1 and "Not published" in result.stderr


def test_force_publishes_and_records_the_failures(staged_ws: Path) -> None:
    ws = staged_ws
    oid = find_id(ws, LUJAN, "line:24", 1)
    break_staged(ws, oid, indicator_id="femicidios_inventados")
    result = invoke("publish", "--workspace", str(ws), "--force", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["validation"]["errors"] >= 1
    version = ws / DATASET / "1.0.0"
    package = json.loads((version / "datapackage.json").read_text(encoding="utf-8"))
    assert package["validation"]["valid"] is False and package["validation"]["forced"] is True
    report = json.loads((version / "validation.json").read_text(encoding="utf-8"))
    cells = {(e["field"], e["cell"]) for e in report["errors"]}
    assert ("indicator_id", "femicidios_inventados") in cells
    assert report["summary"]["errors"] == package["validation"]["errors"]
    assert "--force" in (version / "README.md").read_text(encoding="utf-8")
    assert "validation.json" in result.stderr


def test_low_confidence_values_are_withheld_until_reviewed(staged_ws: Path) -> None:
    ws = staged_ws
    femicide_cl = find_id(ws, "raw/cl_plan_equidad.txt", "line:7", 1)  # a number word
    confidence = {r["observation_id"]: float(str(r["confidence"])) for r in staged_rows(ws)}
    # a number word's calibrated confidence is among the lowest: a threshold just above it
    threshold = round(confidence[femicide_cl] + 0.01, 2)
    (ws / "genero-etl.yaml").write_text(
        f"review:\n  min_confidence: {threshold}\n", encoding="utf-8"
    )
    result = invoke("publish", "--workspace", str(ws), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    withheld = {w["observation_id"]: w for w in out["withheld"]}
    assert femicide_cl in withheld
    assert withheld[femicide_cl]["confidence"] == confidence[femicide_cl]
    assert all(w["confidence"] < threshold for w in withheld.values())
    assert out["review"]["withheld"] == len(withheld)
    assert f"menor que {threshold} quedan retenidos" in result.stderr
    assert femicide_cl not in published_rows(ws, "1.0.0")
    # once a person accepts it, it goes out, confirmed
    (ws / "ok.yaml").write_text(
        f"- {{observation_id: {femicide_cl}, decision: aceptar}}\n", "utf-8"
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(ws / "ok.yaml")).exit_code == 0
    assert invoke("publish", "--workspace", str(ws)).exit_code == 0
    assert published_rows(ws, "1.1.0")[femicide_cl]["review_status"] == "confirmed"


def test_no_op_publish_makes_no_version(staged_ws: Path) -> None:
    ws = staged_ws
    assert invoke("publish", "--workspace", str(ws)).exit_code == 0
    assert invoke("ingest", "--workspace", str(ws)).exit_code == 0  # same inputs again
    result = invoke("publish", "--workspace", str(ws), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"unchanged": True, "version": "1.0.0"}
    assert "Nada cambió desde la versión 1.0.0" in result.stderr
    assert sorted(p.name for p in (ws / DATASET).iterdir()) == ["1.0.0", "versions.json"]
    assert invoke("publish", "--workspace", str(ws), "--force").exit_code == 0
    assert (ws / DATASET / "1.1.0" / "datapackage.json").is_file()


def test_diff_finds_an_injected_change_and_versions_document_it(staged_ws: Path) -> None:
    ws = staged_ws
    assert invoke("publish", "--workspace", str(ws)).exit_code == 0
    first = ws / DATASET / "1.0.0"
    changes = (first / "CHANGES.md").read_text(encoding="utf-8")
    assert "Primera versión publicada" in changes
    readme = (first / "README.md").read_text(encoding="utf-8")
    assert "2022-01-01 … 2024-12-31" in readme  # periods covered, earliest to latest
    assert "Luján (06497)" in readme and "Valparaíso (05101)" in readme
    assert "pd.read_csv" in readme and "pl.read_csv" in readme and "read_csv(" in readme
    assert '"municipality_code": "string"' in readme and "'municipality_code': 'VARCHAR'" in readme

    oid = find_id(ws, LUJAN, "line:14", 76)
    gone = find_id(ws, LUJAN, "line:16", 108)
    (ws / "d.yaml").write_text(
        f"- {{observation_id: {oid}, decision: correct, value: 67}}\n"
        f"- {{observation_id: {gone}, decision: reject}}\n",
        encoding="utf-8",
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(ws / "d.yaml")).exit_code == 0
    assert invoke("publish", "--workspace", str(ws)).exit_code == 0

    result = invoke("diff", "--workspace", str(ws), "--format", "json")
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)
    assert (diff["old"], diff["new"]) == ("1.0.0", "1.1.0")
    assert diff["summary"] == {"added": 0, "removed": 1, "changed": 1}
    assert diff["removed"][0]["observation_id"] == gone
    change = diff["changed"][0]
    assert change["observation_id"] == oid
    assert change["fields"]["value"] == {"old": "76.0", "new": "67.0"}
    assert change["fields"]["review_status"] == {"old": "automatic", "new": "corrected"}

    text = invoke("diff", "1.0.0", "1.1.0", "--workspace", str(ws)).stdout
    assert "1 quitadas, 1 cambiadas" in text and f"~ {oid} value: '76.0' → '67.0'" in text
    markdown = invoke("diff", "--workspace", str(ws), "--format", "markdown", "--lang", "en").stdout
    assert f"| {oid} | value | 76.0 | 67.0 |" in markdown
    changes = (ws / DATASET / "1.1.0" / "CHANGES.md").read_text(encoding="utf-8")
    assert f"| {oid} | value | 76.0 | 67.0 |" in changes and f"| - | {gone} |" in changes
    assert invoke("diff", "0.9.0", "--workspace", str(ws)).exit_code == 2


def test_diff_of_frames_compares_field_by_field_even_with_repeated_ids() -> None:
    import pandas as pd

    from genero_etl.review.diff import diff_frames, render

    old = pd.DataFrame(
        {
            "observation_id": ["o1", "o2", "o2"],
            "value": ["1", "2", "9"],
            "municipality_code": ["01001"] * 3,
        }
    )
    new = pd.DataFrame(
        {
            "observation_id": ["o2", "o3"],
            "value": ["2", "3"],
            "municipality_code": ["01002", "01001"],
        }
    )
    diff = diff_frames(old, new, "1.0.0", "1.1.0")
    assert [r["observation_id"] for r in diff.added] == ["o3"]
    assert [r["observation_id"] for r in diff.removed] == ["o1"]
    assert [(c.observation_id, c.fields) for c in diff.changed] == [
        ("o2", {"municipality_code": ("01001", "01002")})
    ]
    assert "| o2 | municipality_code | 01001 | 01002 |" in render(diff, "markdown", "es")
