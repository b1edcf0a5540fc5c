"""Publishing again after one report changed: every cache a publish keeps (the gate's reports
and cut points, the duplicate hashes, the CSV's copied bytes and pieces, the partitions)
used, and the version written byte for byte as a publish from scratch of the same staging
(the same previous version, no cache at all) writes it.

The changed report changes ``sources.csv`` (its sha256 is a row there): the tables checked
whole are validated again in their own run, and no piece whose bytes are the same is."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import build as build_module
from genero_etl.publish import pieces, writers
from genero_etl.publish.build import PARTITION_ENV
from genero_etl.publish.csvsplit import PIECE_ENV
from genero_etl.publish.package import publish
from genero_etl.workspace import Workspace

from .files import folder_bytes


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The tables of each `validate` run the gate makes, in order."""
    from genero_etl.validate import api

    made: list[list[str]] = []
    real = api.validate_paths

    def counted(*args: Any, **kwargs: Any) -> Any:
        package = json.loads(Path(args[0][0]).read_text(encoding="utf-8"))
        made.append(sorted(r["name"] for r in package["resources"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "validate_paths", counted)
    return made


def test_publish_again_equals_a_publish_from_scratch_of_the_same_staging(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, runs: list[list[str]]
) -> None:
    monkeypatch.setattr(writers, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(build_module, "ROW_GROUP_ROWS", 4)
    monkeypatch.setenv(PARTITION_ENV, "1")  # the partitioned dataset, partitions linked
    monkeypatch.setenv(PIECE_ENV, "0.004")  # CSV pieces of 4,194 bytes
    monkeypatch.setenv(pieces.PIECE_ENV, "0.006")  # the gate's pieces: 6,291 bytes
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ws = Workspace(staged_ws)
    first = publish(ws)
    whole_run = ["indicators", "quality_issues", "sources"]
    cut = [r for r in runs if "observations" in r]
    assert len(cut) >= 3 and runs.count(whole_run) == 1  # the pieces, and the small tables
    sources_before = (first.path / "data" / "sources.csv").read_bytes()

    path = staged_ws / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    assert "impactaron 18" in text
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)

    scratch = tmp_path / "scratch"  # the same staging and 1.0.0, no cache at all
    shutil.copytree(staged_ws, scratch)
    shutil.rmtree(scratch / ".genero-etl" / "cache")

    runs.clear()
    again = publish(ws)
    kept_runs = list(runs)
    runs.clear()
    plain = publish(Workspace(scratch))
    assert again.version == plain.version == "1.1.0"
    assert (again.path / "data" / "sources.csv").read_bytes() != sources_before
    # every file of the version, byte for byte
    ours, theirs = folder_bytes(again.path), folder_bytes(plain.path)
    assert list(ours) == list(theirs)
    assert any(rel.startswith("data/observations/country=") for rel in ours)
    assert any(rel.startswith("data/observations-csv/") for rel in ours)
    for rel, data in theirs.items():
        assert ours[rel] == data, rel
    assert again.gate.report is not None and plain.gate.report is not None
    assert again.gate.report.files == plain.gate.report.files
    assert again.gate.report.warnings == plain.gate.report.warnings
    # from scratch: every piece and the small tables validated; publishing again: the small
    # tables (sources.csv changed) and only the pieces whose bytes changed
    assert runs.count(whole_run) == 1 and kept_runs.count(whole_run) == 1
    scratch_pieces = [r for r in runs if "observations" in r]
    again_pieces = [r for r in kept_runs if "observations" in r]
    assert len(scratch_pieces) >= 3
    assert 1 <= len(again_pieces) < len(scratch_pieces)
