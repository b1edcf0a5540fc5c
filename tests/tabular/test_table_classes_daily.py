"""A long table of counts that is a series of days, and a zone that is the whole of the
declared region.

Real cells of the forty-first development set (tests/acceptance/corpus_dev41,
``mx_jalisco_reportes_violencia_familiar_diarios_2020_2024.xlsx``, sheet
"violencia_familiar_diario"): Jalisco's reports of family violence registered each day, "fecha"
| "zona" | "registro" | "mujer" | "hombre", three rows a day ("Estado": the whole state;
"Distrito 1", "Distrito 8": two of its judicial districts), 1 March to 19 May 2020 as the
file writes them (enough rows for "registro", repeating, to be read as the reports counted). The user declares the country and the state (MX-JAL).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tabular.staged import read, workbook

ZONES = {"E": "Estado", "D1": "Distrito 1", "D8": "Distrito 8"}
MARCH_2020 = (
    "D8:4,4,0 E:22,20,2 D1:17,15,2 | D8:6,6,0 E:41,39,2 D1:21,19,2 | D8:1,1,0 D1:35,31,4 E:44,39,5",
    "D1:31,30,1 D8:1,0,1 E:41,39,2 | D8:2,2,0 D1:21,20,1 E:30,28,2 | D8:2,2,0 E:38,37,1 D1:26,25,1",
    "E:29,29,0 D1:23,23,0 D8:2,2,0 | D1:18,18,0 E:22,21,1 D8:2,1,1 | E:36,36,0 D1:27,27,0 D8:1,1,0",
    "D8:4,4,0 E:50,48,2 D1:37,35,2 | D1:34,33,1 D8:4,3,1 E:44,42,2 | D8:8,8,0 D1:40,36,4 E:57,52,5",
    "D8:4,4,0 E:43,40,3 D1:27,24,3 | D8:1,1,0 E:30,27,3 D1:27,24,3 | E:19,19,0 D1:17,17,0 D8:1,1,0",
    "D8:3,3,0 E:34,32,2 D1:27,25,2 | D8:2,2,0 D1:27,26,1 E:46,43,3 | D8:3,3,0 E:48,44,4 D1:34,30,4",
    "D8:1,1,0 D1:42,40,2 E:50,47,3 | D1:13,13,0 E:28,26,2 D8:6,4,2 | D1:14,14,0 E:18,17,1 D8:3,2,1",
    "E:14,14,0 D1:11,11,0 D8:2,2,0 | E:31,31,0 D1:20,20,0 D8:4,4,0 | D8:2,2,0 D1:21,20,1 E:31,29,2",
    "D8:3,3,0 E:41,40,1 D1:28,27,1 | D1:25,24,1 D8:3,2,1 E:39,36,3 | D8:4,4,0 E:36,35,1 D1:26,25,1",
    "E:23,23,0 D1:20,20,0 D8:0,0,0 | D1:11,10,1 D8:1,0,1 E:17,15,2 | D8:3,3,0 E:45,41,4 D1:30,26,4",
    "D1:33,33,0 D8:1,1,0 E:47,46,1 | D8:2,2,0 D1:13,12,1 E:30,28,2 | E:33,33,0 D1:23,23,0 D8:1,1,0",
    "D8:2,2,0 D1:30,27,3 E:43,37,6 | D8:1,1,0 E:17,16,1 D1:16,15,1 | E:17,17,0 D1:14,14,0 D8:1,1,0",
    "D1:28,27,1 D8:3,2,1 E:41,39,2 | D8:2,2,0 E:54,52,2 D1:38,36,2 | D1:24,24,0 D8:1,1,0 E:33,32,1",
    "D1:14,14,0 D8:1,1,0 E:24,23,1 | D1:18,18,0 D8:0,0,0 E:21,20,1 | E:19,19,0 D1:16,16,0 D8:0,0,0",
    "E:23,23,0 D1:22,22,0 D8:0,0,0 | D8:2,2,0 D1:35,28,7 E:50,42,8 | D1:25,25,0 E:32,31,1 D8:1,0,1",
    "E:31,31,0 D1:25,25,0 D8:1,1,0 | D8:2,2,0 E:28,26,2 D1:24,22,2 | D8:2,2,0 D1:22,21,1 E:32,29,3",
    "E:27,27,0 D1:24,24,0 D8:1,0,1 | D8:0,1,-1 E:12,12,0 D1:10,10,0 | D1:28,28,0 D8:2,2,0 E:44,42,2",
    "D8:2,2,0 E:50,44,6 D1:41,35,6 | D1:22,21,1 D8:6,5,1 E:35,30,5 | E:36,36,0 D1:21,21,0 D8:4,4,0",
    "D8:2,1,1 D1:28,26,2 E:37,34,3 | D8:1,1,0 E:21,20,1 D1:17,16,1 | D8:0,0,0 E:25,24,1 D1:21,20,1",
    "D1:28,28,0 E:38,37,1 D8:1,0,1 | D8:2,2,0 E:40,38,2 D1:30,28,2 | D8:0,0,0 D1:27,25,2 E:35,32,3",
    "D8:6,6,0 E:37,35,2 D1:23,21,2 | D8:2,2,0 E:23,21,2 D1:17,15,2 | D8:1,1,0 E:23,22,1 D1:18,17,1",
    "D8:1,1,0 E:30,27,3 D1:22,19,3 | D8:5,5,0 D1:23,22,1 E:39,36,3 | D1:27,27,0 D8:2,2,0 E:38,34,4",
    "D1:30,29,1 D8:4,3,1 E:42,38,4 | D8:4,4,0 D1:29,22,7 E:40,32,8 | D8:1,0,1 D1:22,20,2 E:37,32,5",
    "D8:0,0,0 D1:17,16,1 E:20,18,2 | D8:2,2,0 E:16,15,1 D1:15,13,2 | D8:2,2,0 E:46,43,3 D1:37,32,5",
    "D8:3,3,0 E:50,48,2 D1:35,31,4 | D8:2,2,0 D1:20,19,1 E:34,32,2 | E:39,39,0 D1:25,25,0 D8:2,2,0",
    "D8:0,0,0 E:40,39,1 D1:23,22,1 | D8:1,1,0 E:17,15,2 D1:13,11,2 | E:26,26,0 D1:20,20,0 D8:3,3,0",
    "D8:2,2,0 E:56,54,2 D1:37,35,2 | D1:24,24,0 D8:4,4,0 E:49,46,3",
)  # fmt: skip


def _rows(days: int = 80) -> list[list[Any]]:
    out: list[list[Any]] = [["fecha", "zona", "registro", "mujer", "hombre"]]
    day = dt.datetime(2020, 3, 1)
    for line in MARCH_2020:
        for cells in line.split(" | "):
            if (day - dt.datetime(2020, 3, 1)).days >= days:
                return out
            for cell in cells.split():
                zone, counts = cell.split(":")
                out.append([day, ZONES[zone], *(int(n) for n in counts.split(","))])
            day += dt.timedelta(days=1)
    return out


def _read(tmp_path: Path, rows: list[list[Any]]) -> list[Any]:
    name = "mx_jalisco_reportes_violencia_familiar_diarios_2020_2024.xlsx"
    path = workbook(tmp_path / name, {"violencia_familiar_diario": rows})
    return read(path, country="MX", admin1="MX-JAL")


def test_a_series_of_days_is_published_day_by_day_never_summed_by_month(tmp_path: Path) -> None:
    out = _read(tmp_path, _rows())
    assert len(out) == 80 * 3 * 3  # each day's cells, none summed with another day's
    by_cell = {o.source_locator.rsplit("!", 1)[-1]: o for o in out}
    district = by_cell["C4"]  # 1 March 2020, "Distrito 1": 17 reports that day
    assert (district.value, district.period_start, district.period_end) == (
        17,
        "2020-03-01",
        "2020-03-01",
    )
    assert (district.breakdown_dimension, district.breakdown_value) == ("zona", "Distrito 1")
    assert district.admin1 == "MX-JAL"
    third = by_cell["C10"]  # 3 March 2020, the state: 44 reports
    assert (third.value, third.period_start) == (44, "2020-03-03")
    assert not any(o.period_start == "2020-03-01" and o.period_end == "2020-03-31" for o in out)


def test_the_zone_named_by_the_declared_regions_own_level_word_is_its_total(
    tmp_path: Path,
) -> None:
    out = _read(tmp_path, _rows())
    by_cell = {o.source_locator.rsplit("!", 1)[-1]: o for o in out}
    state = by_cell["C3"]  # "Estado", 1 March 2020: Jalisco's 22 reports, not a zone "Estado"
    assert (state.value, state.period_start, state.admin1) == (22, "2020-03-01", "MX-JAL")
    assert (state.breakdown_dimension, state.breakdown_value) == ("_T", "_T")
    women = by_cell["D3"]  # its 20 women: the state's, by sex alone
    assert (women.value, women.breakdown_dimension) == (20, "sexo")
    assert not any("Estado" in o.breakdown_value for o in out)


def test_days_that_do_not_run_every_day_are_summed_by_month_as_before(tmp_path: Path) -> None:
    rows = _rows()
    gapped = [rows[0], *(r for r in rows[1:] if r[0].day != 10)]  # no 10 March, 10 April...
    out = _read(tmp_path, gapped)
    month = sum(r[2] for r in gapped[1:] if r[1] == "Distrito 1" and r[0].month == 3)
    district = [
        o for o in out if o.breakdown_value == "Distrito 1" and o.indicator_label == "registro"
    ]
    assert min((o.period_start, o.value, o.period_end) for o in district) == (
        "2020-03-01",
        month,
        "2020-03-31",
    )
    assert all(o.period_start[8:] == "01" for o in district)  # months, never a day
