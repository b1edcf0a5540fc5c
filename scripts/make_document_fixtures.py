"""Build the document fixtures in tests/fixtures/documents/ from one source of truth.

Why a script: the same short Spanish reports must exist as .txt and as every format the
readers accept, so tests can check that each reader finds exactly what the plain text has.
The .txt files are written from the structures below; .docx and .pptx are written with
python-docx / python-pptx; .pdf, .odt, .odp and .rtf are converted from those by LibreOffice
headless (``soffice``), as an office worker would; the glued-words PDF is drawn with
reportlab so its text layer lacks spaces, like the slide-deck exports offices send.

Run from the repository root (needs the readers' libraries, reportlab and LibreOffice)::

    .venv/bin/python scripts/make_document_fixtures.py

The outputs are committed, so CI needs neither LibreOffice nor reportlab.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "documents"

# --- Argentine annual report: header, paragraphs, bullet and numbered lists, footer -------------
# Header and footer carry no digits so that formats without them (html) extract the same values.
AR_HEADER = "Municipalidad de Villa Esperanza – Dirección de Mujeres, Géneros y Diversidad"
AR_FOOTER = "Documento público para datos abiertos"
AR_BODY: list[tuple[str, str]] = [
    ("title", "Informe anual de gestión 2024"),
    ("p", "Este informe resume el trabajo del área durante el año y se publica como dato abierto."),
    ("h", "Formación y sensibilización"),
    ("bullet", "Ley Micaela: 159 trabajadoras y trabajadores capacitados."),
    (
        "bullet",
        "Capacitación a conductores (Ordenanza 7132/2018): "
        "1009 personas (612 presenciales y 497 virtuales).",
    ),
    ("bullet", "Talleres de gestión menstrual: 417 personas participaron."),
    ("h", "Atención y acompañamiento"),
    ("number", "Se entregaron 108 botones antipánico a mujeres con medidas de protección."),
    ("number", "Se acompañó a 735 personas en situación de violencia por motivos de género."),
    ("number", "Guardias de emergencia: 76 personas asistidas."),
    ("p", "Contacto: línea local 0800-555-0144, Av. San Martín 1250, planta baja."),
]

# --- Mexican POA: a Word table between two paragraphs -------------------------------------------
POA_BEFORE = [
    ("title", "Programa Operativo Anual 2024"),
    ("p", "Instituto Municipal de las Mujeres de San Isidro, Jalisco."),
]
POA_TABLE = [
    ["No.", "Actividad", "Inversión", "Beneficiarios"],
    [
        "1",
        "Talleres de prevención de la violencia en secundarias",
        "Inversión: $30,000.00",
        "Beneficiados directos: 20,000 personas",
    ],
    [
        "2",
        "Campaña de difusión de derechos de las mujeres",
        "Inversión: $12,500.00",
        "Beneficiados directos: 3,500 personas",
    ],
    [
        "3",
        "Certificación de personal en atención a víctimas",
        "Inversión: $45,000.00",
        "Beneficiados directos: 35 personas",
    ],
]
POA_AFTER = [("p", "Responsable: Dirección del Instituto. Periodo: enero a diciembre.")]

# --- Slides: a target in a text box, a body with two paragraphs, notes, a table ------------------
SLIDES: list[dict[str, object]] = [
    {"title": "Igualdad sustantiva en San Isidro", "subtitle": "Avance del programa anual"},
    {
        "title": "Capacitación a personal municipal",
        "box": "Meta: 100 servidoras públicas capacitadas",
        "body": [
            "Avance al primer semestre: 64 servidoras públicas capacitadas",
            "Cursos impartidos: 6",
        ],
        "notes": "Fuente: listas de asistencia del área de capacitación.",
    },
    {
        "title": "Prevención en colonias",
        "table": [
            ["Actividad", "Meta", "Avance"],
            ["Pláticas en colonias", "24 pláticas", "15 pláticas"],
            ["Ferias de servicios", "4 ferias", "2 ferias"],
        ],
    },
]

# --- Glued words: what a slide-deck PDF export does to the text layer ----------------------------
GLUED_LINES = [
    "Plandeacción deEquidaddeGénero",
    "Capacitaciónpermanentedel equipomunicipal",
    "Políticadeprevención y toleranciacerocontrala violencia",
    "Ley Micaela: 159 personas capacitadas en 2024",
]


def _txt_ar() -> str:
    lines = [AR_HEADER]
    number = 0
    for kind, text in AR_BODY:
        if kind == "bullet":
            lines.append(f"- {text}")
        elif kind == "number":
            number += 1
            lines.append(f"{number}. {text}")
        else:
            lines.append(text)
    lines.append(AR_FOOTER)
    return "\n".join(lines) + "\n"


def _txt_poa() -> str:
    lines = [t for _, t in POA_BEFORE]
    lines += ["\t".join(row) for row in POA_TABLE]
    lines += [t for _, t in POA_AFTER]
    return "\n".join(lines) + "\n"


def _txt_slides() -> str:
    lines: list[str] = []
    for slide in SLIDES:
        lines.append(str(slide["title"]))
        for key in ("subtitle", "box"):
            if key in slide:
                lines.append(str(slide[key]))
        lines += [str(p) for p in slide.get("body", [])]  # type: ignore[attr-defined]
        lines += ["\t".join(row) for row in slide.get("table", [])]  # type: ignore[attr-defined]
        if "notes" in slide:
            lines.append(str(slide["notes"]))
    return "\n".join(lines) + "\n"


def _compact(doc: object) -> None:
    """Small type and margins, so no line wraps in the PDF: one PDF line per .txt line."""
    from docx.shared import Cm, Pt

    doc.styles["Normal"].font.size = Pt(9)  # type: ignore[attr-defined]
    for section in doc.sections:  # type: ignore[attr-defined]
        section.left_margin = section.right_margin = Cm(1.5)


def _docx_ar(path: Path) -> None:
    from docx import Document

    doc = Document()
    _compact(doc)
    section = doc.sections[0]
    section.header.paragraphs[0].text = AR_HEADER
    section.footer.paragraphs[0].text = AR_FOOTER
    styles = {"title": "Title", "h": "Heading 1", "bullet": "List Bullet", "number": "List Number"}
    for kind, text in AR_BODY:
        doc.add_paragraph(text, style=styles.get(kind))
    doc.core_properties.author = "genero-etl"
    doc.save(str(path))


def _docx_poa(path: Path) -> None:
    from docx import Document

    doc = Document()
    _compact(doc)
    for kind, text in POA_BEFORE:
        doc.add_paragraph(text, style="Title" if kind == "title" else None)
    table = doc.add_table(rows=len(POA_TABLE), cols=len(POA_TABLE[0]))
    table.style = "Table Grid"
    for r, row in enumerate(POA_TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for _, text in POA_AFTER:
        doc.add_paragraph(text)
    doc.core_properties.author = "genero-etl"
    doc.save(str(path))


def _pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    for slide_spec in SLIDES:
        if "subtitle" in slide_spec:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = str(slide_spec["title"])
            slide.placeholders[1].text = str(slide_spec["subtitle"])
            continue
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
        slide.shapes.title.text = str(slide_spec["title"])
        if "box" in slide_spec:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(1.6), Inches(9), Inches(0.8))
            box.text_frame.text = str(slide_spec["box"])
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        body = slide_spec.get("body")
        if body:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(2.8), Inches(9), Inches(2))
            frame = box.text_frame
            frame.text = str(body[0])  # type: ignore[index]
            for text in body[1:]:  # type: ignore[index]
                frame.add_paragraph().text = str(text)
        rows = slide_spec.get("table")
        if rows:
            shape = slide.shapes.add_table(
                len(rows),
                len(rows[0]),
                Inches(0.5),
                Inches(1.8),
                Inches(9),
                Inches(2),  # type: ignore[arg-type,index]
            )
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        if "notes" in slide_spec:
            slide.notes_slide.notes_text_frame.text = str(slide_spec["notes"])
    prs.save(str(path))


def _html_ar(path: Path) -> None:
    """A portal news item: the report inside <article>, surrounded by site chrome."""
    from html import escape

    items: list[str] = []
    in_list = ""
    for kind, text in AR_BODY:
        tag = {"bullet": "ul", "number": "ol"}.get(kind, "")
        if in_list and tag != in_list:
            items.append(f"</{in_list}>")
            in_list = ""
        if tag and not in_list:
            items.append(f"<{tag}>")
            in_list = tag
        if tag:
            items.append(f"<li>{escape(text)}</li>")
        elif kind == "title":
            items.append(f"<h1>{escape(text)}</h1>")
        elif kind == "h":
            items.append(f"<h2>{escape(text)}</h2>")
        else:
            items.append(f"<p>{escape(text)}</p>")
    if in_list:
        items.append(f"</{in_list}>")
    body = "\n      ".join(items)
    path.write_text(
        f"""<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>Informe anual 2024 | Municipalidad de Villa Esperanza</title>
  <style>body {{ font-family: sans-serif; }} .menu li {{ display: inline; }}</style>
  <script>window.dataLayer = [{{"visitas": 4521}}];</script>
