"""Readers of office documents: real values, locators, bad inputs, and equivalence with .txt."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document
from genero_etl.readers.registry import ReadOptions, reader_for
from genero_etl.readers.wordsplit import split_glued

DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "documents"


def read(path: Path, **options: object) -> Document:
    return reader_for(path).read(path, path.name, ReadOptions(**options))  # type: ignore[arg-type]


def find(doc: Document, needle: str) -> tuple[str, str]:
    for segment in doc.segments:
        if needle in segment.text:
            return segment.text, segment.locator
    raise AssertionError(f"{needle!r} not in {[s.text for s in doc.segments]}")


POA_ROW = "1\tTalleres de prevención de la violencia en secundarias\tInversión: $30,000.00\tBeneficiados directos: 20,000 personas"


def test_docx_paragraphs_lists_headers_in_order() -> None:
    doc = read(DOCS / "informe_ar.docx")
    assert doc.format == "docx" and len(doc.sha256) == 64
    assert doc.segments[0].locator == "header:1/paragraph:1"
    assert doc.segments[-1].text == "Documento público para datos abiertos"
    assert doc.segments[-1].locator == "footer:1/paragraph:1"
    assert find(doc, "Ley Micaela") == (
        "- Ley Micaela: 159 trabajadoras y trabajadores capacitados.",
        "paragraph:4",
    )
    assert find(doc, "botones")[0].startswith("1. Se entregaron 108 botones antipánico")
    assert find(doc, "Guardias") == (
        "3. Guardias de emergencia: 76 personas asistidas.",
        "paragraph:10",
    )


def test_docx_table_rows_between_paragraphs() -> None:
    doc = read(DOCS / "poa_mx.docx")
    locators = [s.locator for s in doc.segments]
    assert locators == ["paragraph:1", "paragraph:2", "table:1/row:1", "table:1/row:2",
                        "table:1/row:3", "table:1/row:4", "paragraph:3"]  # fmt: skip
    assert find(doc, "Talleres de prevención") == (POA_ROW, "table:1/row:2")


def test_docx_cell_paragraphs_joined_with_newline(tmp_path: Path) -> None:
    from docx import Document as Docx

    made = Docx()
    cell = made.add_table(rows=1, cols=2).cell(0, 1)
    cell.text = "Meta: 20 talleres"
    cell.add_paragraph("Avance: 12 talleres")
    made.add_paragraph("a) primera opción", style="List Number")
    made.save(str(tmp_path / "celdas.docx"))
    doc = read(tmp_path / "celdas.docx")
    assert doc.segments[0].text == "\tMeta: 20 talleres\nAvance: 12 talleres"
    assert doc.segments[0].locator == "table:1/row:1"
    assert doc.segments[1].locator == "paragraph:1"


def test_pdf_lines_and_table_rows() -> None:
    doc = read(DOCS / "informe_ar.pdf")
    assert find(doc, "Ley Micaela") == (
        "- Ley Micaela: 159 trabajadoras y trabajadores capacitados.",
        "page:1/line:5",
    )
    poa = read(DOCS / "poa_mx.pdf")
    assert find(poa, "Talleres de prevención") == (POA_ROW, "page:1/line:4")


def test_pdf_glued_words_are_split() -> None:
    doc = read(DOCS / "glued.pdf")
    assert [s.text for s in doc.segments] == [
        "Plan de acción de Equidad de Género",
        "Capacitación permanente del equipo municipal",
        "Política de prevención y tolerancia cero contra la violencia",
        "Ley Micaela: 159 personas capacitadas en 2024",
    ]
    assert doc.segments[2].locator == "page:1/line:3"


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("Plandeacción deEquidaddeGénero", "Plan de acción de Equidad de Género"),
        ("CreacióndelaSecretaríaEJECUTIVA", "Creación de la Secretaría EJECUTIVA"),
        ("PARALAEQUIDADDEGÉNERO", "PARA LA EQUIDAD DE GÉNERO"),
        ("las barreras quese identifican", "las barreras que se identifican"),
        ("políticalocal degénero.", "política local de género."),
        (
            "violenciaydiscriminación(protocolo vigente)",
            "violencia y discriminación(protocolo vigente)",
        ),
        ("Oficina deDiversidades", "Oficina de Diversidades"),
        # left alone: frequent words, rare real words, inclusive language, acronyms, numbers, links
        (
            "autotransporte antipatriarcal transversalizar",
            "autotransporte antipatriarcal transversalizar",
        ),
        ("159 trabajadorxs y funcionarixs aprobadxs", "159 trabajadorxs y funcionarixs aprobadxs"),
        ("PLADECO DIDECO AVGM Jocotepec", "PLADECO DIDECO AVGM Jocotepec"),
        ("Ordenanza7132 1009personas", "Ordenanza7132 1009personas"),
        ("https://www.juarez.gob.mx/alertadegenero/", "https://www.juarez.gob.mx/alertadegenero/"),
    ],
)
def test_split_glued(glued: str, expected: str) -> None:
    assert split_glued(glued) == expected


def test_hyphenation_repaired_at_line_end() -> None:
    from genero_etl.readers.pdf import _Line, page_segments

    lines = [
        _Line(1, "Se brindó capaci-"),
        _Line(2, "tación a 40 personas."),
        _Line(3, "Línea 144 -"),
    ]
    segments = page_segments(lines, 2)
    assert [(s.text, s.locator) for s in segments] == [
        ("Se brindó capacitación", "page:2/line:1"),
        ("a 40 personas.", "page:2/line:2"),
        ("Línea 144 -", "page:2/line:3"),
    ]


def test_pptx_shapes_tables_notes() -> None:
    doc = read(DOCS / "metas_mx.pptx")
    assert find(doc, "Meta:") == ("Meta: 100 servidoras públicas capacitadas", "slide:2/shape:2")
    assert find(doc, "Cursos") == ("Cursos impartidos: 6", "slide:2/shape:3/paragraph:2")
    assert find(doc, "Fuente") == (
        "Fuente: listas de asistencia del área de capacitación.",
        "slide:2/notes/paragraph:1",
    )
    assert find(doc, "Pláticas") == (
        "Pláticas en colonias\t24 pláticas\t15 pláticas",
        "slide:3/shape:2/row:2",
    )


def test_odt_odp_html_rtf() -> None:
    odt = read(DOCS / "poa_mx.odt")
    assert find(odt, "Talleres de prevención") == (POA_ROW, "table:1/row:2")
    assert (
        find(read(DOCS / "informe_ar.odt"), "Guardias")[0]
        == "3. Guardias de emergencia: 76 personas asistidas."
    )
    odp = read(DOCS / "metas_mx.odp")
    assert find(odp, "Meta:") == ("Meta: 100 servidoras públicas capacitadas", "slide:2/shape:2")
    html = read(DOCS / "informe_ar.html")
    assert find(html, "Ley Micaela") == (
        "- Ley Micaela: 159 trabajadoras y trabajadores capacitados.",
        "block:4",
    )
    texts = " ".join(s.text for s in html.segments)
    assert "visitas" not in texts and "Trámites" not in texts and "dataLayer" not in texts
    rtf = read(DOCS / "informe_ar.rtf")
    assert find(rtf, "botones")[0].startswith("1. Se entregaron 108")


# --- bad inputs ----------------------------------------------------------------------------


def _raises(path: Path, kind: type[Exception], code: str, **options: object) -> None:
    with pytest.raises(kind) as caught:
        read(path, **options)
    assert caught.value.code == code  # type: ignore[attr-defined]
    assert path.name in caught.value.message("es")  # type: ignore[attr-defined]
    assert path.name in caught.value.message("en")  # type: ignore[attr-defined]


def test_zip_bomb_refused_before_decompressing(tmp_path: Path) -> None:
    bomb = tmp_path / "bomba.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("word/document.xml", "<w/>")
        with archive.open("word/media/relleno.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(210):
                member.write(chunk)
    assert bomb.stat().st_size < 1_000_000
    _raises(bomb, UnsupportedInput, "zip-bomb")


def test_corrupted_docx(tmp_path: Path) -> None:
    bad = tmp_path / "dañado.docx"
    bad.write_bytes(b"esto no es un zip" * 10)
    _raises(bad, InputUnreadable, "office-corrupted")
    truncated = tmp_path / "cortado.docx"
    truncated.write_bytes((DOCS / "informe_ar.docx").read_bytes()[:5000])
    _raises(truncated, InputUnreadable, "office-corrupted")


def test_old_binary_doc_disguised(tmp_path: Path) -> None:
    old = tmp_path / "viejo.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    _raises(old, UnsupportedInput, "office-legacy-binary")
    with pytest.raises(UnsupportedInput) as caught:
        read(old)
    assert "soffice --headless --convert-to docx" in caught.value.message("es")


def test_password_protected_office(tmp_path: Path) -> None:
    locked = tmp_path / "clave.pptx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500
    )
    _raises(locked, UnsupportedInput, "office-encrypted")


def test_xlsx_named_docx(tmp_path: Path) -> None:
    wrong = tmp_path / "planilla.docx"
    with zipfile.ZipFile(wrong, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    _raises(wrong, UnsupportedInput, "office-wrong-content")


def _pdf_with(
    tmp_path: Path, name: str, *, text: str = "", encrypt: str = "", image: bool = False
) -> Path:
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    raw = io.BytesIO()
    page = canvas.Canvas(raw)
    if text:
        page.drawString(72, 700, text)
    if image:
        page.rect(72, 500, 200, 100, fill=1)
    page.showPage()
    page.save()
    path = tmp_path / name
    if encrypt:
        from pypdf import PdfReader

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw.getvalue())))
        writer.encrypt(user_password=encrypt, algorithm="AES-128")
        with path.open("wb") as out:
            writer.write(out)
    else:
        path.write_bytes(raw.getvalue())
    return path


def test_encrypted_pdf(tmp_path: Path) -> None:
    _raises(
        _pdf_with(tmp_path, "protegido.pdf", text="Meta: 10", encrypt="clave"),
        UnsupportedInput,
        "pdf-encrypted",
    )


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = _pdf_with(tmp_path, "escaneado.pdf", image=True)
    _raises(path, UnsupportedInput, "pdf-no-text")
    with pytest.raises(UnsupportedInput) as caught:
        read(path)
    assert "--ocr" in caught.value.message("es") and "tesseract-ocr-spa" in caught.value.message(
        "en"
    )


def test_corrupted_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "roto.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"basura " * 100)
    _raises(bad, InputUnreadable, "pdf-corrupted")


def test_images_only_docx(tmp_path: Path) -> None:
    from docx import Document as Docx

    made = Docx()
    made.add_paragraph("")
    made.save(str(tmp_path / "imagenes.docx"))
    _raises(tmp_path / "imagenes.docx", UnsupportedInput, "document-no-text")


def test_long_pdf_page_by_page(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "largo.pdf"
    page = canvas.Canvas(str(path))
    for number in range(1, 501):
        page.drawString(72, 700, f"Página {number}: {number * 3} personas atendidas")
        page.showPage()
    page.save()
    seen: list[tuple[int, int]] = []
    doc = reader_for(path).read(
        path, path.name, ReadOptions(on_progress=lambda done, total: seen.append((done, total)))
    )
    assert len(doc.segments) == 500
    assert doc.segments[499].text == "Página 500: 1500 personas atendidas"
    assert doc.segments[499].locator == "page:500/line:1"
    # the progress bar hears about every page, in order
    assert seen[0] == (1, 500) and seen[-1] == (500, 500) and len(seen) == 500


_HAS_OCR = all(shutil.which(t) for t in ("tesseract", "pdftoppm")) and "spa" in (
    subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
    ).stdout.split()
    if shutil.which("tesseract")
    else []
)


# CI installs the OCR packages (.ci/run), so there the test always runs and a missing
# engine fails it; on a developer machine without them it is skipped, saying why.
@pytest.mark.skipif(
    not _HAS_OCR and not os.environ.get("CI"),
    reason="needs tesseract-ocr, tesseract-ocr-spa and poppler-utils (installed by .ci/run)",
)
def test_ocr_reads_a_scan_it_makes(tmp_path: Path) -> None:
    """Render a text PDF to an image-only PDF (a scan), then read it with --ocr."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 500), 255)
    draw = ImageDraw.Draw(image)
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    font = (
        ImageFont.truetype(font_path, 44)
        if Path(font_path).exists()
        else ImageFont.load_default(44)
    )
    draw.text((80, 100), "Se entregaron 108 botones antipánico.", fill=0, font=font)
    draw.text((80, 220), "Ley Micaela: 159 personas capacitadas.", fill=0, font=font)
    scan = tmp_path / "escaneo.pdf"
    image.save(scan, resolution=200)
    _raises(scan, UnsupportedInput, "pdf-no-text")
    doc = read(scan, ocr=True)
    text = "\n".join(s.text for s in doc.segments)
    assert "108 botones" in text and "159 personas" in text
    assert doc.segments[0].locator == "page:1/line:1"
    assert doc.notes and "ocr" in doc.notes[0]


