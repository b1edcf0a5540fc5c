"""A long table of coded indicators, on real cells of tests/acceptance/corpus_dev30.

Mexico's adolescent indicators as an analysis repository summed them up from national surveys
and registers (CADSalud/ViolenciaSexual data/TablaResumenVS_VU.xlsx, sheet "TablaResumen"):
"Fuente | Tema | Indicador | Descripcion | Adolescencia | Año | Valor", one row per source,
coded indicator, age band and year. Its "Descripcion" column names a mean on some rows ("Edad
promedio de la primera relación sexual"): one row's words, not a sheet of statistics. The
source ("ENSANUT12", "SAEH") and the age band ("[10 a 14]") tell apart rows of one indicator
and year: breakdowns, never summed across; the description is the code's label and says which
values are percentages, rates or averages.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import rows, staged_file, workbook

HEADER = ["Fuente", "Tema", "Indicador", "Descripcion", "Adolescencia", "Año", "Valor"]
MP, SSR = "matrimonio precoz", "salud sexual y reproductiva"
CASADAS = "Han estado casadas o unidas"
CASADAS_P = "Porcentaje del total de mujeres que han estado casadas o unidas del rango de edad"
OBS = "Egresos hospitalarios por causas obstetricas del embarazo o parto"
OBS_P = (
    "Porcentaje de egresos por causas obstetricas del embarazo o parto del total de mujeres "
    "del rango de edad"
)
OBS_PE = (
    "Porcentaje de egresos por causas obstetricas del embarazo o parto del total de egresos "
    "del rango de edad"
)
PRS_EDAD = "Edad promedio de la primera relación sexual"
PRS = "Porcentaje que han tenido relaciones sexuales del rango de edad"
VS = "Egresos hospitalarios por abuso sexual"
VS_PE = "Porcentaje de egresos por abuso sexual del total de egresos del rango de edad"
VS_P = "Porcentaje de egresos por abuso sexual del total de mujeres del rango de edad"
CONS = "Total de Primera consulta por embarazo anuales"
CONS_M = "Promedio de Primera consulta mensual"
A, B = "[10 a 14]", "[15 a 19]"

# the sheet's rows 2-7, 14-17, 28-33, 187-190, 211-216, 268, 279 and 282 (two of them empty)
ROWS: list[list[object]] = [
    ["ENSANUT12", MP, "nosolt", CASADAS, A, 2012, 25887.0],
    ["ENSANUT12", MP, "nosoltp", CASADAS_P, A, 2012, 0.79],
    ["ENSANUT12", MP, "nosolt", CASADAS, B, 2012, 914215.0],
    ["ENSANUT12", MP, "nosoltp", CASADAS_P, B, 2012, 16.0],
    ["ENSANUT16", MP, "nosolt", CASADAS, B, 2016, 858040.0],
    ["ENSANUT16", MP, "nosoltp", CASADAS_P, B, 2016, 14.81],
    ["ENDIREH16", MP, "nosolt", CASADAS, B, 2016, 810924.0],
    ["ENDIREH16", MP, "nosoltp", CASADAS_P, B, 2016, 14.8],
    ["ENSANUT12", SSR, "egreobs", OBS, B, 2012, 171986.0],
    ["ENSANUT12", SSR, "egreobsp", OBS_P, B, 2012, 3.01],
    ["ENADID14", SSR, "edadprsprom", PRS_EDAD, B, 2014, 15.8006006359523],
    ["ENADID14", SSR, "prs", PRS, B, 2014, 28.9798544922741],
    ["ENSANUT12", SSR, "edadprsprom", PRS_EDAD, B, 2012, 15.76],
    ["ENSANUT12", SSR, "prs", PRS, B, 2012, 36.29],
    ["ENDIREH16", SSR, "edadprsprom", PRS_EDAD, B, 2016, 15.7278341636527],
    ["ENDIREH16", SSR, "prs", PRS, B, 2016, 31.6319039347272],
    ["SAEH", SSR, "egreporviolsex", VS, A, 2010, 34.0],
    ["SAEH", SSR, "egreporviolsexpe", VS_PE, A, 2010, 0.04453759496987163],
    ["SAEH", SSR, "egreporviolsexp", VS_P, A, 2010, 0.0006153004222408662],
    ["SAEH", SSR, "egreporviolsex", VS, B, 2010, 47.0],
    ["SAEH", SSR, "egreobs", OBS, A, 2012, 14360.0],
    ["SAEH", SSR, "egreobspe", OBS_PE, A, 2012, 18.810584228451663],
    ["SAEH", SSR, "egreobsp", OBS_P, A, 2012, 0.25987394304055406],
    ["SAEH", SSR, "egreobs", OBS, B, 2012, 405090.0],
    ["SAEH", SSR, "egreobspe", OBS_PE, B, 2012, 80.76230653750227],
    ["SAEH", SSR, "egreobsp", OBS_P, B, 2012, 7.31802093139335],
    ["DGISCUBOS", SSR, "pconsemb", CONS, A, 2013, None],
    ["DGISCUBOS", SSR, "pconsembp", CONS_M, A, 2010, 2278.25],
    ["DGISCUBOS", SSR, "pconsembp", CONS_M, A, 2013, None],
]

# the years, the bounds of the age bands, and sums across sources or bands that no one made
NEVER = {2010, 2012, 2013, 2014, 2016, 10, 14, 15, 19, 171986 + 405090, 3.01 + 7.31802093139335}


def _read(tmp_path: Path) -> list:
    path = workbook(
        tmp_path / "mx_adolescentes_indicadores_salud_sexual_2010_2016.xlsx",
        {"TablaResumen": [HEADER, *ROWS]},
    )
    return rows(staged_file(path, country="MX"))


def test_a_description_naming_a_mean_does_not_make_the_sheet_statistics(tmp_path: Path) -> None:
    out = _read(tmp_path)
    # every filled cell of "Valor" is published once, the two empty ones not at all
    assert len(out) == len(ROWS) - 2
    assert not {round(o.value, 6) for o in out} & {round(n, 6) for n in NEVER}
    assert all(o.period_start[:4] == o.period_end[:4] for o in out)


def test_source_and_age_band_are_breakdowns_and_the_description_labels_the_code(
    tmp_path: Path,
) -> None:
    out = _read(tmp_path)
    got = {(o.indicator_label.split(" | ")[0], o.breakdown_value, o.period_start): o for o in out}
    abuse = got[("egreporviolsex", "SAEH | [10 a 14]", "2010-01-01")]
    assert abuse.value == 34 and abuse.indicator_label == f"egreporviolsex | {VS}"
    assert abuse.breakdown_dimension == "fuente+grupo_edad"
    assert abuse.source_locator == "TablaResumen!G18"
    assert got[("egreporviolsex", "SAEH | [15 a 19]", "2010-01-01")].value == 47
    # one indicator, band and year from two sources: two values, never their sum
    assert got[("egreobs", "ENSANUT12 | [15 a 19]", "2012-01-01")].value == 171986
    assert got[("egreobs", "SAEH | [15 a 19]", "2012-01-01")].value == 405090
    assert got[("nosolt", "ENSANUT16 | [15 a 19]", "2016-01-01")].value == 858040
    assert got[("nosolt", "ENDIREH16 | [15 a 19]", "2016-01-01")].value == 810924


def test_the_description_says_which_values_are_shares_rates_or_means(tmp_path: Path) -> None:
    out = _read(tmp_path)
    got = {(o.indicator_label.split(" | ")[0], o.breakdown_value, o.period_start): o for o in out}
    share = got[("egreobsp", "SAEH | [15 a 19]", "2012-01-01")]
    assert (share.unit, share.value_kind) == ("%", "percentage")
    assert abs(share.value - 7.31802093139335) < 1e-9
    mean_age = got[("edadprsprom", "ENADID14 | [15 a 19]", "2014-01-01")]
    assert mean_age.value_kind == "average" and abs(mean_age.value - 15.8006006359523) < 1e-9
    monthly = got[("pconsembp", "DGISCUBOS | [10 a 14]", "2010-01-01")]
    assert monthly.value_kind == "average" and monthly.value == 2278.25
    counts = [o for o in out if o.indicator_label.startswith(("nosolt |", "egreporviolsex |"))]
    assert counts and all(o.value_kind == "observed" for o in counts)
    # discharges for obstetric causes are neither births nor pregnancies
    discharges = got[("egreobs", "SAEH | [10 a 14]", "2012-01-01")]
    assert discharges.value == 14360 and discharges.indicator_id == "sin_clasificar"
