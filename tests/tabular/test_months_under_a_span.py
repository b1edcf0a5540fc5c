"""A department x month table whose months sit under the span they make up ("enero-junio
2024" above "Enero ... Junio"): each month column is that month, the total column the span.
Before, every month's cell took the span above it and its month became a category."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.pipeline import IngestOptions, extract_document

MONTHS = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio"]
ROWS = [
    ("Atlántida", [120, 98, 110, 105, 99, 130]),
    ("Cortés", [410, 390, 402, 420, 415, 398]),
    ("Francisco Morazán", [450, 430, 460, 440, 455, 470]),
]


def _rows(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions())
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def _check(out: list[SimpleNamespace]) -> None:
    cells = {(o.admin1, o.period_start, o.period_end): o for o in out}
    january = cells[("HN-AT", "2024-01-01", "2024-01-31")]
    assert (january.value, january.breakdown_value) == (120.0, "_T")
    assert cells[("HN-CR", "2024-06-01", "2024-06-30")].value == 398.0
    assert cells[("HN-FM", "2024-01-01", "2024-06-30")].value == 2705.0  # the total column
    assert not [o for o in out if o.breakdown_value in MONTHS]


def test_a_title_cut_by_its_comma_over_the_months(tmp_path: Path) -> None:
    path = tmp_path / "denuncias_departamento_mes.csv"
    lines = [
        "Denuncias por violencia doméstica según departamento y mes, enero-junio 2024",
        ",".join(["Departamento", *MONTHS, "Total"]),
        *(",".join([name, *map(str, v), str(sum(v))]) for name, v in ROWS),
        "Fuente: Ministerio Público, Honduras",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _check(_rows(path))


def test_a_span_header_row_over_the_months(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Denuncias por violencia doméstica según departamento, Honduras"])
    sheet.append([None, "Enero - junio 2024"])
    sheet.append(["Departamento", *MONTHS, "Total"])
    for name, v in ROWS:
        sheet.append([name, *v, sum(v)])
    path = tmp_path / "denuncias.xlsx"
    book.save(path)
    _check(_rows(path))
