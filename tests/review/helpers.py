"""Helpers for review tests: a staged workspace and observation ids found by what they say."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from genero_etl.cli.app import app

runner = CliRunner()
DATASET = Path("published") / "indicadores-genero"


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


def staged_rows(ws: Path) -> list[dict[str, Any]]:
    from genero_etl.model.arrow import table_rows
    from genero_etl.review.staged import staged_tables
    from genero_etl.workspace import Workspace

    return table_rows(staged_tables(Workspace(ws))["observations"])


def find_id(ws: Path, source_file: str, locator: str, value: float) -> str:
    hits = [
        r["observation_id"]
        for r in staged_rows(ws)
        if r["source_file"] == source_file
        and r["source_locator"] == locator
        and r["value"] != ""
        and float(str(r["value"])) == value
    ]
    assert len(hits) == 1, (source_file, locator, value, hits)
    return str(hits[0])


def published_rows(ws: Path, version: str) -> dict[str, dict[str, str]]:
    import csv

    path = ws / DATASET / version / "data" / "observations.csv"
    with path.open(encoding="utf-8") as handle:
        return {r["observation_id"]: r for r in csv.DictReader(handle)}


def stored(ws: Path) -> dict[str, dict[str, Any]]:
    data = json.loads((ws / ".genero-etl" / "decisions.json").read_text(encoding="utf-8"))
    return {d["observation_id"]: d for d in data["decisions"]}


def break_staged(ws: Path, observation_id: str, **values: object) -> None:
    """Overwrite columns of one staged observation, as a bad extraction would have staged it
    (the manifest names the part's new bytes, as ``stage.StagingWriter`` would have)."""
    import hashlib

    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    staging = ws / ".genero-etl" / "staging"
    manifest_path = staging / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for name in sorted(manifest["parts"]):
        path = staging / name
        table = pq.read_table(path)
        hit = pc.equal(table.column("observation_id"), observation_id)
        if not pc.any(hit).as_py():
            continue
        for column_name, value in values.items():
            column = table.column(column_name)
            index = table.column_names.index(column_name)
            replaced = pc.if_else(hit, pa.scalar(value, column.type), column)
            table = table.set_column(index, column_name, replaced)
        pq.write_table(table, path, compression="zstd")
        manifest["parts"][name]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        return
    raise AssertionError(observation_id)
