"""The gate's pieces checked apart from where they stand (``validate.read.RawTable.relative``,
``gatecache.placed``): a piece's stored report counts its rows from the piece and names the
rows its messages speak of by a mark, so a row added before it leaves its report usable;
numbered when used, the findings are those of a publish without the cache, byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from genero_etl.checks.engine import fill
from genero_etl.messages import render
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import gatecache, pieces
from genero_etl.publish.package import publish
from genero_etl.validate.read import RowRef
from genero_etl.validate.report import FileReport, Finding, Report
from genero_etl.workspace import Workspace


def _said(report: Report) -> list[tuple[Any, ...]]:
    """Every finding as it is shown: where, and its message and hint in both languages."""
    return [
        (f.file, f.code, f.severity, f.row, f.line, f.field, f.cell, f.params, *said)
        for f in report.findings
        for said in [(*f.message("es"), *f.message("en"))]
    ]


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many `validate` runs the gate makes (one per piece not found stored)."""
    from genero_etl.validate import api

    made = [0]
    real = api.validate_paths

    def counted(*args: Any, **kwargs: Any) -> Any:
        made[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "validate_paths", counted)
    return made


def test_a_row_added_before_them_leaves_the_later_pieces_reports(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    runs: list[int],
    small_pieces_ws: Workspace,
) -> None:
    ws = small_pieces_ws
    root = ws.root
    cut: list[int] = []
    real = pieces._across

    def spied(*args: Any) -> Any:
        found = real(*args)
        cut.append(len(found[0]))
        return found

    monkeypatch.setattr(pieces, "_across", spied)
    named: list[str] = []
    sha256 = gatecache.Cache.piece_sha256

    def seen(self: gatecache.Cache, *args: Any) -> str:
        named.append(sha256(self, *args))
        return named[-1]

    monkeypatch.setattr(gatecache.Cache, "piece_sha256", seen)
    first = publish(ws)
    made_first = runs[0]
    assert cut and cut[-1] >= 5  # the reports' rows in several gate pieces
    assert made_first == cut[-1] + 1  # each piece, and the small tables apart
    rows_before = first.gate.report.files[0].rows
    # the first report gains a row: every later row is numbered one further down
    path = root / "raw" / "informe_000.txt"
    path.write_text(
        path.read_text("utf-8") + "- Se realizaron 15 talleres de prevención.\n", "utf-8"
    )
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    plain_root = tmp_path / "plain"
    shutil.copytree(root, plain_root)
    shutil.rmtree(gatecache.folder(plain_root))
    whole_root = tmp_path / "whole"
    shutil.copytree(plain_root, whole_root)
    runs[0] = 0
    cut.clear()
    kept = set(named)  # the gate pieces of 1.0.0, by their bytes
    named.clear()
    again = publish(ws)
    assert again.gate.report.files[0].rows > rows_before
    # only the pieces whose bytes are new are checked again (and the small tables, apart:
    # sources.csv changed), not every piece after the row added
    new = set(named) - kept
    assert cut and cut[0] >= 5 and 1 <= len(new) <= 2
    assert runs[0] == len(new) + 1
    monkeypatch.setenv(gatecache.CACHE_ENV, "0")
    plain = publish(Workspace(plain_root))  # every piece checked where it stands, not stored
    monkeypatch.setenv(pieces.PIECE_ENV, "1000")  # and the table checked whole
    whole = publish(Workspace(whole_root))
    assert again.version == plain.version == whole.version == "1.1.0"
    for rel in sorted(again.files):
        assert (again.path / rel).read_bytes() == (plain.path / rel).read_bytes(), rel
        assert (again.path / rel).read_bytes() == (whole.path / rel).read_bytes(), rel
    assert again.gate.report.files == plain.gate.report.files == whole.gate.report.files
    ours = _said(again.gate.report)
    assert ours == _said(plain.gate.report) == _said(whole.gate.report)
    repeated = [f for f in again.gate.report.findings if f.code == "one-value-per-key"]
    assert len(repeated) >= 39 * 2
    # a row of a later piece repeating a key first seen in the first report's rows
    last = repeated[-1]
    assert last.row is not None and last.row > rows_before
    assert last.params["detail_en"].startswith("repeats the indicator, place, period")
    assert not any("\x00" in json.dumps(f.params) for f in again.gate.report.findings)


def test_placed_numbers_rows_lines_and_marks_as_in_the_whole_file() -> None:
    own, before = RowRef(5), RowRef(1, "e")
    assert isinstance(own, int) and int(own) == 5 and int(before) == 1
    text = fill(
        "fila {row}, como la fila {other_row:>6}; {n}", {"row": own, "other_row": before, "n": 3}
    )
    assert text == "fila \x00r5\x01\x00, como la fila \x00e1\x01>6\x00; 3"
    catalogue = render("unique-error", "en", where="x", cell="a", field="f", other_row=own)
    assert "\x00r5\x01\x00" in catalogue
    rows = FileReport(
        file="f",
        resource="observations",
        findings=[
            Finding(
                code="rule",
                type="unique_together",
                row=5,
                line=6,
                params={"detail": text, "detail_en": str(own), "n": 4},
            ),
            Finding(
                code="unique-error", type="unique-error", row=7, line=7, params={"other_row": 3}
            ),
            Finding(
                code="encoding-error", type="encoding-error", row=4, line=4, params={"line": 4}
            ),
            Finding(code="hash-count", type="hash-count", params={"expected": "x"}),
        ],
    )
    other = FileReport(file="g", resource="sources", findings=[Finding("c", "t", row=5, line=5)])
    report = gatecache.placed(Report(files=[rows, other]), "observations", 102, 110, [40, 57])
    found = [(f.row, f.line, f.params) for f in report.files[0].findings]
    assert found == [
        (105, 114, {"detail": "fila 105, como la fila     57; 3", "detail_en": "105", "n": 4}),
        (107, 115, {"other_row": 103}),
        (4, 4, {"line": 4}),  # a line of the piece's bytes, as said without the cache
        (None, None, {"expected": "x"}),
    ]
    assert (report.files[1].findings[0].row, report.files[1].findings[0].line) == (5, 5)
