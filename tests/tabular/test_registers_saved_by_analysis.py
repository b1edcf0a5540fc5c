"""Victim registers as analysis repositories save them (tests/acceptance/corpus_dev26), on
real cells. A data frame saved to a file keeps its row index as a first column without a
name, writes a year as "2023.0" once a blank has made the column decimal, renames the columns
in English or snake_case ("year", "month", "day", "hour"), and turns a category into one
column of True/False flags per value (pandas' get_dummies: "sex_HOMBRE", "sex_MUJER"). None of
it is a value: a register is counted by its cases, by period, place and its own breakdowns.
Chile's register of femicides (Corporación Miles) names two columns "TIPO" (consummated or
attempted; how the victim was attacked): each its own breakdown, and how only one victim was
attacked is never published.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from tests.tabular.staged import read, write

# mdi_homicidiosintencionales_pm_2023_enero_septiembre.csv (StevenSsj1/Dataton): its first 30
# victims, eight of its columns renamed in English, the age, year and canton code read as
# decimals and the date split into month, day and hour, saved with the frame's index
ECUADOR = """\
,death_type,province,canton,age,sex,weapon,year,cod_canton,month,day,hour
0,asesinato,PICHINCHA,QUITO,45.0,HOMBRE,ARMA DE FUEGO,2023.0,1701.0,1,1,3
1,asesinato,LOS RIOS,URDANETA,25.0,HOMBRE,ARMA DE FUEGO,2023.0,1206.0,1,1,4
2,homicidio,LOS RIOS,QUEVEDO,38.0,MUJER,ARMA DE FUEGO,2023.0,1205.0,1,1,9
3,homicidio,PICHINCHA,QUITO,33.0,HOMBRE,ARMA CONTUNDENTE,2023.0,1701.0,1,1,5
4,asesinato,GUAYAS,NARANJITO,25.0,MUJER,ARMA DE FUEGO,2023.0,912.0,1,1,6
5,asesinato,MANABI,PEDERNALES,30.0,HOMBRE,ARMA DE FUEGO,2023.0,1317.0,1,1,7
6,asesinato,GUAYAS,GUAYAQUIL,43.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,1,0
7,asesinato,GUAYAS,GUAYAQUIL,3.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,1,0
8,asesinato,GUAYAS,DURAN,26.0,HOMBRE,ARMA DE FUEGO,2023.0,907.0,1,1,3
9,asesinato,MANABI,PORTOVIEJO,24.0,HOMBRE,ARMA DE FUEGO,2023.0,1301.0,1,1,5
10,asesinato,GUAYAS,BALZAR,23.0,HOMBRE,ARMA DE FUEGO,2023.0,904.0,1,1,17
11,asesinato,GUAYAS,BALZAR,23.0,HOMBRE,ARMA DE FUEGO,2023.0,904.0,1,1,21
12,asesinato,LOS RIOS,QUEVEDO,26.0,HOMBRE,ARMA DE FUEGO,2023.0,1205.0,1,1,18
13,homicidio,LOS RIOS,BABAHOYO,63.0,HOMBRE,ARMA BLANCA,2023.0,1201.0,1,1,22
14,asesinato,LOS RIOS,BABAHOYO,22.0,HOMBRE,ARMA DE FUEGO,2023.0,1201.0,1,1,21
15,homicidio,LOS RIOS,BABAHOYO,42.0,HOMBRE,ARMA BLANCA,2023.0,1201.0,1,1,11
16,asesinato,GUAYAS,GUAYAQUIL,18.0,MUJER,ARMA DE FUEGO,2023.0,901.0,1,1,6
17,asesinato,GUAYAS,GUAYAQUIL,24.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,1,23
18,asesinato,GUAYAS,GUAYAQUIL,33.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,2,1
19,asesinato,GUAYAS,BALZAR,43.0,HOMBRE,ARMA DE FUEGO,2023.0,904.0,1,1,22
20,asesinato,GUAYAS,ALFREDO BAQUERIZO MORENO,44.0,HOMBRE,ARMA DE FUEGO,2023.0,902.0,1,1,20
21,asesinato,GUAYAS,GUAYAQUIL,29.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,2,4
22,asesinato,GUAYAS,SIMON BOLIVAR,22.0,HOMBRE,ARMA DE FUEGO,2023.0,922.0,1,1,23
23,femicidio,PICHINCHA,RUMIÑAHUI,35.0,MUJER,ARMA BLANCA,2023.0,1705.0,1,2,19
24,asesinato,ESMERALDAS,ELOY ALFARO,33.0,HOMBRE,ARMA DE FUEGO,2023.0,802.0,1,1,23
25,asesinato,ESMERALDAS,ESMERALDAS,33.0,HOMBRE,ARMA DE FUEGO,2023.0,801.0,1,2,20
26,asesinato,ESMERALDAS,ESMERALDAS,38.0,HOMBRE,ARMA DE FUEGO,2023.0,801.0,1,2,20
27,asesinato,GUAYAS,GUAYAQUIL,22.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,2,19
28,asesinato,GUAYAS,GUAYAQUIL,19.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,2,19
29,asesinato,GUAYAS,GUAYAQUIL,32.0,HOMBRE,ARMA DE FUEGO,2023.0,901.0,1,3,1
"""
# the same columns' numbers that are no count: ages, the year, canton codes (Quito 1701,
# Quevedo 1205, Guayaquil 901), days and hours
NOT_COUNTS = {45.0, 25.0, 38.0, 63.0, 2023.0, 1701.0, 1205.0, 901.0, 23.0, 22.0, 29.0}


def _register_only(out: list, cases: int) -> None:
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    totals = [o for o in out if o.breakdown_dimension == "_T" and o.admin1]
    assert sum(o.value for o in totals) == cases
    for o in out:  # every value a count of cases, none a cell of one case
        assert float(o.value).is_integer() and 0 < o.value <= cases, o


def test_a_register_saved_with_its_index_decimal_years_and_english_headers(
    tmp_path: Path,
) -> None:
    out = read(write(tmp_path, "homicidios.csv", ECUADOR), country="EC")
    _register_only(out, 30)
    # the year written "2023.0" dates every case (January 2023), never summed as a value
    assert {(o.period_start, o.period_end) for o in out} == {("2023-01-01", "2023-01-31")}
    by_province = {o.admin1: o.value for o in out if o.breakdown_dimension == "_T"}
    assert by_province == {"EC-G": 16, "EC-R": 6, "EC-P": 3, "EC-E": 3, "EC-M": 2}
    women = [o for o in out if o.breakdown_value.endswith("mujeres")]
    assert sum(o.value for o in women) == 4
    # no label names the day, the hour, the age or the year as a measure
    labels = " ".join(o.indicator_label for o in out)
    for header in ("day", "hour", "age", "year", "cod_canton"):
        assert f": {header}" not in labels and not labels.startswith(header)


def test_a_registers_dummy_columns_are_no_breakdown_values(tmp_path: Path) -> None:
    frame = pd.read_csv(io.StringIO(ECUADOR), index_col=0)
    dummies = pd.get_dummies(frame, columns=["weapon", "sex"])  # True/False, one per value
    out = read(write(tmp_path, "homicidios.csv", dummies.to_csv()), country="EC")
    _register_only(out, 30)
    assert not [o for o in out if o.breakdown_value.lower() in {"true", "false"}]
    as_01 = pd.get_dummies(frame, columns=["weapon", "sex"], dtype=int)  # 0/1 instead
    out = read(write(tmp_path, "homicidios_01.csv", as_01.to_csv()), country="EC")
    _register_only(out, 30)
    assert not [o for o in out if o.breakdown_value in {"0", "1"}]


# MILES_EANT_BBDD - Hoja 1.csv (MichaelUmana/Cod_Trabajo_Final): its first 40 femicides, the
# victims' names left out here
CHILE = """\
NUMERO ,FECHA ,AÑO,MEDIDAS_CAUTELARES,QUIEN,EDAD,NACIONALIDAD ,RE_NACIONALIDAD,COMUNA ,ACCION_PRIORITARIA,TIPO ,TIPO_DE _AGRESIÓN
1,01-01-2019,2019,SI,SIN INFORMACION,56,CHILENA,CHILENA,PUERTO MONTT,SI,CONSUMADO,SIN INFORMAR
2,02-01-2019,2019,SI,SIN INFORMACION,49,CHILENA,CHILENA,RANCAGUA,SI,CONSUMADO,SIN INFORMAR
3,03-01-2019,2019,SI,SIN INFORMACION,36,CHILENA,CHILENA,CALAMA,SI,FRUSTRADO,SIN INFORMAR
4,05-01-2019,2019,NO,ESPOSO,47,CHILENA,CHILENA,LOS ANDES,NO,CONSUMADO,"GOLPEADA Y AHORCADA "
5,06-01-2019,2019,NO,SIN INFORMACION,18,CHILENA,CHILENA,TALCA,SI,CONSUMADO,"LANZADA A UN RIO , VIOLADA"
6,08-01-2019,2019,NO,SIN INFORMACION,26,HAITIANA,EXTRANJERA,EL QUISCO,NO ,CONSUMADO ,SIN INFORMAR
7,14-01-2019,2019,NO,ESPOSO,38,CHILENA,CHILENA,SIN_INFORMACION,NO,CONSUMADO ,APUÑALADA
8,18-01-2019,2019,NO,SIN INFORMACION,50,CHILENA,CHILENA,COPIAPO ,SI,CONSUMADO,SIN INFORMAR
9,26-01-2019,2019,NO,SIN INFORMACION,,CHILENA,CHILENA,CONCON,NO,CONSUMADO,DISPARO
10,27-01-2019,2019,NO,CONVIVIENTE,25,CHILENA,CHILENA,SANTIAGO,SI,CONSUMADO,SUICIDIO FEMINICIDA (CAYO DESDE UN PISO)
11,01-02-2019,2019,NO,PAREJA,23,CHILENA,CHILENA,LEBU,NO ,CONSUMADO,SIN INFORMAR
12,05-02-2019,2019,NO,SIN INFORMACION,24,CHILENA,CHILENA,COPIAPO ,SI,CONSUMADO,SIN INFORMAR
13,12-02-2019,2019,NO,SIN INFORMACION,19,CHILENA ,CHILENA ,OSORNO,SI,CONSUMADO,"ASFIXIA "
14,26-02-2019,2019,SI,EX CONYUGE,48,CHILENA ,CHILENA ,CALBUCO,NO,CONSUMADO,"ESTRANGULACIÓN "
15,27-02-2019,2019,NO,HIJO,50,CHILENA,CHILENA,PUENTE ALTO,SI,CONSUMADO,ASFIXIA
16,07-03-2019,2019,NO,EX PAREJA,42,CHILENA,CHILENA,QUINTERO,NO,CONSUMADO,DISPARO
17,08-03-2019,2019,SI,EX PAREJA,46,CHILENA ,CHILENA ,RECOLETA,SI,CONSUMADO,DISPARO
18,23-03-2019,2019,SI,CONVIVIENTE,58,CHILENA,CHILENA,LAJA,NO,CONSUMADO,APUÑALADA
19,12-04-2019,2019,SI,ESPOSO,36,CHILENA,CHILENA,TREHUACO,NO,CONSUMADO ,DISPARO
20,17-04-2019,2019,SI,EX PAREJA,46,CHILENA,CHILENA,CERRO NAVIA,SI ,CONSUMADO,APUÑALADA
21,20-04-2019,2019,NO,SIN INFORMACION,48,CHILENA,CHILENA,ARICA,SI ,CONSUMADO,APUÑALADA
22,24-04-2019,2019,NO,SIN INFORMACION,25,CHILENA,CHILENA,SIN_INFORMACION,NO,CONSUMADO,VIOLACIÓN Y HOMICIDIO
23,29-04-2019,2019,NO,EX PAREJA,27,CHILENA,CHILENA,SAN FELIPE,SI,CONSUMADO,APUÑALADA
24,25-04-2019,2019,NO,PAREJA,35,INGLESA ,EXTRANJERA,ANTOFAGASTA,SI,CONSUMADO,ASFIXIA
25,04-05-2019,2019,NO,SIN INFORMACION,27,CHILENA,CHILENA,SANTIAGO,SI,CONSUMADO,"ESTRANGULACIÓN "
26,07-05-2019,2019,NO,CONVIVIENTE,29,BOLIVIANA,EXTRANJERA,IQUIQUE,SI ,CONSUMADO,APUÑALADA
27,07-05-2019,2019,NO,CONVIVIENTE,47,CHILENA,CHILENA,COLLUPULLI,NO,CONSUMADO,DISPARO
28,14-05-2019,2019,SI,EX PAREJA,13,CHILENA,CHILENA,SAN JOSÉ DE LA MARIQUINA,NO,CONSUMADO,APUÑALADA
29,14-05-2019,2019,SI,SIN INFORMACION,46,CHILENA,CHILENA,SAN JOSÉ DE LA MARIQUINA,NO,CONSUMADO,APUÑALADA
30,15-05-2019,2019,SI,EX PAREJA,42,CHILENA,CHILENA,OSORNO,SI,CONSUMADO,"ASFIXIA "
31,07-06-2019,2019,NO,CONVIVIENTE,59,CHILENA,CHILENA,SAN JOAQUIN,SI,CONSUMADO,SIN INFORMAR
32,16-06-2019,2019,NO,PAREJA,29,CHILENA,CHILENA,CHILLAN,SI,CONSUMADO,ASFIXIA
33,16-06-2019,2019,NO,EX PAREJA,28,CHILENA,CHILENA,QUINTA NORMAL,SI,CONSUMADO,APUÑALADA
34,20-06-2019,2019,SI,EX PAREJA,31,CHILENA ,CHILENA ,MAULLÍN,NO,CONSUMADO,AHOGADA
35,23-06-2019,2019,NO,SIN INFORMACION,16,CHILENA,CHILENA,COPIAPO ,SI,CONSUMADO,SIN INFORMAR
36,23-06-2019,2019,NO,CONVIVIENTE,20,BOLIVIANA,EXTRANJERA,ANTOFAGASTA,SI,CONSUMADO,ASFIXIA
37,26-06-2019,2019,SI,EX PAREJA,20,CHILENA ,CHILENA ,CHIMBARROGO,NO,CONSUMADO,APUÑALADA
38,06-07-2019,2019,SI,CONVIVIENTE,38,CHILENA,CHILENA,PETORCA,NO,CONSUMADO,ASFIXIA
39,06-07-2019,2019,NO,PADRE,1,CHILENA,CHILENA,PETORCA,NO,CONSUNADO,ASFIXIA
40,21-07-2019,2019,NO,CONVIVIENTE,51,CHILENA,CHILENA,COÑARIPE,NO,CONSUMADO,SIN INFORMAR
"""


def test_two_columns_of_one_kind_and_one_victims_own_words(tmp_path: Path) -> None:
    out = read(write(tmp_path, "femicidios.csv", CHILE), country="CL")
    # the excerpt's cases run at six a month and stop on 21 July: at that pace the rest of
    # the year would hold some 32 more, so the excerpt counts January-July, not 2019
    assert {o.period_label for o in out} == {"2019-01/2019-07"}
    # each region's total; the communes not found in the gazetteer (and "SIN_INFORMACION")
    # counted apart, as places of their own: 33 + 7 victims ("TREHUACO" is the CUT's Treguaco,
    # 16207, the name in use the country file gives it)
    assert sum(o.value for o in out if o.breakdown_dimension == "_T") == 33
    got: dict[tuple[str, str], float] = {}
    for o in out:  # each value over the places it is counted in
        key = (o.breakdown_dimension.split("+")[-1], o.breakdown_value.split(" | ")[-1])
        got[key] = got.get(key, 0) + o.value
    assert sum(v for (d, _), v in got.items() if d == "lugar") == 7
    # "TIPO" and "TIPO_DE _AGRESIÓN": two breakdowns, never the parts of one
    assert got[("tipo", "CONSUMADO")] == 38
    assert got[("tipo_de_agresion", "APUÑALADA")] == 10
    assert got[("tipo_de_agresion", "ASFIXIA")] == 8
    assert got[("tipo_de_agresion", "DISPARO")] == 5
    for dim in {d for d, _ in got} - {"_T"}:
        assert sum(v for (d, _), v in got.items() if d == dim) <= 40, dim
    # how only one victim was attacked, the only English and the only Haitian victim, the
    # one attempt ("FRUSTRADO"): never published
    words = " ".join(f"{o.breakdown_value} {o.indicator_label} {o.source_text}" for o in out)
    for own in (
        "GOLPEADA Y AHORCADA", "LANZADA A UN RIO", "SUICIDIO FEMINICIDA", "AHOGADA", "INGLESA",
        "HAITIANA", "FRUSTRADO",
    ):  # fmt: skip
        assert own not in words
