"""A register of one place counted by year because its months are thin also counts its
months, inside each year's count (class A of tests/acceptance/TABLE_MISSES.md).

Modelled on the BANAVIM registers of Veracruz (tests/acceptance/corpus_dev8: ten cases of one
state over seven months of 2018, each dated by day): most months would hold one case, so the
register is counted by year, and each month's count is published too, as a part of its year's
(linked to it, so that a reader summing the year counts it once). Only the totals: the
breakdowns stay counted by year. A register whose rows are spread over several provinces keeps
the thinness rule (its province-months would publish single cases), and so does a register of
one municipality. The rows below are written for the test (no identifier, no real date).
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

MONTHS = ["01", "01", "04", "04", "05", "05", "05", "06", "07", "12"]
PLACES = ["Xalapa", "Tuxpan", "Orizaba", "Xalapa", "Córdoba", "Papantla", "Xalapa", "Tuxpan",
          "Orizaba", "Poza Rica de Hidalgo"]  # fmt: skip
HEADER = '"ID","Fecha registro","Estado","Municipio","Lugar hechos","Conoce agresor"\n'
ONE_STATE = HEADER + "".join(
    f'"{700100 + 37 * i}","2018-{m}-1{i % 9}","Veracruz Ignacio de la Llave","{PLACES[i]}",'
    f'"{"Espacio particular" if i % 3 else "Vía pública"}","{"SI" if i % 4 else "NO"}"\n'
    for i, m in enumerate(MONTHS)
)
TWO_PROVINCES = HEADER + "".join(
    f'"{700100 + 37 * i}","2018-{m}-1{i % 9}",'
    f'"{"Veracruz Ignacio de la Llave" if i % 2 else "Puebla"}","",'
    f'"{"Espacio particular" if i % 3 else "Vía pública"}","{"SI" if i % 4 else "NO"}"\n'
    for i, m in enumerate(MONTHS)
)


def _totals(rows: list) -> dict[tuple[str, str, str], tuple[float, str, str]]:
    return {
        (r.admin1, r.period_start, r.period_end): (
            r.value,
            r.observation_id,
            r.parent_observation_id,
        )
        for r in rows
        if r.breakdown_dimension == "_T"
    }


def test_one_state_register_counts_its_months_inside_its_year(tmp_path: Path) -> None:
    rows = read(write(tmp_path, "registro_casos_2018.csv", ONE_STATE), country="MX")
    assert {r.extraction_method for r in rows} == {"table.register"}
    totals = _totals(rows)
    year = totals[("MX-VER", "2018-01-01", "2018-12-31")]
    assert year[0] == 10.0 and not year[2]
    months = {k[1][:7]: v for k, v in totals.items() if k[1:] != ("2018-01-01", "2018-12-31")}
    assert {m: v[0] for m, v in months.items()} == {
        "2018-01": 2.0, "2018-04": 2.0, "2018-05": 3.0, "2018-06": 1.0, "2018-07": 1.0,
        "2018-12": 1.0,
    }  # fmt: skip
    # each month a part of the year's count: summed once
    assert {v[2] for v in months.values()} == {year[1]}
    # the breakdowns stay by year
    parts = [r for r in rows if r.breakdown_dimension != "_T"]
    assert parts and {(r.period_start, r.period_end) for r in parts} == {
        ("2018-01-01", "2018-12-31")
    }


def test_a_register_over_several_provinces_keeps_its_years(tmp_path: Path) -> None:
    rows = read(write(tmp_path, "registro_casos_2018.csv", TWO_PROVINCES), country="MX")
    totals = _totals(rows)
    assert {k[1:] for k in totals} == {("2018-01-01", "2018-12-31")}
    assert sum(v[0] for v in totals.values()) == 10.0
