"""Years as offices mark them: a preliminary year down the rows ("2023 (p)") and fiscal
years across the columns ("2022-2023" in Puerto Rico, whose fiscal year starts in July).

Read before, the preliminary year's count was published with no period, and the fiscal
years were a "categoria" breakdown of values with no period at all.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import ingest


def test_a_preliminary_year_down_the_rows_is_still_its_year(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "femicidios_anual.csv",
        '"Femicidios por año, Honduras"\n'
        "Año,Femicidios\n2021,342\n2022,308\n2023 (p),290\n2024*,n/d\n"
        "(p) Cifras preliminares.\n* Sin datos al cierre.\n",
    )
    got = sorted((r.source_locator, r.value, r.period_start, r.period_end) for r in rows)
    assert got == [
        ("B3", 342.0, "2021-01-01", "2021-12-31"),
        ("B4", 308.0, "2022-01-01", "2022-12-31"),
        ("B5", 290.0, "2023-01-01", "2023-12-31"),
    ]
    assert {(r.indicator_id, r.country) for r in rows} == {("femicidios", "HN")}


def test_fiscal_years_across_the_columns_are_periods(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "gasto_programas.csv",
        '"Gasto en programas de igualdad de género, Puerto Rico (en millones de dólares)"\n'
        "Programa,2022-2023,2023-2024\n"
        "Oficina de la Procuradora de las Mujeres,12.5,13.1\nAlbergues,4.2,4.8\n",
    )
    got = sorted((r.source_locator, r.value, r.period_start, r.period_end) for r in rows)
    assert got == [
        ("B3", 12500000.0, "2022-07-01", "2023-06-30"),
        ("B4", 4200000.0, "2022-07-01", "2023-06-30"),
        ("C3", 13100000.0, "2023-07-01", "2024-06-30"),
        ("C4", 4800000.0, "2023-07-01", "2024-06-30"),
    ]
    assert {(r.unit, r.country, r.breakdown_dimension) for r in rows} == {("USD", "PR", "_T")}