</head>
<body>
  <header class="site-header"><a href="/">Inicio</a> <span>Tel. 0800 222 1234</span></header>
  <nav class="menu"><ul><li>Noticias</li><li>Trámites 2024</li><li>Contacto</li></ul></nav>
  <main>
    <article>
      {body}
    </article>
    <aside class="share">Compartir en redes: 12 comentarios</aside>
  </main>
  <footer>© 2024 Municipalidad – Todos los derechos reservados – 3 visitas hoy</footer>
  <script src="/js/app.js"></script>
</body>
</html>
""",
        encoding="utf-8",
    )


def _glued_pdf(path: Path) -> None:
    """Draw each line as one string without the spaces that the real export loses."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("Helvetica", 14)
    y = 780.0
    for line in GLUED_LINES:
        page.drawString(72, y, line)
        y -= 24
    page.showPage()
    page.save()


def _soffice(source: Path, target_ext: str, filter_name: str = "") -> Path:
    """Convert with LibreOffice headless into the source's folder; return the new file."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is needed: apt-get install -y libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        convert = f"{target_ext}:{filter_name}" if filter_name else target_ext
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                convert,
                "--outdir",
                str(source.parent),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return source.with_suffix(f".{target_ext}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "informe_ar.txt").write_text(_txt_ar(), encoding="utf-8")
    (OUT / "poa_mx.txt").write_text(_txt_poa(), encoding="utf-8")
    (OUT / "metas_mx.txt").write_text(_txt_slides(), encoding="utf-8")
    (OUT / "glued.txt").write_text("\n".join(GLUED_LINES) + "\n", encoding="utf-8")

    _docx_ar(OUT / "informe_ar.docx")
    _docx_poa(OUT / "poa_mx.docx")
    _pptx(OUT / "metas_mx.pptx")
    _html_ar(OUT / "informe_ar.html")
    _glued_pdf(OUT / "glued.pdf")

    for name in ("informe_ar.docx", "poa_mx.docx"):
        _soffice(OUT / name, "pdf")
        _soffice(OUT / name, "odt")
    _soffice(OUT / "informe_ar.docx", "rtf")
    _soffice(OUT / "metas_mx.pptx", "pdf")
    _soffice(OUT / "metas_mx.pptx", "odp")

    for made in sorted(OUT.iterdir()):
        size = made.stat().st_size
        flag = "  <-- over 100 KB" if size > 100_000 else ""
        print(f"{made.name:24} {size:>8} bytes{flag}")


if __name__ == "__main__":
    main()
