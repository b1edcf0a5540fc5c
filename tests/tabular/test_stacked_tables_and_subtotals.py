"""A report sheet of two tables, each with its own title: the second table's cells take
the period its own title names, never the first table's; a "Subtotal" row is no place."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path, **overrides: str) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def sheet(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cuadro 1"
    rows: list[list[object]] = [
        ["Cuadro 1. Denuncias por violencia contra la mujer según departamento, 2019-2022"],
        ["Departamento", "Años", None, None, None, "Total"],
        [None, 2019, 2020, 2021, 2022, None],
        ["Santa Cruz", 1200, 1100, 1300, 1450, 5050],
        ["La Paz", 900, 850, 950, 1000, 3700],
        ["Cochabamba", 700, 650, 720, 780, 2850],
        ["Subtotal", 2800, 2600, 2970, 3230, 11600],
        ["Fuente: Fiscalía General del Estado. Ley 348 de 2013, art. 7."],
        [],
        [],
        ["Cuadro 2. Víctimas por grupo de edad, 2022"],
        ["Departamento", "0-14", "15-29", "30-44", "45 y más", "Total"],
        ["Santa Cruz", 100, 500, 600, 250, 1450],
        ["La Paz", 80, 400, 350, 170, 1000],
        ["Total", 180, 900, 950, 420, 2450],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("B2:E2")
    wb.save(path)
    return path


def test_the_second_table_takes_the_period_of_its_own_title(tmp_path: Path) -> None:
    rows = ingest(sheet(tmp_path / "cuadros.xlsx"), country="BO")
    second = {r.source_locator: r for r in rows if int(r.source_locator.split("!")[1][1:]) >= 12}
    assert second["Cuadro 1!C13"].value == 500  # Santa Cruz, 15-29
    assert {(r.period_start, r.period_end) for r in second.values()} == {
        ("2022-01-01", "2022-12-31")
    }
    first = {
        r.source_locator: r for r in rows if r.source_locator in {"Cuadro 1!B4", "Cuadro 1!E5"}
    }
    assert (first["Cuadro 1!B4"].value, first["Cuadro 1!B4"].period_start) == (1200, "2019-01-01")
    assert (first["Cuadro 1!E5"].value, first["Cuadro 1!E5"].period_start) == (1000, "2022-01-01")


def test_a_subtotal_row_is_no_place(tmp_path: Path) -> None:
    rows = ingest(sheet(tmp_path / "cuadros.xlsx"), country="BO")
    assert not [r for r in rows if "Subtotal" in str(r.breakdown_value)]
    assert not [
        r
        for r in rows
        if r.source_locator.startswith("Cuadro 1!")
        and r.source_locator[-1] == "7"
        and r.source_locator[-2].isalpha()
    ]
    by_cell = {r.source_locator: r for r in rows}
    assert (by_cell["Cuadro 1!B4"].admin1, by_cell["Cuadro 1!B4"].value) == ("BO-S", 1200)
