"""Unruled PDF tables (columns aligned by whitespace) and tables continuing over a page break.

The figures are real: feminicides and attempted feminicides in Peru, 2009-2016, nationally
per year and per department (the Ministry of Women's emergency-centre registry, as
published in the open data of the femicide-map-peru project; see
``../shared/corpus/README.md``). The PDFs are drawn with reportlab the way a word
processor prints a table without rules: text placed at column positions, numbers
aligned right.
"""

from __future__ import annotations

import io
from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document, extract_file
from genero_etl.readers.pdf import read_pdf
from genero_etl.readers.pdfaligned import Piece, find_tables, join_pages
from genero_etl.readers.registry import ReadOptions

YEARS = list(range(2009, 2017))
FEMINICIDES = [139, 121, 93, 83, 131, 96, 95, 54]
ATTEMPTS = [64, 47, 66, 91, 151, 186, 198, 118]
DEPARTMENTS = [  # department, feminicides, attempts (2009-2016)
    ("Amazonas", 7, 26), ("Ancash", 33, 38), ("Apurímac", 6, 9), ("Arequipa", 60, 60),
    ("Ayacucho", 41, 39), ("Cajamarca", 19, 22), ("Callao", 24, 34), ("Cusco", 35, 42),
    ("Huancavelica", 8, 24), ("Huánuco", 23, 38), ("Ica", 16, 31), ("Junín", 46, 57),
    ("La Libertad", 27, 39), ("Lambayeque", 24, 7), ("Lima", 293, 277), ("Loreto", 8, 24),
    ("Madre de Dios", 7, 8), ("Moquegua", 6, 4), ("Pasco", 12, 21), ("Piura", 24, 27),
    ("Puno", 43, 36), ("San Martín", 11, 27), ("Tacna", 24, 10), ("Tumbes", 4, 8),
    ("Ucayali", 11, 13),
]  # fmt: skip
ON_FIRST_PAGE = 14


def _years_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 10)
    page.drawString(72, 780, "Cuadro 2. Víctimas de feminicidio y tentativa, Perú, 2009-2016")
    page.drawString(
        72, 760, "El cuadro resume los casos atendidos por los Centros Emergencia Mujer."
    )
    y = 730.0
    rows = [("Año", "Feminicidio", "Tentativa de feminicidio")] + [
        (str(year), str(f), str(a)) for year, f, a in zip(YEARS, FEMINICIDES, ATTEMPTS, strict=True)
    ]
    for label, first, second in rows:
        page.drawString(90, y, label)
        page.drawRightString(260, y, first)
        page.drawRightString(420, y, second)
        y -= 16
    page.drawString(72, y - 10, "Fuente: Programa Nacional Contra la Violencia Familiar y Sexual.")
    page.showPage()
    page.save()
    path.write_bytes(raw.getvalue())
    return path


