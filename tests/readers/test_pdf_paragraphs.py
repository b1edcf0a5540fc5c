"""A report printed as PDF gives the values its plain text gives.

The pages are drawn with reportlab the way reports are printed: body text wrapped at the
width of an A4 page (11 pt), a running header with the office's name and a footer "Página N
de M" on every page. The sentences are from reports of the text corpus (Guatemala's
municipal women's offices, SEPREM's follow-up to CEDAW, Bolivia's Fiscalía): a sentence
breaks across lines, a number falls on a line break. Each value must be read whole, with
the words that say what it counts, and point at the PDF line where its number is printed.
"""

from __future__ import annotations

import io
from pathlib import Path

from genero_etl.extract.pagelines import line_at, page_paragraphs
from genero_etl.model import Segment
from genero_etl.pipeline import extract_file
from genero_etl.readers.pdf import read_pdf
from genero_etl.readers.registry import ReadOptions

HEADER = "Dirección de Políticas de Género — Informe de gestión"

DMM = [  # a budget "Q132 millones 587 mil" / "010." broken at the line's end
    "Para este año, según el Portal de Gobiernos Locales, se registró que 238",
    "comunas tienen contemplado un presupuesto vigente de Q132 millones 587 mil",
    "010. Del total, 71.33 % para funcionamiento, es decir al pago de empleados, y",
    "28.67 % para inversión.",
]
SEPREM = [  # "Q." ends the line, its amount opens the next
    "Entre 2017-2019, la asignación presupuestaria de Seprem pasó de Q.",
    "27.943.750 a Q.29.242.500. El 75 % del presupuesto corresponde al pago de",
    "salarios (124 mujeres y 45 hombres contratados).",
]
FISCALIA = [  # complaints by department: the noun is two lines above the numbers
    "De acuerdo a los datos proporcionados por la directora de la Fiscalía",
    "Especializada en Delitos en Razón de Género y Juvenil, Alejandra Rocha, las",
    "cifras de denuncias por violencia por departamento son: Santa Cruz con",
    "10.611; seguido de La Paz, con 7.725; Cochabamba, 4.727; Tarija, 2.074;",
    "Potosí, 1.801; Chuquisaca, 1.691; Beni, 993; Oruro, 791, y Pando 286.",
]


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    """The lines drawn as printed: header, body at 11 pt, footer "Página N de M"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw, pagesize=A4, invariant=1)
    for number, lines in enumerate(pages, start=1):
        page.setFont("Helvetica", 9)
        page.drawString(71, A4[1] - 42, HEADER)
        page.drawRightString(A4[0] - 71, 42, f"Página {number} de {len(pages)}")
        page.setFont("Helvetica", 11)
        y = A4[1] - 71
        for line in lines:
            page.drawString(71, y, line)
            y -= 14
        page.showPage()
    page.save()
    path.write_bytes(raw.getvalue())
    return path


def _printed(path: Path) -> dict[str, str]:
    """Each PDF line's text by its locator, as the reader gives it."""
    document = read_pdf(path, path.name, ReadOptions())
    return {segment.locator: segment.text for segment in document.segments}


def test_a_number_broken_at_a_line_end_is_read_whole_at_the_line_it_starts(
    tmp_path: Path,
) -> None:
    pdf = _pdf(tmp_path / "dmm.pdf", [DMM])
    found = {o.value: o for o in extract_file(pdf)}
    budget = found[132587010.0]  # not 132 587 000 and a list item "010."
    assert budget.indicator_id == "presupuesto_genero"
    assert budget.source_locator == "page:1/line:3"  # the header is line 1
    assert "Q132 millones 587 mil" in _printed(pdf)[budget.source_locator]
    assert "Portal de Gobiernos Locales" in budget.source_text  # the sentence, whole
    assert found[238.0].source_locator == "page:1/line:2"
    assert found[28.67].source_locator == "page:1/line:5"


def test_an_amount_after_an_abbreviation_at_the_line_end(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "seprem.pdf", [SEPREM])
    found = {o.value: o for o in extract_file(pdf)}
    first = found[27943750.0]
    assert first.indicator_id == "presupuesto_genero"
    assert first.unit == "GTQ"
    assert first.source_locator == "page:1/line:3"
    assert _printed(pdf)[first.source_locator].startswith("27.943.750 a Q.29.242.500.")
    assert found[29242500.0].source_locator == "page:1/line:3"


