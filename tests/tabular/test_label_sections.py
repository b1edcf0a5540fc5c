"""Label-value lists in sections, from the sixteenth development set
(tests/acceptance/corpus_dev16): INEGI's deaths of women by homicide as summarised, a
"Variable" | "Valor" list whose rows "Entidad" | "Entidad_%" open a section of shares (the
states', then schooling's, place's, kinship's ...), with the year's total above the first
section; the same long by year ("Año" | "Variable" | "Valor"). And the Dominican PGR's
provinces as its tables write them. The rows are the real files' cells, cut short.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import read, workbook, write

from genero_etl.tabular import layout

PROFILE_2019 = """,Variable,Valor
0,Total anual,7786
1,Entidad,Entidad_%
2,México,12.1
3,Guanajuato,10.3
4,Jalisco,6.7
5,Lugar,Lugar_%
6,Vía pública,51.3
7,Hogar,18.8
8,Embarazo,Embarazo_%
9,No,32.2
10,No especificado ,52.8
11,Violencia Familiar,Violencia Familiar_%
12,No especificado,99.1
13,Parentesco c/agresor,Parentesco c/agresor_%
14,No especificado,99.1
15,Familia nuclear,0.6
16,Estado Civil,Civil_%
17,Soltera,43.2
"""

PROFILE_BY_YEAR = """Año,Variable,Valor
2015,Total anual,4766
2015,Entidad,Entidad_%
2015,Mexico,17
2015,Guerrero,9.2
2015,Lugar,Lugar_%
2015,via publica,44.7
2015,Parentesco c/agresor,Parentesco c/agresor_%
2015,no especificado,94.1
2015,72,1.8
2016,Total anual,5626
2016,Entidad,Entidad_%
2016,Mexico,15
2016,Lugar,Lugar_%
2016,via publica,48.5
2016,Parentesco c/agresor,Parentesco c/agresor_%
2016,no especificado,94.8
"""


def test_sections_are_breakdowns_of_shares_and_their_states_places(tmp_path: Path) -> None:
    path = write(tmp_path, "def19_r_femeninas.csv", PROFILE_2019)
    rows = {r.source_locator: r for r in read(path, country="MX", period="2019")}
    total = rows["C2"]  # above every section: the year's deaths, a count
    assert (total.value, total.unit, total.admin1) == (7786, "", "")
    assert total.breakdown_dimension == "_T"
    state = rows["C4"]  # "México" under "Entidad": the State of Mexico's share
    assert (state.value, state.unit, state.admin1) == (pytest.approx(12.1), "%", "MX-MEX")
    assert (state.breakdown_dimension, state.period_start) == ("_T", "2019-01-01")
    street = rows["C8"]
    assert (street.value, street.unit) == (pytest.approx(51.3), "%")
    assert (street.breakdown_dimension, street.breakdown_value) == ("sitio_hecho", "Vía pública")
    assert street.admin1 == ""
    # "No especificado" in three sections: three shares of three things, never one sum
    unknown = sorted(
        (r.breakdown_dimension, r.value)
        for r in rows.values()
        if "especificado" in r.breakdown_value
    )
    assert unknown == [
        ("embarazo", pytest.approx(52.8)),
        ("vinculo", pytest.approx(99.1)),
        ("violencia_familiar", pytest.approx(99.1)),
    ]
    assert rows["C19"].breakdown_dimension == "estado_civil"  # "Estado Civil" | "Civil_%"
    # the headings are no values, the row numbers neither
    assert not [r for r in rows.values() if r.value in (1, 5, 8, 11, 13, 16)]
    assert len(rows) == 12


def test_sections_by_year_end_with_their_year(tmp_path: Path) -> None:
    path = write(tmp_path, "def1519_c_femeninas.csv", PROFILE_BY_YEAR)
    rows = {r.source_locator: r for r in read(path, country="MX")}
    total_2016 = rows["C11"]  # after 2015's last section: 2016's count, not a share of kinship
    assert (total_2016.value, total_2016.unit, total_2016.period_start) == (
        5626,
        "",
        "2016-01-01",
    )
    assert total_2016.breakdown_dimension == "_T"
    guerrero = rows["C5"]
    assert (guerrero.value, guerrero.unit, guerrero.admin1, guerrero.period_start) == (
        pytest.approx(9.2),
        "%",
        "MX-GRO",
        "2015-01-01",
    )
    street_2016 = rows["C15"]
    assert (street_2016.value, street_2016.breakdown_value, street_2016.period_start) == (
        pytest.approx(48.5),
        "via publica",
        "2016-01-01",
    )
    coded = rows["C10"]  # a category written as its code: its share, never the code a value
    assert (coded.value, coded.breakdown_dimension, coded.breakdown_value) == (
        pytest.approx(1.8),
        "vinculo",
        "72",
    )
    assert not [r for r in rows.values() if r.value in (72, 2015, 2016)]
    assert len(rows) == 10


def test_a_section_heading_is_no_new_table() -> None:
    assert layout.heads_section("Entidad", "Entidad_%")
    assert layout.heads_section("Estado Civil", "Civil_%")
    assert layout.heads_section("Lugar", "%")
    assert not layout.heads_section("Vía pública", "51.3")
    assert not layout.heads_section("Mujeres", "Hombres")
    assert layout._section_row({0: 2015, 1: "Escolaridad", 2: "Escolaridad_%"})
    assert not layout._section_row({0: "Año", 1: "Variable", 2: "Valor"})


def test_dominican_provinces_as_the_pgr_writes_them(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "feminicide_homicide_wrangled.xlsx",
        {
            "Sheet1": [
                ["Provincia", "Feminicidio Íntimo", "Riña"],
                ["Bahoruco", 2, 3],
                ["Hermana Mirabal", 2, 1],
                ["Hermanas Mirabal", 0, 0],
                ["Montecristi", 5, 1],
                ["San Juan de la Maguana", 5, 5],
                ["Santiago de los Caballeros", 17, 12],
                ["Santo Domingo", 70, 35],
            ]
        },
    )
    rows = {r.source_locator: r for r in read(path, country="DO")}
    assert (rows["Sheet1!B2"].admin1, rows["Sheet1!B2"].value) == ("DO-03", 2)
    assert (rows["Sheet1!B5"].admin1, rows["Sheet1!B5"].value) == ("DO-15", 5)
    assert (rows["Sheet1!C6"].admin1, rows["Sheet1!C6"].value) == ("DO-22", 5)
    assert (rows["Sheet1!C7"].admin1, rows["Sheet1!C7"].value) == ("DO-25", 12)
    # one province written two ways, on two rows: its figure is their sum
    mirabal = rows["Sheet1!B3+B4"]
    assert (mirabal.admin1, mirabal.value) == ("DO-19", 2)
    assert not [r for r in rows.values() if r.breakdown_dimension.startswith("lugar")]
