"""Counts by sex side by side in columns named by a counted thing and a sex
("paciente_hombre | paciente_mujer | paciente_sexo_no_esp"), beside a denominator, a rate and
a total, with places and months down and a national row in each month: the shape of
Mexico's health information office's table of patients attended for family violence
(DGIS, by state and month). Small tables with made-up figures of that shape."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = (
    "entidad,año,mes,cve_mes,paciente_hombre,paciente_mujer,pob_muj_mit_año,"
    "tasa_muj_viol_fam,paciente_sexo_no_esp,total_general"
)
# (state, month, men, women, female population, rate, sex not specified)
LINES = [
    ("CHIAPAS", "Enero", "A", 7, 40, 2800000, 1.43, 0),
    ("CHIAPAS", "Febrero", "B", 9, 29, 2800000, 1.04, 2),
    ("JALISCO", "Enero", "A", 20, 400, 4200000, 9.52, 1),
    ("JALISCO", "Febrero", "B", 31, 455, 4200000, 10.83, 0),
]


def _write(path: Path, national: bool) -> Path:
    lines = [HEADER]
    for state, month, code, men, women, pop, rate, unknown in LINES:
        total = men + women + unknown
        lines.append(f"{state},2019,{month},{code},{men},{women},{pop},{rate},{unknown},{total}")
    if national:  # one NACIONAL row per month: the sum of that month's states
        for month, code in (("Enero", "A"), ("Febrero", "B")):
            part = [x for x in LINES if x[1] == month]
            men, women, unknown = (sum(x[i] for x in part) for i in (3, 4, 7))
            lines.append(
                f"NACIONAL,2019,{month},{code},{men},{women},7000000,0.5,{unknown},"
                f"{men + women + unknown}"
            )
    path.write_text("\n".join(lines) + "\n", encoding="latin-1")
    return path


def _rows(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions())
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def test_sex_columns_named_with_the_counted_thing_are_a_breakdown(tmp_path: Path) -> None:
    out = _rows(_write(tmp_path / "violencia_familiar_salud.csv", national=False))
    # 4 rows x (men, women, not specified, total, rate); the population is a denominator
    assert len(out) == 20
    women = next(o for o in out if o.admin1 == "MX-CHP" and o.period_start == "2019-01-01"
                 and o.breakdown_value == "mujeres")  # fmt: skip
    assert women.value == 40 and women.breakdown_dimension == "sexo"
    assert women.period_end == "2019-01-31" and women.country == "MX"
    assert women.source_locator.endswith("F2")
    men = next(o for o in out if o.admin1 == "MX-JAL" and o.period_start == "2019-02-01"
               and o.breakdown_value == "varones")  # fmt: skip
    assert men.value == 31
    # "paciente_sexo_no_esp": the numbers of an unspecified sex, not a breakdown column
    unknown = next(o for o in out if o.admin1 == "MX-CHP" and o.period_start == "2019-02-01"
                   and o.breakdown_dimension == "sexo" and o.breakdown_value == "_U")  # fmt: skip
    assert unknown.value == 2
    rate = next(o for o in out if o.admin1 == "MX-JAL" and o.period_start == "2019-02-01"
                and o.unit != "" and abs(o.value - 10.83) < 1e-9)  # fmt: skip
    assert rate.breakdown_value == "_T" and rate.parent_observation_id == ""
    assert not [o for o in out if o.value in (2800000, 4200000)]  # denominators stay out


def test_a_national_row_in_each_month_is_that_months_total(tmp_path: Path) -> None:
    out = _rows(_write(tmp_path / "violencia_familiar_salud.csv", national=True))
    by_id = {o.observation_id: o for o in out}
    feb_women = next(o for o in out if o.admin1 == "MX-JAL" and o.period_start == "2019-02-01"
                     and o.breakdown_value == "mujeres")  # fmt: skip
    parent = by_id[feb_women.parent_observation_id]
    assert parent.admin1 == "" and parent.period_start == "2019-02-01"
    assert parent.value == 484 and parent.breakdown_value == "mujeres"  # 29 + 455
    jan_total = next(o for o in out if o.admin1 == "MX-CHP" and o.period_start == "2019-01-01"
                     and o.value == 47 and o.breakdown_value == "_T")  # fmt: skip
    assert by_id[jan_total.parent_observation_id].value == 468  # 47 + 421, January's
    # a rate is no part of any total
    rates = [o for o in out if abs(o.value - 1.04) < 1e-9]
    assert (
        rates and rates[0].parent_observation_id == "" and rates[0].other_total_observation_id == ""
    )
