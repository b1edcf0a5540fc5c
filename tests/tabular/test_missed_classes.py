"""Classes of values the development table sets still missed, each on the real cells of a file
that misses it.

- A register whose column of offences holds several kinds of crime (Panamá's Ministerio
  Público, `corpus_dev23/pa_mp_homicidios_victimas_2017_2022.csv`: "tipo_crimen" Homicidio or
  Femicidio) counts each kind apart, under the indicator its own name gives (femicides) or,
  where it names none, unclassified under its own words ("Homicidio": women's and men's);
  never one count of all its crimes. A register whose kinds all name one indicator, or of
  one kind, is counted as before.
- "No informó" (Puerto Rico's women's ombudsman, `corpus_dev38/pr_opm_victimas_genero_2020_2026.xlsx`)
  is the source's unknown, like "No informa" and "No informado": read as unknown wherever a
  mechanism sets unknowns aside (a column's sex codes, its places), and its count still
  published under the words the source wrote, as every unknown of a breakdown is.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook, write
from tests.tabular.test_words_register_and_case_numbers import PANAMA


def _totals(out: list) -> list:
    return [o for o in out if o.breakdown_dimension in {"_T", "lugar"}]


def test_a_register_of_two_crimes_counts_each_apart(tmp_path: Path) -> None:
    # corpus_dev23/pa_mp_homicidios_victimas_2017_2022.csv: its header, January 2017's 22
    # homicides and January 2020's first 6 femicides
    out = read(write(tmp_path, "homicidios.csv", PANAMA), country="PA")
    totals = _totals(out)
    femicides = [o for o in totals if o.indicator_id == "femicidios"]
    assert sum(o.value for o in femicides) == 6
    assert {o.indicator_label for o in femicides} == {"Femicidio"}
    assert {o.period_start[:4] for o in femicides} == {"2020"}
    # the homicides of women and men are no indicator of women: unclassified, named by the
    # register's own word, never counted with the femicides
    homicides = [o for o in totals if o.indicator_label == "Homicidio"]
    assert {o.indicator_id for o in homicides} == {"sin_clasificar"}
    assert sum(o.value for o in homicides) == 22
    assert {(o.admin1, o.value) for o in homicides} == {("PA-8", 11), ("PA-10", 9), ("PA-4", 2)}
    # each crime's breakdowns are its own: the two women among January 2017's homicides...
    women = [o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "Femenino"]
    assert {o.indicator_label.split(":")[0] for o in women} == {"Homicidio"}
    assert sum(o.value for o in women) == 4
    # ...and the crime is no breakdown of itself
    assert not [o for o in out if "tipo_delito" in o.breakdown_dimension]
    # each crime's parts link to its own totals, never to the other crime's
    ids = {o.observation_id: o for o in out}
    for o in out:
        parent = ids.get(o.parent_observation_id or "")
        if parent is not None:
            assert parent.indicator_id == o.indicator_id


def test_a_register_of_one_crime_is_counted_whole(tmp_path: Path) -> None:
    # the same register's femicides alone (each written four times): one kind of crime, the
    # register counted as its rows under the indicator its column names, never split
    lines = PANAMA.splitlines()
    only = "\n".join([lines[0], *[x for x in lines if x.startswith("Femicidio")] * 4]) + "\n"
    out = read(write(tmp_path, "registro.csv", only), country="PA")
    assert sum(o.value for o in _totals(out)) == 24
    assert {o.indicator_id for o in out} == {"femicidios"}
    assert {o.indicator_label.split(":")[0] for o in out} == {"Femicidios / feminicidios"}


# corpus_dev14/cl_red_chilena_femicidios_registro_2015.xlsx, sheet "Hoja 1": its title, and of
# its first 32 femicides the region, the kind of femicide and the legal category of the crime,
# which the list fills for its first nine rows only (the victims' and killers' names, ages,
# dates and places left out)
CATEGORIES = [
    ("IX", "íntimo", "Femicidio"), ("VIII", "íntimo", "Femicidio"), ("III", "íntimo", "Femicidio"),
    ("VI", "íntimo", "Femicidio"), ("RM", "íntimo", "Femicidio"),
    ("RM", "No íntimo", "Violación con resultado de muerte"), ("RM", "íntimo", "Femicidio"),
    ("RM", "íntimo", "Femicidio"), ("VII", "íntimo", "Femicidio"),
    *[(region, kind, None) for region, kind in [
        ("VI", "íntimo"), ("VII", "íntimo"), ("RM", "íntimo"), ("II", "No íntimo"),
        ("VII", "íntimo"), ("RM", "íntimo"), ("VIII", "No íntimo"), ("II", "íntimo"),
        ("XIV", "No íntimo"), ("RM", "íntimo"), ("RM", "íntimo"), ("RM", "íntimo"),
        ("RM", "íntimo"), ("V", "íntimo"), ("RM", "íntimo"), ("V", "íntimo"), ("X", "íntimo"),
        ("RM", "íntimo"), ("RM", "íntimo"), ("VIII", "íntimo"), ("V", "íntimo"),
        ("XI", "íntimo"), ("RM", "íntimo"),
    ]],
]  # fmt: skip


def test_a_crime_named_on_a_few_rows_splits_no_register(tmp_path: Path) -> None:
    header = ["N°", "Región", "Tipo Femicidio", "Categoría delito/ Ley Femicidio"]
    body = [[i + 1, *row] for i, row in enumerate(CATEGORIES)]
    sheet = [["FEMICIDIOS 2015"], [], header, *body]
    out = read(workbook(tmp_path / "femicidios_2015.xlsx", {"Hoja 1": sheet}), country="CL")
    totals = _totals(out)
    assert sum(o.value for o in totals) == 32
    # the nine rows' legal category is no crime of the list's 32 rows: one count of them all
    assert len({(o.indicator_id, o.indicator_label) for o in totals}) == 1
    assert not [o for o in out if o.indicator_label.startswith(("Femicidio", "Violación"))]
    assert {o.admin1 for o in totals if o.admin1} >= {"CL-RM", "CL-AR"}


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
