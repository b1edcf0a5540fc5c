"""Two small shapes every office writes: one row per institution with the sexes across and a
"Total" column, and a table of age groups under a title that names the country.

Read without the first column, the institutions' rows fell on one key (two values for the
women of the country in one year); read without the title, the age groups' table had no
country.
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


def written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_institutions_down_sexes_across_and_a_total_column(tmp_path: Path) -> None:
    path = written(
        tmp_path / "capacitadas_sexo.csv",
        '"Personas capacitadas en Ley Micaela por sexo, Costa Rica 2021"\n'
        "Institución,Mujeres,Hombres,Total\n"
        "Municipalidad de San José,120,80,200\n"
        "Municipalidad de Heredia,60,40,100\n",
    )
    rows = ingest(path)
    got = sorted(
        (r.source_locator, r.value, r.breakdown_dimension, r.breakdown_value) for r in rows
    )
    assert got == [
        ("B3", 120.0, "institucion+sexo", "Municipalidad de San José | mujeres"),
        ("B4", 60.0, "institucion+sexo", "Municipalidad de Heredia | mujeres"),
        ("C3", 80.0, "institucion+sexo", "Municipalidad de San José | varones"),
        ("C4", 40.0, "institucion+sexo", "Municipalidad de Heredia | varones"),
        ("D3", 200.0, "institucion", "Municipalidad de San José"),
        ("D4", 100.0, "institucion", "Municipalidad de Heredia"),
    ]
    assert {(r.indicator_id, r.country, r.period_start, r.period_end) for r in rows} == {
        ("ley_micaela_personas_capacitadas", "CR", "2021-01-01", "2021-12-31")
    }


def test_age_groups_under_a_title_that_names_the_country(tmp_path: Path) -> None:
    path = written(
        tmp_path / "atendidas_edad.csv",
        '"Mujeres atendidas por grupo de edad, El Salvador, 2022"\n'
        "Grupo de edad,Atendidas\n"
        "0-17 años,312\n18-29 años,1450\n30-59 años,2210\n60 y más,180\nTotal,4152\n",
    )
    rows = ingest(path)
    assert sorted((r.source_locator, r.value, r.breakdown_value) for r in rows) == [
        ("B3", 312.0, "0-17 años"),
        ("B4", 1450.0, "18-29 años"),
        ("B5", 2210.0, "30-59 años"),
        ("B6", 180.0, "60 y más"),
        ("B7", 4152.0, "_T"),
    ]
    assert {(r.country, r.admin1, r.period_start) for r in rows} == {("SV", "", "2022-01-01")}


def workbook(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Llamadas"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_months_down_years_across_of_a_municipal_office(tmp_path: Path) -> None:
    """ "Mes" down and "2022 | 2023" across: each cell is its month of its column's year, the
    Total row the months listed; the municipality whose own government heads the file is the
    place of every row (no column names one)."""
    path = workbook(
        tmp_path / "llamadas.xlsx",
        [
            ["Línea Mujer, llamadas recibidas por mes, Municipio de Mérida, Yucatán"],
            ["Mes", "2022", "2023"],
            ["Enero", 310, 298],
            ["Febrero", 280, 301],
            ["Marzo", 295, 320],
            ["Total", 885, 919],
        ],
    )
    rows = ingest(path)
    got = sorted((r.source_locator, r.value, r.period_start, r.period_end) for r in rows)
    assert got == [
        ("Llamadas!B3", 310.0, "2022-01-01", "2022-01-31"),
        ("Llamadas!B4", 280.0, "2022-02-01", "2022-02-28"),
        ("Llamadas!B5", 295.0, "2022-03-01", "2022-03-31"),
        ("Llamadas!B6", 885.0, "2022-01-01", "2022-03-31"),
        ("Llamadas!C3", 298.0, "2023-01-01", "2023-01-31"),
        ("Llamadas!C4", 301.0, "2023-02-01", "2023-02-28"),
        ("Llamadas!C5", 320.0, "2023-03-01", "2023-03-31"),
        ("Llamadas!C6", 919.0, "2023-01-01", "2023-03-31"),
    ]
    assert {(r.indicator_id, r.country, r.admin1, r.municipality_code) for r in rows} == {
        ("llamadas_linea_atencion", "MX", "MX-YUC", "31050")
    }
    totals = {r.observation_id: r.value for r in rows if r.source_locator.endswith("6")}
    parts = {r.value: totals.get(r.parent_observation_id) for r in rows if r.value < 800}
    assert parts == {310.0: 885.0, 280.0: 885.0, 295.0: 885.0, 298.0: 919.0, 301.0: 919.0,
                     320.0: 919.0}  # fmt: skip


def test_a_national_title_leaves_the_rows_at_the_country(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "nacional.xlsx",
        [
            ["Guatemala: denuncias de violencia contra la mujer, 2022-2023"],
            ["Mes", "2022", "2023"],
            ["Enero", 5100, 5300],
            ["Febrero", 4900, 5050],
        ],
    )
    rows = ingest(path)
    assert {(r.country, r.admin1, r.municipality_code) for r in rows} == {("GT", "", "")}
    assert sorted((r.value, r.period_start) for r in rows)[:2] == [
        (4900.0, "2022-02-01"),
        (5050.0, "2023-02-01"),
    ]


def test_amounts_written_as_text_with_dots_between_thousands(tmp_path: Path) -> None:
    """ "1.250.000" typed as text in a Bolivian budget: the amounts are read (they were an
    unread text column, and only the execution shares were published)."""
    path = workbook(
        tmp_path / "poa.xlsx",
        [
            ["Gobierno Autónomo Municipal de Cochabamba"],
            ["Presupuesto de programas de género, gestión 2023 (en Bolivianos)"],
            ["N°", "Programa", "Presupuesto vigente (Bs)", "% ejecución"],
            [1, "Servicio Legal Integral Municipal (SLIM)", "1.250.000", "88%"],
            [2, "Casa de acogida", "480.000", "95%"],
            [3, "Prevención en unidades educativas", "120.000", "50%"],
            [None, "Total", "1.850.000", "87%"],
        ],
    )
    rows = ingest(path)
    amounts = sorted(
        (r.source_locator, r.value, r.unit, r.activity or "")
        for r in rows
        if r.indicator_id == "presupuesto_genero"
    )
    assert amounts == [
        ("Llamadas!C4", 1250000.0, "BOB", "Servicio Legal Integral Municipal (SLIM)"),
        ("Llamadas!C5", 480000.0, "BOB", "Casa de acogida"),
        ("Llamadas!C6", 120000.0, "BOB", "Prevención en unidades educativas"),
        ("Llamadas!C7", 1850000.0, "BOB", ""),
    ]
    assert {(r.country, r.period_start) for r in rows} == {("BO", "2023-01-01")}
