"""The command: exit codes, formats, --max-errors, --output, and that inputs stay untouched."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import typer
from helpers import observation, write_observations
from typer.testing import CliRunner

from genero_etl.cli.validate import validate

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = FIXTURES / "simple.schema.json"

app = typer.Typer()
app.command("validate")(validate)


@app.callback()
def _root() -> None:
    """Test root so 'validate' is a subcommand, as in genero-etl."""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def bad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "datos.csv"
    path.write_text('id,valor,municipio\n1,"1.234,5",14039\n2,3,1403\n2,x,\n', encoding="utf-8")
    return path


def test_valid_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("id,valor,municipio\n1,2.5,14039\n", encoding="utf-8")
    code, out, _ = run(str(path), "--schema", str(SCHEMA))
    assert code == 0
    assert "válido" in out


def test_invalid_file_exits_1_with_spanish_located_message(bad_csv: Path) -> None:
    code, out, _ = run(str(bad_csv), "--schema", str(SCHEMA))
    assert code == 1
    assert "La celda B2 (fila 2, columna 'valor')" in out
    assert "espera punto decimal" in out and "decimalChar" in out


def test_json_report_shape(bad_csv: Path) -> None:
    code, out, _ = run(str(bad_csv), "--schema", str(SCHEMA), "--format", "json", "--lang", "en")
    assert code == 1
    data = json.loads(out)
    assert data["version"] == "1.0"
    assert data["summary"]["errors"] == len(data["errors"]) == 4
    assert data["summary"]["by_code"] == {
        "constraint-pattern": 1,
        "primary-key": 1,
        "type-error": 1,
        "type-error-decimal": 1,
    }
    first = data["errors"][0]
    assert set(first) >= {
        "code",
        "type",
        "severity",
        "message",
        "hint",
        "file",
        "row",
        "column",
        "field",
        "cell",
    }
    assert (
        first["code"],
        first["type"],
        first["row"],
        first["column_letter"],
        first["field"],
        first["cell"],
    ) == ("type-error-decimal", "type-error", 2, "B", "valor", "1.234,5")
    assert first["message"].startswith("Cell B2")


def test_max_errors_limits_shown_not_found(bad_csv: Path) -> None:
    code, out, _ = run(str(bad_csv), "--schema", str(SCHEMA), "-f", "json", "--max-errors", "1")
    data = json.loads(out)
    assert code == 1
    assert (data["summary"]["errors"], data["summary"]["shown"], data["summary"]["hidden"]) == (
        4,
        1,
        3,
    )
    code, out, _ = run(str(bad_csv), "--schema", str(SCHEMA), "--max-errors", "1")
    assert "3 hallazgos más no se muestran" in out


def test_github_annotations(bad_csv: Path) -> None:
    code, out, _ = run(str(bad_csv), "--schema", str(SCHEMA), "-f", "github")
    assert code == 1
    lines = [line for line in out.splitlines() if line.startswith("::error")]
    assert len(lines) == 4
    assert lines[0].startswith(f"::error file={bad_csv},line=2,col=2,title=type-error-decimal::")


def test_junit_and_markdown_to_output(bad_csv: Path, tmp_path: Path) -> None:
    junit = tmp_path / "out" / "report.xml"
    code, _, _ = run(str(bad_csv), "--schema", str(SCHEMA), "-f", "junit", "-o", str(junit))
    assert code == 1
    root = ET.parse(junit).getroot()
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == str(bad_csv)
    failed = {
        case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None
    }
    assert failed == {"schema", "keys"}
    markdown = tmp_path / "comment.md"
    code, _, _ = run(str(bad_csv), "--schema", str(SCHEMA), "-f", "markdown", "-o", str(markdown))
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("## ❌")
    assert "`type-error-decimal` × 1" in text


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (None, "no-existe.csv", 3),
        (b"", "vacio.csv", 3),
        (b"\x00\x01\x02\x00" * 10, "binario.csv", 3),
        (b"PK\x03\x04rest", "zip.csv", 4),
        (b"hola", "informe.pdf", 4),
    ],
    ids=["missing", "empty", "nul-bytes", "zip-as-csv", "unknown-suffix"],
)
def test_unusable_inputs_exit_codes(
    tmp_path: Path, content: bytes | None, name: str, expected: int
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(str(path), "--schema", str(SCHEMA))
    assert code == expected
    assert err.startswith("error: ")
    assert name in err


def test_bad_format_is_usage_error(bad_csv: Path) -> None:
    code, _, err = run(str(bad_csv), "--format", "xml")
    assert code == 2
    assert "--format" in err


def test_cp1252_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latino.csv"
    path.write_bytes("id,valor,municipio\n1,2,14039\n3,4,Peñalolén\n".encode("cp1252"))
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "json")
    data = json.loads(out)
    assert code == 1
    codes = data["summary"]["by_code"]
    assert codes["encoding-guessed"] == 1
    assert data["summary"]["warnings"] == 1
    pattern = [e for e in data["errors"] if e["code"] == "constraint-pattern"]
    assert pattern[0]["cell"] == "Peñalolén"


def test_utf8_bom_is_transparent(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfid,valor,municipio\n1,2,14039\n")
    code, out, _ = run(str(path), "--schema", str(SCHEMA))
    assert code == 0, out


def test_invalid_schema_is_reported_with_reasons(tmp_path: Path, bad_csv: Path) -> None:
    schema = tmp_path / "malo.json"
    schema.write_text(
        json.dumps(
            {
                "fields": [
                    {"name": "id", "type": "entero"},
                    {"name": "valor", "type": "integer", "constraints": {"pattern": "1"}},
                ],
                "primaryKey": ["no_existe"],
            }
        )
    )
    code, out, _ = run(str(bad_csv), "--schema", str(schema), "-f", "json")
    assert code == 1
    reasons = [e["message"] for e in json.loads(out)["errors"]]
    assert any("tipo desconocido 'entero'" in r for r in reasons)
    assert any("no admite la restricción 'pattern'" in r for r in reasons)
    assert any("'no_existe'" in r for r in reasons)


def test_validation_never_modifies_inputs(bad_csv: Path, tmp_path: Path) -> None:
    before = (bad_csv.read_bytes(), os.stat(bad_csv).st_mtime_ns, SCHEMA.read_bytes())
    run(str(bad_csv), "--schema", str(SCHEMA), "-f", "json")
    run(str(tmp_path))
    assert (bad_csv.read_bytes(), os.stat(bad_csv).st_mtime_ns, SCHEMA.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["datos.csv"]


def test_folder_and_project_schema_detection(tmp_path: Path) -> None:
    write_observations(tmp_path / "obs.csv", [observation(1), observation(1)])
    (tmp_path / "notas.txt").write_text("no es tabla")
    code, out, _ = run(str(tmp_path), "-f", "json", "-w", str(tmp_path), "--no-rules")
    data = json.loads(out)
    assert code == 1
    assert data["files"][0]["schema"].startswith("observations")
    assert data["summary"]["by_code"]["primary-key"] == 1
    assert data["summary"]["by_code"]["unique-error"] == 1


def test_unknown_header_gets_structure_check_and_warning(tmp_path: Path) -> None:
    path = tmp_path / "otra.csv"
    path.write_text("a,b\n1,2\n3\n")
    code, out, _ = run(str(path), "-f", "json", "-w", str(tmp_path))
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["by_code"] == {"missing-cell": 1, "schema-not-found": 1}


def test_xlsx_cell_names_sheet_and_letter(tmp_path: Path) -> None:
    import openpyxl  # a dev dependency: the workbook is written by a real writer

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Hoja1"
    for row in (["id", "valor", "municipio"], [1, 2.5, "14039"], [2, "1.234,5", "14040"]):
        sheet.append(row)
    path = tmp_path / "libro.xlsx"
    workbook.save(path)
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "json")
    data = json.loads(out)
    assert code == 1
    error = data["errors"][0]
    assert (error["row"], error["column_letter"], error["sheet"]) == (3, "B", "Hoja1")
    assert error["message"].startswith("La celda B3 de 'Hoja1'")


def test_staged_data_comes_from_the_staged_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{k: v for k, v in observation(1).items()}]
    rows[0]["confidence"] = 1.5  # type: ignore[assignment]
    monkeypatch.setattr(
        "genero_etl.publish.tables.staged_rows",
        lambda workspace: {"observations": rows},
    )
    code, out, _ = run("-w", str(tmp_path), "-f", "json", "--no-rules")
    data = json.loads(out)
    assert code == 1
    assert [
        (e["code"], e["field"], e["row"]) for e in data["errors"] if e["severity"] == "error"
    ] == [("constraint-maximum", "confidence", 2)]


def test_mixed_encoding_lines_are_encoding_errors(tmp_path: Path) -> None:
    path = tmp_path / "mezcla.csv"
    path.write_bytes(
        "id,valor,municipio\n1,2,Peñalolén\n".encode() + "2,3,Peñalolén\n".encode("cp1252")
    )
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "json")
    data = json.loads(out)
    assert code == 1
    errors = [(e["code"], e["line"]) for e in data["errors"] if e["code"] == "encoding-error"]
    assert errors == [("encoding-error", 3)]


def test_file_over_max_mb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "grande.csv"
    path.write_text("id,valor,municipio\n" + "1,2,14039\n" * 120_000, encoding="utf-8")
    code, _, err = run(str(path), "--schema", str(SCHEMA), "--max-mb", "1")
    assert code == 4
    assert "--max-mb" in err


def test_every_code_is_documented() -> None:
    from genero_etl.validate.messages import FINDINGS
    from genero_etl.validate.rules import default_rules_dir, load_rules

    docs = (Path(__file__).resolve().parents[2] / "docs" / "validate.md").read_text(
        encoding="utf-8"
    )
    codes = [c for c in FINDINGS if c != "rule-error"] + [
        r.id for r in load_rules(default_rules_dir())
    ]
    assert [c for c in codes if f"`{c}`" not in docs] == []


def test_file_that_does_not_fit_the_schema_says_so(tmp_path: Path) -> None:
    path = tmp_path / "otra.csv"
    path.write_text("nombre,edad\nAna,30\n", encoding="utf-8")
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "json")
    data = json.loads(out)
    assert code == 1
    assert data["errors"][0]["code"] == "schema-mismatch"
    assert data["summary"]["by_code"]["incorrect-label"] == 2


def test_no_path_and_nothing_staged_exits_5(tmp_path: Path) -> None:
    code, _, err = run("-w", str(tmp_path))
    assert code == 5
    assert "genero-etl ingest" in err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("datos.tsv", "id\tvalor\tmunicipio\n1\t2\t14039\n2\tx\t14040\n"),
        ("punto_y_coma.csv", "id;valor;municipio\n1;2;14039\n2;x;14040\n"),
    ],
)
def test_tsv_and_semicolon_delimiters(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "json")
    data = json.loads(out)
    assert code == 1
    assert [(e["code"], e["row"], e["field"]) for e in data["errors"]] == [
        ("type-error", 3, "valor")
    ]


def test_github_line_follows_multiline_cells(tmp_path: Path) -> None:
    path = tmp_path / "multilinea.csv"
    path.write_text('id,valor,municipio\n1,2,"14039\nsigue"\n2,x,14040\n', encoding="utf-8")
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "json")
    data = json.loads(out)
    assert code == 1
    found = {(e["code"], e["row"], e["line"]) for e in data["errors"]}
    assert found == {("constraint-pattern", 2, 2), ("type-error", 3, 4)}
    code, out, _ = run(str(path), "--schema", str(SCHEMA), "-f", "github")
    assert code == 1
    assert f"::error file={path},line=4,col=2,title=type-error::" in out
