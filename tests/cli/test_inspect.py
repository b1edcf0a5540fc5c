"""`genero-etl inspect`: roles shown, a map written, and the documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from genero_etl.cli.app import app

runner = CliRunner()


def _table(tmp_path: Path) -> Path:
    path = tmp_path / "casos.csv"
    path.write_text(
        "Provincia,Año,Cantidad\nSalta,2020,4\nJujuy,2020,2\nSalta,2021,5\n", encoding="utf-8"
    )
    return path


def test_inspect_json_lists_roles_and_samples(tmp_path: Path) -> None:
    path = _table(tmp_path)
    result = runner.invoke(app, ["inspect", str(path), "--format", "json", "-w", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    table = data["tables"][0]
    roles = {c["column"]: (c["role"], c["kind"]) for c in table["columns"]}
    assert roles == {
        "Provincia": ("place", "admin1"),
        "Año": ("period", "year"),
        "Cantidad": ("measure", "count"),
    }
    assert table["layout"] == "long" and table["country"] == "AR"
    assert [s["value"] for s in table["samples"]] == [4.0, 2.0, 5.0]
    assert data["observations"] == 3


def test_write_map_then_refuse_to_overwrite(tmp_path: Path) -> None:
    path = _table(tmp_path)
    first = runner.invoke(app, ["inspect", str(path), "--write-map", "-w", str(tmp_path)])
    assert first.exit_code == 0, first.output
    written = (tmp_path / "casos.csv.map.yaml").read_text(encoding="utf-8")
    assert (
        "Cantidad:\n        role: measure\n        kind: count" in written
        and "country: AR" in written
    )
    again = runner.invoke(app, ["inspect", str(path), "--write-map", "-w", str(tmp_path)])
    assert again.exit_code == 6
    forced = runner.invoke(
        app, ["inspect", str(path), "--write-map", "--force", "-w", str(tmp_path)]
    )
    assert forced.exit_code == 0


def test_inspect_exit_codes(tmp_path: Path) -> None:
    text = tmp_path / "informe.txt"
    text.write_text("Se atendieron 45 mujeres.\n", encoding="utf-8")
    assert runner.invoke(app, ["inspect", str(text), "-w", str(tmp_path)]).exit_code == 4
    assert (
        runner.invoke(app, ["inspect", str(tmp_path / "nada.csv"), "-w", str(tmp_path)]).exit_code
        == 3
    )
    path = _table(tmp_path)
    (tmp_path / "casos.csv.map.yaml").write_text(
        "sheets:\n  '':\n    columns:\n      Cantidad: {role: total}\n", encoding="utf-8"
    )
    bad = runner.invoke(app, ["inspect", str(path), "-w", str(tmp_path)])
    assert bad.exit_code == 2 and "Cantidad" in bad.output and "total" in bad.output


def _pdf(path: Path, data: list[list[str]]) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))])
    story = [
        Paragraph("Cuadro 3. Denuncias por mes, primer trimestre 2021, Perú.",
                  getSampleStyleSheet()["Normal"]),
        Table(data, colWidths=[110, 70, 60, 50, 50], style=grid),
    ]  # fmt: skip
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    return path


def test_inspect_describes_a_pdf_table_by_its_page(tmp_path: Path) -> None:
    """A ruled PDF table with months across is described like a sheet, named by its page and
    number, and the ingest note says "Tabla", not "Hoja"."""
    path = _pdf(tmp_path / "meses.pdf", [
        ["Delito", "Enero 2021", "Febrero", "Marzo", "Total"],
        ["Femicidios", "12", "9", "14", "35"],
        ["Violencia familiar", "1 204", "1 187", "1 310", "3 701"],
    ])  # fmt: skip
    result = runner.invoke(app, ["inspect", str(path), "--format", "json", "-w", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    table = data["tables"][0]
    assert table["sheet"] == "page:1/table:1" and table["country"] == "PE"
    samples = [(s["value"], s["period"], s["breakdown"]) for s in table["samples"]]
    assert samples[0] == ("12", "Enero 2021", "tipo_delito=Femicidios")
    assert ("1 204", "Enero 2021", "tipo_delito=Violencia familiar") in samples
    assert data["observations"] == 8
    read = next(i for i in data["issues"] if i["code"] == "table-read-pdf")
    assert read["message_es"].startswith("Tabla 1 de la página 1 (page:1/table:1)")
    assert read["locator"].startswith("page:1/table:1!")
    text = runner.invoke(app, ["inspect", str(path), "-w", str(tmp_path)])
    assert "Tabla 1 de la página 1 (page:1/table:1, encabezado en la fila" in text.stdout
    assert "Hoja" not in text.stdout


def test_a_pdf_without_a_table_to_describe_exits_4(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "informe.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, "En 2021 se registraron 241 causas de femicidio en Salta.")
    page.save()
    result = runner.invoke(app, ["inspect", str(path), "-w", str(tmp_path)])
    assert result.exit_code == 4 and "lee sus cifras como texto" in result.output
    table = _pdf(tmp_path / "meses.pdf", [["Delito", "Enero 2021", "Febrero", "Marzo", "Total"],
                                          ["Femicidios", "12", "9", "14", "35"]])  # fmt: skip
    refused = runner.invoke(app, ["inspect", str(table), "--write-map", "-w", str(tmp_path)])
    assert refused.exit_code == 4 and not (tmp_path / "meses.pdf.map.yaml").exists()


def test_inspect_shows_the_roles_the_layout_read(tmp_path: Path) -> None:
    # "Corporación" has no role its header names, yet it tells the rows apart: the long layout
    # reads it as a breakdown; "Extorsión", a headed count beside the first, as a measure.
    # inspect says what was read, not the first guess ("ignored", "value")
    path = tmp_path / "policias.csv"
    path.write_text(
        "Entidad,Año,Corporación,Homicidio,Extorsión\nJalisco,2023,Estatal,120,14\n"
        "Jalisco,2023,Municipal,80,9\nSonora,2023,Estatal,60,4\nSonora,2023,Municipal,45,3\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["inspect", str(path), "--format", "json", "-w", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    roles = {c["column"]: (c["role"], c["kind"]) for c in data["tables"][0]["columns"]}
    assert roles == {
        "Entidad": ("place", "admin1"),
        "Año": ("period", "year"),
        "Corporación": ("category", "corporacion"),
        "Homicidio": ("measure", "count"),
        "Extorsión": ("measure", ""),
    }
    assert data["observations"] == 8


def test_a_written_map_reads_the_table_as_it_was_read(tmp_path: Path) -> None:
    # the map says what the layout read: ingesting again with it keeps each corporation's
    # counts (a map that said "Corporación: ignored" summed them into one value per state)
    path = tmp_path / "policias.csv"
    path.write_text(
        "Entidad,Año,Corporación,Homicidio,Extorsión\nJalisco,2023,Estatal,120,14\n"
        "Jalisco,2023,Municipal,80,9\nSonora,2023,Estatal,60,4\nSonora,2023,Municipal,45,3\n",
        encoding="utf-8",
    )
    written = runner.invoke(app, ["inspect", str(path), "--write-map", "-w", str(tmp_path)])
    assert written.exit_code == 0, written.output
    mapped = (tmp_path / "policias.csv.map.yaml").read_text(encoding="utf-8")
    assert "Corporación:\n        role: category\n        kind: corporacion" in mapped
    result = runner.invoke(
        app, ["ingest", str(path), "--dry-run", "--format", "json", "-w", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["observations"] == 8
