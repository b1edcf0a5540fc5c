"""Epidemiological weeks as periods, with the written forms of real surveillance tables
(tests/acceptance/corpus_dev15, corpus_dev14): Lambayeque's dengue weeks ("SE 1/2025-6/2025",
"1/2025" ... "6/2025", "Casos en la SE 6 2025"), Peru's CDC notifications ("anio" | "semana"
| "sub_reg_nt"), a tabulation of Mexico's Boletín Epidemiológico ("year" | "week" | "value" |
"size"). A week is Sunday to Saturday; week 1 of 2025 began on 29 December 2024.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import ingest, workbook
from tests.tabular.staged import read as read_rows


def test_a_run_of_week_headers_is_read_as_weeks_never_as_values(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dengue.xlsx", {
        "Sheet1": [
            ["Provincia", "SE 1/2025-6/2025", "1/2025", "2/2025", "3/2025", "4/2025", "5/2025",
             "6/2025", "Tendencia"],
            ["CHICLAYO", 140, 15, 28, 21, 22, 32, 22, None],
            ["FERREÑAFE", 33, 2, 9, 7, 7, 4, 4, None],
            ["LAMBAYEQUE", 66, 9, 17, 15, 9, 10, 6, None],
        ],
    })  # fmt: skip
    out = read_rows(path, country="PE")
    assert len(out) == 21
    by_cell = {o.source_locator: o for o in out}
    six = by_cell["Sheet1!B2"]  # the six weeks together
    assert (six.value, six.period_start, six.period_end) == (140, "2024-12-29", "2025-02-08")
    first = by_cell["Sheet1!C2"]  # "1/2025": week 1 of 2025, not January
    assert (first.value, first.period_start, first.period_end) == (15, "2024-12-29", "2025-01-04")
    last = by_cell["Sheet1!H3"]
    assert (last.value, last.period_start, last.period_end) == (4, "2025-02-02", "2025-02-08")
    assert not any(o.period_start == "2025-01-01" for o in out)  # no month, no whole year


def test_a_measure_of_one_week_in_its_header(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dengue_provincia.xlsx", {
        "Sheet1": [
            ["Provincia", "Casos en la SE 6 2025", "Defunciones en la SE 6 2025"],
            ["CHICLAYO", 22, 0], ["FERREÑAFE", 4, 0], ["LAMBAYEQUE", 6, 1],
        ],
    })  # fmt: skip
    cases = {o.value: o for o in read_rows(path, country="PE") if o.source_locator[-2] == "B"}
    assert set(cases) == {22, 4, 6}
    assert {(o.period_start, o.period_end) for o in cases.values()} == {
        ("2025-02-02", "2025-02-08")
    }


def test_a_week_column_beside_a_year_column_dates_each_row(tmp_path: Path) -> None:
    out = ingest(
        tmp_path / "iras.csv",
        "departamento,provincia,distrito,anio,semana,sub_reg_nt,ubigeo,ira_no_neumonia\n"
        "LAMBAYEQUE,CHICLAYO,CHICLAYO,2010,1,13,140101,1\n"
        "LAMBAYEQUE,CHICLAYO,CHICLAYO,2010,1,14,140101,321\n"
        "LAMBAYEQUE,CHICLAYO,CHICLAYO,2010,2,14,140101,395\n"
        "LAMBAYEQUE,CHICLAYO,CHICLAYO,2011,52,14,140101,444\n"
        "LAMBAYEQUE,CHICLAYO,CHICLAYO,2012,1,14,140101,443\n",
    )
    found = {o.value: o for o in out}
    assert set(found) == {1, 321, 395, 444, 443}  # no week, year, code or ubigeo as a value
    assert (found[395].period_start, found[395].period_end) == ("2010-01-10", "2010-01-16")
    assert found[395].period_label == "2010-SE02"
    assert (found[444].period_start, found[444].period_end) == ("2011-12-25", "2011-12-31")
    assert (found[443].period_start, found[443].period_end) == ("2012-01-01", "2012-01-07")
    assert found[443].source_locator.endswith("H6")
    # the two notifying directorates of week 1 stay apart, each by its code
    assert found[1].breakdown_value.startswith("13") and found[321].breakdown_value.startswith("14")


def test_a_bulletin_week_column_and_a_charts_size_column(tmp_path: Path) -> None:
    out = ingest(
        tmp_path / "boletin.csv",
        '"year","week","value","size"\n"2010",1,561481,1\n"2010",17,451184,1\n'
        '"2020",1,425173,2\n"2020",16,188178,2\n',
    )
    assert sorted(o.value for o in out) == [188178, 425173, 451184, 561481]  # "size": no count
    by_value = {o.value: (o.period_start, o.period_end) for o in out}
    assert by_value[451184] == ("2010-04-25", "2010-05-01")
    assert by_value[425173] == ("2019-12-29", "2020-01-04")  # week 1 of 2020 began in 2019


def test_an_iso_week_column_is_monday_to_sunday(tmp_path: Path) -> None:
    out = ingest(tmp_path / "iso.csv", "Año,Semana ISO,Casos\n2024,3,12\n2024,4,15\n")
    assert {(o.value, o.period_start, o.period_end) for o in out} == {
        (12, "2024-01-15", "2024-01-21"),
        (15, "2024-01-22", "2024-01-28"),
    }


def test_weeks_of_a_pregnancy_are_no_period(tmp_path: Path) -> None:
    out = ingest(
        tmp_path / "gestantes.csv",
        "Año,Semanas de gestación,Casos\n2024,12,3\n2024,30,5\n2024,38,4\n",
    )
    assert {o.period_start for o in out} <= {"2024-01-01", ""}  # never a week of 2024
    assert not any("SE" in (o.period_label or "") for o in out)
