"""Registers of the twenty-third development set (tests/acceptance/corpus_dev23), their real
cells where the set has them. Panamá's Ministerio Público lists its homicide and femicide
victims one per row in words only: the kind of crime, the year, the month's name, the
province, the sex, the five-year age group and the weapon. No cell is a number to publish
(the year is the row's period): each row is one victim, counted by its dimensions, never a
table of values and never nothing. A prosecutor's case number ("NDD", nine digits or more,
one a row) is the row's identifier, even under "NDD", the word that also heads counts of
crime reports; no development file has such a column, so the last test writes one.
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
    women = [
        o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "Femenino"
    ]
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
    assert sum(o.value for o in out if o.breakdown_value == "HOMBRE") == 8


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
