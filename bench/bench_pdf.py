"""Pages per second: genero-etl's PDF reader vs poppler's ``pdftotext -layout``.

Why: the reader is pure Python and does more (tables, hyphens, glued words); this shows
what that costs against the C baseline on the same many-page PDF, generated here with
reportlab (a report-like page: title, list items, a four-column table).

    .venv/bin/python bench/bench_pdf.py [--pages 200]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), invariant=1)
    for number in range(1, pages + 1):
        page.setFont("Helvetica-Bold", 14)
        page.drawString(72, 790, f"Informe de gestión – sección {number}")
        page.setFont("Helvetica", 10)
        y = 760.0
        for k in range(12):
            page.drawString(
                72,
                y,
                f"- Actividad {k + 1}: {number * 10 + k} personas capacitadas en talleres de prevención",
            )
            y -= 16
        for row in range(10):
            for col, x in enumerate((72, 150, 330, 450)):
                cell = ["1", "Talleres en escuelas", "$30,000.00", "20,000 personas"][col]
                page.drawString(
                    x,
                    y,
                    f"{cell}" if row else ["No.", "Actividad", "Inversión", "Beneficiarios"][col],
                )
            y -= 16
        page.showPage()
    page.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    from genero_etl.readers.pdf import read_pdf
    from genero_etl.readers.registry import ReadOptions

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "largo.pdf"
        make_pdf(pdf, args.pages)
        start = time.perf_counter()
        doc = read_pdf(pdf, pdf.name, ReadOptions())
        ours = args.pages / (time.perf_counter() - start)
        print(f"genero-etl pdf reader: {ours:8.1f} pages/s ({len(doc.segments)} segments)")
        if shutil.which("pdftotext") is None:
            print("pdftotext not installed (apt-get install poppler-utils): no baseline")
            return
        start = time.perf_counter()
        subprocess.run(["pdftotext", "-layout", str(pdf), str(pdf.with_suffix(".txt"))], check=True)
        theirs = args.pages / (time.perf_counter() - start)
        print(f"pdftotext -layout:     {theirs:8.1f} pages/s")
        print(f"ratio: pdftotext is {theirs / ours:.1f}x faster")


if __name__ == "__main__":
    main()