def _departments_pdf(path: Path, *, repeat_header: bool) -> Path:
    """The department table over two pages, its header repeated on the second or not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=A4, invariant=1)

    def row(y: float, cells: tuple[str, str, str]) -> float:
        page.drawString(72, y, cells[0])
        page.drawRightString(330, y, cells[1])
        page.drawRightString(460, y, cells[2])
        return y - 16

    header = ("Departamento", "Feminicidio", "Tentativa de feminicidio")
    page.setFont("Helvetica", 10)
    page.drawString(72, 780, "Cuadro 4. Feminicidio y tentativa por departamento, Perú, 2009-2016")
    y = row(750, header)
    for name, f, a in DEPARTMENTS[:ON_FIRST_PAGE]:
        y = row(y, (name, str(f), str(a)))
    page.drawString(290, 40, "Página 1")
    page.showPage()
    page.setFont("Helvetica", 10)
    y = row(780, header) if repeat_header else 780
    for name, f, a in DEPARTMENTS[ON_FIRST_PAGE:]:
        y = row(y, (name, str(f), str(a)))
    page.drawString(72, y - 10, "Fuente: Programa Nacional Contra la Violencia Familiar y Sexual.")
    page.drawString(290, 40, "Página 2")
    page.showPage()
    page.save()
    path.write_bytes(raw.getvalue())
    return path


def test_an_unruled_table_is_read_cell_by_cell(tmp_path: Path) -> None:
    path = _years_pdf(tmp_path / "cuadro2.pdf")
    doc = read_pdf(path, "cuadro2.pdf", ReadOptions())
    name, grid = doc.tables[0]
    assert len(doc.tables) == 1 and name == "page:1/table:1"
    assert grid[:4] == [
        ["El cuadro resume los casos atendidos por los Centros Emergencia Mujer.", "", ""],
        ["Año", "Feminicidio", "Tentativa de feminicidio"],
        ["2009", "139", "64"],
        ["2010", "121", "47"],
    ]
    assert grid[-1] == ["2016", "54", "118"]
    texts = [s.text for s in doc.segments]
    assert texts == [  # the table's lines left the text; its title and source stay
        "Cuadro 2. Víctimas de feminicidio y tentativa, Perú, 2009-2016",
        "El cuadro resume los casos atendidos por los Centros Emergencia Mujer.",
        "Fuente: Programa Nacional Contra la Violencia Familiar y Sexual.",
    ]
    got = {(o.indicator_id, o.value, o.period_start, o.period_end, o.source_locator)
           for o in extract_file(path)}  # fmt: skip
    expected = set()
    for k, year in enumerate(YEARS):
        row = k + 3  # the caption and the header come first
        expected.add(("femicidios", float(FEMINICIDES[k]), f"{year}-01-01", f"{year}-12-31",
                      f"page:1/table:1!B{row}"))  # fmt: skip
        expected.add(("intentos_femicidio", float(ATTEMPTS[k]), f"{year}-01-01",
                      f"{year}-12-31", f"page:1/table:1!C{row}"))  # fmt: skip
    assert got == expected  # every number, in its column; the years are periods, not values


def _by_locator(path: Path) -> dict[str, tuple[str, float, str | None, str, str]]:
    return {
        o.source_locator: (o.indicator_id, o.value or 0.0, o.admin1, o.period_start, o.period_end)
        for o in extract_file(path)
    }


def test_a_table_over_a_page_break_with_its_header_repeated_is_one_table(tmp_path: Path) -> None:
    path = _departments_pdf(tmp_path / "cuadro4.pdf", repeat_header=True)
    doc = read_pdf(path, "cuadro4.pdf", ReadOptions())
    assert [name for name, _ in doc.tables] == ["page:1/table:1"]
    grid = doc.tables[0][1]
    assert grid[1] == ["Departamento", "Feminicidio", "Tentativa de feminicidio"]
    assert [r[0] for r in grid[2:]] == [d for d, _, _ in DEPARTMENTS]  # the repeat is dropped
    assert doc.table_rows["page:1/table:1"][2 + ON_FIRST_PAGE] == ("page:2/table:1", 1)
    got = _by_locator(path)
    assert len(got) == 2 * len(DEPARTMENTS)
    whole = ("2009-01-01", "2016-12-31")  # the caption's period, carried to the second page
    assert got["page:1/table:1!B3"] == ("femicidios", 7.0, "PE-AMA", *whole)
    assert got["page:1/table:1!C16"] == ("intentos_femicidio", 7.0, "PE-LAM", *whole)
    # page 2, under its repeated header: Lima is row 2, Loreto row 3, Ucayali row 12
    assert got["page:2/table:1!B3"] == ("femicidios", 8.0, "PE-LOR", *whole)
    assert got["page:2/table:1!C3"] == ("intentos_femicidio", 24.0, "PE-LOR", *whole)
    assert got["page:2/table:1!C12"] == ("intentos_femicidio", 13.0, "PE-UCA", *whole)
    assert sum(v[1] for k, v in got.items() if v[0] == "femicidios") == 812  # national total
    assert sum(v[1] for k, v in got.items() if v[0] == "intentos_femicidio") == 921
    staged = extract_document(path, "cuadro4.pdf", _options())
    joined = [i for i in staged.issues if i.code == "pdf-table-continued"]
    assert len(joined) == 1 and "1, 2" in joined[0].message("es")


def _options() -> IngestOptions:
    return IngestOptions()


def test_a_table_over_a_page_break_without_its_header_keeps_the_columns(tmp_path: Path) -> None:
    path = _departments_pdf(tmp_path / "cuadro4.pdf", repeat_header=False)
    doc = read_pdf(path, "cuadro4.pdf", ReadOptions())
    assert [name for name, _ in doc.tables] == ["page:1/table:1"]
    assert [r[0] for r in doc.tables[0][1][2:]] == [d for d, _, _ in DEPARTMENTS]
    got = _by_locator(path)
    assert len(got) == 2 * len(DEPARTMENTS)
    whole = ("2009-01-01", "2016-12-31")
    assert got["page:2/table:1!B2"] == ("femicidios", 8.0, "PE-LOR", *whole)  # no header row
    assert got["page:2/table:1!C11"] == ("intentos_femicidio", 13.0, "PE-UCA", *whole)
    assert not any("Loreto" in s.text for s in doc.segments)


LAYOUT = [
    "Cuadro 1. Denuncias por violencia familiar, 2022-2023",
    "Provincia                    2022          2023",
    "Buenos Aires                1 204         1 187",
    "Córdoba                       310           296",
    "Santa Fe                      288           301",
    "Fuente: registro provincial.",
]


def test_find_tables_wants_a_header_and_two_numeric_columns() -> None:
    (table,) = find_tables(LAYOUT)
    assert (table.first, table.last) == (1, 4)
    assert table.header == [["Provincia", "2022", "2023"]]  # a heading of years
    assert table.rows == [["Buenos Aires", "1 204", "1 187"], ["Córdoba", "310", "296"],
                          ["Santa Fe", "288", "301"]]  # fmt: skip
    assert find_tables([LAYOUT[0], *LAYOUT[2:]]) == []  # no header: not convincing
    assert find_tables(LAYOUT[:4]) == []  # two rows are not a table


def test_headings_wrapped_over_two_lines_are_joined() -> None:
    """Tabla A of the Argentine femicide register (RNFJA 2021), laid out without rules."""
    layout = [
        "TABLA A. Totales de cada unidad de análisis según tipo de femicidio, Argentina 2021.",
        "                          Femicidio      Femicidio",
        "Unidad de análisis          directo      vinculado      TOTAL",
        "Causas                         225*             16        241",
        "Víctimas                        231             20        251",
        "Sujetos activos                241*             16        257",
    ]
    (table,) = find_tables(layout)
    assert table.header == [["Unidad de análisis", "Femicidio directo", "Femicidio vinculado",
                              "TOTAL"]]  # fmt: skip
    assert table.rows[0] == ["Causas", "225", "16", "241"]  # the footnote marker left
    months = [  # a heading spanning the months heads a group: two heading rows
        "                Primer trimestre 2021",
        "Provincia       Enero   Febrero   Marzo",
        "Salta              12         9      14",
        "Jujuy               7         5       8",
        "Tucumán            10        11       9",
    ]
    (table,) = find_tables(months)
    assert len(table.header) == 2 and "Primer trimestre 2021" in table.header[0]
    assert table.header[1] == ["Provincia", "Enero", "Febrero", "Marzo"]


def test_prose_and_wrapped_lists_stay_text() -> None:
    prose = [
        "En  2021  se  registraron  241  causas  y  251  víctimas  de  femicidio  directo,",
        "de  las  cuales  20  fueron  también  víctimas  de  femicidio  vinculado  según",
        "el  registro  nacional,  que  reúne  los  datos  de  las  24  jurisdicciones  del",
        "país  y  de  sus  231  organismos  judiciales.",
    ]
    assert find_tables(prose) == []
    budget = [  # a budget list whose program names wrap over several lines
        " UP   Unidad Presupuestal           PP    Programa Presupuestario          Importe",
        " 39   Secretaría de Igualdad        948   Fortalecimiento Institucional    70,709,971",
        "                                          del Mecanismo de Adelanto",
        "                                          para las Mujeres",
        "                                    965   Medidas de acciones              111,783,418",
        "                                          afirmativas para la igualdad",
        "                                    966   Prevención, atención y acceso    156,237,735",
        "                                          a la justicia para mujeres",
    ]
    assert find_tables(budget) == []


def test_a_column_of_numbers_needs_a_heading() -> None:
    """A console print of a data frame (Puerto Rico's femicide rates, an R tibble in a
    report): the row numbers and the type row name nothing, so it is not read as a table."""
    tibble = [
        "##    Año   Cantidad de asesinatos   Tasa (x100,000 mujeres)",
        "##   <dbl>          <dbl>                  <dbl>",
        "## 1  1990             15                   0.81",
        "## 2  1991             32                   1.71",
        "## 3  1992             15                   0.8",
        "## 4  1993             28                   1.48",
    ]
    assert find_tables(tibble) == []
    named = [
        "Año        Asesinatos de mujeres      Tasa por 100 000 mujeres",
        "1990                  15                      0.81",
        "1991                  32                      1.71",
        "1992                  15                      0.8",
    ]
    (table,) = find_tables(named)
    assert table.rows[1] == ["1991", "32", "1.71"]


def _piece(page: int, header: list[str] | None, rows: int, *, top: bool, foot: bool) -> Piece:
    grid = ([header] if header else []) + [[f"Fila {k}", str(k), str(2 * k)] for k in range(rows)]
    return Piece(page, grid, 1 if header else 0, False, top, foot, [(0, 8), (20, 22), (30, 32)])


def test_only_a_piece_at_the_page_edges_with_the_same_header_continues() -> None:
    head = ["Provincia", "Casos", "Víctimas"]
    other = ["Provincia", "Denuncias", "Medidas"]
    joined = join_pages([_piece(1, head, 5, top=False, foot=True),
                         _piece(2, head, 3, top=True, foot=False)])  # fmt: skip
    assert [(t.name, len(t.grid), t.pages) for t in joined] == [("page:1/table:1", 9, [1, 2])]
    assert joined[0].origins[6:] == [("page:2/table:1", 1), ("page:2/table:1", 2),
                                     ("page:2/table:1", 3)]  # fmt: skip
    apart = join_pages([_piece(1, head, 5, top=False, foot=True),
                        _piece(2, other, 3, top=True, foot=False)])  # fmt: skip
    assert [t.name for t in apart] == ["page:1/table:1", "page:2/table:1"]  # another table
    ended = join_pages([_piece(1, head, 5, top=False, foot=False),
                        _piece(2, None, 3, top=True, foot=False)])  # fmt: skip
    assert [t.name for t in ended] == ["page:1/table:1", "page:2/table:1"]  # text after it


FEMINICIDES_2014_2015 = [  # department, 2014, 2015 (sums: 96 and 95, the national totals)
    ("Amazonas", 0, 0), ("Ancash", 2, 2), ("Apurímac", 0, 0), ("Arequipa", 10, 14),
    ("Ayacucho", 4, 4), ("Cajamarca", 1, 6), ("Callao", 3, 3), ("Cusco", 6, 3),
    ("Huancavelica", 0, 1), ("Huánuco", 2, 2), ("Ica", 1, 2), ("Junín", 4, 3),
    ("La Libertad", 5, 2), ("Lambayeque", 3, 1), ("Lima", 41, 31), ("Loreto", 2, 1),
    ("Madre de Dios", 0, 1), ("Moquegua", 0, 2), ("Pasco", 1, 2), ("Piura", 2, 4),
    ("Puno", 7, 3), ("San Martín", 1, 3), ("Tacna", 1, 2), ("Tumbes", 0, 0), ("Ucayali", 0, 3),
]  # fmt: skip


def _ruled_over_two_pages(path: Path, *, repeat_header: bool) -> Path:
    """A ruled table with years across that a word processor splits over two pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    data = [["Departamento", "2014", "2015"]] + [
        [name, str(a), str(b)] for name, a, b in FEMINICIDES_2014_2015
    ]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))])
    style = getSampleStyleSheet()["Normal"]
    story = [
        Spacer(1, 520),
        Paragraph("Cuadro 5. Víctimas de feminicidio por departamento, Perú.", style),
        Table(data, colWidths=[120, 60, 60], style=grid, repeatRows=1 if repeat_header else 0),
    ]
    raw = io.BytesIO()
    SimpleDocTemplate(raw, pagesize=A4).build(story)
    path.write_bytes(raw.getvalue())
    return path


