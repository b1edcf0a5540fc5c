"""validate: hostile packages and cells give clear refusals and reports that stay valid."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genero_etl.cli.app import app
from genero_etl.validate.render import md_cell

runner = CliRunner()


def validate(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["validate", *args])


def package(tmp_path: Path, resource: dict[str, object]) -> Path:
    (tmp_path / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    descriptor = {"name": "p", "resources": [{"name": "r", "path": "data.csv", **resource}]}
    path = tmp_path / "datapackage.json"
    path.write_text(json.dumps(descriptor), encoding="utf-8")
    return path


def test_nul_in_a_resource_path_is_refused(tmp_path: Path) -> None:
    path = package(tmp_path, {})
    path.write_text(path.read_text().replace("data.csv", "data\\u0000.csv"))
    result = validate(str(path))
    assert result.exit_code == 4
    assert "NUL" in result.output


@pytest.mark.parametrize(
    ("dialect", "problem"),
    [
        ("coma", "'dialect' no es un objeto"),
        ({"delimiter": 5}, "'dialect.delimiter' no es un texto"),
        ({"delimiter": ";;"}, "'dialect.delimiter' debe ser un solo carácter"),
        ({"header": "yes"}, "'dialect.header' debe ser true o false"),
    ],
)
def test_malformed_dialect_is_a_clear_refusal(
    tmp_path: Path, dialect: object, problem: str
) -> None:
    result = validate(str(package(tmp_path, {"dialect": dialect})))
    assert result.exit_code == 4
    assert problem in result.output


def test_a_symlink_out_of_the_workspace_is_not_echoed(tmp_path: Path) -> None:
    link = tmp_path / "datos.csv"
    link.symlink_to("/etc/passwd")
    result = validate(str(link), "--workspace", str(tmp_path), "--format", "json")
    assert result.exit_code == 4
    assert "root:x:0" not in result.output
    assert "/etc/passwd" in result.output


def _bad_cells(tmp_path: Path) -> list[str]:
    schema = {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "string"}]}
    (tmp_path / "schema.json").write_text(json.dumps(schema))
    (tmp_path / "data.csv").write_text(
        'a,b\nx\x01\x02y,ok\n"<img src=x onerror=alert(1)> [l](http://e.vil) @admin\nz",ok\n',
        encoding="utf-8",
    )
    return [str(tmp_path / "data.csv"), "--schema", str(tmp_path / "schema.json")]


def test_junit_is_valid_xml_whatever_the_cells_hold(tmp_path: Path) -> None:
    result = validate(*_bad_cells(tmp_path), "--format", "junit")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    failures = [f.text or "" for f in root.iter("failure")]
    assert any("xy" in text for text in failures)  # the cell, without its control characters


def test_markdown_neutralises_html_links_mentions_and_newlines(tmp_path: Path) -> None:
    result = validate(*_bad_cells(tmp_path), "--format", "markdown")
    assert result.exit_code == 1
    text = result.stdout
    assert "<img" not in text and "&lt;img" in text
    assert "](http" not in text and " @admin" not in text
    rows = [line for line in text.splitlines() if line.startswith("| ❌")]
    assert len(rows) == 2 and all(row.count(" | ") == 5 for row in rows)


def test_md_cell() -> None:
    assert md_cell("a|b\nc") == "a\\|b c"
    assert md_cell("<b>@x</b>") == "&lt;b&gt;@\u200bx&lt;/b&gt;"
    assert md_cell("[t](https://x)") == "\\[t\\]\\(https:\u200b//x\\)"


def test_workbooks_pass_the_zip_bomb_checks(tmp_path: Path) -> None:
    import io
    import zipfile

    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<x>" + b" " * 60_000_000 + b"</x>")
    (tmp_path / "libro.xlsx").write_bytes(sink.getvalue())
    result = validate(str(tmp_path / "libro.xlsx"))
    assert result.exit_code == 4
    assert "bomba zip" in result.output
