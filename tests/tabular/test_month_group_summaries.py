"""A summary workbook of yearly rows whose headers join a month and a group, on real cells of
tests/acceptance/corpus_dev32.

Ecuador's intentional homicides (Ministerio del Interior, INEC) as a repository summed them
(panchoxrm-pixel/homicidios-intencionales-Ecuador, ResumenHomicidios20142026.xlsx): a row a
year, "anio"; in sheet "area" the year's total, the urban and rural totals, their monthly
averages and medians, then "eneUrb" ... "dicUrb" and "eneRur" ... "dicRur"; in sheet "sexo"
the same by sex with "totalSinDato"; in sheet "edad" six age groups beside the mean, median
and mode of the victims' ages. 2026 has January to April only. First run: every sheet was
skipped as a sheet of statistics for its averages and medians, and nothing was published.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from tests.tabular.staged import read, workbook

from genero_etl.readers.grid import Grid
from genero_etl.tabular import semantic
from genero_etl.tabular.lexicon import load_lexicon

_ = None
MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
AREA = [
    "anio", "totalUrbYRur", "totalUrbano", "totalRural", "promedioMensualUrbano",
    "promedioMensualRural", "medianaUrbana", "medianaRural",
    *[f"{m}Urb" for m in MONTHS], *[f"{m}Rur" for m in MONTHS],
]  # fmt: skip
SEXO = [
    "anio", "totalAmbosSexosYsd", "totalHombres", "totalMujeres", "totalSinDato",
    "promedioMensualHombres", "promedioMensualMujeres", "medianaHombres", "medianaMujeres",
    *[f"{m}Hom" for m in MONTHS], *[f"{m}Muj" for m in MONTHS],
]  # fmt: skip
EDAD = [
    "anio", "totalEdades", "ninio", "adolescente", "joven", "adulto", "adultoMayor", "sinDato",
    "edadPromedio", "edadMediana", "edadModa", "frecuenciaModa", "freRelModa",
]  # fmt: skip
# the file's rows of 2014, 2025 and 2026
AREA_ROWS = [
    [2014, 1310, 868, 442, 72.33333333333333, 36.833333333333336, 71, 34.5,
     99, 69, 83, 71, 79, 71, 55, 82, 64, 57, 62, 76, 52, 32, 46, 49, 28, 44, 27, 32, 26, 25, 44, 37],
    [2025, 9281, 7210, 2071, 600.8333333333334, 172.58333333333334, 612.5, 173,
     645, 612, 708, 574, 742, 446, 459, 572, 613, 550, 665, 624,
     155, 139, 149, 168, 193, 128, 178, 199, 158, 232, 193, 179],
    [2026, 2778, 2123, 655, 530.75, 163.75, 525.5, 160,
     574, 528, 498, 523, _, _, _, _, _, _, _, _, 185, 154, 166, 150, _, _, _, _, _, _, _, _],
]  # fmt: skip
SEXO_ROWS = [
    [2014, 1310, 1124, 186, _, 93.66666666666667, 15.5, 94.5, 15,
     126, 88, 110, 105, 88, 100, 74, 99, 78, 67, 94, 95, 25, 13, 19, 15, 19, 15, 8, 15, 12, 15, 12, 18],
    [2025, 9281, 8435, 788, 58, 702.9166666666666, 65.66666666666667, 704, 66.5,
     727, 687, 791, 688, 831, 519, 591, 685, 701, 707, 781, 727,
     71, 63, 62, 49, 98, 51, 45, 74, 67, 72, 70, 66],
    [2026, 2778, 2531, 237, 10, 632.75, 59.25, 616.5, 59.5,
     703, 630, 595, 603, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _],
]  # fmt: skip
EDAD_ROWS = [
    [2014, 1310, 30, 52, 519, 646, 63, 0, 34.01450381679389, 31, 20, 57, 4.351145038167939],
    [2017, 970, 17, 30, 339, 532, 51, 1, 35.90505675954592, 33, "22, 24", 34, 3.505154639175258],
    [2025, 9281, 46, 539, 3824, 4433, 144, 295, 30, 30, 25, 461, 4.967137161943756],
]


def _read(tmp_path: Path) -> list:
    path = workbook(
        tmp_path / "ec_homicidios_intencionales_resumen_2014_2026.xlsx",
        {"area": [AREA, *AREA_ROWS], "sexo": [SEXO, *SEXO_ROWS], "edad": [EDAD, *EDAD_ROWS]},
    )
    return read(path, country="EC")


def _at(out: list, cell: str):
    (found,) = [o for o in out if o.source_locator == cell]
    return found


def test_statistics_beside_counts_leave_the_sheet_read() -> None:
    lex = load_lexicon()
    area = Grid("area", pd.DataFrame([AREA, *AREA_ROWS]))
    assert semantic.is_analysis_sheet(area, lex) == ""
    # a sheet of statistics has no count beside them: still skipped
    stats = Grid(
        "stats",
        pd.DataFrame(
            [["Variable", "Media", "Mediana", "Mínimo", "Máximo"], ["Edad", 34, 31, 0, 90]]
        ),
    )
    assert semantic.is_analysis_sheet(stats, lex) == "Mediana"


def test_month_and_group_headers_date_and_break_down(tmp_path: Path) -> None:
    out = _read(tmp_path)
    january = _at(out, "area!I3")  # eneUrb of 2025
    assert (january.value, january.period_start, january.period_end) == (
        645,
        "2025-01-01",
        "2025-01-31",
    )
    # "Urb" written in full as its total writes it ("totalUrbano")
    assert january.breakdown_value == "Urbano"
    october = _at(out, "area!AD3")  # octRur of 2025
    assert (october.value, october.period_start, october.breakdown_value) == (
        232,
        "2025-10-01",
        "Rural",
    )
    women = _at(out, "sexo!V2")  # eneMuj of 2014
    assert (women.value, women.period_start, women.breakdown_dimension) == (
        25,
        "2014-01-01",
        "sexo",
    )
    assert women.breakdown_value == "mujeres"


def test_a_groups_total_is_its_months_total_never_the_rows(tmp_path: Path) -> None:
    out = _read(tmp_path)
    urban = _at(out, "area!C3")  # totalUrbano of 2025
    assert (urban.value, urban.breakdown_value, urban.period_start, urban.period_end) == (
        7210,
        "Urbano",
        "2025-01-01",
        "2025-12-31",
    )
    assert _at(out, "area!I3").parent_observation_id == urban.observation_id
    whole = _at(out, "area!B3")  # totalUrbYRur: the year's
    assert (whole.value, whole.breakdown_value) == (9281, "_T")
    # the rows of no sex are unknown in that breakdown, never the year's total
    unknown = _at(out, "sexo!E3")
    assert (unknown.value, unknown.breakdown_dimension, unknown.breakdown_value) == (
        58,
        "sexo",
        "_U",
    )
    # the statistics are not published: averages, medians, the mode of the ages
    assert not [o for o in out if o.source_locator[:7] in {"area!E3", "area!G3"}]
    assert not [o for o in out if o.source_locator.startswith(("edad!I", "edad!J", "edad!K"))]
    assert not [o for o in out if o.source_locator.startswith(("edad!L", "edad!M"))]
    assert _at(out, "edad!D4").value == 539  # adolescents, 2025


def test_a_year_of_four_months_totals_four_months(tmp_path: Path) -> None:
    out = _read(tmp_path)
    for cell, value in (("area!B4", 2778), ("area!C4", 2123), ("sexo!D4", 237)):
        found = _at(out, cell)
        assert (found.value, found.period_start, found.period_end) == (
            value,
            "2026-01-01",
            "2026-04-30",
        )
    assert _at(out, "area!L4").period_start == "2026-04-01"  # abrUrb
