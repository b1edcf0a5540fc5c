"""A department's table with no place column: its region named by the sheet ("Antioquia",
one sheet per department) or by a part of its title ("Casos ..., Antioquia, 2023").

Read before, the sheets' values had no country nor region (three departments' January on
one key), the titled table's values and its Total row were published as Colombia's.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def sheet(book: object, name: str, title: str, values: list[int]) -> None:
    ws = book.create_sheet(name)  # type: ignore[attr-defined]
    ws.append([title])
    ws.append(["Mes", "Casos"])
    for month, v in zip(["Enero", "Febrero"], values, strict=True):
        ws.append([month, v])
    ws.append(["Total", sum(values)])


def test_one_sheet_per_department_under_titles_naming_none(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Portada"
    book.active.append(["Boletín de violencias contra las mujeres"])
    title = "Casos de violencia intrafamiliar contra mujeres, 2023"
    sheet(book, "Antioquia", title, [310, 290])
    sheet(book, "Nariño", title, [80, 75])
    path = tmp_path / "casos_departamentos.xlsx"
    book.save(path)
    got = sorted(
        (r.source_locator, r.value, r.country, r.admin1, r.period_end) for r in ingest(path)
    )
    assert got == [
        ("Antioquia!B3", 310.0, "CO", "CO-ANT", "2023-01-31"),
        ("Antioquia!B4", 290.0, "CO", "CO-ANT", "2023-02-28"),
        ("Antioquia!B5", 600.0, "CO", "CO-ANT", "2023-02-28"),
        ("Nariño!B3", 80.0, "CO", "CO-NAR", "2023-01-31"),
        ("Nariño!B4", 75.0, "CO", "CO-NAR", "2023-02-28"),
        ("Nariño!B5", 155.0, "CO", "CO-NAR", "2023-02-28"),
    ]


def test_a_region_named_between_the_titles_commas(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet(
        book,
        "Datos",
        "Casos de violencia intrafamiliar contra mujeres, Antioquia, 2023",
        [310, 290],
    )
    del book["Sheet"]
    path = tmp_path / "casos.xlsx"
    book.save(path)
    got = sorted((r.source_locator, r.value, r.country, r.admin1) for r in ingest(path))
    assert got == [
        ("Datos!B3", 310.0, "CO", "CO-ANT"),
        ("Datos!B4", 290.0, "CO", "CO-ANT"),
        ("Datos!B5", 600.0, "CO", "CO-ANT"),
    ]