# --- equivalence with the plain text -------------------------------------------------------

CASES = [
    ("informe_ar", ("docx", "pdf", "odt", "html", "rtf")),
    ("poa_mx", ("docx", "pdf", "odt")),
    ("metas_mx", ("pptx", "pdf", "odp")),
]


@pytest.mark.parametrize(
    ("stem", "suffix"), [(stem, suffix) for stem, suffixes in CASES for suffix in suffixes]
)
def test_same_values_as_plain_text(stem: str, suffix: str) -> None:
    from genero_etl.pipeline import extract_file  # type: ignore[attr-defined,unused-ignore]

    def pairs(path: Path) -> list[tuple[object, str]]:
        return [(o.value, o.indicator_id) for o in extract_file(path)]

    expected = pairs(DOCS / f"{stem}.txt")
    assert expected, "the plain text must yield values"
    assert pairs(DOCS / f"{stem}.{suffix}") == expected


def test_slide_build_steps_count_once(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "diapositivas.pdf"
    page = canvas.Canvas(str(path), pagesize=landscape(letter))
    steps = [
        ["Denuncias por violencia doméstica 2018"],
        ["Denuncias por violencia doméstica 2018", "Mujeres: 64.2%"],
        # the next step writes the same number with a decimal comma: still the same slide
        [
            "Denuncias por violencia doméstica 2018",
            "Mujeres: 64,2%",
            "Montevideo: 12.345 denuncias",
        ],
        # a different slide that repeats one line is kept whole
        ["Montevideo: 12.345 denuncias", "Salto: 987 denuncias"],
    ]
    for lines in steps:
        for n, line in enumerate(lines):
            page.drawString(72, 500 - 40 * n, line)
        page.showPage()
    page.save()
    doc = read(path)
    assert [(s.locator, s.text) for s in doc.segments] == [
        ("page:3/line:1", "Denuncias por violencia doméstica 2018"),
        ("page:3/line:2", "Mujeres: 64,2%"),
        ("page:3/line:3", "Montevideo: 12.345 denuncias"),
        ("page:4/line:1", "Montevideo: 12.345 denuncias"),
        ("page:4/line:2", "Salto: 987 denuncias"),
    ]
