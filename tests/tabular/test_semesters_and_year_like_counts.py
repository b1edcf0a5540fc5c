"""Two shapes offices publish: half-years across with the row's year down and a "Total"
column, and departments down whose count happens to read like a year ("Alto Paraná | 1900").

The Total column of the second year's row was dated the first year (two values on one key),
and the department whose count read like a year was taken for a header of years: its count
lost, the next department dated 1900 with the previous one's name as a breakdown.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.tabular.staged import ingest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def test_a_total_column_beside_half_years_takes_its_rows_year(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "denuncias_semestre.csv",
        '"Denuncias de violencia contra la mujer por semestre, Guatemala"\n'
        "Año,I Semestre,II Semestre,Total\n"
        "2022,1200,1350,2550\n"
        "2023,1280,1410,2690\n",
    )
    got = sorted((r.source_locator, r.value, r.period_start, r.period_end) for r in rows)
    assert got == [
        ("B3", 1200.0, "2022-01-01", "2022-06-30"),
        ("B4", 1280.0, "2023-01-01", "2023-06-30"),
        ("C3", 1350.0, "2022-07-01", "2022-12-31"),
        ("C4", 1410.0, "2023-07-01", "2023-12-31"),
        ("D3", 2550.0, "2022-01-01", "2022-12-31"),
        ("D4", 2690.0, "2023-01-01", "2023-12-31"),
    ]
    assert {r.country for r in rows} == {"GT"}


def test_a_department_whose_count_reads_like_a_year_stays_a_row(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "denuncias_departamento.csv",
        '"Denuncias de violencia familiar por departamento, Paraguay, 2022"\n'
        "Departamento,Denuncias\n"
        "Central,5400\n"
        "Alto Paraná,1900\n"
        "Itapúa,1100\n"
        "Total país,8400\n",
    )
    got = sorted((r.source_locator, r.value, r.admin1, r.breakdown_dimension) for r in rows)
    assert got == [
        ("B3", 5400.0, "PY-11", "_T"),
        ("B4", 1900.0, "PY-10", "_T"),
        ("B5", 1100.0, "PY-7", "_T"),
        ("B6", 8400.0, "", "_T"),
    ]
    assert {(r.country, r.period_start, r.period_end) for r in rows} == {
        ("PY", "2022-01-01", "2022-12-31")
    }


def test_consecutive_years_under_a_table_still_open_a_new_one(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "dos_tablas.csv",
        '"Denuncias por departamento, Paraguay, 2022"\n'
        "Departamento,Denuncias\n"
        "Central,5400\n"
        "Itapúa,1100\n"
        "Departamento,2021,2022\n"
        "Central,5000,5400\n",
    )
    assert ("C6", 5400.0, "2022-01-01", "PY-11") in {
        (r.source_locator, r.value, r.period_start, r.admin1) for r in rows
    }
    assert not any(r.period_start.startswith(("1900", "2021-")) and r.value == 1100.0 for r in rows)


def test_a_list_of_women_with_their_identity_numbers_is_counted_not_published(
    tmp_path: Path,
) -> None:
    rows = ingest(
        tmp_path / "beneficiarias.csv",
        '"Listado de mujeres beneficiarias del bono, Ecuador 2023"\n'
        "N°,Nombres y apellidos,Cédula,Provincia,Monto\n"
        "1,María Pérez López,1712345678,Pichincha,250\n"
        "2,Ana Gómez Ruiz,0912345678,Guayas,300\n"
        "3,Rosa Torres Vera,1798765432,Pichincha,250\n",
    )
    got = sorted((r.admin1, r.value, r.unit, r.period_start) for r in rows)
    assert got == [
        ("EC-G", 1.0, "personas", "2023-01-01"),
        ("EC-P", 2.0, "personas", "2023-01-01"),
    ]
    assert {r.country for r in rows} == {"EC"}
    text = " ".join(f"{r.source_text} {r.breakdown_value} {r.indicator_label}" for r in rows)
    assert "María" not in text and "1712345678" not in text


def test_indicators_down_years_across_under_a_title_naming_the_country(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "indicadores.csv",
        '"Indicadores de violencia basada en género, Uruguay"\n'
        "Indicador,2020,2021,2022\n"
        "Denuncias de violencia doméstica,39000,40000,41000\n"
        "Femicidios,19,25,21\n",
    )
    got = sorted((r.source_locator, r.value, r.indicator_id, r.period_start) for r in rows)
    assert got == [
        ("B3", 39000.0, "denuncias_violencia", "2020-01-01"),
        ("B4", 19.0, "femicidios", "2020-01-01"),
        ("C3", 40000.0, "denuncias_violencia", "2021-01-01"),
        ("C4", 25.0, "femicidios", "2021-01-01"),
        ("D3", 41000.0, "denuncias_violencia", "2022-01-01"),
        ("D4", 21.0, "femicidios", "2022-01-01"),
    ]
    assert {(r.country, r.admin1) for r in rows} == {("UY", "")}


def test_districts_under_a_title_naming_their_province_stay_in_it(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "violencia_distrito.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Cuadro 1"
    for row in [
        ["Casos de violencia doméstica por distrito, provincia de Chiriquí, Panamá, 2023"],
        ["Distrito", "Casos"],
        ["David", 420],
        ["Barú", 130],
        ["Total provincia", 550],
    ]:
        sheet.append(row)
    book.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    got = sorted((r.source_locator, r.value, r.country, r.admin1, r.municipality) for r in rows)
    assert got == [
        ("Cuadro 1!B3", 420.0, "PA", "PA-4", "David"),
        ("Cuadro 1!B4", 130.0, "PA", "PA-4", "Barú"),
        ("Cuadro 1!B5", 550.0, "PA", "PA-4", ""),
    ]
    assert {r.period_start for r in rows} == {"2023-01-01"}


def test_cantons_and_their_total_under_a_title_naming_their_province(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "atenciones_canton.csv",
        '"Atenciones por cantón, provincia de Cartago, Costa Rica, 2022"\n'
        "Cantón,Mujeres atendidas\nCartago,640\nParaíso,210\nTotal,850\n",
    )
    got = sorted((r.source_locator, r.value, r.admin1, r.municipality) for r in rows)
    assert got == [
        ("B3", 640.0, "CR-C", "Cartago"),
        ("B4", 210.0, "CR-C", "Paraíso"),
        ("B5", 850.0, "CR-C", ""),
    ]
    assert {(r.country, r.period_start) for r in rows} == {("CR", "2022-01-01")}
