"""A municipal women's office's quarterly Word report: a table of attentions by type with
the quarter's months across, a "-" where a month had none.

Read before, the months were a breakdown ("tipo_de_atencion=Enero") of values dated with the
whole quarter, and the row holding the "-" was taken for the header of the rows below it
(whose values were then published as "trabajo_social=12").
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def report(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph(
        "Instituto Municipal de las Mujeres de Zapopan. Informe del primer trimestre 2024."
    )
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ["Tipo de atención", "Enero", "Febrero", "Marzo"], strict=True
    ):
        cell.text = text
    for row in [
        ["Asesoría jurídica", "45", "52", "61"],
        ["Trabajo social", "12", "-", "15"],
        ["Atención psicológica", "88", "90", "n/d"],
    ]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(path)
    return path


def test_months_across_a_word_table_date_its_values_and_a_dash_row_is_no_header(
    tmp_path: Path,
) -> None:
    path = report(tmp_path / "informe_trimestral.docx")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    by_value = {r.value: r for r in rows}
    assert (by_value[45.0].period_start, by_value[45.0].period_end) == ("2024-01-01", "2024-01-31")
    assert (by_value[52.0].period_start, by_value[52.0].period_end) == ("2024-02-01", "2024-02-29")
    assert (by_value[61.0].period_start, by_value[61.0].period_end) == ("2024-03-01", "2024-03-31")
    assert (by_value[88.0].period_start, by_value[90.0].period_start) == (
        "2024-01-01",
        "2024-02-01",
    )
    assert not [r for r in rows if r.breakdown_value in {"12", "-", "15", "Enero", "Febrero"}]
    assert {(r.country, r.municipality_code) for r in rows} == {("MX", "14120")}


def test_a_goal_column_of_a_word_table_is_a_target(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Instituto Municipal de las Mujeres de Zapopan. Informe 2024.")
    doc.add_paragraph("Capacitaciones realizadas en el año:")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ["Dependencia", "Personas capacitadas", "Meta"], strict=True
    ):
        cell.text = text
    for row in [["Policía municipal", "120", "150"], ["Protección civil", "35", "40"]]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    path = tmp_path / "capacitaciones.docx"
    doc.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    assert sorted((r.value, r.value_kind) for r in rows) == [
        (35.0, "observed"),
        (40.0, "target"),
        (120.0, "observed"),
        (150.0, "target"),
    ]
