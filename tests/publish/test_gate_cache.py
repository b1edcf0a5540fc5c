"""The gate's piece reports kept between publishes (``publish.gatecache``): a stored report
reads the same as a fresh one, a changed byte or a corrupt file makes the piece validated
again, and reports no longer used are removed."""

from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from genero_etl.publish import gatecache, gates, pieces
from genero_etl.publish.package import publish
from genero_etl.workspace import Workspace


def _findings_csv(version: Path) -> dict[str, Any]:
    """The observations CSV with a repeated id and a value outside the codebook; the
    package describing it."""
    path = version / "data" / "observations.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows.insert(14, dict(rows[10]))
    rows[5]["indicator_id"] = "femicidios_inventados"
    _write(path, rows)
    package: dict[str, Any] = json.loads((version / "datapackage.json").read_text("utf-8"))
    _declare(package, path)
    return package


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _declare(package: dict[str, Any], path: Path, rel: str = "data/observations.csv") -> None:
    data = path.read_bytes()
    for resource in package["resources"]:
        if resource["path"] == rel:
            resource["bytes"] = len(data)
            resource["hash"] = f"sha256:{hashlib.sha256(data).hexdigest()}"


RUN_TABLES: list[list[str]] = []  # the tables of each run made, in order (``runs``)


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many `validate` runs the gate makes (one per piece not found stored); the tables
    of each run go to ``RUN_TABLES``."""
    from genero_etl.validate import api

    made = [0]
    real = api.validate_paths
    RUN_TABLES.clear()

    def counted(*args: Any, **kwargs: Any) -> Any:
        made[0] += 1
        package = json.loads(Path(args[0][0]).read_text(encoding="utf-8"))
        RUN_TABLES.append(sorted(r["name"] for r in package["resources"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "validate_paths", counted)
    return made


def _stored(ws: Path) -> list[Path]:
    return sorted(gatecache.folder(ws).glob("*.json"))


def test_piece_reports_are_reused_only_while_their_bytes_are_the_same(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, runs: list[int]
) -> None:
    version = Path(publish(Workspace(staged_ws)).path)
    package = _findings_csv(version)
    path = version / "data" / "observations.csv"
    ws = Workspace(staged_ws)
    monkeypatch.setenv(pieces.PIECE_ENV, f"{path.stat().st_size / 1024**2 / 6:.6f}")
    cut = pieces.split(path, package["resources"][0]["schema"], gates._rules(ws), "observations")
    assert len(cut) >= 4
    for stale in _stored(staged_ws):  # the publish above was small: nothing was cut
        stale.unlink()
    runs[0] = 0
    monkeypatch.setenv(gatecache.CACHE_ENV, "0")
    # one run per piece, and one of the tables checked whole (they read no piece)
    fresh = gates._validate(ws, package, version, "shown")
    assert runs[0] == len(cut) + 1 and _stored(staged_ws) == []
    monkeypatch.delenv(gatecache.CACHE_ENV)
    first = gates._validate(ws, package, version, "shown")  # stored
    assert runs[0] == 2 * (len(cut) + 1) and len(_stored(staged_ws)) == len(cut) + 1
    again = gates._validate(ws, package, version, "shown")  # read back
    assert runs[0] == 2 * (len(cut) + 1)
    assert again.files == first.files == fresh.files
    assert again.errors == fresh.errors >= 2 and not again.valid
    codes = {(f.code, f.row) for f in again.findings}
    assert ("primary-key", 16) in codes and ("indicator-in-codebook", 7) in codes
    assert all(f.file.startswith("shown") for f in again.findings)
    elsewhere = gates._validate(ws, package, version, "otra")  # read back, said there
    assert runs[0] == 2 * (len(cut) + 1)
    assert all(f.file.startswith("otra") for f in elsewhere.findings)

    # one byte changed, same length: that piece alone is validated again
    data = path.read_bytes()
    last = cut[-1]
    row = next(
        csv.DictReader(
            io.StringIO(data[: last.header_end + 0].decode() + data[last.start : last.end].decode())
        )
    )
    cell = f",{row['indicator_id']},".encode()
    at = data.index(cell, last.start)
    path.write_bytes(data[:at] + b",X" + cell[2:] + data[at + len(cell) :])
    _declare(package, path)
    runs[0] = 0
    changed = gates._validate(ws, package, version, "shown")
    assert runs[0] == 1
    assert len(_stored(staged_ws)) == len(cut) + 1  # the old piece's report removed
    monkeypatch.setenv(gatecache.CACHE_ENV, "0")
    assert changed.files == gates._validate(ws, package, version, "shown").files
    assert changed.errors > fresh.errors  # the new value is outside the codebook
    assert ("indicator-in-codebook", last.first_row) in {(f.code, f.row) for f in changed.findings}
    monkeypatch.delenv(gatecache.CACHE_ENV)

    # corrupt files are ignored: the piece is validated again and its report rewritten
    stored = _stored(staged_ws)
    stored[0].write_text('{"key": "', encoding="utf-8")
    name = stored[1].stem
    stored[1].write_text(json.dumps({"key": name}) + "\n[]", encoding="utf-8")  # not a report
    stored[2].write_text(json.dumps({"key": "other"}) + "\n{}", encoding="utf-8")
    runs[0] = 0
    assert gates._validate(ws, package, version, "shown").files == changed.files
    assert runs[0] == 3
    for entry in _stored(staged_ws):
        # a line naming the report, then the report's text as it is (not quoted again)
        line, _, text = entry.read_text(encoding="utf-8").partition("\n")
        head = json.loads(line)  # and what a passing gate reads of it: its counts
        assert head["key"] == entry.stem and head["bytes"] == len(text.encode("utf-8"))
        assert text.startswith('{"files": [{') and gatecache.load(text).files
        report = gatecache.load(text)
        assert head["seconds"] == report.seconds
        assert [(h["resource"], h["rows"], h["rowless"]) for h in head["files"]] == [
            (f.resource, f.rows, sum(1 for x in f.findings if x.row is None)) for f in report.files
        ]
        assert [sum(n for _, _, n in h["tally"]) for h in head["files"]] == [
            len(f.findings) for f in report.files
        ]


def test_the_name_of_a_report_covers_what_the_run_reads(tmp_path: Path) -> None:
    code = gatecache.environment(tmp_path)
    base = gatecache.key(code, [{"name": "t"}], {"data/t.csv": "a" * 64}, {"t": [2, 2]})
    assert base == gatecache.key(code, [{"name": "t"}], {"data/t.csv": "a" * 64}, {"t": [2, 2]})
    others = [
        gatecache.key(code, [{"name": "t"}], {"data/t.csv": "b" * 64}, {"t": [2, 2]}),
        gatecache.key(code, [{"name": "t"}], {"data/t.csv": "a" * 64}, {"t": [3, 3]}),
        gatecache.key(code, [{"name": "u"}], {"data/t.csv": "a" * 64}, {"t": [2, 2]}),
        gatecache.key("0" * 64, [{"name": "t"}], {"data/t.csv": "a" * 64}, {"t": [2, 2]}),
    ]
    assert len({base, *others}) == 5
    # the workspace's schemas are part of the checking: a rule edited, another name
    rules = tmp_path / "schemas" / "rules"
    rules.mkdir(parents=True)
    (rules / "extra.yaml").write_text("[]\n", encoding="utf-8")
    edited = gatecache.environment(tmp_path)
    (rules / "extra.yaml").write_text("[] \n", encoding="utf-8")
    assert len({code, edited, gatecache.environment(tmp_path)}) == 3


def test_a_report_json_would_not_give_back_is_not_stored() -> None:
    from genero_etl.validate.report import FileReport, Finding, Report

    plain = Report([FileReport("f", findings=[Finding("c", "t", row=3, params={"n": 1})])])
    text = gatecache.dump(plain)
    assert text is not None and gatecache.load(text) == plain
    tupled = Report([FileReport("f", findings=[Finding("c", "t", params={"n": (1, 2)})])])
    assert gatecache.dump(tupled) is None  # a tuple would come back a list
    assert (
        gatecache.dump(Report([FileReport("f", findings=[Finding("c", "t", params={"x": {1}})])]))
        is None
    )
    nan = Report([FileReport("f", findings=[Finding("c", "t", params={"x": float("nan")})])])
    assert gatecache.dump(nan) is None
    # written one finding at a time, read back whole: the same report, files and order kept
    many = Report(
        [
            FileReport(
                "data/o.csv",
                resource="observations",
                schema="s → o",
                rows=40_000,
                checks=["schema", "one-value-per-key"],
                findings=[
                    Finding(
                        "one-value-per-key",
                        "unique_together",
                        "warning",
                        "data/o.csv",
                        "observations",
                        row=row,
                        params={"other_row": row - 1},
                    )
                    for row in range(3, 1003)
                ],
            ),
            FileReport("data/fuentes.csv", resource="sources", rows=2),
            FileReport("data/i.csv", findings=[Finding("c", "t", cell="Género", row=2)]),
        ],
        seconds=12.25,
    )
    text = gatecache.dump(many)
    assert text is not None and gatecache.load(text) == many
    assert json.loads(text)["files"][0]["findings"][999]["params"] == {"other_row": 1001}
    assert json.loads(text)["seconds"] == 12.25


def test_findings_of_text_and_numbers_are_written_without_being_read_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """JSON gives text, whole numbers, booleans, None and finite floats back as they were:
    such findings are not parsed again to check it; any other value still is."""
    import enum

    from genero_etl.validate.report import FileReport, Finding, Report

    class Kind(enum.StrEnum):
        A = "a"

    parsed: list[str] = []
    real = json.loads

    def counted(text: str, *args: object, **kwargs: object) -> object:
        parsed.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    plain = Report(
        [
            FileReport(
                "o.csv",
                rows=3,
                checks=["schema"],
                findings=[
                    Finding("c", "t", row=2, cell="Género", params={"n": 1, "x": 0.5, "l": ["a"]}),
                    Finding("c", "t", params={"ok": True, "none": None, "d": {"k": -0.0}}),
                ],
            )
        ],
        seconds=1.5,
    )
    monkeypatch.setattr(json, "loads", counted)
    text = gatecache.dump(plain)
    assert parsed == []
    monkeypatch.setattr(json, "loads", real)
    assert text is not None and gatecache.load(text) == plain
    # a text of another type (an enum) is checked by reading it back: equal, so stored
    monkeypatch.setattr(json, "loads", counted)
    enumed = Report([FileReport("o.csv", findings=[Finding("c", "t", params={"k": Kind.A})])])
    assert gatecache.dump(enumed) is not None and len(parsed) == 1
    monkeypatch.setattr(json, "loads", real)
    infinite = Report([FileReport("o.csv", findings=[Finding("c", "t", params={"x": 1e400})])])
    assert gatecache.dump(infinite) is None
    assert not gatecache._plain({1: "a"}) and not gatecache._plain(("a",))


def test_a_source_added_or_removed_elsewhere_leaves_the_other_pieces_reports(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, runs: list[int]
) -> None:
    version = Path(publish(Workspace(staged_ws)).path)
    package = _findings_csv(version)
    path = version / "data" / "observations.csv"
    ws = Workspace(staged_ws)
    monkeypatch.setenv(pieces.PIECE_ENV, f"{path.stat().st_size / 1024**2 / 6:.6f}")
    cut = pieces.split(path, package["resources"][0]["schema"], gates._rules(ws), "observations")
    resource = next(r for r in package["resources"] if r["name"] == "observations")
    keyed = gates._keyed_only(resource, package["resources"], gates._rules(ws))
    assert keyed == {"sources": ("source_sha256", "source_sha256")}  # indicators: by a rule
    gates._validate(ws, package, version, "shown")
    sources = version / "data" / "sources.csv"
    with sources.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # a source no piece points to: only the run of the tables checked whole again (the
    # first piece is validated apart from them, so its report is kept too)
    _write(sources, [*rows, {**rows[0], "source_sha256": "f" * 64, "source_file": "raw/otro.txt"}])
    _declare(package, sources, "data/sources.csv")
    runs[0] = 0
    RUN_TABLES.clear()
    added = gates._validate(ws, package, version, "shown")
    assert runs[0] == 1
    assert RUN_TABLES == [["indicators", "quality_issues", "sources"]]  # no piece again
    monkeypatch.setenv(gatecache.CACHE_ENV, "0")
    assert added.files == gates._validate(ws, package, version, "shown").files
    monkeypatch.delenv(gatecache.CACHE_ENV)
    # a source the last piece points to, gone: that piece is checked again and says so
    with path.open(encoding="utf-8", newline="") as handle:
        observations = list(csv.DictReader(handle))
    gone = observations[cut[-1].first_row - 2]["source_sha256"]
    _write(sources, [r for r in rows if r["source_sha256"] != gone])
    _declare(package, sources, "data/sources.csv")
    runs[0] = 0
    RUN_TABLES.clear()
    removed = gates._validate(ws, package, version, "shown")
    starts = [piece.first_row for piece in cut]
    pointing = {
        bisect.bisect_right(starts, i + 2) - 1
        for i, o in enumerate(observations)
        if o["source_sha256"] == gone
    }
    assert len(cut) - 1 in pointing and len(pointing) < len(cut)
    assert runs[0] == len(pointing) + 1  # and the tables checked whole
    assert RUN_TABLES[0] == ["indicators", "quality_issues", "sources"]
    assert RUN_TABLES[1:] == [["indicators", "observations", "sources"]] * len(pointing)
    monkeypatch.setenv(gatecache.CACHE_ENV, "0")
    assert removed.files == gates._validate(ws, package, version, "shown").files
    assert any(f.code.startswith("foreign-key") or "foreign" in f.type for f in removed.findings)


def test_a_stored_report_is_said_with_the_path_it_is_given() -> None:
    from genero_etl.validate.report import FileReport, Report

    accented = Report([FileReport('/tmp/Género "x"/data/o.csv', schema='/tmp/Género "x"/d → o')])
    stored = gatecache.dump(accented)
    assert stored is not None
    placed = gatecache.said(stored, '/tmp/Género "x"', gatecache.PLACEHOLDER)
    assert "Género" not in placed
    shown = gatecache.load(gatecache.said(placed, gatecache.PLACEHOLDER, "publicado/1.1.0"))
    assert shown.files[0].file == "publicado/1.1.0/data/o.csv"
    assert shown.files[0].schema == "publicado/1.1.0/d → o"
