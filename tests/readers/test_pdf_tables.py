"""Ruled PDF tables read cell by cell: data tables keep every number, code lists publish nothing.

The rows are those of the Argentine femicide register's code book (RNFJA, "Libro de
códigos 2021"): Tabla A on its first page, and the jurisdiction code list of its
variable "Jurisdiccion".
"""

from __future__ import annotations

import io
from pathlib import Path

from genero_etl.pipeline import extract_file
from genero_etl.readers.pdf import read_pdf
from genero_etl.readers.pdftables import classify, data_rows, strip_footnote, table_words
from genero_etl.readers.registry import ReadOptions

TABLA_A: list[list[str | None]] = [
    ["TABLA A", None, None, None, None, None],
    ["Tipo de femicidio", "", None, "", "", None],
    ["", "Femicidio directo", None, "Femicidio vinculado", "TOTAL", None],
    ["Causas", "225*", None, "16", "241", None],
    ["Víctimas", "231", None, "20", "251", None],
    ["Sujetos activos", "241*", None, "16", "257", None],
]
JURISDICCION: list[list[str | None]] = [
    ["Jurisdiccion", None],
    ["Etiqueta", "Jurisdiccion"],
    ["2", "Ciudad de Buenos Aires"],
    ["6", "Provincia de Buenos Aires"],
    ["10", "Provincia de Catamarca"],
    ["22", "Provincia de Chaco"],
]


def test_tabla_a_is_data_and_keeps_every_number() -> None:
    table = classify(TABLA_A, table_words())
    assert table.kind == "data"
    assert data_rows(table) == [
        ("TABLA A", False),
        ("Tipo de femicidio", False),
        ("Tipo de femicidio\tFemicidio directo\tFemicidio vinculado\tTOTAL", True),
        ("Causas\t225\t16\t241", True),
        ("Víctimas\t231\t20\t251", True),
        ("Sujetos activos\t241\t16\t257", True),
    ]


def test_code_list_is_metadata() -> None:
    table = classify(JURISDICCION, table_words())
    assert table.kind == "codes"
    assert table.codes == {
        "2": "ciudad de buenos aires",
        "6": "provincia de buenos aires",
        "10": "provincia de catamarca",
        "22": "provincia de chaco",
    }
    # a variable's name over its label row, with no codes, is a dictionary entry too
    assert classify([["Año", None], ["Etiqueta", "Año de referencia"]], table_words()).kind == (
        "codes"
    )
    # headers that name a dictionary's columns
    header = [["Código", "Descripción"], ["1", "Femicidio directo"], ["2", "Femicidio vinculado"]]
    assert classify(header, table_words()).kind == "codes"


def test_footnote_markers_leave_the_number() -> None:
    assert strip_footnote("225*") == "225"
    assert strip_footnote("1.234 (1)") == "1.234"
    assert strip_footnote("390 bis") == "390 bis"  # not a number with a marker


