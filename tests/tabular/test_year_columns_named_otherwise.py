"""Year columns whose header does not say "año" plainly: a period (or a key), never a value.

Real cells of tests/acceptance/corpus_dev37 (CELADE-Proyecciones/Taller_Mortalidad_ALAP2024,
dat/): CEPAL's demography centre's series for Ecuador, whose years are written as their
middle, a decimal year under "date_ref" ("1990.5": demographers date a year's population or
deaths at 1 July), and of tests/acceptance/corpus_dev35 (the SESNSP's victims, year under
"n_year"). The first run published the 122 years' middles of the infant mortality table as
values, with no period on its probabilities (roles.py ``_period_header``, roles.yaml
``period.named_year``, layout.py ``mid_year``, ingest.py ``_mid_year_periods``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from tests.tabular.staged import read, write

from genero_etl.tabular import layout
from genero_etl.tabular.lexicon import load_lexicon
from genero_etl.tabular.roles import infer_roles, profile_column

# ec_celade_mortalidad_infantil_sexo_1990_2050.csv (dat/ecu_q1_q5_1990_2050.csv): the rows of
# 1990, 1991, 2022 and 2050 of each sex, as written
INFANT = """\
sex,date_ref,q0_1,q0_5
f,1990.5,36.78,48.34
f,1991.5,35.15,45.84
f,2022.5,9.64,13.22
f,2050.5,4.92,6.61
m,1990.5,47.55,59.52
m,1991.5,45.55,56.71
m,2022.5,12.17,16.49
m,2050.5,5.94,7.93
"""


def _roles(headers: list[str], columns: list[list[str]]) -> dict[str, tuple[str, str, str]]:
    lex = load_lexicon()
    data = pd.DataFrame(dict(enumerate(columns)))
    profiles = [profile_column(data, i, h, lex) for i, h in enumerate(headers)]
    return {r.header: (r.role, r.kind, r.evidence) for r in infer_roles(profiles, lex)}


def test_a_years_middle_is_that_year() -> None:
    assert layout.mid_year("1990.5") == 1990
    assert layout.mid_year(2050.5) == 2050
    assert layout.mid_year("1990.0") is None  # a year a data frame wrote as a float
    assert layout.mid_year("36.78") is None
    assert not layout.is_year("1990.5")  # not a year by itself: only under a period's header


def test_date_ref_of_years_middles_is_the_period() -> None:
    lines = [line.split(",") for line in INFANT.splitlines()[1:]]
    columns = [[row[i] for row in lines] for i in range(4)]
    roles = _roles(["sex", "date_ref", "q0_1", "q0_5"], columns)
    assert roles["date_ref"] == ("period", "year", "why-mid-years")
    assert roles["q0_1"][0] == roles["q0_5"][0] == "value"


def test_infant_mortality_by_year_never_publishes_the_year(tmp_path: Path) -> None:
    out = read(write(tmp_path, "ecu_q1_q5.csv", INFANT), country="EC")
    values = sorted((o.value, o.period_label, o.breakdown_value) for o in out)
    assert (36.78, "1990", "mujeres") in values
    assert (59.52, "1990", "varones") in values
    assert (4.92, "2050", "mujeres") in values
    assert len(values) == 16  # two probabilities a row, eight rows
    assert not {v for v, _, _ in values} & {1990.5, 1991.5, 2022.5, 2050.5}


def test_a_year_named_inside_a_longer_header_is_read_by_its_header() -> None:
    # mx_sesnsp_victimas_entidad_genero_2015_2025.csv: "n_year" over 2015 ... 2025, beside the
    # victims; read by the header, not only by the shape of its cells (which stops at 80
    # distinct years: a series of 1950-2070 was read as values)
    years = [str(y) for y in range(2015, 2026)]
    roles = _roles(["n_year", "n_victimas"], [years, ["42", "33", "2", "155", "29", "115",
                                                       "19", "17", "40", "0", "790"]])  # fmt: skip
    assert roles["n_year"] == ("period", "year", "why-years")


def test_a_count_whose_header_names_the_year_stays_a_count() -> None:
    # ec_celade_poblacion_edad_sexo_1950_2022.csv: populations, no year among them, under a
    # header that names the year ("pob_mid_year", the population at the year's middle)
    pops = ["56686.0372", "55081.33906", "53482.00945", "129529.0496", "88470.17077"]
    roles = _roles(["year", "pob_mid_year"], [["1950", "1950", "1950", "2022", "2000"], pops])
    assert roles["year"][:2] == ("period", "year")
    assert roles["pob_mid_year"][0] != "period"
