"""Registers of the twenty-fourth development set (tests/acceptance/corpus_dev24), their real
cells. Costa Rica's judicial police lists the victims of assaults one per row in words and
dates only (the kind of assault, the date, the age in words, the sex, the province, canton
and district): no cell is a number, so every row reads like a header row, and the register's
header is its first row, not the last of the rows searched for one (its first 39 victims were
lost, and the next row's cells taken for the columns' names). Ecuador's interior ministry
gives each homicide's coordinates under "Coord. Y" and "Coord. X" (and again under "... Rev"),
as text with a decimal comma or as numbers, their trailing zeros dropped: never values,
whatever the header.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.tabular.staged import read, workbook, write

from genero_etl.tabular import layout

# OIJ_estadisticas_2015.csv (rjgarbanzo/VisualizacionT2): its header and first 45 rows
ASSAULTS = """\
Delito,SubDelito,Fecha,Victima,SubVictima,Edad,Genero,Nacionalidad,Provincia,Canton,Distrito,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,CARMEN,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,PASAJERO DE TRANSPORTE PUBLICO [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SANTA ANA,POZOS,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,ALAJUELA,ALAJUELA,ALAJUELA,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,GUANACASTE,LIBERIA,LIBERIA,
ASALTO,ARMA BLANCA,2015-01-06,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,MONTES DE OCA,SAN PEDRO,
ASALTO,ARMA BLANCA,2015-01-09,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,HEREDIA,HEREDIA,SAN FRANCISCO,
ASALTO,ARMA BLANCA,2015-01-08,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,HEREDIA,SAN ISIDRO,SAN FRANCISCO,
ASALTO,ARMA BLANCA,2015-01-08,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,CARTAGO,EL GUARCO,EL TEJAR,
ASALTO,ARMA BLANCA,2015-01-08,PERSONA,PEATON [PERSONA],Menor de edad,HOMBRE,COSTA RICA,GUANACASTE,LIBERIA,LIBERIA,
ASALTO,ARMA BLANCA,2015-01-12,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,GUANACASTE,SANTA CRUZ,TAMARINDO,
ASALTO,ARMA BLANCA,2015-01-10,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,HEREDIA,SARAPIQUI,HORQUETAS,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,CARTAGO,LA UNION,SAN RAFAEL,
ASALTO,ARMA BLANCA,2015-01-09,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,CARTAGO,CARTAGO,OCCIDENTAL,
ASALTO,ARMA BLANCA,2015-01-08,PERSONA,GUARDA [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,ALAJUELA,NARANJO,SAN JERONIMO,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,NICARAGUA,ALAJUELA,UPALA,DOS RIOS,
ASALTO,ARMA BLANCA,2015-01-07,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,TIBAS,CINCO ESQUINAS,
ASALTO,ARMA BLANCA,2015-01-08,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,PUNTARENAS,ESPARZA,ESPIRITU SANTO,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,MENOR DE EDAD [PERSONA],Menor de edad,HOMBRE,Desconocido,ALAJUELA,UPALA,UPALA,
ASALTO,ARMA BLANCA,2015-01-07,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,SAN SEBASTIAN,
ASALTO,ARMA BLANCA,2015-01-10,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,ALEMANIA,SAN JOSE,SAN JOSE,CARMEN,
ASALTO,ARMA BLANCA,2015-01-06,PERSONA,EMPRESARIO/COMERCIANTE [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,ALAJUELA,ALAJUELA,SABANILLA,
ASALTO,ARMA BLANCA,2015-01-10,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,ALAJUELA,ALAJUELA,RIO SEGUNDO,
ASALTO,ARMA BLANCA,2015-01-11,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,GUANACASTE,LIBERIA,LIBERIA,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,MERCED,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,MERCED,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,HEREDIA,SANTA BARBARA,SANTA BARBARA,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,URUCA,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,SAN JOSE,SAN JOSE,HATILLO,
ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,LIMON,SIQUIRRES,SIQUIRRES,
ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Adulto Mayor,HOMBRE,COSTA RICA,LIMON,POCOCI,GUAPILES,
ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,HEREDIA,FLORES,SAN JOAQUIN,
ASALTO,ARMA BLANCA,2015-01-02,PERSONA,PEATON [PERSONA],Menor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,HOSPITAL,
ASALTO,ARMA BLANCA,2015-01-04,PERSONA,PEATON [PERSONA],Menor de edad,MUJER,COSTA RICA,HEREDIA,HEREDIA,SAN FRANCISCO,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,ALAJUELA,SAN CARLOS,PITAL,
ASALTO,ARMA BLANCA,2015-01-05,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,PURISCAL,SANTIAGO,
ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,GUANACASTE,CANAS,CANAS,
ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,NICARAGUA,HEREDIA,HEREDIA,SAN FRANCISCO,
ASALTO,ARMA BLANCA,2015-01-05,PERSONA,CLIENTE LOCAL COMERCIAL [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,ALAJUELA,ALAJUELA,ALAJUELA,
ASALTO,ARMA BLANCA,2015-01-01,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COLOMBIA,HEREDIA,HEREDIA,HEREDIA,
ASALTO,ARMA BLANCA,2015-01-04,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,HEREDIA,SAN ISIDRO,SAN ISIDRO,
ASALTO,ARMA BLANCA,2015-01-04,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,SAN JOSE,SAN JOSE,ZAPOTE,
ASALTO,ARMA BLANCA,2015-01-03,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,SAN JOSE,SAN JOSE,URUCA,
ASALTO,ARMA BLANCA,2015-01-04,PERSONA,PEATON [PERSONA],Mayor de edad,HOMBRE,COSTA RICA,CARTAGO,LA UNION,TRES RIOS,
ASALTO,ARMA BLANCA,2015-01-04,PERSONA,PEATON [PERSONA],Menor de edad,HOMBRE,COSTA RICA,SAN JOSE,ESCAZU,SAN ANTONIO,
ASALTO,ARMA BLANCA,2015-01-06,PERSONA,PEATON [PERSONA],Mayor de edad,MUJER,COSTA RICA,GUANACASTE,CANAS,CANAS,
"""


def test_a_register_of_words_keeps_its_first_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the register has 11,789 rows: more than a sheet cut into several tables (5,000), so its
    # header is searched in its first 40 rows only; the same path over its first 45 rows
    monkeypatch.setattr(layout, "FULL_SCAN", 40)
    out = read(write(tmp_path, "oij_2015.csv", ASSAULTS), country="CR")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 45
    assert {(o.period_start, o.period_end) for o in totals} == {("2015-01-01", "2015-01-31")}
    by_province = {o.admin1: o.value for o in totals}
    assert by_province == {
        "CR-SJ": 15, "CR-H": 9, "CR-A": 8, "CR-G": 6, "CR-C": 4, "CR-L": 2, "CR-P": 1,
    }  # fmt: skip
    sexes: dict[str, float] = {}
    for o in out:
        if o.breakdown_dimension == "sexo":
            sexes[o.breakdown_value] = sexes.get(o.breakdown_value, 0) + o.value
    assert sexes == {"varones": 31, "mujeres": 14}
    # no column is named after a victim's cells ("HOMBRE", "HEREDIA")
    assert not [o for o in out if "HOMBRE" in o.breakdown_dimension]


def test_a_short_register_of_words_is_counted_from_its_first_row(tmp_path: Path) -> None:
    # a sheet short enough to be read whole: the same, every row a case
    short = "\n".join(ASSAULTS.splitlines()[:31]) + "\n"
    out = read(write(tmp_path, "oij_2015.csv", short), country="CR")
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 30


# Muertes_Violentas_Guayaquil_Nuevos_Solo_2024_2026.xlsx
# (mauricio9020/prediccion-homicidios-guayaquil): its first 30 victims, twelve of its 40
# columns; "Coord. Y" is text with a decimal comma, "Coord. X" a number, as in the workbook
GUAYAQUIL_HEAD = [
    "Tipo Muert.", "Distrito", "Cod. Subcircu", "Subcircuito", "Cantón", "Coord. Y", "Coord. X",
    "Fecha Infracción", "Hora Infracción", "Edad", "Sexo", "Anio_i",
]  # fmt: skip
GUAYAQUIL = [
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C05S05",
        "TRINITARIA SUR 5",
        "GUAYAQUIL",
        "-2,23533",
        -79.93585,
        dt.date(2024, 1, 1),
        "02:00:00",
        22,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C02S03",
        "UNIÓN DE BANANEROS 3",
        "GUAYAQUIL",
        "-2,26055",
        -79.88378,
        dt.date(2024, 1, 1),
        "02:30:00",
        45,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "FLORIDA",
        "09D06C05S01",
        "FLORIDA 1",
        "GUAYAQUIL",
        "-2,13557",
        -79.94668,
        dt.date(2024, 1, 1),
        "02:32:00",
        23,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C05S03",
        "TRINITARIA SUR 3",
        "GUAYAQUIL",
        "-2,24167",
        -79.92401,
        dt.date(2024, 1, 1),
        "04:30:00",
        24,
        "MUJER",
        2024,
    ],
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C05S03",
        "TRINITARIA SUR 3",
        "GUAYAQUIL",
        "-2,24167",
        -79.92401,
        dt.date(2024, 1, 1),
        "04:30:00",
        24,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C03S01",
        "FLORESTA 1",
        "GUAYAQUIL",
        "-2,25499",
        -79.87718,
        dt.date(2024, 1, 1),
        "05:16:00",
        18,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C03S01",
        "FLORESTA 1",
        "GUAYAQUIL",
        "-2,25499",
        -79.87718,
        dt.date(2024, 1, 1),
        "05:16:00",
        17,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C01S03",
        "GUASMO 3",
        "GUAYAQUIL",
        "-2,27661",
        -79.8952,
        dt.date(2024, 1, 1),
        "06:00:00",
        18,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "PROGRESO",
        "09D10C03S01",
        "PROGRESO 1",
        "GUAYAQUIL",
        "-2,45862",
        -80.28356,
        dt.date(2024, 1, 1),
        "07:00:00",
        49,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "NUEVA PROSPERINA",
        "09D08C04S08",
        "FLOR DE BASTIÓN 8",
        "GUAYAQUIL",
        "-2,0939",
        -79.9588,
        dt.date(2024, 1, 1),
        "10:15:00",
        38,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C03S02",
        "FLORESTA 2",
        "GUAYAQUIL",
        "-2,25459",
        -79.88848,
        dt.date(2024, 1, 1),
        "12:00:00",
        21,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "PORTETE",
        "09D04C05S01",
        "BATALLÓN DEL SUBURBIO 1",
        "GUAYAQUIL",
        "-2,2248",
        -79.94542,
        dt.date(2024, 1, 1),
        "14:00:00",
        30,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "PORTETE",
        "09D04C02S01",
        "CHALA 1",
        "GUAYAQUIL",
        "-2,20465",
        -79.91488,
        dt.date(2024, 1, 1),
        "15:00:00",
        44,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "9 DE OCTUBRE",
        "09D03C05S02",
        "VENEZUELA 2",
        "GUAYAQUIL",
        "-2,20491",
        -79.89844,
        dt.date(2024, 1, 1),
        "19:12:00",
        68,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "9 DE OCTUBRE",
        "09D03C07S03",
        "CRISTO DEL CONSUELO 3",
        "GUAYAQUIL",
        "-2,21696",
        -79.90752,
        dt.date(2024, 1, 1),
        "19:30:00",
        21,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "9 DE OCTUBRE",
        "09D03C07S03",
        "CRISTO DEL CONSUELO 3",
        "GUAYAQUIL",
        "-2,21696",
        -79.90752,
        dt.date(2024, 1, 1),
        "19:30:00",
        21,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C05S03",
        "TRINITARIA SUR 3",
        "GUAYAQUIL",
        "-2,24447",
        -79.92626,
        dt.date(2024, 1, 1),
        "20:35:00",
        21,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C05S03",
        "TRINITARIA SUR 3",
        "GUAYAQUIL",
        "-2,24447",
        -79.92626,
        dt.date(2024, 1, 1),
        "20:35:00",
        41,
        "MUJER",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C03S02",
        "FLORESTA 2",
        "GUAYAQUIL",
        "-2,25251",
        -79.88669,
        dt.date(2024, 1, 1),
        "21:00:00",
        37,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "NUEVA PROSPERINA",
        "09D08C05S06",
        "MONTE SINAÍ 6",
        "GUAYAQUIL",
        "-2,11566",
        -80.0036,
        dt.date(2024, 1, 1),
        "21:20:00",
        33,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "NUEVA PROSPERINA",
        "09D08C05S01",
        "MONTE SINAÍ 1",
        "GUAYAQUIL",
        "-2,12517",
        -79.99385,
        dt.date(2024, 1, 2),
        "04:02:00",
        54,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "PASCUALES",
        "09D07C06S04",
        "PASCUALES 4",
        "GUAYAQUIL",
        "-2,0738",
        -79.9322,
        dt.date(2024, 1, 2),
        "13:15:00",
        22,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "9 DE OCTUBRE",
        "09D03C07S01",
        "CRISTO DEL CONSUELO 1",
        "GUAYAQUIL",
        "-2,22169",
        -79.9094,
        dt.date(2024, 1, 3),
        "00:05:00",
        18,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C04S04",
        "TRINITARIA NORTE 4",
        "GUAYAQUIL",
        "-2,23323",
        -79.93418,
        dt.date(2024, 1, 3),
        "00:50:00",
        17,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "SUR - DMG",
        "09D01C02S03",
        "UNIÓN DE BANANEROS 3",
        "GUAYAQUIL",
        "-2,26708",
        -79.87702,
        dt.date(2024, 1, 3),
        "03:00:00",
        30,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "9 DE OCTUBRE",
        "09D03C01S04",
        "CHILE 4",
        "GUAYAQUIL",
        "-2,20122",
        -79.88822,
        dt.date(2024, 1, 3),
        "13:00:00",
        29,
        "HOMBRE",
        2024,
    ],
    [
        "FEMICIDIO",
        "9 DE OCTUBRE",
        "09D03C07S03",
        "CRISTO DEL CONSUELO 3",
        "GUAYAQUIL",
        "-2,21644",
        -79.90811,
        dt.date(2024, 1, 3),
        "18:30:00",
        29,
        "MUJER",
        2024,
    ],
    [
        "ASESINATO",
        "ESTEROS",
        "09D02C01S02",
        "ESTEROS 2",
        "GUAYAQUIL",
        "-2,25377",
        -79.89425,
        dt.date(2024, 1, 4),
        "13:20:00",
        69,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "PASCUALES",
        "09D07C04S02",
        "MUCHO LOTE 2",
        "GUAYAQUIL",
        "-2,08446",
        -79.91813,
        dt.date(2024, 1, 4),
        "17:05:00",
        37,
        "HOMBRE",
        2024,
    ],
    [
        "ASESINATO",
        "9 DE OCTUBRE",
        "09D03C06S02",
        "ANTEPARA 2",
        "GUAYAQUIL",
        "-2,21148",
        -79.91069,
        dt.date(2024, 1, 4),
        "19:00:00",
        27,
        "HOMBRE",
        2024,
    ],
]
COORDINATES = ("2.23533", "2,23533", "79.93585", "2.0939", "2,0939", "79.9588", "223533", "7993585")


def _no_coordinate(out: list) -> None:
    text = " ".join(f"{o.value} {o.value_raw} {o.source_text} {o.breakdown_value}" for o in out)
    for coordinate in COORDINATES:
        assert coordinate not in text
    assert not [o for o in out if not float(o.value).is_integer()]


def test_police_coordinates_are_never_values(tmp_path: Path) -> None:
    path = workbook(tmp_path / "guayaquil.xlsx", {"Sheet1": [GUAYAQUIL_HEAD, *GUAYAQUIL]})
    out = read(path, country="EC")
    assert out
    _no_coordinate(out)
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 30
    women = [o for o in out if o.breakdown_value.endswith("mujeres")]
    assert sum(o.value for o in women) == 3


def test_coordinates_without_their_trailing_zeros_under_x_and_y(tmp_path: Path) -> None:
    # the same cells headed "Y" and "X" only: one "Coord. X" in six shows four decimals or
    # fewer ("-79.8952", "-80.0036"), one "Coord. Y" in ten ("-2,0939")
    head = [*GUAYAQUIL_HEAD[:5], "Y", "X", *GUAYAQUIL_HEAD[7:]]
    path = workbook(tmp_path / "guayaquil.xlsx", {"Sheet1": [head, *GUAYAQUIL]})
    out = read(path, country="EC")
    assert out
    _no_coordinate(out)


def test_a_coordinates_abbreviated_header_is_a_persons_data() -> None:
    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    lex = load_lexicon()
    values = [row[6] for row in GUAYAQUIL[:10]]  # too few cells to tell them by their shape
    data = pd.DataFrame({0: values})
    for header in ("Coord. X", "Coord. X Rev", "coord_y"):
        role = infer_roles([profile_column(data, 0, header, lex)], lex)[0]
        assert role.role == "personal", header


# mdi_homicidiosintencionales_pm_2023_enero_septiembre.csv (StevenSsj1/Dataton): its first 30
# victims, thirteen of its 21 columns, the day of the date and the minute of the hour also
# written in columns of their own ("Dia", "Minuto"), as registers of cases write the parts of
# a date beside it
DAY_AND_MINUTE = """\
Tipo Muert.;Provincia;Cantón;Fecha Infracción;Dia;Hora Infracción;Minuto;Arma;Edad;Sexo;Anio_i;Mes_i;cod_cantón
ASESINATO;PICHINCHA;QUITO;1/1/2023;1;03:00;00;ARMA DE FUEGO;45;HOMBRE;2023;enero;1701
ASESINATO;LOS RIOS;URDANETA;1/1/2023;1;04:45;45;ARMA DE FUEGO;25;HOMBRE;2023;enero;1206
HOMICIDIO;LOS RIOS;QUEVEDO;1/1/2023;1;09:45;45;ARMA DE FUEGO;38;MUJER;2023;enero;1205
HOMICIDIO;PICHINCHA;QUITO;1/1/2023;1;05:00;00;ARMA CONTUNDENTE;33;HOMBRE;2023;enero;1701
ASESINATO;GUAYAS;NARANJITO;1/1/2023;1;06:00;00;ARMA DE FUEGO;25;MUJER;2023;enero;0912
ASESINATO;MANABI;PEDERNALES;1/1/2023;1;07:00;00;ARMA DE FUEGO;30;HOMBRE;2023;enero;1317
ASESINATO;GUAYAS;GUAYAQUIL;1/1/2023;1;00:15;15;ARMA DE FUEGO;43;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;GUAYAQUIL;1/1/2023;1;00:15;15;ARMA DE FUEGO;3;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;DURAN;1/1/2023;1;03:25;25;ARMA DE FUEGO;26;HOMBRE;2023;enero;0907
ASESINATO;MANABI;PORTOVIEJO;1/1/2023;1;05:50;50;ARMA DE FUEGO;24;HOMBRE;2023;enero;1301
ASESINATO;GUAYAS;BALZAR;1/1/2023;1;17:20;20;ARMA DE FUEGO;23;HOMBRE;2023;enero;0904
ASESINATO;GUAYAS;BALZAR;1/1/2023;1;21:30;30;ARMA DE FUEGO;23;HOMBRE;2023;enero;0904
ASESINATO;LOS RIOS;QUEVEDO;1/1/2023;1;18:55;55;ARMA DE FUEGO;26;HOMBRE;2023;enero;1205
HOMICIDIO;LOS RIOS;BABAHOYO;1/1/2023;1;22:10;10;ARMA BLANCA;63;HOMBRE;2023;enero;1201
ASESINATO;LOS RIOS;BABAHOYO;1/1/2023;1;21:00;00;ARMA DE FUEGO;22;HOMBRE;2023;enero;1201
HOMICIDIO;LOS RIOS;BABAHOYO;1/1/2023;1;11:30;30;ARMA BLANCA;42;HOMBRE;2023;enero;1201
ASESINATO;GUAYAS;GUAYAQUIL;1/1/2023;1;06:20;20;ARMA DE FUEGO;18;MUJER;2023;enero;0901
ASESINATO;GUAYAS;GUAYAQUIL;1/1/2023;1;23:20;20;ARMA DE FUEGO;24;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;GUAYAQUIL;2/1/2023;2;01:00;00;ARMA DE FUEGO;33;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;BALZAR;1/1/2023;1;22:40;40;ARMA DE FUEGO;43;HOMBRE;2023;enero;0904
ASESINATO;GUAYAS;ALFREDO BAQUERIZO MORENO;1/1/2023;1;20:00;00;ARMA DE FUEGO;44;HOMBRE;2023;enero;0902
ASESINATO;GUAYAS;GUAYAQUIL;2/1/2023;2;04:20;20;ARMA DE FUEGO;29;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;SIMON BOLIVAR;1/1/2023;1;23:40;40;ARMA DE FUEGO;22;HOMBRE;2023;enero;0922
FEMICIDIO;PICHINCHA;RUMIÑAHUI;2/1/2023;2;19:28;28;ARMA BLANCA;35;MUJER;2023;enero;1705
ASESINATO;ESMERALDAS;ELOY ALFARO;1/1/2023;1;23:30;30;ARMA DE FUEGO;33;HOMBRE;2023;enero;0802
ASESINATO;ESMERALDAS;ESMERALDAS;2/1/2023;2;20:30;30;ARMA DE FUEGO;33;HOMBRE;2023;enero;0801
ASESINATO;ESMERALDAS;ESMERALDAS;2/1/2023;2;20:30;30;ARMA DE FUEGO;38;HOMBRE;2023;enero;0801
ASESINATO;GUAYAS;GUAYAQUIL;2/1/2023;2;19:00;00;ARMA DE FUEGO;22;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;GUAYAQUIL;2/1/2023;2;19:50;50;ARMA DE FUEGO;19;HOMBRE;2023;enero;0901
ASESINATO;GUAYAS;GUAYAQUIL;3/1/2023;3;01:40;40;ARMA DE FUEGO;32;HOMBRE;2023;enero;0901
"""


def test_the_day_and_minute_of_a_case_are_never_counts(tmp_path: Path) -> None:
    # before, "Dia" and "Minuto" were read as values and the register as a wide table: the
    # days and minutes of the 30 homicides were published as counts, each row its own
    out = read(write(tmp_path, "homicidios.csv", DAY_AND_MINUTE), country="EC")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    assert not [o for o in out if o.indicator_label in {"Dia", "Minuto"}]
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 30
    assert sum(o.value for o in totals if o.admin1 == "EC-G") == 16
    assert sum(o.value for o in totals if o.admin1 == "EC-R") == 6
    women = [o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "mujeres"]
    assert sum(o.value for o in women) == 4


def test_numbers_of_one_case_by_their_header() -> None:
    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    lex = load_lexicon()
    rows = [line.split(";") for line in DAY_AND_MINUTE.splitlines()[1:]]
    ages = pd.DataFrame({0: [int(r[8]) for r in rows]})  # whole numbers, 3 to 63
    for header in ("Dia", "DIA_INFRACCION", "Día del hecho", "Minuto", "Anios_sentencia",
                   "Pena (años)", "Sentencia (meses)", "hijos_victima", "Hijos del agresor"):  # fmt: skip
        role = infer_roles([profile_column(ages, 0, header, lex)], lex)[0]
        assert (role.role, role.evidence) == ("personal", "why-personal-numbers"), header
    # the weekday in words is a breakdown; a count of days of sick leave is a value
    weekdays = pd.DataFrame({0: ["jueves", "martes", "domingo", "sábado"] * 6})
    assert infer_roles([profile_column(weekdays, 0, "Dia", lex)], lex)[0].role != "personal"
    leave = infer_roles([profile_column(ages, 0, "Días de incapacidad", lex)], lex)[0]
    assert leave.role == "value"


# the excerpt's coordinates projected (WGS 84, UTM zone 17 South, metres), as registers that
# give each event's place in UTM write them: easting, northing
UTM = [
    (618331, 9752885), (624119, 9750092), (617134, 9763914), (619647, 9752183),
    (619647, 9752183), (624854, 9750706), (624854, 9750706), (622848, 9748318),
    (579651, 9728226), (615789, 9768522), (623597, 9750752), (617267, 9754050),
    (620665, 9756275), (622493, 9756245), (621483, 9754913), (621483, 9754913),
    (619396, 9751874), (619396, 9751874), (623796, 9750981), (610805, 9766119),
    (611889, 9765067), (618749, 9770742), (621273, 9754391), (618516, 9753117),
    (624870, 9749370), (623630, 9756652), (621417, 9754971), (622955, 9750843),
    (620313, 9769562), (621131, 9755519),
]  # fmt: skip


def test_projected_coordinates_are_never_values(tmp_path: Path) -> None:
    for x_head, y_head in (("X", "Y"), ("X_UTM", "Y_UTM")):
        head = [*GUAYAQUIL_HEAD[:5], y_head, x_head, *GUAYAQUIL_HEAD[7:]]
        rows = [[*r[:5], y, x, *r[7:]] for r, (x, y) in zip(GUAYAQUIL, UTM, strict=True)]
        path = workbook(tmp_path / f"utm_{x_head}.xlsx", {"Sheet1": [head, *rows]})
        out = read(path, country="EC")
        assert out, x_head
        assert not [o for o in out if o.value >= 100_000], x_head
        text = " ".join(f"{o.value_raw} {o.source_text} {o.breakdown_value}" for o in out)
        assert "618331" not in text and "9752885" not in text
        totals = [o for o in out if o.breakdown_dimension == "_T"]
        assert sum(o.value for o in totals) == 30, x_head


def test_a_column_most_rows_leave_empty_does_not_name_the_register(tmp_path: Path) -> None:
    # the same 30 homicides with the date of a sentence for one in three (written for the
    # test, as a prosecutors' register of cases has it): before, "Fecha_Sentencia" named the
    # register's indicator, and the 30 homicides were published as 30 convictions
    lines = DAY_AND_MINUTE.splitlines()
    rows = [f"{line};{'15/08/2023' if i % 3 == 0 else ''}" for i, line in enumerate(lines[1:])]
    text = "\n".join([f"{lines[0]};Fecha_Sentencia", *rows]) + "\n"
    out = read(write(tmp_path, "homicidios.csv", text), country="EC")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    assert not [o for o in out if "sentencia" in o.indicator_id]
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 30


def test_how_long_each_case_took_is_never_summed(tmp_path: Path) -> None:
    # the same 30 homicides with each case's count of victims and the days its proceedings
    # took (written for the test, as a prosecutors' register of cases has them): before, the
    # days were read as a measure beside the victims and their sum published as a count
    lines = DAY_AND_MINUTE.splitlines()
    rows = [f"{line};1;{(37 * i) % 400}" for i, line in enumerate(lines[1:])]
    text = "\n".join([f"{lines[0]};NUMERO_VICTIMAS;TIEMPO_PROCESO_DIAS", *rows]) + "\n"
    out = read(write(tmp_path, "causas.csv", text), country="EC")
    assert out
    assert not [o for o in out if "TIEMPO" in o.indicator_label.upper()]
    # the victims, counted by the kind of death and sex their rows give: 30 in all
    assert {o.indicator_label for o in out} == {"NUMERO_VICTIMAS"}
    assert sum(o.value for o in out) == 30
