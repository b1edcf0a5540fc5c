"""The pure build step: staged -> tables -> bytes, and what the data cover."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyarrow as pa

from genero_etl.publish.build import Coverage, build, coverage, digest, render
from genero_etl.stage import read_staged
from genero_etl.workspace import Workspace


def _observations(rows: list[dict[str, object]]) -> pa.Table:
    return pa.table(
        {
            "period_start": pa.array([r["start"] for r in rows], pa.date32()),
            "period_end": pa.array([r["end"] for r in rows], pa.date32()),
            "country": pa.array([r["country"] for r in rows]),
            "admin1": pa.array([r["admin1"] for r in rows]),
            "theme": pa.array([r["theme"] for r in rows]),
        }
    )


def test_coverage_is_read_from_the_data() -> None:
    table = _observations(
        [
            {"start": dt.date(2023, 1, 1), "end": dt.date(2023, 6, 30), "country": "AR",
             "admin1": "AR-B", "theme": "atencion"},
            {"start": dt.date(2022, 1, 1), "end": dt.date(2024, 12, 31), "country": "MX",
             "admin1": None, "theme": "sin_clasificar"},
            {"start": None, "end": None, "country": "AR", "admin1": "AR-X",
             "theme": "violencia_letal"},
        ]
    )  # fmt: skip
    found = coverage(table)
    assert found == Coverage(
        start="2022-01-01",
        end="2024-12-31",
        countries=("AR", "MX"),
        admin1=("AR-B", "AR-X"),
        themes=("atencion", "violencia_letal"),
    )
    assert found.temporal == "2022-01-01/2024-12-31"
    assert found.spatial == ["AR-B", "AR-X"]


def test_coverage_of_nothing_is_empty() -> None:
    empty = coverage(_observations([]))
    assert (empty.temporal, empty.spatial) == ("", [])
    assert Coverage(countries=("CL",)).spatial == ["CL"]


def test_build_and_render_the_staged_samples(staged_ws: Path, tmp_path: Path) -> None:
    ws = Workspace(staged_ws)
    built = build(read_staged(ws.staging))
    assert set(built.tables) == {"observations", "indicators", "sources", "quality_issues"}
    assert built.tables["sources"].num_rows == 4
    assert built.coverage.countries == ("AR", "CL", "MX")
    assert built.coverage.start == "2022-01-01" and built.coverage.end == "2024-12-31"
    assert "violencia_letal" in built.coverage.themes
    sizes = render(built, tmp_path / "a")
    assert sorted(sizes) == sorted(
        f"data/{t}.{f}"
        for t in ("observations", "indicators", "sources", "quality_issues")
        for f in ("csv", "parquet")
    )
    files = {rel: (tmp_path / "a" / rel).read_bytes() for rel in sizes}
    assert files["data/sources.csv"].startswith(b'"source_file","source_sha256","bytes"')
    csv = files["data/observations.csv"]
    assert sizes["data/observations.csv"] == (len(csv), hashlib.sha256(csv).hexdigest())
    assert digest(files) == sizes
    # the same inputs give the same bytes
    assert render(build(read_staged(ws.staging)), tmp_path / "b") == sizes
