"""Registers of the twenty-third development set (tests/acceptance/corpus_dev23), their real
cells where the set has them. Panamá's Ministerio Público lists its homicide and femicide
victims one per row in words only: the kind of crime, the year, the month's name, the
province, the sex, the five-year age group and the weapon. No cell is a number to publish
(the year is the row's period): each row is one victim, counted by its dimensions, never a
table of values and never nothing. A prosecutor's case number ("NDD", nine digits or more,
one a row) is the row's identifier, even under "NDD", the word that also heads counts of
crime reports; no development file has such a column, so that test writes one. Coordinates
are never values, whatever their header: "X" and "Y" over the fourth set's real coordinates.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

# data/dataset_homicidios.csv (Layomx/Panama-Safe-Analisis-de-Datos-Geograficos-de-Delitos):
# its header, its first 22 rows (January 2017) and its first 6 femicides (January 2020)
PANAMA = """\ufefftipo_crimen,año,mes,provincia,sexo,rango_de_edad,tipo_de_arma_utilizada
Homicidio,2017,Enero,Panamá,Masculino,30-34,Arma de Fuego
Homicidio,2017,Enero,Panamá,Femenino,10-14,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,30-34,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,No disponible,Arma de Fuego
Homicidio,2017,Enero,Panamá,Femenino,40-44,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,35-39,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,40-44,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,25-29,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,18-24,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,30-34,Arma de Fuego
Homicidio,2017,Enero,Panamá,Masculino,18-24,Arma de Fuego
Homicidio,2017,Enero,Panamá Oeste,Femenino,55-59,Arma de Fuego
Homicidio,2017,Enero,Panamá Oeste,Masculino,15-17,Arma de Fuego
Homicidio,2017,Enero,Panamá Oeste,Masculino,0-4,No disponible
Homicidio,2017,Enero,Panamá Oeste,Masculino,50-54,Arma Blanca
Homicidio,2017,Enero,Panamá Oeste,Masculino,18-24,Arma de Fuego
Homicidio,2017,Enero,Panamá Oeste,Femenino,45-49,Arma de Fuego
Homicidio,2017,Enero,Panamá Oeste,No disponible,No disponible,No disponible
Homicidio,2017,Enero,Panamá Oeste,Masculino,5-9,No disponible
Homicidio,2017,Enero,Panamá Oeste,Masculino,18-24,Arma de Fuego
Homicidio,2017,Enero,Chiriquí,Masculino,25-29,Arma de Fuego
Homicidio,2017,Enero,Chiriquí,Masculino,55-59,Arma Blanca
Femicidio,2020,Enero,Panamá,No disponible,18-24,Arma de Fuego
Femicidio,2020,Enero,Comarca Ngäbe-Buglé,No disponible,30-34,Objeto Contundente
Femicidio,2020,Enero,Comarca Ngäbe-Buglé,No disponible,5-9,Objeto Contundente
Femicidio,2020,Enero,Comarca Ngäbe-Buglé,No disponible,10-14,Objeto Contundente
Femicidio,2020,Enero,Comarca Ngäbe-Buglé,No disponible,5-9,Objeto Contundente
Femicidio,2020,Enero,Chiriquí,No disponible,35-39,Arma Blanca
"""


def test_victims_in_words_are_counted(tmp_path: Path) -> None:
    path = write(tmp_path, "homicidios.csv", PANAMA)
    out = read(path, country="PA")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    # no year, no age group's bound is a value: every value is a count of rows
    assert not [o for o in out if o.value in {2017, 2020}]
    totals = [o for o in out if o.breakdown_dimension in {"_T", "lugar"}]
    assert sum(o.value for o in totals) == 28
    assert sum(o.value for o in totals if o.period_start.startswith("2017")) == 22
    assert sum(o.value for o in totals if o.period_start.startswith("2020")) == 6
    # most province-months would hold a case or two: counted by year
    of_2017 = [o for o in totals if o.period_start == "2017-01-01"]
    assert {o.period_end for o in of_2017} == {"2017-12-31"}
    by_province = {o.admin1: o.value for o in of_2017}
    assert by_province == {"PA-8": 11, "PA-10": 9, "PA-4": 2}
    women = [o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "mujeres"]
    assert sum(o.value for o in women) == 4
    crimes: dict[str, float] = {}
    for o in out:
        if o.breakdown_dimension.endswith("tipo_delito"):  # "lugar+tipo_delito": a comarca's
            crime = o.breakdown_value.split(" | ")[-1]
            crimes[crime] = crimes.get(crime, 0) + o.value
    assert crimes == {"Homicidio": 22, "Femicidio": 6}


def test_a_few_rows_of_words_are_no_register(tmp_path: Path) -> None:
    # fewer than 20 rows: a short list, not read as a register of victims
    short = "\n".join(PANAMA.splitlines()[:12]) + "\n"
    out = read(write(tmp_path, "homicidios.csv", short), country="PA")
    assert not [o for o in out if o.extraction_method == "table.register"]


CASE_NUMBERS = "NDD,provincia,fecha,sexo,cantidad_victimas\n" + "".join(
    f"{170101819010100 + 37 * i},{'Pichincha' if i % 3 else 'Guayas'},2019-{1 + i % 12:02d}-15,"
    f"{'MUJER' if i % 4 else 'HOMBRE'},1\n"
    for i in range(30)
)


def test_case_numbers_are_the_rows_identifiers(tmp_path: Path) -> None:
    # each row's count of victims beside its case number: the counts are summed, the case
    # numbers (read as counts under "NDD" before, 510305457031632 published) never
    out = read(write(tmp_path, "ndd.csv", CASE_NUMBERS), country="EC")
    assert out
    assert not [o for o in out if o.value >= 10**8]
    assert sum(o.value for o in out) == 30
    assert sum(o.value for o in out if o.admin1 == "EC-G") == 10
    assert sum(o.value for o in out if o.breakdown_value == "varones") == 8


def test_case_numbers_alone_are_a_register(tmp_path: Path) -> None:
    # no count beside them: one row a case, counted
    lines = [",".join(line.split(",")[:4]) for line in CASE_NUMBERS.splitlines()]
    out = read(write(tmp_path, "ndd.csv", "\n".join(lines) + "\n"), country="EC")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    assert not [o for o in out if o.value >= 10**8]
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 30
    assert sum(o.value for o in totals if o.admin1 == "EC-G") == 10


# ec_femicidios_muertes_violentas_registro_2014_2023.xlsx of the fourth development set
# (tests/acceptance/corpus_dev4): its first 24 victims, six of its 48 columns, the coordinates'
# headers ("Longitud", "Latitud") written as "X" and "Y", as other registers head them
COORDINATES = """\
Fecha,Provincia,X,Y,Sexo_Vic,Tipomuerte_SRMCE
2014-02-27,PICHINCHA,-78.469475,-0.155623,MUJER,FEMICIDIO
2014-08-12,CHIMBORAZO,-78.635879,-1.680753,MUJER,FEMICIDIO
2014-08-13,IMBABURA,-78.125282,0.337521,MUJER,FEMICIDIO
2014-08-17,GUAYAS,-79.58477,-1.919422,MUJER,HOMICIDIO
2014-08-19,GUAYAS,-79.932552,-2.078139,MUJER,ASESINATO
2014-08-24,ESMERALDAS,-79.645575,0.951943,MUJER,ASESINATO
2014-08-27,PICHINCHA,-78.467303,-0.128462,MUJER,HOMICIDIO
2014-08-28,ESMERALDAS,-79.683405,0.914861,MUJER,FEMICIDIO
2014-08-30,AZUAY,-79.046375,-2.926427,MUJER,HOMICIDIO
2014-08-31,ESMERALDAS,-79.842454,0.873046,MUJER,ASESINATO
2014-09-01,MANABI,-80.71662068,-0.978640413,MUJER,FEMICIDIO
2014-09-05,LOS RIOS,-79.390113,-1.933898,MUJER,ASESINATO
2014-09-07,TUNGURAHUA,-78.61869883,-1.247542838,MUJER,FEMICIDIO
2014-09-08,LOS RIOS,-79.680707,-1.837076,MUJER,ASESINATO
2014-09-11,GUAYAS,-79.834986,-2.155485,MUJER,ASESINATO
2014-09-13,GUAYAS,-79.953191,-2.10476,MUJER,ASESINATO
2014-09-14,AZUAY,-78.99822998,-2.885830879,MUJER,ASESINATO
2014-09-16,GUAYAS,-79.474507,-2.297599,MUJER,SICARIATO
2014-09-24,EL ORO,-79.929728,-3.255734,MUJER,ASESINATO
2014-09-25,GUAYAS,-79.896699,-2.125637,MUJER,ASESINATO
2014-09-28,SANTA ELENA,-80.894121,-2.279313,MUJER,ASESINATO
2014-09-28,SANTO DOMINGO DE LOS TSACHILAS,-79.200005,-0.576234,MUJER,FEMICIDIO
2014-10-01,PICHINCHA,-78.568912,-0.28672,MUJER,HOMICIDIO
2014-10-04,ORELLANA,-76.64982,-0.39406,MUJER,ASESINATO
"""


def test_coordinates_under_any_header_are_never_values(tmp_path: Path) -> None:
    out = read(write(tmp_path, "muertes_violentas.csv", COORDINATES), country="EC")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    text = " ".join(f"{o.value} {o.source_text} {o.breakdown_value}" for o in out)
    for coordinate in ("78.469475", "0.155623", "79.58477", "1.919422"):
        assert coordinate not in text
    assert not [o for o in out if not float(o.value).is_integer()]
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert sum(o.value for o in totals) == 24
    assert sum(o.value for o in totals if o.admin1 == "EC-G") == 6
