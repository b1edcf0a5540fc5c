"""A municipal gender budget with its stages side by side ("Aprobado | Modificado |
Devengado | % de ejecución", Peru's "PIA | PIM | Devengado").

Read before, the approved and modified amounts were left unclassified (each header alone
names no indicator) and only the executed one was published, as if it were the budget's
only figure; the stages are one budget, told apart by a breakdown.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import ingest


def test_approved_modified_and_executed_are_stages_of_one_budget(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "presupuesto_genero.csv",
        '"Presupuesto con enfoque de género 2023, Gobierno Autónomo Municipal de Cochabamba"\n'
        "Programa,Aprobado,Modificado,Devengado,% de ejecución\n"
        "Servicio Legal Integral Municipal,1200000,1350000,1100000,81%\n"
        "Casa de acogida,800000,820000,790000,96%\n"
        "Total,2000000,2170000,1890000,87%\n",
    )
    got = sorted((r.source_locator, r.value, r.breakdown_value, r.activity) for r in rows)
    assert got == [
        ("B3", 1200000.0, "Aprobado", "Servicio Legal Integral Municipal"),
        ("B4", 800000.0, "Aprobado", "Casa de acogida"),
        ("B5", 2000000.0, "Aprobado", ""),
        ("C3", 1350000.0, "Modificado", "Servicio Legal Integral Municipal"),
        ("C4", 820000.0, "Modificado", "Casa de acogida"),
        ("C5", 2170000.0, "Modificado", ""),
        ("D3", 1100000.0, "Devengado", "Servicio Legal Integral Municipal"),
        ("D4", 790000.0, "Devengado", "Casa de acogida"),
        ("D5", 1890000.0, "Devengado", ""),
    ]
    assert {
        (r.indicator_id, r.value_kind, r.unit, r.country, r.breakdown_dimension) for r in rows
    } == {("presupuesto_genero", "budget", "BOB", "BO", "etapa_presupuestaria")}


def test_programmed_and_executed_money_is_no_goal(tmp_path: Path) -> None:
    rows = ingest(
        tmp_path / "ejecucion.csv",
        '"Ejecución presupuestaria del programa de igualdad de género 2024 (en quetzales)"\n'
        "Actividad,Programado,Ejecutado\n"
        "Capacitaciones a mujeres emprendedoras,150000,120000\nAtención psicológica,90000,88000\n",
    )
    got = sorted((r.source_locator, r.value, r.value_kind, r.breakdown_value) for r in rows)
    assert got == [
        ("B3", 150000.0, "budget", "Programado"),
        ("B4", 90000.0, "budget", "Programado"),
        ("C3", 120000.0, "budget", "Ejecutado"),
        ("C4", 88000.0, "budget", "Ejecutado"),
    ]
    assert {(r.indicator_id, r.unit) for r in rows} == {("presupuesto_genero", "GTQ")}
