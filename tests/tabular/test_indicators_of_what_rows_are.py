"""What a table's rows are decides their indicator, on real cells of the development sets.

A header may name a person of each case ("GENERO_DENUNCIANTE", the complainant's gender) and
still say nothing of what the rows count; a register that answers, row by row, that most of
its cases are not gender violence counts no indicator of gender violence.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook

# ar_caba_jpcyf10_resoluciones_perspectiva_genero_2016_2020.xlsx (corpus_dev7): the first 15
# resolutions of the court, six of its 61 columns; 10 of them are not gender violence
RESOLUTIONS = [
    ["N", "FECHA_RESOLUCION", "MATERIA", "VIOLENCIA_DE_GENERO", "V_FISICA", "GENERO_DENUNCIANTE"],
    [1, "1_8_2016", "penal", "no", "no_corresponde", "no_corresponde"],
    [2, "1_8_2016", "penal", "si", "no", "femenino"],
    [3, "2_8_2016", "contravencional", "si", "si", "femenino"],
    [4, "2_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [5, "2_8_2016", "penal", "si", "no", "femenino"],
    [6, "2_8_2016", "penal", "no", "no_corresponde", "no_corresponde"],
    [7, "2_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [8, "3_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [9, "3_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [10, "3_8_2016", "penal", "si", "si", "femenino"],
    [11, "4_8_2016", "penal", "no", "no_corresponde", "no_corresponde"],
    [12, "4_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [13, "5_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [14, "8_8_2016", "contravencional", "no", "no_corresponde", "no_corresponde"],
    [15, "8_8_2016", "penal", "no", "no_corresponde", "no_corresponde"],
]


def test_resolutions_mostly_not_gender_violence_are_no_complaints(tmp_path: Path) -> None:
    name = "ar_caba_jpcyf10_resoluciones_perspectiva_genero_2016_2020.xlsx"
    path = workbook(tmp_path / name, {"set_de_datos_unificado": RESOLUTIONS})
    out = read(path, country="AR")
    by_part = {(o.breakdown_dimension, o.breakdown_value): o for o in out}
    total = by_part[("_T", "_T")]
    # the court's 15 resolutions of August 2016, of every matter
    assert (total.value, total.period_start, total.period_end) == (15, "2016-08-01", "2016-08-31")
    assert (total.country, total.admin1, total.source_locator) == (
        "AR", "", "set_de_datos_unificado!A2:A16",
    )  # fmt: skip
    # 10 answered "no" to gender violence: neither they nor the whole are complaints of it;
    # the 4 complainants who are women are counted, under no indicator of complaints
    women = by_part[("sexo", "mujeres")]
    assert (women.value, women.period_start) == (4, "2016-08-01")
    assert women.source_locator == "set_de_datos_unificado!F2:F16"
    assert by_part[("v_fisica", "si")].value == 2
    assert {o.indicator_id for o in out} == {"sin_clasificar"}
    assert total.indicator_label == "ar caba jpcyf10 resoluciones perspectiva genero 2016 2020"


# cl_pav_ingresos_atenciones_comuna_provincia_concepcion.xlsx (corpus_dev20): Chile's
# programme for the victims of every crime, its "Atenciones" sheet: the first communes of the
# offence and the Total row; no word of women, gender or a violence anywhere in the file
PAV = [
    [None, "Comuna del delito", "SSR", "SIC", "CCP", "Total"],
    ["1", "Concepción", 1307.0, 216.0, 33.0, 1556.0],
    ["2", "San Pedro de la Paz", 446.0, 0.0, 10.0, 456.0],
    ["3", "Coronel", 332.0, 75.0, 11.0, 418.0],
    ["4", "Talcahuano", 239.0, 90.0, 17.0, 346.0],
]


def test_a_programme_for_victims_of_every_crime_assists_no_gender_violence(
    tmp_path: Path,
) -> None:
    name = "cl_pav_ingresos_atenciones_comuna_provincia_concepcion.xlsx"
    out = read(workbook(tmp_path / name, {"Atenciones": PAV}), country="CL")
    by_cell = {o.source_locator: o for o in out}
    # 1,307 second-response sessions in Concepción (08101): published, under the sheet's own
    # word, never as people assisted in situations of gender violence
    ssr = by_cell["Atenciones!C2"]
    assert (ssr.value, ssr.municipality_code, ssr.breakdown_value) == (1307, "08101", "SSR")
    assert (ssr.indicator_id, ssr.indicator_label) == ("sin_clasificar", "Atenciones")
    assert ssr.period_start == ""  # the file writes no period
    assert by_cell["Atenciones!F5"].value == 346
    assert by_cell["Atenciones!F5"].municipality_code == "08110"  # Talcahuano
    assert "personas_asistidas" not in {o.indicator_id for o in out}
    # the same sheet titled for women in situations of violence is people assisted
    titled = [["Atenciones a mujeres en situación de violencia de género"], [], *PAV]
    out = read(workbook(tmp_path / "cl_sernameg.xlsx", {"Atenciones": titled}), country="CL")
    ssr = {o.source_locator: o for o in out}["Atenciones!C4"]
    assert (ssr.value, ssr.indicator_id) == (1307, "personas_asistidas")


# cl_sermig_residencias_definitivas_acogidas_2025.xlsx (corpus_dev28): Chile's migration
# service, permanent residences granted; its header, first rows and the five rows of
# Venezuelan women aged 30-44 with university studies in Santiago in 2023 (rows 13900 ...)
SERMIG = [
    ["SEXO", "RANGO_ETARIO", "PAÍS", "ACTIVIDAD", "ESTUDIOS", "REGIÓN", "AÑO", "Total"],
    ["Mujer", "17 ó menos", "Bolivia", "Empleado", "Medio", "Antofagasta", 2023, "27"],
    ["Mujer", "17 ó menos", "Bolivia", "Empleado", "Medio", "Antofagasta", 2024, "10"],
    ["Mujer", "30-44", "Venezuela", "Empleado", "Universitario", "Metropolitana de Santiago", 2023, "5385"],
    ["Mujer", "30-44", "Venezuela", "Empresario/Patrón", "Universitario", "Metropolitana de Santiago", 2023, "46"],
    ["Mujer", "30-44", "Venezuela", "No informa", "Universitario", "Metropolitana de Santiago", 2023, "1893"],
    ["Mujer", "30-44", "Venezuela", "Otras actividades", "Universitario", "Metropolitana de Santiago", 2023, "122"],
    ["Mujer", "30-44", "Venezuela", "Trabajador por cuenta propia", "Universitario", "Metropolitana de Santiago", 2023, "413"],
]  # fmt: skip


def test_an_occupation_is_the_peoples_breakdown_not_a_plans_activity(tmp_path: Path) -> None:
    name = "cl_sermig_residencias_definitivas_acogidas_2025.xlsx"
    out = read(workbook(tmp_path / name, {"Sheet1": SERMIG}), country="CL")
    by_cell = {o.source_locator: o for o in out}
    employed = by_cell["Sheet1!H4"]
    assert (employed.value, employed.admin1, employed.period_start) == (5385, "CL-RM", "2023-01-01")
    # "Empleado" is what these women do, one part of the breakdown; no activity of a plan
    parts = dict(
        zip(
            employed.breakdown_dimension.split("+"),
            employed.breakdown_value.split(" | "),
            strict=True,
        )
    )
    assert parts["ocupacion"] == "Empleado"
    assert {o.activity for o in out} == {""}
    assert by_cell["Sheet1!H7"].value == 122
    assert by_cell["Sheet1!H7"].breakdown_value.endswith("| Otras actividades")


# cl_cead_casos_policiales_mes_2005_2023.xlsx (corpus_dev28): Chile's crime-analysis centre, a
# pivot export whose filter block writes the years chosen in one cell, joined by commas (the
# file's lists nineteen; two chosen read "2006,2005"), over its table of quarters
CEAD = [
    ["Medida", "Frecuencia"],
    ["Tipo de Datos", "Casos Policiales"],
    [],
    ["Regiones", "TOTAL PAÍS"],
    ["Año", "2006,2005"],
    [],
    ["GRUPO DELICTUAL / DELITO", "2005 TRIM 1", "2005 TRIM 2"],
    ["Delitos de mayor connotación social", 40826, 38730],
    ["Homicidios", 55, 43],
]


def test_years_listed_with_a_comma_are_no_number(tmp_path: Path) -> None:
    name = "cl_cead_casos_policiales_mes_2005_2023.xlsx"
    out = read(workbook(tmp_path / name, {"reportesEstadisticos-porDelito": CEAD}), country="CL")
    by_cell = {o.source_locator: o for o in out}
    # "2006,2005" is two years, never the number 2006.2005
    assert "reportesEstadisticos-porDelito!B5" not in by_cell
    assert all(o.value_raw != "2006,2005" for o in out)
    homicides = by_cell["reportesEstadisticos-porDelito!B9"]
    assert (homicides.value, homicides.period_start, homicides.period_end) == (
        55, "2005-01-01", "2005-03-31",
    )  # fmt: skip