def test_values_keep_the_words_two_lines_above_them(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "fiscalia.pdf", [FISCALIA])
    found = {o.value: o for o in extract_file(pdf)}
    for value, line in ((10611.0, 5), (7725.0, 5), (2074.0, 5), (1801.0, 6), (286.0, 6)):
        assert found[value].indicator_id == "denuncias_violencia", value
        assert found[value].source_locator == f"page:1/line:{line}", value
    assert "cifras de denuncias por violencia" in found[286.0].source_text


def test_running_header_and_page_numbers_give_no_values(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "two_pages.pdf", [DMM, FISCALIA])
    printed = _printed(pdf)
    assert printed["page:1/line:6"] == "Página 1 de 2"  # the reader still sees the footer
    observations = extract_file(pdf)
    values = sorted(o.value for o in observations if o.value is not None)
    assert 1.0 not in values and 2.0 not in values
    assert {o.source_locator for o in observations}.isdisjoint(
        {"page:1/line:1", "page:1/line:6", "page:2/line:1", "page:2/line:7"}
    )
    assert {o.value: o.source_locator for o in observations}[10611.0] == "page:2/line:5"


def test_paragraphs_keep_each_lines_locator() -> None:
    segments = [
        Segment(HEADER, "page:1/line:1", prose=True),
        *(Segment(text, f"page:1/line:{k}", prose=True) for k, text in enumerate(SEPREM, start=2)),
        Segment("Página 1 de 1", "page:1/line:5", prose=True),
    ]
    # one page: its header is not known to repeat (no number, kept); its page number goes
    header, joined = page_paragraphs(segments)
    assert header.text == HEADER and not header.lines
    assert joined.locator == "page:1/line:2"
    assert joined.text.startswith("Entre 2017-2019,") and "pasó de Q. 27.943.750" in joined.text
    at = joined.text.index("27.943.750")
    assert line_at(joined, at, "27.943.750") == "page:1/line:3"
    assert line_at(joined, joined.text.index("124"), "124") == "page:1/line:4"
    assert line_at(joined, 0, "2017") == "page:1/line:2"


def test_lines_of_a_text_file_are_left_as_they_are() -> None:
    segments = [Segment(text, f"line:{k}") for k, text in enumerate(SEPREM, start=1)]
    assert page_paragraphs(segments) == segments


def test_lines_whose_words_stand_in_columns_are_not_joined() -> None:
    """A budget's rows printed without rules ("636 Atención Integral ...   7,211,508"): the
    reader sees the column gap and marks the line as no running text."""
    from genero_etl.readers.pdf import _Line, page_segments

    lines = [
        _Line(1, "Para este año, según el Portal de Gobiernos Locales, se registró que 238"),
        _Line(2, "comunas tienen contemplado un presupuesto vigente de Q132 millones 587 mil"),
        _Line(3, "010. Del total, 71.33 % para funcionamiento, es decir al pago de empleados, y"),
        _Line(4, "01 Despacho del Gobernador 636 Atención Integral del Despacho      7,211,508"),
    ]
    segments = page_segments(lines, 1)
    assert [s.prose for s in segments] == [True, True, True, False]
    first, row = page_paragraphs(segments)
    assert first.lines == ((0, "page:1/line:1"), (73, "page:1/line:2"), (148, "page:1/line:3"))
    assert row.text.endswith("Despacho 7,211,508") and row.locator == "page:1/line:4"


def test_a_value_keeps_the_id_its_line_read_alone_gives(tmp_path: Path) -> None:
    """A value's id is made from its line and its place in it, as when each PDF line was read
    alone: joining a paragraph does not change the ids of the values it had."""
    from genero_etl.normalize.ids import observation_id

    pdf = _pdf(tmp_path / "fiscalia.pdf", [FISCALIA])
    document = read_pdf(pdf, pdf.name, ReadOptions())
    found = {o.value: o for o in extract_file(pdf)}
    line = _printed(pdf)["page:1/line:6"]  # "Potosí, 1.801; Chuquisaca, 1.691; ..."
    value = found[1801.0]
    assert value.source_locator == "page:1/line:6"
    expected = observation_id(document.sha256, "page:1/line:6", line.index("1.801"), "1.801")
    assert value.observation_id == expected
