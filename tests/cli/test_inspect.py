"""`genero-etl inspect`: roles shown, a map written, and the documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from genero_etl.cli.app import app

runner = CliRunner()


def _table(tmp_path: Path) -> Path:
    path = tmp_path / "casos.csv"
    path.write_text(
        "Provincia,Año,Cantidad\nSalta,2020,4\nJujuy,2020,2\nSalta,2021,5\n", encoding="utf-8"
    )
    return path


def test_inspect_json_lists_roles_and_samples(tmp_path: Path) -> None:
    path = _table(tmp_path)
    result = runner.invoke(app, ["inspect", str(path), "--format", "json", "-w", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    table = data["tables"][0]
    roles = {c["column"]: (c["role"], c["kind"]) for c in table["columns"]}
    assert roles == {
        "Provincia": ("place", "admin1"),
        "Año": ("period", "year"),
        "Cantidad": ("measure", "count"),
    }
    assert table["layout"] == "long" and table["country"] == "AR"
    assert [s["value"] for s in table["samples"]] == [4.0, 2.0, 5.0]
    assert data["observations"] == 3


def test_write_map_then_refuse_to_overwrite(tmp_path: Path) -> None:
    path = _table(tmp_path)
    first = runner.invoke(app, ["inspect", str(path), "--write-map", "-w", str(tmp_path)])
    assert first.exit_code == 0, first.output
    written = (tmp_path / "casos.csv.map.yaml").read_text(encoding="utf-8")
    assert (
        "Cantidad:\n        role: measure\n        kind: count" in written
        and "country: AR" in written
    )
    again = runner.invoke(app, ["inspect", str(path), "--write-map", "-w", str(tmp_path)])
    assert again.exit_code == 6
    forced = runner.invoke(
        app, ["inspect", str(path), "--write-map", "--force", "-w", str(tmp_path)]
    )
    assert forced.exit_code == 0


def test_inspect_exit_codes(tmp_path: Path) -> None:
    text = tmp_path / "informe.txt"
    text.write_text("Se atendieron 45 mujeres.\n", encoding="utf-8")
    assert runner.invoke(app, ["inspect", str(text), "-w", str(tmp_path)]).exit_code == 4
    assert (
        runner.invoke(app, ["inspect", str(tmp_path / "nada.csv"), "-w", str(tmp_path)]).exit_code
        == 3
    )
    path = _table(tmp_path)
    (tmp_path / "casos.csv.map.yaml").write_text(
        "sheets:\n  '':\n    columns:\n      Cantidad: {role: total}\n", encoding="utf-8"
    )
    bad = runner.invoke(app, ["inspect", str(path), "-w", str(tmp_path)])
    assert bad.exit_code == 2 and "Cantidad" in bad.output and "total" in bad.output
