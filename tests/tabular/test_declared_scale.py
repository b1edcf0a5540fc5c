"""Budget tables whose title or header declares the scale of their amounts ("en millones de
guaraníes", "Bs MM", "Monto (miles de pesos)"): each amount is published at its full value,
its cell's text kept as written and the scale flagged; counts and percentages stay."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path, **overrides: str) -> dict[str, SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))
    return {r["source_locator"]: SimpleNamespace(**r) for r in table_rows(staged.table())}


def book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_millions_in_the_title(tmp_path: Path) -> None:
    path = book(tmp_path / "presupuesto.xlsx", {"Presupuesto": [
        ["Presupuesto del Ministerio de la Mujer 2023 (en millones de guaraníes)"],
        ["Programa", "Vigente", "Ejecutado", "% Ejecución"],
        ["Prevención de la violencia", 13000, 11375, 87.5],
        ["Casas de acogida", 8200.5, 7900.2, 96.3],
    ]})  # fmt: skip
    rows = ingest(path, country="PY")
    executed = rows["Presupuesto!C3"]
    assert (executed.value, executed.value_raw, executed.unit) == (11_375_000_000, "11375", "PYG")
    assert "scaled_millions" in executed.quality_flags
    assert rows["Presupuesto!B4"].value == pytest.approx(8_200_500_000)
    assert not [r for r in rows.values() if r.value == 87.5 or r.value == 87_500_000]


@pytest.mark.parametrize(
    ("title", "country", "raw", "expected"),
    [
        ("Ejecución presupuestaria por año (Bs MM)", "BO", 1.5, 1_500_000),
        ("Gasto en igualdad de género, en miles de pesos dominicanos (RD$)", "DO", 1250300,
         1_250_300_000),
        ("Presupuesto asignado, en Q millones", "GT", 45.3, 45_300_000),
        ("Presupuesto ejecutado (MM$)", "CL", 2350, 2_350_000_000),
        ("Presupuesto ejecutado (M$)", "CL", 2350, 2_350_000),
    ],
)  # fmt: skip
def test_a_scale_said_over_a_table_of_years(
    tmp_path: Path, title: str, country: str, raw: float, expected: float
) -> None:
    path = book(tmp_path / "ejecucion.xlsx", {"Hoja1": [
        [title],
        ["Concepto", 2022, 2023],
        ["Presupuesto del programa de prevención de la violencia", raw, raw],
    ]})  # fmt: skip
    rows = ingest(path, country=country)
    assert rows["Hoja1!B3"].value == pytest.approx(expected)


def test_a_scale_in_the_column_header(tmp_path: Path) -> None:
    path = book(tmp_path / "montos.xlsx", {"Hoja1": [
        ["Programa", "Año", "Monto ejecutado (millones de pesos)", "Beneficiarias"],
        ["Casas de acogida", 2022, 12.5, 340],
        ["Línea de atención", 2022, 3.2, 1200],
    ]})  # fmt: skip
    rows = ingest(path, country="CO")
    assert rows["Hoja1!C2"].value == pytest.approx(12_500_000)
    assert (rows["Hoja1!C3"].value, rows["Hoja1!C3"].value_raw) == (pytest.approx(3_200_000), "3.2")


def test_a_scaled_cell_that_counts_people_is_left_out(tmp_path: Path) -> None:
    # under "Bs MM" every cell is an amount: a row its words read as residents of shelters
    # ("Casas de acogida") is never published as 400,000 residents
    path = book(tmp_path / "mm.xlsx", {"MM": [
        ["Ejecución presupuestaria por año (Bs MM)"],
        ["Concepto", 2021, 2022],
        ["Presupuesto SLIM", 1.5, 1.8],
        ["Casas de acogida", 0.4, 0.45],
    ]})  # fmt: skip
    rows = ingest(path, country="BO")
    assert (rows["MM!B3"].value, rows["MM!B3"].unit) == (pytest.approx(1_500_000), "BOB")
    assert "MM!B4" not in rows and "MM!C4" not in rows


def test_a_count_under_a_title_that_says_an_amount_is_not_scaled(tmp_path: Path) -> None:
    path = book(tmp_path / "denuncias.xlsx", {"Hoja1": [
        ["Se invirtieron 45 millones de pesos en la atención de las denuncias de 2023"],
        ["Departamento", "Denuncias"],
        ["Antioquia", 1204],
        ["Valle del Cauca", 987],
    ]})  # fmt: skip
    rows = ingest(path, country="CO")
    assert rows["Hoja1!B3"].value == 1204


def test_rows_in_two_currencies_are_never_summed(tmp_path: Path) -> None:
    # a "Moneda" column: each row's amount is in its own currency
    path = book(tmp_path / "moneda.xlsx", {"Moneda": [
        ["Programa", "Moneda", "Monto aprobado", "Año"],
        ["Prevención de la violencia", "CRC", 2350000000, 2022],
        ["Prevención de la violencia", "USD", 1200000, 2022],
    ]})  # fmt: skip
    rows = ingest(path, country="CR")
    assert {(r.value, r.unit) for r in rows.values()} == {
        (2_350_000_000, "CRC"),
        (1_200_000, "USD"),
    }
