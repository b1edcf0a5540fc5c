"""An indicator says what a table's numbers count, on real cells of the development sets.

A word of the title may name something other than what is counted: the law whose offences
were reported ("la ley contra el femicidio y otras formas de violencia contra la mujer"), the
people a prison holds for every offence ("personas privadas de libertad"), the visits of a
hospital's outpatients ("atenciones consulta externa"). Published under "Femicidios",
"Personas detenidas o imputadas por violencia de género" or "Personas asistidas", every one of
these numbers would say what it does not count.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, workbook, write

# gt_ine_violencia_contra_mujer_denuncias_2018_2022.xlsx (corpus_dev3), sheet 5.8: its title,
# header, Total row and first departments; the complaints of every offence of the law
LAW_TITLE = (
    "Denuncias por los delitos contemplados en la ley contra el femicidio y otras formas de "
    "violencia contra la mujer,  por tipo de delito, según departamento de registro. Año 20221/"
)
TYPES = ["Total", "Violencia psicológica", "Violencia física", "Femicidio"]
COMPLAINTS = [
    [LAW_TITLE],
    [],
    ["Departamento de registro", "Tipo de delito"],
    [None, *TYPES],
    [],
    ["Total", 45560, 17447, 10332, 144],
    [],
    ["Guatemala ", 9562, 3097, 2271, 27],
    ["El Progreso ", 3795, 1362, 1225, 5],
    ["Sacatepéquez ", 1926, 695, 252, 4],
    [
        "Fuente: Instituto Nacional de Estadística, con datos proporcionados por el Ministerio Público."
    ],
]


def test_the_complaints_of_a_law_on_femicide_are_no_femicides(tmp_path: Path) -> None:
    path = workbook(tmp_path / "gt_ine_violencia_contra_mujer_denuncias.xlsx", {"5.8": COMPLAINTS})
    out = read(path, country="GT")
    by_cell = {o.source_locator: o for o in out}
    # 45,560 complaints of every offence of the law: complaints, never 45,560 femicides
    total = by_cell["5.8!B6"]
    assert (total.value, total.indicator_id) == (45560, "denuncias_violencia")
    assert by_cell["5.8!C8"].value == 3097
    assert by_cell["5.8!C8"].indicator_id == "denuncias_violencia"
    # the complaints of femicide are complaints too, of that offence
    femicide = by_cell["5.8!E6"]
    assert (femicide.value, femicide.breakdown_value) == (144, "Femicidio")
    assert {o.indicator_id for o in out} == {"denuncias_violencia"}


# gt_sp_privados_libertad_delito_sexo_2018_2022.xlsx (corpus_dev11): the title, the two-row
# header, the first offences, one of the law's and the total of every prisoner
PRISONERS = [
    ["CANTIDAD DE PERSONAS PRIVADAS DE LIBERTAD POR SEXO Y POR DELITOS DEL PERIODO 2018 AL 2022"],
    [],
    ["No.", "DELITOS", "FEMENINO", None, "MASCULINO", None],
    [None, None, 2018, 2019, 2018, 2019],
    [1, "ASESINATO", 282, 270, 3473, 3651],
    [2, "ASOCIACIONES ILICITAS", 916, 953, 2802, 2818],
    [3, "EXTORSION", 1219, 1418, 1714, 1781],
    [17, "VIOLENCIA CONTRA LA MUJER", None, None, 656, 663],
    [None, "TOTAL POR AÑO", 5085, 5403, 35172, 36290],
]


def test_every_prisoner_is_no_person_detained_for_gender_violence(tmp_path: Path) -> None:
    path = workbook(tmp_path / "gt_sp_privados_libertad_delito_sexo.xlsx", {"DELITOS": PRISONERS})
    out = read(path, country="GT")
    by_cell = {o.source_locator: o.indicator_id for o in out}
    values = {o.source_locator: o.value for o in out}
    # 35,172 men in prison for every offence, 3,473 of them for murder: no count of people
    # detained for gender violence
    assert (values["DELITOS!E9"], values["DELITOS!E5"]) == (35172, 3473)
    assert by_cell["DELITOS!E9"] == by_cell["DELITOS!E5"] == "sin_clasificar"
    assert "agresores_detenidos" not in set(by_cell.values())


# gt_ine_vitales_hospitalarias_sector_privado_2018_2022.xlsx (corpus_dev13), sheet 1.8: the
# outpatient visits of patients with HIV, men and women
HIV = [
    [
        "Atenciones consulta externa (hospitalarias sector privado) Pacientes con VIH (B20-B24) "
        "por grupos de edad, según sexo. Serie Histórica 2018-2022"
    ],
    [],
    ["Año", "Sexo", "Total", "0 - 4", "5 - 9", "30 - 34", "45 - 49"],
    ["2022 1", "Total", 10, 1, 0, 5, 4],
    [None, "Hombre", 2, 0, 0, 0, 2],
    [None, "Mujer", 8, 1, 0, 5, 2],
    [2021, "Total", 21, 1, 0, 2, 4],
    [None, "Hombre", 6, 0, 0, 0, 1],
    [None, "Mujer", 15, 1, 0, 2, 3],
]


def test_a_hospitals_outpatient_visits_are_no_assistance_to_victims(tmp_path: Path) -> None:
    path = workbook(tmp_path / "gt_ine_vitales_hospitalarias.xlsx", {"1.8": HIV})
    out = read(path, country="GT")
    values = {o.source_locator: o.value for o in out}
    assert (values["1.8!C4"], values["1.8!C5"], values["1.8!C7"]) == (10, 2, 21)
    assert {o.indicator_id for o in out} == {"sin_clasificar"}
    # the same sheet's next table, its inpatients ("consulta interna"): 8 men in 2022
    inpatients = [
        [HIV[0][0].replace("externa", "interna")],
        *HIV[1:3],
        ["2022 1", "Total", 8, 0, 0, 0, 0],
    ]
    inpatients += [[None, "Hombre", 8, 0, 0, 0, 0], [None, "Mujer", 0, 0, 0, 0, 0]]
    out = read(workbook(tmp_path / "gt_ine_vitales.xlsx", {"1.8": inpatients}), country="GT")
    assert {o.source_locator: o.value for o in out}["1.8!C5"] == 8
    assert {o.indicator_id for o in out} == {"sin_clasificar"}


# ec_mdi_muertes_violentas_guayaquil_2024_2026.xlsx (corpus_dev24): one victim of every
# intentional homicide a row (4,299 men, 386 women); its first rows and first femicide,
# seven of its forty columns
GUAYAQUIL = """\
Tipo Muert.;Provincia;Cantón;Fecha Infracción;Sexo;Género;Edad
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;HOMBRE;MASCULINO;27
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;HOMBRE;MASCULINO;34
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;HOMBRE;MASCULINO;19
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;MUJER;FEMENINO;41
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;HOMBRE;MASCULINO;22
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;HOMBRE;MASCULINO;30
ASESINATO;GUAYAS;GUAYAQUIL;2024-01-01;HOMBRE;MASCULINO;25
FEMICIDIO;GUAYAS;GUAYAQUIL;2024-01-03;MUJER;FEMENINO;36
"""


def test_deaths_of_men_and_women_are_no_count_of_women(tmp_path: Path) -> None:
    # a column of sex whose values are men and women says the register counts both: its
    # "MUJER" and "FEMICIDIO" name one part of the rows, never the whole table
    out = read(write(tmp_path, "ec_mdi_muertes_violentas_guayaquil.csv", GUAYAQUIL))
    assert "muertes_mujeres_violencia" not in {o.indicator_id for o in out}
    by_part = {(o.breakdown_dimension, o.breakdown_value): o for o in out}
    assert by_part[("_T", "_T")].value == 8
    men = by_part[("sexo", "varones")]
    assert (men.value, men.indicator_id) == (6, "sin_clasificar")
    assert by_part[("_T", "_T")].indicator_label == "ec mdi muertes violentas guayaquil"


# pr_nppr_delitos_sexuales_ofensores_edad_sexo_2019_2026.xlsx (corpus_dev21), sheet 2019: the
# offenders of sexual offences by age and sex, persons, never complaints
OFFENDERS = [
    ["Grupos de Edad", "Mujeres", "Hombres"],
    ["10 años o menos", 4, 38],
    ["11-15", 4, 115],
    ["16-17", 2, 63],
    ["18-20", 2, 59],
]


def test_the_offenders_of_sexual_offences_are_no_complaints(tmp_path: Path) -> None:
    name = "pr_nppr_delitos_sexuales_ofensores_edad_sexo_2019_2026.xlsx"
    out = read(workbook(tmp_path / name, {"2019": OFFENDERS}), country="PR")
    values = {o.source_locator: o.value for o in out}
    assert (values["2019!C2"], values["2019!B3"]) == (38, 4)
    assert "denuncias_violencia" not in {o.indicator_id for o in out}


# mx_jalisco_presupuesto_2019_programa_capitulo.xlsx (shared corpus): a budget's programmes
# by chapter of expenditure, amounts in pesos
BUDGET = [
    ["Gobierno del Estado de Jalisco"],
    ["Presupuesto de egresos para el ejercicio fiscal 2019"],
    ["Por Programa Presupuestario y Capítulo de Gasto"],
    [
        "Programa Presupuestario",
        "Servicios Personales",
        "Materiales y Suministros",
        "Servicios Generales",
        "Total General",
    ],
    ["015 Modernización del Registro Civil", 0, 126773, 907000, 4182773],
    [
        "024 Atención y Seguimiento de los Asuntos Jurídicos del Gobierno del Estado",
        21235654,
        535925,
        1018245,
        25378824,
    ],
]


def test_a_budgets_chapters_of_services_are_no_people_assisted(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "mx_jalisco_presupuesto_2019_programa_capitulo.xlsx", {"Datos": BUDGET}
    )
    out = read(path, country="MX")
    by_cell = {o.source_locator: o for o in out}
    # 21,235,654 pesos of salaries ("Servicios Personales"): an amount, never 21 million people
    salaries = by_cell["Datos!B6"]
    assert (salaries.value, salaries.unit) == (21235654, "MXN")
    assert salaries.indicator_id != "personas_asistidas"
    assert by_cell["Datos!D5"].value == 907000
    assert "personas_asistidas" not in {o.indicator_id for o in out}


# ec_inec_egresos_abuso_sexual_t742_mujeres_etnia_2019_2024.csv (shared corpus): a hospital's
# discharges of women abused sexually (diagnosis T74.2), by ethnicity
DISCHARGES = """\
etnia,2019,2020,2021,2022,2023,2024,total_acumulado,porcentaje
Mestizo/a,166,116,136,191,276,304,1189,81.05
Indígena,55,24,27,40,43,50,239,16.29
Otro/a,5,0,1,0,3,0,9,0.61
"""


def test_a_hospitals_discharges_are_no_complaints(tmp_path: Path) -> None:
    name = "ec_inec_egresos_abuso_sexual_t742_mujeres_etnia_2019_2024.csv"
    out = read(write(tmp_path, name, DISCHARGES), country="EC")
    first = {(o.breakdown_value, o.period_start, o.period_end): o.value for o in out}
    assert first[("Mestizo/a", "2019-01-01", "2019-12-31")] == 166
    assert "denuncias_violencia" not in {o.indicator_id for o in out}


# cr_oij_homicidios_femicidio_violencia_domestica_2015_2024.csv (the shared corpus): its 26
# rows of 2019, 12 femicides and 14 homicides in domestic violence (men among them)
OIJ = """\
Date;Delito;SubDelito;Fecha;Victima;SubVictima;Edad;Sexo;Nacionalidad;Provincia;Canton;Distrito
2019;HOMICIDIO;FEMICIDIO;25/11/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;MUJER;COSTA RICA;LIMON;GUACIMO;GUACIMO
2019;HOMICIDIO;FEMICIDIO;1/11/2019;PERSONA;PEATON [PERSONA];Mayor de edad;MUJER;COSTA RICA;HEREDIA;BARVA;SAN PABLO
2019;HOMICIDIO;FEMICIDIO;5/10/2019;PERSONA;MENOR DE EDAD [PERSONA];Mayor de edad;MUJER;COSTA RICA;PUNTARENAS;GOLFITO;JIMENEZ
2019;HOMICIDIO;FEMICIDIO;5/10/2019;PERSONA;MENOR DE EDAD [PERSONA];Menor de edad;MUJER;COSTA RICA;PUNTARENAS;GOLFITO;JIMENEZ
2019;HOMICIDIO;FEMICIDIO;5/8/2019;PERSONA;PEATON [PERSONA];Mayor de edad;MUJER;COSTA RICA;PUNTARENAS;COTO BRUS;AGUA BUENA
2019;HOMICIDIO;FEMICIDIO;3/5/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;MUJER;COSTA RICA;GUANACASTE;SANTA CRUZ;SANTA CRUZ
2019;HOMICIDIO;FEMICIDIO;1/5/2019;PERSONA;PEATON [PERSONA];Desconocido;MUJER;NICARAGUA;ALAJUELA;SAN CARLOS;POCOSOL
2019;HOMICIDIO;FEMICIDIO;25/4/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;MUJER;COSTA RICA;LIMON;POCOCI;ROXANA
2019;HOMICIDIO;FEMICIDIO;26/3/2019;PERSONA;PEATON [PERSONA];Mayor de edad;MUJER;COSTA RICA;PUNTARENAS;GOLFITO;GOLFITO
2019;HOMICIDIO;FEMICIDIO;9/3/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;MUJER;NICARAGUA;SAN JOSE;DESAMPARADOS;SAN JUAN DE DIOS
2019;HOMICIDIO;FEMICIDIO;9/3/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;HOMBRE;NICARAGUA;SAN JOSE;DESAMPARADOS;SAN JUAN DE DIOS
2019;HOMICIDIO;FEMICIDIO;12/2/2019;PERSONA;PEATON [PERSONA];Mayor de edad;MUJER;COSTA RICA;GUANACASTE;SANTA CRUZ;SANTA CRUZ
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;9/12/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;LIMON;TALAMANCA;SIXAOLA
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;2/12/2019;PERSONA;PEATON [PERSONA];Desconocido;HOMBRE;COLOMBIA;ALAJUELA;ALAJUELA;SAN ANTONIO
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;1/12/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;MUJER;COSTA RICA;SAN JOSE;SAN JOSE;PAVAS
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;10/11/2019;PERSONA;PEATON [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;SAN JOSE;PURISCAL;MERCEDES SUR
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;17/10/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;HOMBRE;NICARAGUA;LIMON;POCOCI;GUAPILES
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;17/8/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;SAN JOSE;GOICOECHEA;IPIS
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;1/7/2019;PERSONA;DROGADICTO [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;CARTAGO;PARAISO;SANTIAGO
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;26/5/2019;PERSONA;MENOR DE EDAD [PERSONA];Menor de edad;HOMBRE;COSTA RICA;ALAJUELA;ALAJUELA;GUACIMA
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;11/5/2019;PERSONA;PEATON [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;CARTAGO;CARTAGO;SAN FRANCISCO
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;9/5/2019;PERSONA;MENOR DE EDAD [PERSONA];Menor de edad;HOMBRE;EL SALVADOR;ALAJUELA;ALAJUELA;SABANILLA
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;7/5/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Desconocido;HOMBRE;COSTA RICA;SAN JOSE;ALAJUELITA;SAN FELIPE
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;25/2/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;LIMON;POCOCI;CARIARI
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;21/2/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;MUJER;COSTA RICA;LIMON;POCOCI;RITA
2019;HOMICIDIO;VIOLENCIA DOMÉSTICA;5/2/2019;PERSONA;OTRO O INDETERMINADO [PERSONA];Mayor de edad;HOMBRE;COSTA RICA;SAN JOSE;GOICOECHEA;PURRAL
"""


def test_a_title_naming_one_offence_of_several_names_no_total(tmp_path: Path) -> None:
    # the file's name says "femicidio", its SubDelito holds femicides and homicides in domestic
    # violence: the 26 homicides are no 26 femicides, nor the 14 of domestic violence
    name = "cr_oij_homicidios_femicidio_violencia_domestica_2015_2024.csv"
    out = read(write(tmp_path, name, OIJ), country="CR")
    assert out
    assert {o.indicator_id for o in out} == {"sin_clasificar"}
    label = "cr oij homicidios femicidio violencia domestica 2015 2024"
    assert {o.indicator_label.split(":")[0] for o in out} == {label}
    assert sum(o.value for o in out if o.breakdown_dimension == "_T") == 26
    by_offence: dict[str, float] = {}
    for o in out:  # each offence's cases by province, summed
        if o.breakdown_value in {"FEMICIDIO", "VIOLENCIA DOMÉSTICA"}:
            by_offence[o.breakdown_value] = by_offence.get(o.breakdown_value, 0) + o.value
    assert by_offence == {"FEMICIDIO": 12, "VIOLENCIA DOMÉSTICA": 14}


def test_a_register_of_one_offence_keeps_its_indicator(tmp_path: Path) -> None:
    # the same file's femicides alone: every row the offence its name says
    rows = [r for r in OIJ.splitlines() if "VIOLENCIA DOM" not in r]
    out = read(write(tmp_path, "cr_oij_femicidio_2019.csv", "\n".join(rows) + "\n"), country="CR")
    assert {o.indicator_id for o in out} == {"femicidios"}
    assert sum(o.value for o in out if o.breakdown_dimension == "_T") == 12
