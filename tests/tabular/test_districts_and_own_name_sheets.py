"""Files of the twenty-fifth development set (tests/acceptance/corpus_dev25), their real cells.

Argentina's national party lists per electoral "distrito" ("caba", "chaco", "tierra del
fuego aias"): a district of the national elections is a province, whatever the header's word
means elsewhere (Peru's district is a municipality); and "listas encabezadas por mujeres"
beside "listas competitivas encabezadas por mujeres" are two measures of women, never two
values of one breakdown by sex. Mexico's SESNSP report of 2016 gives a sheet per state beside a
"Nacional" one; the State of México's is titled "México, 2016", the country's own name: its
sheet's name ("15. Méx", INEGI's code 15) says which.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, rows, staged_file, workbook, write

from genero_etl.tabular.semantic import own_name_region

# dataista-studio/datagenero-candidatas, datos/f2f3-nacional-hcs.csv (whole file)
SENATE_LISTS = """distrito,listas,listas encabezadas por mujeres,listas competitivas encabezadas por mujeres
caba,14,3,1
chaco,10,1,0
entre rios,7,2,1
neuquen,8,3,3
rio negro,7,3,1
salta,8,3,1
santiago del estero,5,0,0
tierra del fuego aias,7,1,1
"""


def test_an_electoral_district_that_is_a_province(tmp_path: Path) -> None:
    out = read(write(tmp_path, "ar_listas_senado.csv", SENATE_LISTS), country="AR")
    assert len(out) == 24
    by_cell = {o.source_locator: o for o in out}
    assert (by_cell["B2"].admin1, by_cell["B2"].value) == ("AR-C", 14)
    assert (by_cell["B3"].admin1, by_cell["B3"].value) == ("AR-H", 10)
    assert (by_cell["C9"].admin1, by_cell["C9"].value) == ("AR-V", 1)
    assert (by_cell["D5"].admin1, by_cell["D5"].value) == ("AR-Q", 3)
    assert not [o for o in out if o.municipality]


def test_two_measures_of_women_keep_their_names(tmp_path: Path) -> None:
    out = read(write(tmp_path, "ar_listas_senado.csv", SENATE_LISTS), country="AR")
    caba = {o.source_locator: o for o in out if o.admin1 == "AR-C"}
    headed, competitive = caba["C2"], caba["D2"]
    assert (headed.value, competitive.value) == (3, 1)
    assert headed.indicator_label == "listas encabezadas por mujeres"
    assert competitive.indicator_label == "listas competitivas encabezadas por mujeres"
    keys = {(o.indicator_label, o.admin1, o.breakdown_dimension, o.breakdown_value) for o in out}
    assert len(keys) == 24  # no two values under one key


def test_a_district_of_municipalities_stays_one(tmp_path: Path) -> None:
    # Lambayeque's districts (Chiclayo, Ferreñafe, Lambayeque): one of them shares its
    # region's name, the others do not; the column is of municipalities
    text = "distrito,casos\nCHICLAYO,924\nFERREÑAFE,57\nLAMBAYEQUE,131\n"
    out = read(write(tmp_path, "pe_casos_distrito_2017.csv", text), country="PE")
    assert {(o.municipality_code, o.value) for o in out} == {
        ("140101", 924),
        ("140201", 57),
        ("140301", 131),
    }


def _sesnsp_sheet(place: str, femicide: list[int], family: list[int]) -> list[list[object]]:
    months = ["Enero ", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio ", "Agosto"]
    months += ["Septiembre", "Octubre", "Noviembre", "Diciembre", "Total"]
    return [
        [None, "SECRETARIADO EJECUTIVO DEL SISTEMA NACIONAL DE SEGURIDAD PÚBLICA"],
        [None, "CENTRO NACIONAL DE INFORMACIÓN"],
        [
            None,
            "INSTRUMENTO PARA EL REGISTRO, CLASIFICACIÓN Y REPORTE DE DELITOS Y LAS VÍCTIMAS CNSP/38/15",
        ],
        [],
        [None, "Incidencia delictiva del fuero común1/"],
        [None, f"{place}, 2016"],
        [None, "I. Clasificación de delitos", None, None, None, None, None, "Mes"],
        [None, "Bien jurídico afectado", "Clave", "Tipo de delito, subtipo y modalidad"]
        + [None] * 3
        + months,
        [None, "La vida y la Integridad", 1.3, "Feminicidio", None, None, None, *femicide],
        [None, "La familia", 5.1, "Violencia familiar", None, None, None, *family],
        [],
        [
            None,
            "1/ La incidencia delictiva se refiere a la presunta ocurrencia de delitos registrados en carpetas de investigación iniciadas.",
        ],
        [
            None,
            "Datos preliminares al 20 de febrero de 2020, con corte al 31 de diciembre de 2016.",
        ],
    ]


# MarcelaGuerra/violencia_familiar_covidmx, 3_Sesnsp/CNSP-Delitos-2016.xlsx, rows 35 and 125
NATIONAL = _sesnsp_sheet(
    "Nacional",
    [38, 47, 68, 55, 51, 57, 43, 43, 53, 46, 57, 46, 604],
    [9916, 11784, 12516, 14111, 15216, 14695, 13096, 13110, 13375, 12260, 11640, 11862, 153581],
)
STATE_OF_MEXICO = _sesnsp_sheet(
    "México",
    [6, 4, 8, 5, 5, 9, 6, 4, 3, 4, 1, 1, 56],
    [280, 417, 410, 507, 565, 414, 424, 423, 483, 429, 390, 419, 5161],
)


def test_a_state_titled_by_the_countrys_name(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "CNSP-Delitos-2016.xlsx", {"Nacional": NATIONAL, "15. Méx": STATE_OF_MEXICO}
    )
    out = rows(staged_file(path, country="MX"))
    state = [o for o in out if o.source_locator.startswith("15. Méx!")]
    nation = [o for o in out if o.source_locator.startswith("Nacional!")]
    assert state and nation
    assert {o.admin1 for o in state} == {"MX-MEX"}
    assert {o.admin1 for o in nation} == {""}
    may = {o.value for o in state if o.period_start == "2016-05-01"}
    assert may == {5, 565}
    assert {o.value for o in nation if o.period_start == "2016-05-01"} == {51, 15216}
    assert not [o for o in out if "hoja" in o.breakdown_dimension]


def test_the_countrys_name_alone_stays_the_country() -> None:
    title = "Incidencia delictiva del fuero común1/ / México, 2016"
    assert own_name_region(title, "15. Méx", "MX") == "MX-MEX"
    assert own_name_region(title, "Hoja1", "MX") == ""  # no code: the nation
    assert own_name_region(title, "09. CDMX", "MX") == ""  # the code of another state
    # Guatemala's department of Guatemala is code 01: a sheet per department says so
    assert own_name_region("Guatemala, 2020", "01. Gua", "GT") == "GT-01"
    assert own_name_region("Guatemala, 2020", "Cuadro 1", "GT") == ""