def test_a_ruled_table_over_a_page_break_is_one_table(tmp_path: Path) -> None:
    for repeat in (True, False):
        path = _ruled_over_two_pages(tmp_path / f"cuadro5-{repeat}.pdf", repeat_header=repeat)
        doc = read_pdf(path, path.name, ReadOptions())
        assert [name for name, _ in doc.tables] == ["page:1/table:1"], repeat
        grid = doc.tables[0][1]
        assert grid[1] == ["Departamento", "2014", "2015"]
        assert [r[0] for r in grid[2:]] == [d for d, _, _ in FEMINICIDES_2014_2015]
        origins = doc.table_rows["page:1/table:1"]
        split = next(k for k, (name, _) in enumerate(origins) if name == "page:2/table:1")
        on_second = FEMINICIDES_2014_2015[split - 2 :]
        got = _by_locator(path)
        assert sum(v[1] for v in got.values() if v[3] == "2014-01-01") == 96
        assert sum(v[1] for v in got.values() if v[3] == "2015-01-01") == 95
        first_row = 2 if repeat else 1  # under the repeated header, or at the top
        name, a, _ = on_second[0]
        cell = got[f"page:2/table:1!B{first_row}"]
        assert cell[1:] == (float(a), cell[2], "2014-01-01", "2014-12-31"), name
        assert len(got) == 2 * len(FEMINICIDES_2014_2015)
