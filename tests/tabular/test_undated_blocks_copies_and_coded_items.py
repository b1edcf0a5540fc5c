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


# The Lambayeque complaints of trafficking (BD_TRATA, rows 517-539 and 545-547: DEPINCRI,
# Chiclayo, January 2021), with the sheet's header; the block is written again below it, as
# the sheet writes each block of 2018-2022 twice, and Pátapo's item of May 2022 follows.
_TRATA_HEAD = ["ANIO", "MES", "CCDD", "DEPARTAMENTO", "PROVINCIA", "DISTRITO", "COMISARIA",
               "categoria", "Denuncias por comision", "Valor"]  # fmt: skip
_TRATA_ITEMS = [
    ("F1_TOTAL", "F1_TOTAL", 22),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_EXPLOTACION SEXUAL", 2),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_EXPLOTACION LABORAL", 20),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_MENDICIDAD", 0),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_TRABAJOS Y SERVICIOS FORZADOS", 0),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_VENTA DE NIÑOS", 0),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_TRAFICO DE ORGANOS TEJIDO HUMANO", 0),
    ("FINALIDAD DEL TIPO DE DELITO", "F1_NO IDENTIFICADO", 0),
    ("EXPLOTACIÓN", "F2_TOTAL", 22),
    ("EXPLOTACIÓN", "F2_PROSTIBULO", 1),
    ("EXPLOTACIÓN", "F2_NIGHT CLUB", 0),
    ("EXPLOTACIÓN", "F2_DISCOTECA", 0),
    ("EXPLOTACIÓN", "F2_ESTUDIO DE MODELAJE", 0),
    ("EXPLOTACIÓN", "F2_CENTRO DE MASAJES", 0),
    ("EXPLOTACIÓN", "F2_OTRO/ESPECIFICAR", 21),
    ("TIPO RECLUTAMIENTO", "T_TOTAL", 22),
    ("TIPO RECLUTAMIENTO", "T_NACIONAL", 21),
    ("TIPO RECLUTAMIENTO", "T_INTERNACIONAL", 1),
]


def test_coded_items_each_their_own_count_a_copied_block_once_and_a_department_code(
    tmp_path: Path,
) -> None:
    block = [
        [2021, 1, 14, "LAMBAYEQUE", "CHICLAYO", "CHICLAYO", "DEPINCRI", group, item, value]
        for group, item, value in _TRATA_ITEMS
    ]
    other = [[2022, 5, 14, "LAMBAYEQUE", "CHICLAYO", "PATAPO", "PATAPO", "F1_TOTAL", "F1_TOTAL", 3]]
    rows = [_TRATA_HEAD, *block, *[list(r) for r in block], *other]
    out = ingest(workbook(tmp_path / "trata.xlsx", {"BD_TRATA": rows}), country="PE")
    # each item once (the copy adds nothing: 22, never 44), no item summed with another
    assert len(out) == len(_TRATA_ITEMS) + 1
    assert 14 not in {o.value for o in out} and 44 not in {o.value for o in out}
    by_item = {o.indicator_label: o for o in out if o.period_start == "2021-01-01"}
    labour = by_item["FINALIDAD DEL TIPO DE DELITO | F1_EXPLOTACION LABORAL"]
    assert (labour.value, labour.admin1, labour.municipality_code) == (20, "PE-LAM", "140101")
    assert (labour.period_start, labour.period_end) == ("2021-01-01", "2021-01-31")
    assert (labour.breakdown_dimension, labour.breakdown_value) == ("_T", "_T")
    assert labour.source_locator == "BD_TRATA!J4"  # the first writing, not its copy (J22)
    total = by_item["F1_TOTAL"]  # the group column repeating the item says it once
    assert (total.value, total.source_locator) == (22, "BD_TRATA!J2")
    assert by_item["TIPO RECLUTAMIENTO | T_INTERNACIONAL"].value == 1
    patapo = next(o for o in out if o.period_start == "2022-05-01")
    assert (patapo.value, patapo.indicator_label, patapo.municipality) == (3, "F1_TOTAL", "PATAPO")
    assert patapo.source_locator == f"BD_TRATA!J{2 * len(_TRATA_ITEMS) + 2}"


def test_one_item_of_two_stations_of_one_district_and_month_is_not_summed(
    tmp_path: Path,
) -> None:
    block = [
        [2021, 1, 14, "LAMBAYEQUE", "CHICLAYO", "CHICLAYO", "DEPINCRI", group, item, value]
        for group, item, value in _TRATA_ITEMS
    ]
    # a second station of the same district and month: its rows are no copy (another station's
    # name), and the stations' column is then their breakdown: each station's count its own
    second = [[*r[:6], "CESAR LLATAS CASTRO", *r[7:9], 1] for r in block]
    out = ingest(workbook(tmp_path / "trata.xlsx", {"BD_TRATA": [_TRATA_HEAD, *block, *second]}),
                 country="PE")  # fmt: skip
    totals = sorted((o.value, o.breakdown_value) for o in out if o.indicator_label == "F1_TOTAL")
    assert totals == [(1, "CESAR LLATAS CASTRO"), (22, "DEPINCRI")]  # never 23


def test_chilean_regions_by_full_name_and_by_number_and_name() -> None:
    assert [a.iso for a in lookup_admin1("Metropolitana de Santiago", "CL")] == ["CL-RM"]
    assert [a.iso for a in lookup_admin1("Libertador Gral. Bernardo O'Higgins", "CL")] == ["CL-LI"]
    assert [a.iso for a in lookup_admin1_number("IX Araucanía", "CL")] == ["CL-AR"]
    assert [a.iso for a in lookup_admin1_number("VII Maule", "CL")] == ["CL-ML"]
    assert lookup_admin1_number("IX Maule", "CL") == []  # a number and a name of two regions
