"""Shapes of the fourteenth development set (tests/acceptance/corpus_dev14), small.

A regional health office's sheet whose two blocks "Casos | %" lost the years of their upper
header row; a statistics office's working sheets (the same counts in thousands beside them,
a "Resta" of two totals); police complaints in long form whose coded items (totals among
them) are too many to be a breakdown; an INEI department code column; Chile's regions by
their full names and as "IX Araucanía".
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.normalize.places import lookup_admin1, lookup_admin1_number


def test_number_columns_under_one_header_twice_are_not_published(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dengue.xlsx", {
        "Sheet1": [
            ["Provincia", "Casos", "%", "Casos", "%", "Casos en la semana"],
            ["CHICLAYO", 398, 40.24, 140, 58.58, 22],
            ["FERREÑAFE", 225, 22.75, 33, 13.81, 4],
            ["LAMBAYEQUE", 366, 37.01, 66, 27.62, 6],
        ],
    })  # fmt: skip
    out = ingest(path, country="PE")
    assert sorted(o.value for o in out) == [4, 6, 22]  # only the column with its own name
    assert not {398, 225, 366, 140, 33, 66} & {o.value for o in out}
    assert all(o.source_locator[-2] == "F" for o in out)


def test_a_repeated_number_header_beside_its_own_month_column_is_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "kits.xlsx", {
        "Resumen": [
            ["Año", "Mes", "Total recibidos", "Mes", "Total recibidos"],
            [2019, "Enero", 10, "Julio", 14], [None, "Febrero", 11, "Agosto", 13],
            [None, "Marzo", 19, "Septiembre", 12],
        ],
    })  # fmt: skip
    by_month = {o.period_start: o.value for o in ingest(path)}
    assert by_month["2019-03-01"] == 19 and by_month["2019-09-01"] == 12


def test_a_column_in_thousands_and_a_difference_row_are_not_published(tmp_path: Path) -> None:
    ages = ["0-4", "5-9", "10-14", "15-19"]
    counts = [1870482, 1864141, 1795928, 1757527]
    path = workbook(tmp_path / "poblacion.xlsx", {
        "Sheet3": [[a, c, c / 1000] for a, c in zip(ages, counts, strict=True)],
        "Calculos": [["Mujeres", 8817420], ["Hombres", 8540466], ["Resta", 276954]],
    })  # fmt: skip
    out = ingest(path, country="GT")
    values = {o.value for o in out}
    assert set(counts) <= values and {8817420, 8540466} <= values
    assert not {c / 1000 for c in counts} & values  # the same figures in thousands
    assert 276954 not in values  # "Resta": one total minus the other, no count


def test_coded_items_too_many_to_sum_and_a_department_code(tmp_path: Path) -> None:
    items = [f"F{i}_ITEM {i}" for i in range(14)] + ["F1_TOTAL"]
    head = ["ANIO", "MES", "CCDD", "DISTRITO", "COMISARIA", "categoria", "Denuncias", "Valor"]
    rows: list[list[object]] = [head]
    for month, station in ((1, "DEPINCRI"), (2, "DEPINCRI"), (2, "PATAPO")):
        for k, item in enumerate(items):
            group = "FINALIDAD" if k < 7 else ("EXPLOTACION" if item != "F1_TOTAL" else "F1_TOTAL")
            value = 7 if item == "F1_TOTAL" else k % 3
            row = [2021, month, 14, "CHICLAYO", station, group, item, value]
            rows += [row, list(row)] if station == "DEPINCRI" else [row]  # some blocks twice
    out = ingest(workbook(tmp_path / "trata.xlsx", {"BD": rows}), country="PE")
    assert 14 not in {o.value for o in out}  # neither the department's code nor 7 + 7
    assert {o.value for o in out} <= {0, 1, 2, 7}  # no sum of different items
    totals = [o for o in out if o.breakdown_value.startswith("F1_TOTAL")]  # one row, read once
    assert [(o.value, o.admin1, o.period_start) for o in totals] == [(7, "PE-LAM", "2021-02-01")]


def test_chilean_regions_by_full_name_and_by_number_and_name() -> None:
    assert [a.iso for a in lookup_admin1("Metropolitana de Santiago", "CL")] == ["CL-RM"]
    assert [a.iso for a in lookup_admin1("Libertador Gral. Bernardo O'Higgins", "CL")] == ["CL-LI"]
    assert [a.iso for a in lookup_admin1_number("IX Araucanía", "CL")] == ["CL-AR"]
    assert [a.iso for a in lookup_admin1_number("VII Maule", "CL")] == ["CL-ML"]
    assert lookup_admin1_number("IX Maule", "CL") == []  # a number and a name of two regions
