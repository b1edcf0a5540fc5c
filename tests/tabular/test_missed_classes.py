"""Classes of values the development table sets still missed, each on the real cells of a file
that misses it.

- Rows of a table read without column roles whose labels all have an age group's shape
  ("0-4" ... "100+", no total row) are the age breakdown of their values, never what is
  counted; a column of sexes under a header that names nothing (a chart's "z") is the sex
  breakdown, in the words the sexes of rows take in that reading ("varones", "mujeres"):
  Guatemala's population of 2022 by sex and age
  (`corpus_dev14/gt_ine_poblacion_estimada_sexo_edad_2022.xlsx`).
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook

# corpus_dev14/gt_ine_poblacion_estimada_sexo_edad_2022.xlsx: Guatemala's population of 2022 by
# sex and five-year age group, sheet "2022" under the chart's placeholders "x" | "y" | "z"
# (the women's "20-24" before "15-19", as written), and sheet "Sheet3", both sexes, no header
AGES = [f"{a}-{a + 4}" for a in range(0, 100, 5)] + ["100+"]
MEN = [955684, 951525, 915183, 887077, 881479, 781182, 679013, 553392, 447813, 360582, 285354,
       224704, 180988, 143986, 112049, 82191, 52263, 28631, 12536, 3872, 962]  # fmt: skip
WOMEN_AGES = [*AGES[:3], "20-24", "15-19", *AGES[5:]]
WOMEN = [914798, 912616, 880745, 870450, 860515, 789854, 703846, 593889, 501318, 424621, 342946,
         274260, 222167, 175489, 134207, 96100, 61571, 34848, 16012, 5283, 1885]  # fmt: skip
BOTH_AGES = WOMEN_AGES
BOTH = [1870482, 1864141, 1795928, 1741994, 1757527, 1571036, 1382859, 1147281, 949131, 785203,
        628300, 498964, 403155, 319475, 246256, 178291, 113834, 63479, 28548, 9155, 2847]  # fmt: skip


def test_age_group_rows_and_a_sex_column_under_placeholders(tmp_path: Path) -> None:
    sheet = [
        ["x", "y", "z"],
        *[[a, n, "Hombre"] for a, n in zip(AGES, MEN, strict=True)],
        *[[a, n, "Mujer"] for a, n in zip(WOMEN_AGES, WOMEN, strict=True)],
    ]
    both = [[a, n] for a, n in zip(BOTH_AGES, BOTH, strict=True)]
    path = workbook(tmp_path / "poblacion_2022.xlsx", {"2022": sheet, "Sheet3": both})
    out = read(path, country="GT")
    by_sheet = {
        (o.source_locator.split("!")[0], o.breakdown_dimension, o.breakdown_value): o.value
        for o in out
    }
    # each value is its sex's and its age group's, the sex in the breakdown's words
    assert by_sheet[("2022", "sexo+grupo_edad", "varones | 0-4")] == 955684
    assert by_sheet[("2022", "sexo+grupo_edad", "mujeres | 100+")] == 1885
    assert by_sheet[("2022", "sexo+grupo_edad", "mujeres | 20-24")] == 870450
    assert by_sheet[("2022", "sexo+grupo_edad", "mujeres | 15-19")] == 860515
    assert len([o for o in out if o.source_locator.startswith("2022!")]) == 42
    # no age group is what is counted: both sexes' rows are the age breakdown of one count
    assert by_sheet[("Sheet3", "grupo_edad", "20-24")] == 1741994
    assert by_sheet[("Sheet3", "grupo_edad", "100+")] == 2847
    assert not [o for o in out if o.indicator_label in AGES]
    assert {o.period_label for o in out} == {"2022"}
