"""A table turned on its side (indicators or years down, the country's regions across, no
Total column) and a CSV whose counts have five digits.

Read before, the regions across were a "categoria" breakdown of the whole country (the
values of four departments under one country's key), and a CSV column of counts between
20,000 and 80,000 was taken for Excel dates and left out.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.tabular.staged import ingest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def test_indicators_down_and_departments_across_without_a_total(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "indicadores_region.csv",
        '"Indicadores de violencia de género por departamento, Perú, 2023"\n'
        "Indicador,Arequipa,Cusco,Puno\n"
        "Feminicidios,10,8,7\nTentativas de feminicidio,22,15,11\n",
    )
    got = sorted((r.source_locator, r.value, r.indicator_id, r.admin1) for r in rows)
    assert got == [
        ("B3", 10.0, "femicidios", "PE-ARE"),
        ("B4", 22.0, "intentos_femicidio", "PE-ARE"),
        ("C3", 8.0, "femicidios", "PE-CUS"),
        ("C4", 15.0, "intentos_femicidio", "PE-CUS"),
        ("D3", 7.0, "femicidios", "PE-PUN"),
        ("D4", 11.0, "intentos_femicidio", "PE-PUN"),
    ]
    assert {(r.country, r.period_start, r.breakdown_dimension) for r in rows} == {
        ("PE", "2023-01-01", "_T")
    }


def test_years_down_and_provinces_across_without_a_total(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "denuncias_provincia.csv",
        "Año,Salta,Jujuy,Tucumán\n2022,5,2,4\n2023,6,1,3\n",
    )
    got = sorted((r.admin1, r.period_start, r.value) for r in rows)
    assert got == [
        ("AR-A", "2022-01-01", 5.0),
        ("AR-A", "2023-01-01", 6.0),
        ("AR-T", "2022-01-01", 4.0),
        ("AR-T", "2023-01-01", 3.0),
        ("AR-Y", "2022-01-01", 2.0),
        ("AR-Y", "2023-01-01", 1.0),
    ]


def test_counts_of_five_digits_in_a_csv_are_no_dates(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "llamadas_region.csv",
        '"Llamadas recibidas por la línea 100, Perú"\n'
        "Año,Arequipa,Cusco\n2022,41000,38500\n2023,45000,40250\n",
    )
    got = sorted((r.source_locator, r.value, r.admin1, r.period_start) for r in rows)
    assert got == [
        ("B3", 41000.0, "PE-ARE", "2022-01-01"),
        ("B4", 45000.0, "PE-ARE", "2023-01-01"),
        ("C3", 38500.0, "PE-CUS", "2022-01-01"),
        ("C4", 40250.0, "PE-CUS", "2023-01-01"),
    ]


def test_a_budget_under_the_peruvian_ministrys_full_name_is_in_soles(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Presupuesto"
    sheet.append(["Ministerio de la Mujer y Poblaciones Vulnerables - Ejecución 2023 (en miles)"])
    sheet.append(["Actividad", "Devengado"])
    sheet.append(["Centros Emergencia Mujer", 300800])
    sheet.append(["Hogares de refugio temporal", 81700])
    path = tmp_path / "ejecucion.xlsx"
    book.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    got = sorted((r.source_locator, r.value, r.unit, r.country) for r in rows)
    assert got == [
        ("Presupuesto!B3", 300800000.0, "PEN", "PE"),
        ("Presupuesto!B4", 81700000.0, "PEN", "PE"),
    ]
