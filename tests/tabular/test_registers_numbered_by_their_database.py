"""Registers saved as a database's tables (tests/acceptance/corpus_dev27), on real cells.

A repository that loads a register into a relational database keeps only numbers in its main
table: the case's register number, and keys into its own tables of provinces, cantons, kinds
of death, weapons and motives ("Id_Provincia", "id_canton"), numbered as each was filled. Its
province 10 is Guayas (alphabetical order) where Ecuador's official code 10 is Imbabura: read
as official codes, every count of Guayas would be published as Imbabura's. Its numbers 25 and
26, codes Ecuador does not have, show the numbering is its own: the column is no place.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

# Registro_Muertes.csv (FabricioCoque/Muertes-Violentas-Ecuador): its first 30 victims, then
# its first victims of provinces numbered 25 and 26 (October and August 2014)
ECUADOR = """\
Id_Registro;fecha_infraccion;Año;Mes;Id_Tipo;id_canton;Id_Provincia;Id_Arma;Id_Motivacion
1;2014-01-01;2014;ENERO;1;90;23;1;1
18;2014-01-02;2014;ENERO;1;76;10;1;1
19;2014-01-02;2014;ENERO;1;76;10;1;1
4;2014-01-01;2014;ENERO;1;76;10;2;1
20;2014-01-02;2014;ENERO;2;76;10;2;1
28;2014-01-04;2014;ENERO;1;90;23;1;2
51;2014-01-12;2014;ENERO;1;90;23;1;2
144;2014-01-31;2014;ENERO;1;90;23;1;2
25;2014-01-04;2014;ENERO;2;76;10;1;2
26;2014-01-04;2014;ENERO;1;76;10;1;2
37;2014-01-07;2014;ENERO;1;76;10;1;2
40;2014-01-08;2014;ENERO;1;76;10;1;2
49;2014-01-11;2014;ENERO;1;76;10;1;1
55;2014-01-12;2014;ENERO;1;76;10;1;1
56;2014-01-12;2014;ENERO;1;76;10;1;2
57;2014-01-12;2014;ENERO;1;76;10;1;2
58;2014-01-12;2014;ENERO;1;76;10;1;2
63;2014-01-13;2014;ENERO;3;76;10;1;2
73;2014-01-15;2014;ENERO;1;76;10;3;1
74;2014-01-15;2014;ENERO;1;76;10;1;1
82;2014-01-17;2014;ENERO;1;76;10;1;1
83;2014-01-17;2014;ENERO;1;76;10;1;1
92;2014-01-19;2014;ENERO;1;76;10;1;1
97;2014-01-20;2014;ENERO;1;76;10;1;1
106;2014-01-21;2014;ENERO;1;76;10;1;2
111;2014-01-22;2014;ENERO;1;76;10;1;2
119;2014-01-24;2014;ENERO;1;76;10;2;2
121;2014-01-25;2014;ENERO;1;76;10;1;2
122;2014-01-25;2014;ENERO;1;76;10;1;2
125;2014-01-26;2014;ENERO;1;76;10;3;1
1026;2014-10-08;2014;OCTUBRE;2;123;25;1;1
882;2014-08-20;2014;AGOSTO;1;218;26;1;1
"""


def test_a_database_numbering_of_provinces_is_no_place(tmp_path: Path) -> None:
    out = read(write(tmp_path, "registro_muertes.csv", ECUADOR), country="EC")
    assert out
    assert {o.extraction_method for o in out} == {"table.register"}
    # no province: neither Imbabura (official 10) nor Santo Domingo (official 23) for the
    # rows the database numbered 10 (Guayas) and 23, nor "25", "26" as places kept by name
    assert {o.admin1 for o in out} == {""}
    assert {o.breakdown_dimension for o in out} == {"_T"}
    # the country's cases by month, each true
    by_month = {o.period_start: o.value for o in out}
    assert by_month == {"2014-01-01": 30, "2014-08-01": 1, "2014-10-01": 1}
    assert {o.country for o in out} == {"EC"}


def test_the_same_codes_under_an_official_code_word_stay_official(tmp_path: Path) -> None:
    # the header "Cod_Provincia" says official codes: its 10 and 23 are Imbabura and Santo
    # Domingo de los Tsáchilas, and 25, 26, no codes of Ecuador, stay visible as written
    text = ECUADOR.replace("Id_Provincia", "Cod_Provincia")
    out = read(write(tmp_path, "registro_muertes.csv", text), country="EC")
    assert {o.admin1 for o in out if o.admin1} == {"EC-I", "EC-SD"}


def test_deaths_of_every_person_are_no_count_of_women(tmp_path: Path) -> None:
    # the register counts every intentional homicide (no sex column, no word of women): its
    # "muertes" name the deaths of all persons, never "Muertes de mujeres por violencia"
    out = read(write(tmp_path, "registro_muertes_violentas.csv", ECUADOR), country="EC")
    assert {o.indicator_id for o in out} == {"sin_clasificar"}
    assert {o.indicator_label for o in out} == {"registro muertes violentas"}
    assert {o.period_start: o.value for o in out}["2014-01-01"] == 30


def test_deaths_in_a_register_of_women_stay_deaths_of_women(tmp_path: Path) -> None:
    # the same rows where the file's name says whose deaths they are
    out = read(write(tmp_path, "muertes_violentas_mujeres.csv", ECUADOR), country="EC")
    assert {o.indicator_id for o in out} == {"muertes_mujeres_violencia"}
    # or where a column of the register says it ("Sexo": MUJER on every row)
    rows = ECUADOR.splitlines()
    text = "\n".join([rows[0] + ";Sexo", *(r + ";MUJER" for r in rows[1:])]) + "\n"
    out = read(write(tmp_path, "registro_muertes_violentas.csv", text), country="EC")
    assert {o.indicator_id for o in out} == {"muertes_mujeres_violencia"}
