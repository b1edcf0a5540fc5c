"""A piece's report made, stored and kept without being parsed back; the previous CSV's
bytes copied through one buffer (publishing again, national scale)."""

from __future__ import annotations

import enum
import hashlib
import json
from pathlib import Path

import pytest

from genero_etl.publish import build, gatecache
from genero_etl.validate.report import FileReport, Finding, Report

SCRATCH = '/tmp/v/.gate.ab "c"'
SHOWN = "publicado/observatorio/1.1.0"


def _report() -> Report:
    findings = [
        Finding(
            "one-value-per-key",
            "unique_together",
            "warning",
            f"{SCRATCH}/data/observations.csv",
            "observations",
            row=row,
            line=row + 1,
            column=2,
            field="value",
            cell=f"{row}.5",
            params={"other_row": row - 1, "detail": "repite la fila", "x": 0.25, "l": ["Género"]},
        )
        for row in range(3, 503)
    ]
    findings.append(Finding("primary-key", "keys", params={"z": {"b": 1, "a": SCRATCH}}))
    return Report(
        [
            FileReport(
                f"{SCRATCH}/data/observations.csv",
                resource="observations",
                schema=f"{SCRATCH}/datapackage.json → observations",
                rows=501,
                checks=["schema", "one-value-per-key"],
                findings=findings,
            ),
            FileReport(f"{SCRATCH}/data/sources.csv", resource="sources", rows=2),
        ],
        seconds=3,
    )


def _one_at_a_time(report: Report) -> str:
    """The stored text as it was written before: one ``json.dumps`` per finding."""
    parts = []
    for file_report in report.files:
        head = {k: getattr(file_report, k) for k in file_report.__slots__ if k != "findings"}
        head_text = json.dumps(head, ensure_ascii=False, sort_keys=True)
        names = Finding.__slots__
        found = [
            json.dumps({n: getattr(f, n) for n in names}, ensure_ascii=False, sort_keys=True)
            for f in file_report.findings
        ]
        parts.append(head_text[:-1] + ', "findings": [' + ", ".join(found) + "]}")
    seconds = json.dumps({"seconds": report.seconds})
    return '{"files": [' + ", ".join(parts) + "], " + seconds[1:]


def test_a_report_is_stored_as_the_same_text_and_kept_as_load_gives_it() -> None:
    report = _report()
    text, plain = gatecache.dumped(report)
    assert plain and text == _one_at_a_time(report)  # one dumps of the list: the same text
    stored = gatecache.said(text, SCRATCH, gatecache.PLACEHOLDER)
    assert not gatecache.traces(stored, SCRATCH)
    loaded = gatecache.load(gatecache.said(stored, gatecache.PLACEHOLDER, SHOWN))
    kept = gatecache.said_in(report, SCRATCH, SHOWN)
    assert kept == loaded
    assert kept.files[0].file == f"{SHOWN}/data/observations.csv"
    assert kept.files[0].schema == f"{SHOWN}/datapackage.json → observations"
    assert kept.files[0].findings[0].file == f"{SHOWN}/data/observations.csv"
    assert kept.files[0].findings[0].cell == "3.5" and kept.files[0].findings[0].row == 3
    # dictionaries in key order, at every depth, as the text read back gives them
    assert list(kept.files[0].findings[0].params) == ["detail", "l", "other_row", "x"]
    assert kept.files[0].findings[-1].params == {"z": {"a": SHOWN, "b": 1}}
    assert list(kept.files[0].findings[-1].params["z"]) == ["a", "b"]
    assert type(kept.seconds) is float and kept.seconds == 3.0


def test_a_report_with_other_values_is_read_back_not_kept() -> None:
    class Kind(enum.StrEnum):
        A = "a"

    enumed = Report([FileReport("o.csv", findings=[Finding("c", "t", params={"k": Kind.A})])])
    text, plain = gatecache.dumped(enumed)
    assert text is not None and not plain  # stored (equal back), but parsed when used
    assert type(gatecache.load(text).files[0].findings[0].params["k"]) is str
    tupled = Report([FileReport("o.csv", findings=[Finding("c", "t", params={"k": (1,)})])])
    assert gatecache.dumped(tupled) == (None, False)
    nan = Report([FileReport("o.csv", findings=[Finding("c", "t", cell=None, row=float("nan"))])])  # type: ignore[arg-type]
    assert gatecache.dumped(nan) == (None, False)


def test_copied_bytes_are_written_and_hashed_as_if_passed_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "_BLOCK", 4096)  # ranges of many blocks, one buffer
    previous = tmp_path / "previous.csv"
    old = b"".join(b"%d,fila %d\n" % (i, i) for i in range(50_000))
    previous.write_bytes(old)
    out = tmp_path / "new.csv"
    with open(previous, "rb") as source, open(out, "wb") as handle:
        sink = build.HashingSink(handle)
        sink.write(b"id,texto\n")
        sink.copy_range(source, 100, 70_000)
        buffer = sink._buffer
        sink.write(b"nuevo,1\n")
        sink.copy_range(source, 0, 5)
        sink.copy_range(source, len(old) - 9, 9)
        assert sink._buffer is buffer and buffer is not None and len(buffer) == 4096
        assert sink.tell() == 9 + 70_000 + 8 + 5 + 9
        size, sha = sink.finish()
    expected = b"id,texto\n" + old[100:70_100] + b"nuevo,1\n" + old[:5] + old[-9:]
    assert out.read_bytes() == expected
    assert size == len(expected) and sha == hashlib.sha256(expected).hexdigest()
    with (
        open(previous, "rb") as source,
        open(tmp_path / "short.csv", "wb") as handle,
        pytest.raises(OSError, match="shorter"),
    ):
        build.HashingSink(handle).copy_range(source, len(old) - 9, 10)  # past the end
