"""Footnotes under a PDF table are notes about it, never values.

"1/ Incluye 25 casos de tentativa..." under a table: the 25 is not a count of the report.
The pages are drawn with reportlab as offices print them: an unruled table (columns aligned
by whitespace) and a ruled one (a word processor's grid), with their source line and their
numbered notes below. Figures are Peru's feminicides and attempts (see test_pdf_aligned).
"""

from __future__ import annotations

import io
from pathlib import Path

from genero_etl.pipeline import extract_file
from genero_etl.readers.pdf import read_pdf
from genero_etl.readers.registry import ReadOptions

ROWS = [("2014", "96", "186"), ("2015", "95", "198"), ("2016", "54", "118")]
NOTES = [
    "1/ Incluye 25 casos de tentativa registrados por la comisaría de familia.",
    "2/ Cifras preliminares al 30 de junio de 2016; 17 casos siguen en revisión y",
    "serán publicados en el informe anual de 2017 con 3 cuadros nuevos.",
]


def _unruled_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 10)
    page.drawString(72, 780, "Cuadro 2. Víctimas de feminicidio y tentativa, Perú, 2014-2016")
    y = 750.0
    for label, first, second in [("Año", "Feminicidio", "Tentativa 1/"), *ROWS]:
        page.drawString(90, y, label)
        page.drawRightString(260, y, first)
        page.drawRightString(420, y, second)
        y -= 16
    page.drawString(72, y - 10, "Fuente: Programa Nacional Contra la Violencia Familiar y Sexual.")
    for k, note in enumerate(NOTES):
        page.drawString(72, y - 26 - 16 * k, note)
    page.drawString(72, y - 90, "En 2016 se registraron 54 feminicidios en todo el país.")
    page.showPage()
    page.save()
    path.write_bytes(raw.getvalue())
    return path


def _ruled_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))])
    data = [
        ["Unidad de análisis", "Femicidio directo", "Femicidio vinculado 1/", "TOTAL"],
        ["Causas", "225", "16", "241"],
        ["Víctimas", "231", "20", "251"],
    ]
    style = getSampleStyleSheet()["Normal"]
    story = [
        Paragraph("Totales de femicidios 2021 en Argentina.", style),
        Table(data, colWidths=[110, 90, 110, 50], style=grid),
        Paragraph("(1) Incluye 4 causas que son también de femicidio directo.", style),
        Paragraph("Nota: 12 jurisdicciones informaron al 31 de marzo.", style),
    ]
    raw = io.BytesIO()
    SimpleDocTemplate(raw, pagesize=letter).build(story)
    path.write_bytes(raw.getvalue())
    return path


def test_notes_under_an_unruled_table_are_not_values(tmp_path: Path) -> None:
    path = _unruled_pdf(tmp_path / "cuadro2.pdf")
    doc = read_pdf(path, "cuadro2.pdf", ReadOptions())
    texts = [s.text for s in doc.segments]
    assert texts == [  # the table went to the tabular stage; its notes left the text
        "Cuadro 2. Víctimas de feminicidio y tentativa, Perú, 2014-2016",
        "Fuente: Programa Nacional Contra la Violencia Familiar y Sexual.",
        "En 2016 se registraron 54 feminicidios en todo el país.",
    ]
    assert len(doc.notes) == 1 and doc.notes[0].startswith("notas al pie de cuadros")
    assert doc.notes[0].count("page:1/line:") == 3  # the two notes and the line that goes on
    values = {o.value for o in extract_file(path)}
    assert values == {96, 186, 95, 198, 54, 118}  # the table, and the sentence's 54 once more
    assert not values & {25, 17, 3, 30}


def test_notes_under_a_ruled_table_are_not_values(tmp_path: Path) -> None:
    path = _ruled_pdf(tmp_path / "tabla_a.pdf")
    doc = read_pdf(path, "tabla_a.pdf", ReadOptions())
    texts = [s.text for s in doc.segments]
    assert "Causas\t225\t16\t241" in texts
    assert not any("Incluye" in t or "jurisdicciones" in t for t in texts)
    values = {o.value for o in extract_file(path)}
    assert {225, 16, 241, 231, 20, 251} <= values
    assert not values & {4, 12, 31}


def test_a_page_without_a_table_keeps_its_numbered_lines(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 10)
    page.drawString(72, 780, "Informe de gestión 2016")
    page.drawString(72, 760, "1/ En 2016 se atendieron 250 casos de violencia familiar.")
    page.showPage()
    page.save()
    path = tmp_path / "informe.pdf"
    path.write_bytes(raw.getvalue())
    doc = read_pdf(path, "informe.pdf", ReadOptions())
    assert "1/ En 2016 se atendieron 250 casos de violencia familiar." in [
        s.text for s in doc.segments
    ]
    assert doc.notes == []
