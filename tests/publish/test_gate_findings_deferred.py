"""The gate's stored reports read for their counts only (``gatecache.Cache.head``,
``validate.report.DeferredFileReport``): a publish again whose gate passes does not read the
kept pieces' findings, and the version, its counts and every finding (read when shown) are
those of a publish without the cache, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import gatecache
from genero_etl.publish.package import publish
from genero_etl.validate.report import DeferredFileReport, FileReport, Finding
from genero_etl.workspace import Workspace
from publish.test_gate_pieces_placed import _said


def test_a_passing_gate_reads_only_the_counts_of_the_kept_pieces(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    small_pieces_ws: Workspace,
) -> None:
    ws = small_pieces_ws
    root = ws.root
    first = publish(ws)
    assert first.gate.report is not None
    stored = sorted(gatecache.folder(root).glob("*.json"))
    assert len(stored) >= 6
    path = root / "raw" / "informe_000.txt"  # the first report gains a row
    path.write_text(
        path.read_text("utf-8") + "- Se realizaron 15 talleres de prevención.\n", "utf-8"
    )
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    plain_root = tmp_path / "plain"
    shutil.copytree(root, plain_root)
    shutil.rmtree(gatecache.folder(plain_root))
    loads: list[int] = [0]
    texts: list[str] = []
    real_load, real_text = gatecache.load, gatecache.Cache.text

    def load(text: str) -> Any:
        loads[0] += 1
        return real_load(text)

    def text(self: gatecache.Cache, name: str) -> str:
        texts.append(name)
        return real_text(self, name)

    monkeypatch.setattr(gatecache, "load", load)
    monkeypatch.setattr(gatecache.Cache, "text", text)
    again = publish(ws)
    report = again.gate.report
    assert report is not None
    merged = next(f for f in report.files if f.resource == "observations")
    # the gate passed on counts: no stored report was read whole, nor its findings made
    assert isinstance(merged, DeferredFileReport) and merged.pending
    assert loads[0] == 0 and texts == []
    monkeypatch.setenv(gatecache.CACHE_ENV, "0")
    plain = publish(Workspace(plain_root))
    assert plain.gate.report is not None
    assert again.version == plain.version == "1.1.0"
    assert sorted(again.files) == sorted(plain.files)
    for rel in sorted(again.files):
        assert (again.path / rel).read_bytes() == (plain.path / rel).read_bytes(), rel
    counted = again.gate.validation()
    assert counted == plain.gate.validation()
    assert counted is not None and counted["valid"] is True
    assert counted["warnings"] >= 39 * 2 and counted["by_code"]["one-value-per-key"] >= 39 * 2
    assert merged.pending  # counting them did not read them either
    # shown: read now, and the same findings, in the same order, said the same in both
    # languages, as the publish without the cache
    assert _said(report) == _said(plain.gate.report)
    assert not merged.pending and texts and loads[0] == len(set(texts))
    assert report.files == plain.gate.report.files
    assert report.to_dict("en") == {
        **plain.gate.report.to_dict("en"),
        "summary": {
            **plain.gate.report.to_dict("en")["summary"],
            "seconds": report.to_dict()["summary"]["seconds"],
        },
    }


def _finding(code: str, severity: str, row: int | None) -> Finding:
    return Finding(code=code, type=code, severity=severity, file="f.csv", row=row)


def test_a_deferred_table_counts_before_and_equals_after() -> None:
    made = [
        _finding("one-value-per-key", "warning", 4),
        _finding("parts-sum", "error", 9),
        _finding("one-value-per-key", "warning", 7),
    ]
    calls: list[int] = []

    def make() -> list[Finding]:
        calls.append(1)
        return list(made)

    tally = {("one-value-per-key", "warning"): 2, ("parts-sum", "error"): 1}
    from collections import Counter

    deferred = DeferredFileReport(
        "f.csv", "observations", "s", 12, ["schema"], make, Counter(tally)
    )
    plain = FileReport("f.csv", "observations", "s", 12, ["schema"], list(made))
    assert (deferred.errors, deferred.warnings, deferred.valid) == (1, 2, False)
    assert deferred.counts() == plain.counts() == Counter({"one-value-per-key": 2, "parts-sum": 1})
    assert calls == [] and deferred.pending
    assert deferred == plain and plain == deferred and calls == [1]
    assert deferred.findings == made and not deferred.pending and calls == [1]
    assert (deferred.errors, deferred.warnings) == (1, 2)
    deferred.findings = made[:1]  # set: its counts are those of what it holds
    assert (deferred.errors, deferred.warnings, deferred.valid) == (0, 1, True)
    assert deferred != plain
