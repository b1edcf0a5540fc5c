"""Weeks written in ISO 8601's notation, and a data frame's zero-based index beside them.

The cells are the first and some later rows of ``tests/acceptance/corpus_dev43``'s
``mx_monterrey_911_violencia_genero_semanal_2016_2022.csv`` (Monterrey's 911 reports of
gender violence counted by week, as an analysis repository saved them): "semana" ("2016 W52",
the ISO week of 26 December 2016 to 1 January 2017, as R's yearweek() writes it) | "llamadas"
| "t" (the week's index, 0, 1, 2 ...) | two columns of change-point segments. A week so
written is its Monday-to-Sunday days, never its year (``extract/periods.py:iso_week_notation``);
a column that numbers the rows from 0 or 1 in order is their index, never a count
(``tabular/roles.py:row_index``).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.extract.periods import find_periods
from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular.roles import row_index

HEADER = "semana,llamadas,t,Segmento_normal_changepoint,Segmento_np"
ROWS = [
    ("2016 W52", 244),
    ("2017 W01", 293),
    ("2017 W02", 373),
    ("2017 W03", 414),
    ("2017 W04", 350),
    ("2017 W05", 389),
    ("2017 W06", 479),
    ("2017 W07", 412),
]
# the last rows, 2020 W52 ... 2022 W39, are written the same way; 2020 has 53 ISO weeks
LATER = [("2020 W52", 487), ("2020 W53", 439), ("2021 W01", 293), ("2022 W39", 347)]


def _write(path: Path, rows: list[tuple[str, int]], index: bool = True) -> None:
    lines = [HEADER if index else "semana,llamadas"]
    for t, (week, calls) in enumerate(rows):
        lines.append(f"{week},{calls},{t},segmento1,segmento1" if index else f"{week},{calls}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _rows(path: Path) -> list[SimpleNamespace]:
    overrides = Overrides(country="MX", admin1="MX-NLE", municipality="Monterrey")
    staged = extract_document(path, path.name, IngestOptions(overrides=overrides, use_cache=False))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def test_an_iso_week_is_its_days_never_its_year() -> None:
    (week,) = find_periods("2016 W52")
    assert (week.start, week.end) == ("2016-12-26", "2017-01-01")
    (last,) = find_periods("2020 W53")
    assert (last.start, last.end) == ("2020-12-28", "2021-01-03")
    (dashed,) = find_periods("2022-W39")
    assert (dashed.start, dashed.end) == ("2022-09-26", "2022-10-02")


def test_a_week_its_year_lacks_and_a_longer_code_are_no_week() -> None:
    # 2021 has 52 ISO weeks; "2016-W52-3" is a day of a week (not read as a week here)
    assert all(p.start == "2021-01-01" for p in find_periods("2021 W53"))
    assert all(p.end != "2017-01-01" for p in find_periods("2016-W52-3"))


def test_weekly_reports_are_dated_by_their_week_and_the_index_is_no_value(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mx_monterrey_911_violencia_genero_semanal_2016_2022.csv"
    _write(path, ROWS + LATER)
    rows = _rows(path)
    assert sorted(r.value for r in rows) == sorted(float(c) for _, c in ROWS + LATER)
    by_value = {r.value: r for r in rows}
    assert (by_value[244.0].period_start, by_value[244.0].period_end) == (
        "2016-12-26",
        "2017-01-01",
    )
    assert by_value[439.0].period_start == "2020-12-28"
    assert by_value[347.0].period_end == "2022-10-02"
    assert {r.municipality_code for r in rows} == {"19039"}


def test_the_same_counts_without_the_index_are_all_kept(tmp_path: Path) -> None:
    path = tmp_path / "semanal.csv"
    _write(path, ROWS, index=False)
    assert sorted(r.value for r in _rows(path)) == sorted(float(c) for _, c in ROWS)


def test_a_row_index_numbers_every_row_in_order() -> None:
    assert row_index([0.0, 1.0, 2.0, 3.0, 4.0])
    assert row_index([1.0, 2.0, 3.0, 4.0, 5.0])
    # counts that happen to rise, a gap, a short column or a start elsewhere are no index
    assert not row_index([0.0, 1.0, 2.0, 4.0, 5.0])
    assert not row_index([2.0, 3.0, 4.0, 5.0, 6.0])
    assert not row_index([0.0, 1.0, 2.0])
    assert not row_index([244.0, 293.0, 373.0, 414.0, 350.0])


def test_codes_written_from_000_are_no_index() -> None:
    # a budget unit's codes "000", "001" ... "039" are keys, however they step
    codes = [f"{n:03d}" for n in range(40)]
    assert not row_index([float(c) for c in codes], codes)
    plain = [str(n) for n in range(40)]
    assert row_index([float(c) for c in plain], plain)
