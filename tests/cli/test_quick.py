"""The quick path of ``genero-etl validate``: the same parameters as typer gives, the same
report bytes and exit codes, and typer for everything it does not read."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from genero_etl.cli import quick
from genero_etl.cli import validate as validate_cmd
from genero_etl.cli.app import app
from genero_etl.cli.quick import parse_validate, run_quick

SCHEMA = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True}},
        {"name": "municipio", "type": "string", "constraints": {"pattern": "[0-9]{5}"}},
        {"name": "valor", "type": "number", "constraints": {"minimum": 0}},
        {"name": "fecha", "type": "date"},
    ],
    "primaryKey": ["id"],
}
GOOD = "id,municipio,valor,fecha\n1,09001,1.5,2024-01-01\n2,09002,3,2024-02-01\n"
BAD = (
    "id,municipio,valor,fecha\n1,09001,1.5,2024-01-01\n2,9002,-3,2024-13-01\n"
    '1,09003,"1,5",\n,,,\n4,09004\n5,09005,2,2024-01-01,extra\n'
)
ORDER = (
    "paths",
    "schema",
    "fmt",
    "lang",
    "max_errors",
    "workspace",
    "output",
    "max_mb",
    "no_rules",
)


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.csv").write_text(BAD, encoding="utf-8")
    (tmp_path / "schema.json").write_text(json.dumps(SCHEMA), encoding="utf-8")
    (tmp_path / "ws").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _typer_params(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...] | int:
    """What typer hands to the command body for ``argv``, or its exit code when it refuses."""
    seen: list[tuple[Any, ...]] = []
    monkeypatch.setattr(validate_cmd, "run_validate", lambda *args: seen.append(args) or 0)
    result = CliRunner().invoke(app, argv)
    return seen[0] if seen else result.exit_code


READ = [
    ["validate", "good.csv"],
    ["validate", "good.csv", "bad.csv", "--schema", "schema.json"],
    ["validate", "-s", "schema.json", "good.csv", "-f", "json", "--lang", "en"],
    ["validate", "--schema=schema.json", "--format=github", "good.csv", "--max-errors", "0"],
    ["validate", "good.csv", "--max-errors=3", "--max-mb", "1", "--no-rules"],
    ["validate", "good.csv", "-w", "ws", "-o", "out/report.json", "--format", "junit"],
    ["validate", "--workspace", "ws", "--output=r.md", "--max-errors", "-1"],
    ["validate", "missing.csv", "--format", "yaml"],
    ["validate"],
]


@pytest.mark.parametrize("argv", READ, ids=[" ".join(a) for a in READ])
def test_quick_reads_what_typer_reads(
    argv: list[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    params = parse_validate(argv)
    assert params is not None
    theirs = _typer_params(argv, monkeypatch)
    assert isinstance(theirs, tuple)
    ours = tuple(params[name] for name in ORDER)
    assert ours == theirs
    assert [type(x) for x in ours] == [type(x) for x in theirs]


LEFT_TO_TYPER = [
    ["validate", "--help"],
    ["validate", "-h"],
    ["validate", "good.csv", "--max-errors", "x"],
    ["validate", "good.csv", "--max-errors", "1.5"],
    ["validate", "good.csv", "--max-mb", "007"],
    ["validate", "good.csv", "--lang", "fr"],
    ["validate", "good.csv", "--lang", "ES"],
    ["validate", "good.csv", "-w", "good.csv"],
    ["validate", "good.csv", "--bogus"],
    ["validate", "good.csv", "-s"],
    ["validate", "good.csv", "-s", "schema.json", "-s", "schema.json"],
    ["validate", "good.csv", "--no-rules", "--no-rules"],
    ["validate", "--", "good.csv"],
    ["validate", "-"],
    ["validate", "good.csv", "-sschema.json"],
    ["-q", "validate", "good.csv"],
    ["--version"],
    ["ingest", "good.csv"],
    [],
]


@pytest.mark.parametrize("argv", LEFT_TO_TYPER, ids=[" ".join(a) for a in LEFT_TO_TYPER])
def test_anything_else_is_left_to_typer(argv: list[str], folder: Path) -> None:
    assert parse_validate(argv) is None
    assert run_quick(argv) is None


def test_completion_is_left_to_typer(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_GENERO_ETL_COMPLETE", "complete_bash")
    assert parse_validate(["validate", "good.csv"]) is None


def test_unreadable_path_is_left_to_typer(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quick.os, "access", lambda path, mode: Path(path).name != "good.csv")
    assert parse_validate(["validate", "good.csv"]) is None
    assert parse_validate(["validate", "bad.csv"]) is not None


_SECONDS = re.compile(r'\(\d+\.\d\d s\)|time="\d+\.\d+"|"seconds": [0-9.e-]+')


def _same_run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run_quick(argv)
    assert code is not None
    out, err = capsys.readouterr()
    return code, out, err


RUNS = [
    (["validate", "good.csv", "-s", "schema.json"], 0),
    (["validate", "bad.csv", "-s", "schema.json"], 1),
    (["validate", "bad.csv", "-s", "schema.json", "-f", "json", "--lang", "en"], 1),
    (["validate", "bad.csv", "good.csv", "-s", "schema.json", "-f", "markdown"], 1),
    (["validate", "bad.csv", "-s", "schema.json", "-f", "junit", "--max-errors", "2"], 1),
    (["validate", "bad.csv", "-f", "github"], 1),
    (["validate", "bad.csv", "-s", "schema.json", "-o", "out/r.json", "-f", "json"], 1),
    (["validate", "missing.csv"], 3),
    (["validate", "good.csv", "--format", "yaml"], 2),
    (["validate", "good.csv", "--max-errors", "-1", "--lang", "en"], 2),
    (["validate", "good.csv", "--max-mb", "0"], 4),
    (["validate", "-w", "ws"], 5),
]


@pytest.mark.parametrize("argv,code", RUNS, ids=[" ".join(a) for a, _ in RUNS])
def test_quick_reports_the_same_bytes_and_code_as_typer(
    argv: list[str], code: int, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code_run, out, err = _same_run(argv, capsys)
    ours = (code_run, _SECONDS.sub("T", out), _SECONDS.sub("T", err))
    written = (folder / "out" / "r.json").read_bytes() if "-o" in argv else b""
    result = CliRunner().invoke(app, argv)
    theirs = (result.exit_code, _SECONDS.sub("T", result.stdout), _SECONDS.sub("T", result.stderr))
    assert ours == theirs
    assert ours[0] == code
    if "-o" in argv:
        again = (folder / "out" / "r.json").read_bytes()
        assert _SECONDS.sub("T", written.decode()) == _SECONDS.sub("T", again.decode())
        report = json.loads(again)
        assert report["valid"] is False and report["summary"]["errors"] == len(report["errors"])


def test_quick_findings_of_the_bad_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _same_run(["validate", "bad.csv", "-s", "schema.json", "-f", "json"], capsys)
    assert code == 1
    found = {(e["code"], e["row"], e["field"]) for e in json.loads(out)["errors"]}
    assert found == {
        ("constraint-pattern", 3, "municipio"),
        ("constraint-minimum", 3, "valor"),
        ("type-error", 3, "fecha"),
        ("type-error-decimal", 4, "valor"),
        ("primary-key", 4, "id"),
        ("blank-row", 5, None),
        ("primary-key", 5, "id"),  # a blank row lacks its key, as frictionless says
        ("missing-cell", 6, "valor"),
        ("missing-cell", 6, "fecha"),
        ("extra-cell", 7, None),
    }


def test_main_runs_the_quick_path_and_exits_with_its_code(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from genero_etl.cli.main import main

    monkeypatch.setattr(sys, "argv", ["genero-etl", "validate", "bad.csv", "-s", "schema.json"])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 1
    assert "bad.csv: " in capsys.readouterr().out
