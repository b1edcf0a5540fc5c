"""Columns numbered 18, 17 ... 1 that the file's name says are weeks: each the epidemiological
week of its row's year, each row's kind what it counts.

Real cells of the fifteenth development set (tests/acceptance/corpus_dev15,
``mx_ssa_boletin_epidemiologico_enfermedades_semana_2017_2020.csv``): Mexico's Boletín
Epidemiológico, "tipo" | "year" | 18 | 17 | ... | 1, new cases of a disease a row a year,
thousands written with a space ("1 396"). Only the file's name ("..._semana_...") says the
numbers are weeks; a sheet whose name says nothing of them is still held
(``tests/tabular/test_numbered_columns.py``). Weeks run Sunday to Saturday: week 18 of 2020 is
26 April - 2 May 2020, week 1 of 2020 29 December 2019 - 4 January 2020.
"""

from __future__ import annotations

from pathlib import Path

from tabular.staged import rows, staged_file, write

WEEKS = ",".join(str(w) for w in range(18, 0, -1))
BULLETIN = (
    f'"tipo","year",{WEEKS}\n'
    '"Asma",2020,"1 396","1 590","2 098","3 077","2 790","3 511","4 055","4 769","5 017",'
    '"5 157","5 219","5 241","6 388","7 289","7 487","6 864","6 379","5 540"\n'
    '"Diabetes Tipo I",2020,29,32,36,34,39,54,38,71,71,69,86,87,62,105,68,77,77,42\n'
    '"Hiperplasia de la Próstata",2018,"1 666","2 091","2 046","2 067","1 928","1 440","1 693",'
    '"2 113","2 106","2 018","2 217","2 167","1 942","1 965","2 135","1 923","1 882","1 594"\n'
    '"Asma",2017,"3 672","3 779","4 248","3 813","4 669","5 410","4 952","5 404","5 345",'
    '"5 359","5 884","5 539","5 652","6 027","6 340","6 073","6 047","5 026"\n'
)  # fmt: skip


def test_numbered_columns_of_a_file_named_by_its_weeks_are_the_weeks_of_each_rows_year(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "mx_ssa_boletin_epidemiologico_enfermedades_semana_2017_2020.csv",
                 BULLETIN)  # fmt: skip
    staged = staged_file(path, country="MX")
    out = rows(staged)
    assert not [i for i in staged.issues if i.code == "sheet-numbered-columns"]
    assert len(out) == 4 * 18  # every cell, no year and no week number as a value
    by_cell = {o.source_locator.rsplit("!", 1)[-1]: o for o in out}
    asthma = by_cell["C2"]  # "1 396" under 18, on Asma's 2020 row: week 18 of 2020
    assert (asthma.value, asthma.period_start, asthma.period_end) == (
        1396,
        "2020-04-26",
        "2020-05-02",
    )
    first = by_cell["T2"]  # "5 540" under 1: week 1 of 2020, begun in 2019
    assert (first.value, first.period_start, first.period_end) == (5540, "2019-12-29", "2020-01-04")
    older = by_cell["T5"]  # the row's own year, never the file's last: week 1 of 2017
    assert (older.value, older.period_start, older.period_end) == (5026, "2017-01-01", "2017-01-07")
    # "2 018" under 9 on 2018's row: a count of that week, written with its thousands apart
    count = by_cell["L4"]
    assert (count.value, count.period_start, count.period_end) == (2018, "2018-02-25", "2018-03-03")
    assert {o.value for o in out}.isdisjoint({2017.0, 2020.0})  # the year column is no value


def test_each_rows_kind_names_what_it_counts_never_a_breakdown(tmp_path: Path) -> None:
    path = write(tmp_path, "mx_ssa_boletin_epidemiologico_enfermedades_semana_2017_2020.csv",
                 BULLETIN)  # fmt: skip
    out = {o.source_locator.rsplit("!", 1)[-1]: o for o in rows(staged_file(path, country="MX"))}
    assert out["C2"].indicator_label == "Asma"
    assert out["C3"].indicator_label == "Diabetes Tipo I"
    assert out["C2"].breakdown_dimension == "_T" and out["C3"].breakdown_dimension == "_T"
    # unclassified all the same: no disease is a gender indicator of the codebook
    assert {o.indicator_id for o in out.values()} == {"sin_clasificar"}


def test_a_file_named_by_weeks_of_pregnancy_keeps_its_numbered_columns_held(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "nacimientos_semanas_de_gestacion_2020.csv", BULLETIN)
    staged = staged_file(path, country="MX")
    assert rows(staged) == []
    assert [i.code for i in staged.issues if i.code == "sheet-numbered-columns"]
