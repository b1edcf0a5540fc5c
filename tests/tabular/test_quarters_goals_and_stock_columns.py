"""Shapes of offices' quarterly and yearly tables: quarters written with their year ("I Trim
2024", "T1 2023"), a goal beside what was achieved, and the columns of a stock of devices
(delivered, active, returned).

Read before, each quarter was published as the whole year (four values on one key), the goal
as achieved, and the active and returned devices as delivered ones.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import ingest


def test_quarters_in_roman_numerals_with_their_year_down_the_rows(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "cjm_trimestres.csv",
        '"Casos atendidos en los Centros de Justicia para las Mujeres, Estado de Jalisco"\n'
        "Trimestre,Casos atendidos\n"
        "I Trim 2024,1520\nII Trim 2024,1610\nIII Trim 2024,1705\nIV Trim 2024,1490\n",
    )
    assert sorted((r.source_locator, r.value, r.period_start, r.period_end) for r in rows) == [
        ("B3", 1520.0, "2024-01-01", "2024-03-31"),
        ("B4", 1610.0, "2024-04-01", "2024-06-30"),
        ("B5", 1705.0, "2024-07-01", "2024-09-30"),
        ("B6", 1490.0, "2024-10-01", "2024-12-31"),
    ]


def test_quarters_with_their_year_across_the_columns(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "llamadas_trimestre.csv",
        '"Llamadas atendidas por la línea 1455, Chile"\n'
        "Región,T1 2023,T2 2023,T3 2023,T4 2023\n"
        "Región de Valparaíso,120,130,140,150\n",
    )
    assert sorted(
        (r.source_locator, r.value, r.admin1, r.period_start, r.period_end) for r in rows
    ) == [
        ("B3", 120.0, "CL-VS", "2023-01-01", "2023-03-31"),
        ("C3", 130.0, "CL-VS", "2023-04-01", "2023-06-30"),
        ("D3", 140.0, "CL-VS", "2023-07-01", "2023-09-30"),
        ("E3", 150.0, "CL-VS", "2023-10-01", "2023-12-31"),
    ]


def test_a_goal_beside_the_people_trained_is_a_target(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "micaela_organismos.csv",
        '"Implementación de la Ley Micaela por organismo, Provincia de Santa Fe, 2023"\n'
        "Organismo,Meta,Personas capacitadas,Porcentaje de cumplimiento\n"
        'Ministerio de Seguridad,2000,1850,"92,5%"\nMinisterio de Salud,1500,1620,108%\n'
        'Total,3500,3470,"99,1%"\n',
    )
    got = sorted((r.source_locator, r.value, r.value_kind) for r in rows)
    assert got == [
        ("B3", 2000.0, "target"),
        ("B4", 1500.0, "target"),
        ("B5", 3500.0, "target"),
        ("C3", 1850.0, "observed"),
        ("C4", 1620.0, "observed"),
        ("C5", 3470.0, "observed"),
    ]
    assert {(r.country, r.admin1, r.period_start) for r in rows} == {("AR", "AR-S", "2023-01-01")}


def test_a_monthly_goal_beside_the_workshops_held_is_a_target(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "talleres_meta.csv",
        '"Talleres de prevención de la violencia, Instancia Municipal de la Mujer, 2023"\n'
        "Mes,Talleres realizados,Meta\nEnero,4,5\nFebrero,6,5\nTotal,10,10\n",
    )
    got = sorted((r.source_locator, r.value, r.period_start, r.value_kind) for r in rows)
    assert got == [
        ("B3", 4.0, "2023-01-01", "observed"),
        ("B4", 6.0, "2023-02-01", "observed"),
        ("B5", 10.0, "2023-01-01", "observed"),
        ("C3", 5.0, "2023-01-01", "target"),
        ("C4", 5.0, "2023-02-01", "target"),
        ("C5", 10.0, "2023-01-01", "target"),
    ]


def test_requested_granted_and_standing_orders_of_a_month_are_three_values(
    tmp_path: Path,
) -> None:
    rows = ingest(
        tmp_path / "medidas_2023.csv",
        '"Medidas de protección, Juzgado de Familia de San José, Costa Rica, 2023"\n'
        "Mes,Solicitadas,Otorgadas,Vigentes al cierre\nEnero,120,100,450\nFebrero,110,95,470\n",
    )
    got = sorted(
        (r.source_locator, r.value, r.period_start, r.breakdown_dimension, r.breakdown_value)
        for r in rows
    )
    assert got == [
        ("B3", 120.0, "2023-01-01", "categoria", "Solicitadas"),
        ("B4", 110.0, "2023-02-01", "categoria", "Solicitadas"),
        ("C3", 100.0, "2023-01-01", "categoria", "Otorgadas"),
        ("C4", 95.0, "2023-02-01", "categoria", "Otorgadas"),
        ("D3", 450.0, "2023-01-01", "categoria", "Vigentes al cierre"),
        ("D4", 470.0, "2023-02-01", "categoria", "Vigentes al cierre"),
    ]
    assert {(r.indicator_id, r.country) for r in rows} == {("medidas_proteccion", "CR")}


def test_delivered_active_and_returned_devices_by_month_stay_apart(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "botones_2024.csv",
        '"Botones antipánico - Municipalidad de Rosario, 2024"\n'
        "Mes,Entregados,Activos,Devueltos\nEnero,25,310,8\nFebrero,30,325,15\nTotal,55,325,23\n",
    )
    keys = [(r.indicator_id, r.period_start, r.period_end, r.breakdown_value) for r in rows]
    assert len(keys) == len(set(keys)) == 9
    got = {r.source_locator: (r.value, r.breakdown_value) for r in rows}
    assert got["B3"] == (25.0, "Enero | Entregados")
    assert got["C3"] == (310.0, "Enero | Activos")
    assert got["D4"] == (15.0, "Febrero | Devueltos")
    assert got["C5"] == (325.0, "Activos")
