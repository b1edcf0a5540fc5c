"""Activity tables of women's services, rebuilt from ``tests/acceptance/corpus_dev41``: Jalisco's
(Mexico) protection measures and orders and its daily reports of family violence, their cells
as written there.

- ``mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx``: a sheet of the state's monthly
  totals ("estatal": año | mes | total | tipo) beside a sheet of municipalities ("municipal":
  municipio | año | mes | victims, measures and orders). The user declares the state alone
  (``admin1: MX-JAL``): the state's sheet names no place and is the state's, never the
  municipality the file's first lines seem to name ("Acatic", the municipal sheet's first
  row) (`tabular/semantic.py:row_places`).
- ``mx_jalisco_reportes_violencia_familiar_diarios_2020_2024.xlsx``: a day's reports of family
  violence ("registro") by zone ("Estado", "Distrito 1", "Distrito 8") with their victims by
  sex. "registro" is a record's word, but numbers repeating row after row under it count the
  records (`tabular/roles.py:_records_counted`); a "zona" is a breakdown (roles.yaml
  ``category.zona``), so each row is dated by its day (its month's days summed) and the table
  read as a long table, never as rows of text under the file name's span."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

MONTHS = (
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
)
# sheet "estatal": its rows of 2019, both kinds (rows 2-13 and 62-73)
STATE = [
    (2019, m, v, "Medidas de protección")
    for m, v in zip(
        MONTHS,
        (1114, 1094, 1342, 1592, 1844, 1690, 1737, 1815, 1496, 1692, 1402, 1460),
        strict=True,
    )
] + [
    (2019, m, v, "Órdenes de protección")
    for m, v in zip(
        MONTHS,
        (0, 1, 2, 2, 0, 2, 2, 1, 4, 0, 3, 11),
        strict=True,
    )
]
MUNICIPAL_HEADER = (
    "municipio",
    "año",
    "mes",
    "victimas_violencia_genero",
    "total_mujeres_canalizadas_medidas",
    "medidas_aceptadas",
    "medidas_rechazadas",
    "total_mujeres_canalizadas_ordenes",
    "ordenes_aceptadas",
    "ordenes_rechazadas",
)
# sheet "municipal": its first sixteen rows
MUNICIPAL = [
    ("Acatic", 2019, "Enero", 2, 2, 2, 0, 0, 0, 0),
    ("Acatic", 2019, "Febrero", 1, 1, 1, 0, 0, 0, 0),
    ("Acatic", 2019, "Marzo", 2, 2, 2, 0, 0, 0, 0),
    ("Acatic", 2019, "Abril", 3, 3, 3, 0, 0, 0, 0),
    ("Acatic", 2019, "Mayo", 2, 2, 2, 0, 0, 0, 0),
    ("Acatic", 2019, "Junio", 0, 0, 0, 0, 0, 0, 0),
    ("Acatic", 2019, "Julio", 4, 4, 4, 0, 0, 0, 0),
    ("Acatic", 2019, "Agosto", 1, 1, 1, 0, 0, 0, 0),
    ("Acatic", 2019, "Septiembre", 1, 1, 1, 0, 0, 0, 0),
    ("Acatic", 2019, "Octubre", 2, 2, 2, 0, 0, 0, 0),
    ("Acatic", 2019, "Noviembre", 0, 0, 0, 0, 0, 0, 0),
    ("Acatic", 2019, "Diciembre", 2, 2, 2, 0, 0, 0, 0),
    ("Acatlán de Juárez", 2019, "Enero", 9, 8, 8, 0, 0, 0, 0),
    ("Acatlán de Juárez", 2019, "Febrero", 9, 5, 5, 0, 0, 0, 0),
    ("Acatlán de Juárez", 2019, "Marzo", 4, 3, 3, 0, 0, 0, 0),
    ("Acatlán de Juárez", 2019, "Abril", 1, 1, 0, 1, 0, 0, 0),
]
# sheet "violencia_familiar_diario": its first 240 rows (1 March to 19 May 2020), the day
# written here as text, a date in the workbook
DAILY = """fecha,zona,registro,mujer,hombre
2020-03-01,Distrito 8,4,4,0
2020-03-01,Estado,22,20,2
2020-03-01,Distrito 1,17,15,2
2020-03-02,Distrito 8,6,6,0
2020-03-02,Estado,41,39,2
2020-03-02,Distrito 1,21,19,2
2020-03-03,Distrito 8,1,1,0
2020-03-03,Distrito 1,35,31,4
2020-03-03,Estado,44,39,5
2020-03-04,Distrito 1,31,30,1
2020-03-04,Distrito 8,1,0,1
2020-03-04,Estado,41,39,2
2020-03-05,Distrito 8,2,2,0
2020-03-05,Distrito 1,21,20,1
2020-03-05,Estado,30,28,2
2020-03-06,Distrito 8,2,2,0
2020-03-06,Estado,38,37,1
2020-03-06,Distrito 1,26,25,1
2020-03-07,Estado,29,29,0
2020-03-07,Distrito 1,23,23,0
2020-03-07,Distrito 8,2,2,0
2020-03-08,Distrito 1,18,18,0
2020-03-08,Estado,22,21,1
2020-03-08,Distrito 8,2,1,1
2020-03-09,Estado,36,36,0
2020-03-09,Distrito 1,27,27,0
2020-03-09,Distrito 8,1,1,0
2020-03-10,Distrito 8,4,4,0
2020-03-10,Estado,50,48,2
2020-03-10,Distrito 1,37,35,2
2020-03-11,Distrito 1,34,33,1
2020-03-11,Distrito 8,4,3,1
2020-03-11,Estado,44,42,2
2020-03-12,Distrito 8,8,8,0
2020-03-12,Distrito 1,40,36,4
2020-03-12,Estado,57,52,5
2020-03-13,Distrito 8,4,4,0
2020-03-13,Estado,43,40,3
2020-03-13,Distrito 1,27,24,3
2020-03-14,Distrito 8,1,1,0
2020-03-14,Estado,30,27,3
2020-03-14,Distrito 1,27,24,3
2020-03-15,Estado,19,19,0
2020-03-15,Distrito 1,17,17,0
2020-03-15,Distrito 8,1,1,0
2020-03-16,Distrito 8,3,3,0
2020-03-16,Estado,34,32,2
2020-03-16,Distrito 1,27,25,2
2020-03-17,Distrito 8,2,2,0
2020-03-17,Distrito 1,27,26,1
2020-03-17,Estado,46,43,3
2020-03-18,Distrito 8,3,3,0
2020-03-18,Estado,48,44,4
2020-03-18,Distrito 1,34,30,4
2020-03-19,Distrito 8,1,1,0
2020-03-19,Distrito 1,42,40,2
2020-03-19,Estado,50,47,3
2020-03-20,Distrito 1,13,13,0
2020-03-20,Estado,28,26,2
2020-03-20,Distrito 8,6,4,2
2020-03-21,Distrito 1,14,14,0
2020-03-21,Estado,18,17,1
2020-03-21,Distrito 8,3,2,1
2020-03-22,Estado,14,14,0
2020-03-22,Distrito 1,11,11,0
2020-03-22,Distrito 8,2,2,0
2020-03-23,Estado,31,31,0
2020-03-23,Distrito 1,20,20,0
2020-03-23,Distrito 8,4,4,0
2020-03-24,Distrito 8,2,2,0
2020-03-24,Distrito 1,21,20,1
2020-03-24,Estado,31,29,2
2020-03-25,Distrito 8,3,3,0
2020-03-25,Estado,41,40,1
2020-03-25,Distrito 1,28,27,1
2020-03-26,Distrito 1,25,24,1
2020-03-26,Distrito 8,3,2,1
2020-03-26,Estado,39,36,3
2020-03-27,Distrito 8,4,4,0
2020-03-27,Estado,36,35,1
2020-03-27,Distrito 1,26,25,1
2020-03-28,Estado,23,23,0
2020-03-28,Distrito 1,20,20,0
2020-03-28,Distrito 8,0,0,0
2020-03-29,Distrito 1,11,10,1
2020-03-29,Distrito 8,1,0,1
2020-03-29,Estado,17,15,2
2020-03-30,Distrito 8,3,3,0
2020-03-30,Estado,45,41,4
2020-03-30,Distrito 1,30,26,4
2020-03-31,Distrito 1,33,33,0
2020-03-31,Distrito 8,1,1,0
2020-03-31,Estado,47,46,1
2020-04-01,Distrito 8,2,2,0
2020-04-01,Distrito 1,13,12,1
2020-04-01,Estado,30,28,2
2020-04-02,Estado,33,33,0
2020-04-02,Distrito 1,23,23,0
2020-04-02,Distrito 8,1,1,0
2020-04-03,Distrito 8,2,2,0
2020-04-03,Distrito 1,30,27,3
2020-04-03,Estado,43,37,6
2020-04-04,Distrito 8,1,1,0
2020-04-04,Estado,17,16,1
2020-04-04,Distrito 1,16,15,1
2020-04-05,Estado,17,17,0
2020-04-05,Distrito 1,14,14,0
2020-04-05,Distrito 8,1,1,0
2020-04-06,Distrito 1,28,27,1
2020-04-06,Distrito 8,3,2,1
2020-04-06,Estado,41,39,2
2020-04-07,Distrito 8,2,2,0
2020-04-07,Estado,54,52,2
2020-04-07,Distrito 1,38,36,2
2020-04-08,Distrito 1,24,24,0
2020-04-08,Distrito 8,1,1,0
2020-04-08,Estado,33,32,1
2020-04-09,Distrito 1,14,14,0
2020-04-09,Distrito 8,1,1,0
2020-04-09,Estado,24,23,1
2020-04-10,Distrito 1,18,18,0
2020-04-10,Distrito 8,0,0,0
2020-04-10,Estado,21,20,1
2020-04-11,Estado,19,19,0
2020-04-11,Distrito 1,16,16,0
2020-04-11,Distrito 8,0,0,0
2020-04-12,Estado,23,23,0
2020-04-12,Distrito 1,22,22,0
2020-04-12,Distrito 8,0,0,0
2020-04-13,Distrito 8,2,2,0
2020-04-13,Distrito 1,35,28,7
2020-04-13,Estado,50,42,8
2020-04-14,Distrito 1,25,25,0
2020-04-14,Estado,32,31,1
2020-04-14,Distrito 8,1,0,1
2020-04-15,Estado,31,31,0
2020-04-15,Distrito 1,25,25,0
2020-04-15,Distrito 8,1,1,0
2020-04-16,Distrito 8,2,2,0
2020-04-16,Estado,28,26,2
2020-04-16,Distrito 1,24,22,2
2020-04-17,Distrito 8,2,2,0
2020-04-17,Distrito 1,22,21,1
2020-04-17,Estado,32,29,3
2020-04-18,Estado,27,27,0
2020-04-18,Distrito 1,24,24,0
2020-04-18,Distrito 8,1,0,1
2020-04-19,Distrito 8,0,1,-1
2020-04-19,Estado,12,12,0
2020-04-19,Distrito 1,10,10,0
2020-04-20,Distrito 1,28,28,0
2020-04-20,Distrito 8,2,2,0
2020-04-20,Estado,44,42,2
2020-04-21,Distrito 8,2,2,0
2020-04-21,Estado,50,44,6
2020-04-21,Distrito 1,41,35,6
2020-04-22,Distrito 1,22,21,1
2020-04-22,Distrito 8,6,5,1
2020-04-22,Estado,35,30,5
2020-04-23,Estado,36,36,0
2020-04-23,Distrito 1,21,21,0
2020-04-23,Distrito 8,4,4,0
2020-04-24,Distrito 8,2,1,1
2020-04-24,Distrito 1,28,26,2
2020-04-24,Estado,37,34,3
2020-04-25,Distrito 8,1,1,0
2020-04-25,Estado,21,20,1
2020-04-25,Distrito 1,17,16,1
2020-04-26,Distrito 8,0,0,0
2020-04-26,Estado,25,24,1
2020-04-26,Distrito 1,21,20,1
2020-04-27,Distrito 1,28,28,0
2020-04-27,Estado,38,37,1
2020-04-27,Distrito 8,1,0,1
2020-04-28,Distrito 8,2,2,0
2020-04-28,Estado,40,38,2
2020-04-28,Distrito 1,30,28,2
2020-04-29,Distrito 8,0,0,0
2020-04-29,Distrito 1,27,25,2
2020-04-29,Estado,35,32,3
2020-04-30,Distrito 8,6,6,0
2020-04-30,Estado,37,35,2
2020-04-30,Distrito 1,23,21,2
2020-05-01,Distrito 8,2,2,0
2020-05-01,Estado,23,21,2
2020-05-01,Distrito 1,17,15,2
2020-05-02,Distrito 8,1,1,0
2020-05-02,Estado,23,22,1
2020-05-02,Distrito 1,18,17,1
2020-05-03,Distrito 8,1,1,0
2020-05-03,Estado,30,27,3
2020-05-03,Distrito 1,22,19,3
2020-05-04,Distrito 8,5,5,0
2020-05-04,Distrito 1,23,22,1
2020-05-04,Estado,39,36,3
2020-05-05,Distrito 1,27,27,0
2020-05-05,Distrito 8,2,2,0
2020-05-05,Estado,38,34,4
2020-05-06,Distrito 1,30,29,1
2020-05-06,Distrito 8,4,3,1
2020-05-06,Estado,42,38,4
2020-05-07,Distrito 8,4,4,0
2020-05-07,Distrito 1,29,22,7
2020-05-07,Estado,40,32,8
2020-05-08,Distrito 8,1,0,1
2020-05-08,Distrito 1,22,20,2
2020-05-08,Estado,37,32,5
2020-05-09,Distrito 8,0,0,0
2020-05-09,Distrito 1,17,16,1
2020-05-09,Estado,20,18,2
2020-05-10,Distrito 8,2,2,0
2020-05-10,Estado,16,15,1
2020-05-10,Distrito 1,15,13,2
2020-05-11,Distrito 8,2,2,0
2020-05-11,Estado,46,43,3
2020-05-11,Distrito 1,37,32,5
2020-05-12,Distrito 8,3,3,0
2020-05-12,Estado,50,48,2
2020-05-12,Distrito 1,35,31,4
2020-05-13,Distrito 8,2,2,0
2020-05-13,Distrito 1,20,19,1
2020-05-13,Estado,34,32,2
2020-05-14,Estado,39,39,0
2020-05-14,Distrito 1,25,25,0
2020-05-14,Distrito 8,2,2,0
2020-05-15,Distrito 8,0,0,0
2020-05-15,Estado,40,39,1
2020-05-15,Distrito 1,23,22,1
2020-05-16,Distrito 8,1,1,0
2020-05-16,Estado,17,15,2
2020-05-16,Distrito 1,13,11,2
2020-05-17,Estado,26,26,0
2020-05-17,Distrito 1,20,20,0
2020-05-17,Distrito 8,3,3,0
2020-05-18,Distrito 8,2,2,0
2020-05-18,Estado,56,54,2
2020-05-18,Distrito 1,37,35,2
2020-05-19,Distrito 1,24,24,0
2020-05-19,Distrito 8,4,4,0
2020-05-19,Estado,49,46,3
"""


def _rows(path: Path) -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(country="MX", admin1="MX-JAL"))
    )
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], [
        i.code for i in staged.issues
    ]


def test_a_sheet_of_the_states_totals_is_the_declared_states_never_a_municipality_named_elsewhere(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx"
    with pd.ExcelWriter(path) as book:
        pd.DataFrame(STATE, columns=["año", "mes", "total", "tipo"]).to_excel(
            book, sheet_name="estatal", index=False
        )
        pd.DataFrame(MUNICIPAL, columns=list(MUNICIPAL_HEADER)).to_excel(
            book, sheet_name="municipal", index=False
        )
    rows, _ = _rows(path)
    state = [r for r in rows if r.source_locator.startswith("estatal!")]
    assert len(state) == 24
    january = next(r for r in state if r.source_locator == "estatal!C2")
    assert january.value == 1114
    assert (january.admin1, january.municipality, january.municipality_code) == ("MX-JAL", "", "")
    assert (january.period_start, january.period_end) == ("2019-01-01", "2019-01-31")
    assert all(r.admin1 == "MX-JAL" and not r.municipality_code for r in state)
    # the municipal sheet's rows keep their own municipalities, by INEGI's code
    acatic = next(r for r in rows if r.source_locator == "municipal!E2")
    assert (acatic.value, acatic.admin1, acatic.municipality_code) == (2, "MX-JAL", "14001")
    acatlan = next(r for r in rows if r.source_locator == "municipal!E14")
    assert (acatlan.value, acatlan.municipality_code) == (8, "14002")


def _daily_book(path: Path) -> None:
    lines = DAILY.strip().splitlines()
    cells = [line.split(",") for line in lines[1:]]
    frame = pd.DataFrame(
        [
            (datetime.strptime(d, "%Y-%m-%d"), zone, int(r), int(w), int(m))
            for d, zone, r, w, m in cells
        ],
        columns=lines[0].split(","),
    )
    frame.to_excel(path, sheet_name="violencia_familiar_diario", index=False)


def test_reports_counted_under_a_records_word_are_counts_by_day_and_zone(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_reportes_violencia_familiar_diarios_2020_2024.xlsx"
    _daily_book(path)
    rows, _ = _rows(path)
    reports = [r for r in rows if r.indicator_label == "registro"]
    assert reports  # "registro" is counted, never a record's number nor a row's label
    assert not any("registro" in r.indicator_label and "|" in r.indicator_label for r in rows)
    # each row published for its day (a series of every day, test_table_classes_daily.py):
    # March 2020's days by zone add up to the month's 84, 783 and the state's 1094, "Estado"
    # being the declared state's total, never a zone of it
    assert all(r.period_start == r.period_end for r in reports)
    march: dict[str, float] = {}
    for r in reports:
        if r.period_start.startswith("2020-03"):
            march[r.breakdown_value] = march.get(r.breakdown_value, 0) + r.value
    assert march == {"Distrito 8": 84, "Distrito 1": 783, "_T": 1094}
    assert all(r.breakdown_dimension in {"zona", "_T"} and r.admin1 == "MX-JAL" for r in reports)
    # never the file name's span, 2020-2024
    assert not any(r.period_end == "2024-12-31" for r in rows)
    women = [
        r
        for r in rows
        if r.breakdown_value == "Distrito 8 | mujeres" and r.period_start.startswith("2020-04")
    ]
    assert sum(r.value for r in women) == 44
