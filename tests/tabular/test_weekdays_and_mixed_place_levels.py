"""Two shapes of national offices' yearly tables: calls by day of the week under a title
that names the country, and departments each followed by some of their municipalities in
one column, under a title that names the country.

Read before, the days of the week were dropped (seven counts on one key: the title's country
made the reader take the rows for places) and the departments' table had no country (its
municipalities, which no region list knows, outvoted the title's "Colombia").
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import ingest


def test_calls_by_day_of_the_week_under_a_title_naming_the_country(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "llamadas_dia.csv",
        '"Llamadas a la Línea 155 por día de la semana, Colombia, 2023"\n'
        "Día,Llamadas,%\n"
        'Lunes,5200,"52,0"\nSábado,2500,"25,0"\nDomingo,2300,"23,0"\nTotal,10000,100\n',
    )
    got = sorted(
        (r.source_locator, r.value, r.breakdown_dimension, r.breakdown_value) for r in rows
    )
    assert got == [
        ("B3", 5200.0, "dia", "Lunes"),
        ("B4", 2500.0, "dia", "Sábado"),
        ("B5", 2300.0, "dia", "Domingo"),
        ("B6", 10000.0, "_T", "_T"),
    ]
    assert {(r.indicator_id, r.country, r.period_start) for r in rows} == {
        ("llamadas_linea_atencion", "CO", "2023-01-01")
    }


def test_departments_and_their_municipalities_under_a_title_naming_the_country(
    tmp_path: Path,
) -> None:
    rows = ingest(
        tmp_path / "casos_departamento.csv",
        '"Casos notificados por departamento y municipio, Colombia, 2023"\n'
        "Departamento / Municipio,Casos\n"
        "Antioquia,5200\nMedellín,3100\nBello,820\nItagüí,610\n"
        "Cundinamarca,2900\nSoacha,1100\nFusagasugá,420\nTotal,8100\n",
    )
    assert {r.country for r in rows} == {"CO"}
    by_cell = {r.source_locator: (r.value, r.admin1) for r in rows}
    assert by_cell["B3"] == (5200.0, "CO-ANT")
    assert by_cell["B7"] == (2900.0, "CO-CUN")
    assert by_cell["B10"] == (8100.0, "")