def _ruled_pdf(path: Path) -> Path:
    """A page with a ruled data table (numbers one space apart would run together in the
    text layer) above a ruled code list, as a word processor prints them."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))])
    data = [
        ["Unidad de análisis", "Femicidio directo", "Femicidio vinculado", "TOTAL"],
        ["Causas", "225*", "16", "241"],
        ["Víctimas", "231", "20", "251"],
    ]
    codes = [["Etiqueta", "Jurisdiccion"], ["2", "Ciudad de Buenos Aires"],
             ["6", "Provincia de Buenos Aires"], ["22", "Provincia de Chaco"]]  # fmt: skip
    style = getSampleStyleSheet()["Normal"]
    story = [
        Paragraph("Totales de femicidios 2021 en Argentina.", style),
        Table(data, colWidths=[110, 90, 100, 50], style=grid),
        Spacer(1, 30),
        Paragraph("Jurisdicción:", style),
        Table(codes, colWidths=[60, 200], style=grid),
    ]
    raw = io.BytesIO()
    SimpleDocTemplate(raw, pagesize=letter).build(story)
    path.write_bytes(raw.getvalue())
    return path


def test_ruled_tables_in_a_pdf(tmp_path: Path) -> None:
    path = _ruled_pdf(tmp_path / "libro.pdf")
    doc = read_pdf(path, "libro.pdf", ReadOptions())
    texts = [s.text for s in doc.segments]
    assert "Causas\t225\t16\t241" in texts
    assert "Víctimas\t231\t20\t251" in texts
    assert not any("Chaco" in t or "Etiqueta" in t for t in texts)  # the code list is gone
    assert doc.notes == ["listas de códigos (metadatos, sin valores): 1"]
    values = {(o.value, o.source_locator) for o in extract_file(path)}
    causas = next(s.locator for s in doc.segments if s.text.startswith("Causas"))
    assert (225.0, causas) in values
    assert (241.0, causas) in values
    assert not {v for v, _ in values} & {2.0, 6.0, 22.0}  # codes are never values


def _slide_pdf(path: Path, years: int = 4) -> Path:
    """A landscape slide like the Uruguayan Interior Ministry's 25N 2018 deck: a title, a
    subtitle bounding the period, data labels over each year and a series name under them."""
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=(1920, 1080))
    page.setFont("Helvetica", 40)
    page.drawString(137, 960, "DENUNCIAS POR VIOLENCIA")
    page.drawString(137, 905, "DOMÉSTICA Y ASOCIADOS")
    page.drawString(631, 760, "2015 - OCT 2018")
    columns = [(142, "2015", "35.822", "31.314"), (579, "2016", "34.221", "30.399"),
               (1020, "2017", "39.376", "35.525"), (1459, "2018", "32.307", "29.918")]  # fmt: skip
    for x, year, total, part in columns[:years]:
        page.drawString(x, 480, year)
        page.drawString(x, 400, total)
        page.drawString(x, 170, part)
        page.setFont("Helvetica", 24)
        page.drawString(x, 120, "VIOLENCIA DOMÉSTICA")
        page.setFont("Helvetica", 40)
    page.showPage()
    page.save()
    path.write_bytes(raw.getvalue())
    return path


def test_slide_chart_labels_become_a_table(tmp_path: Path) -> None:
    doc = read_pdf(_slide_pdf(tmp_path / "25N.pdf"), "25N.pdf", ReadOptions())
    rows = [s.text for s in doc.segments if "\t" in s.text]
    assert rows == [
        "Serie\t2015\t2016\t2017\tENE - OCT 2018",
        "DENUNCIAS POR VIOLENCIA DOMÉSTICA Y ASOCIADOS\t35.822\t34.221\t39.376\t32.307",
        "VIOLENCIA DOMÉSTICA\t31.314\t30.399\t35.525\t29.918",
    ]
    found = {
        (o.value, o.period_start, o.period_end)
        for o in extract_file(tmp_path / "25N.pdf")
        if o.indicator_id == "denuncias_violencia"
    }
    assert (35822.0, "2015-01-01", "2015-12-31") in found
    assert (32307.0, "2018-01-01", "2018-10-31") in found  # January to October only


def test_a_build_step_of_the_same_slide_counts_once(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for years in (3, 4):  # the animation adds the last year on the next page
        step = _slide_pdf(tmp_path / f"step{years}.pdf", years)
        writer.add_page(PdfReader(step).pages[0])
    with (tmp_path / "deck.pdf").open("wb") as out:
        writer.write(out)
    doc = read_pdf(tmp_path / "deck.pdf", "deck.pdf", ReadOptions())
    assert {s.locator.split("/")[0] for s in doc.segments} == {"page:2"}


def test_month_columns_of_a_ruled_table_are_read_like_a_sheet(tmp_path: Path) -> None:
    """Periods across ("Enero 2021 | Febrero | Marzo | Total"): each month keeps its own
    period, the year carries forward, the total is linked to its months, and numbers
    grouped with spaces ("1 204") stay whole."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    data = [
        ["Delito", "Enero 2021", "Febrero", "Marzo", "Total"],
        ["Femicidios", "12", "9", "14", "35"],
        ["Violencia familiar", "1 204", "1 187", "1 310", "3 701"],
    ]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))])
    story = [
        Paragraph("Cuadro 3. Denuncias por mes, primer trimestre 2021, Perú.",
                  getSampleStyleSheet()["Normal"]),
        Table(data, colWidths=[110, 70, 60, 50, 50], style=grid),
    ]  # fmt: skip
    raw = io.BytesIO()
    SimpleDocTemplate(raw, pagesize=letter).build(story)
    path = tmp_path / "meses.pdf"
    path.write_bytes(raw.getvalue())
    doc = read_pdf(path, "meses.pdf", ReadOptions())
    assert doc.tables == [
        ("page:1/table:1", [
            ["Cuadro 3. Denuncias por mes, primer trimestre 2021, Perú.", "", "", "", ""],
            ["Delito", "Enero 2021", "Febrero", "Marzo", "Total"],
            ["Femicidios", "12", "9", "14", "35"],
            ["Violencia familiar", "1 204", "1 187", "1 310", "3 701"],
        ])
    ]  # fmt: skip
    assert not any("\t" in s.text for s in doc.segments)  # its rows are not read as text too
    got = {
        (o.value, o.period_start, o.period_end, o.breakdown_value, o.source_locator): o
        for o in extract_file(path)
    }
    assert set(got) == {
        (12.0, "2021-01-01", "2021-01-31", "Femicidios", "page:1/table:1!B3"),
        (9.0, "2021-02-01", "2021-02-28", "Femicidios", "page:1/table:1!C3"),
        (14.0, "2021-03-01", "2021-03-31", "Femicidios", "page:1/table:1!D3"),
        (35.0, "2021-01-01", "2021-03-31", "Femicidios", "page:1/table:1!E3"),
        (1204.0, "2021-01-01", "2021-01-31", "Violencia familiar", "page:1/table:1!B4"),
        (1187.0, "2021-02-01", "2021-02-28", "Violencia familiar", "page:1/table:1!C4"),
        (1310.0, "2021-03-01", "2021-03-31", "Violencia familiar", "page:1/table:1!D4"),
        (3701.0, "2021-01-01", "2021-03-31", "Violencia familiar", "page:1/table:1!E4"),
    }
    total = got[(35.0, "2021-01-01", "2021-03-31", "Femicidios", "page:1/table:1!E3")]
    january = got[(12.0, "2021-01-01", "2021-01-31", "Femicidios", "page:1/table:1!B3")]
    assert january.parent_observation_id == total.observation_id
    assert {o.country for o in got.values()} == {"PE"}


def test_a_numbered_item_heading_is_not_a_value(tmp_path: Path) -> None:
    """The code book lists its units ("1) Causas Judiciales/Hechos;") and later heads each
    section with the item's number ("1 CAUSAS JUDICIALES/HECHOS: ..."): 1 is no value."""
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw)
    lines = [
        "Se recopilan datos de estas unidades de análisis:",
        "1) Causas Judiciales/Hechos;",
        "2) Víctimas, y",
        "3) Sujetos Activos",
        "1 CAUSAS JUDICIALES/HECHOS: en esta unidad se releva información de la causa.",
        "En 2021 se registraron 241 causas de femicidio.",
    ]
    for k, text in enumerate(lines):
        page.drawString(72, 700 - 20 * k, text)
    page.showPage()
    page.save()
    path = tmp_path / "libro.pdf"
    path.write_bytes(raw.getvalue())
    texts = [s.text for s in read_pdf(path, "libro.pdf", ReadOptions()).segments]
    assert "CAUSAS JUDICIALES/HECHOS: en esta unidad se releva información de la causa." in texts
    assert {o.value for o in extract_file(path)} == {241.0}
