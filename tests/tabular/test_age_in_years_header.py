"""A column headed "Edad (años)", from the eighteenth development set
(tests/acceptance/corpus_dev18): the Red Chilena's femicides 2010-2022 counted by the
victim's age group, each group written as a range ("0-9", "20-29") under "Edad (años)".
The user declares Chile and 2010-2022, as the file names neither. Over ranges the header
names the age-group breakdown; over single ages (one victim's age per row) the same header
is a person's attribute and is withheld. The counts are the real file's (its ten lines, the
byte-order mark left out).
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

from genero_etl.tabular import lexicon

GROUPS = """Cantidad de Victimas,Edad (años)
31,0-9
65,10-19
190,20-29
166,30-39
142,40-49
79,50-59
44,60-69
11,70-79
10,80-89
3,90-99
"""

# one victim per row, her age under the same header (ages as in a register)
REGISTER = """Region,Edad (años),Fecha
Metropolitana,34,2021-03-02
Valparaíso,27,2021-04-11
Metropolitana,58,2021-05-19
Biobío,41,2021-06-23
Metropolitana,19,2021-07-30
Valparaíso,63,2021-08-14
"""


def test_the_header_names_ages_and_age_groups() -> None:
    lex = lexicon.load_lexicon()
    assert any(p.search("edad (anos)") for p in lex.category["grupo_edad"])
    assert any(p.search("edad (anos)") for p in lex.personal)


def test_ranges_under_edad_anos_are_age_groups(tmp_path: Path) -> None:
    rows = read(
        write(tmp_path, "victimas_edad.csv", GROUPS), country="CL", period="2010-01-01/2022-12-31"
    )
    by_group = {r.breakdown_value: r.value for r in rows if r.breakdown_dimension == "grupo_edad"}
    assert by_group == {
        "0-9": 31.0,
        "10-19": 65.0,
        "20-29": 190.0,
        "30-39": 166.0,
        "40-49": 142.0,
        "50-59": 79.0,
        "60-69": 44.0,
        "70-79": 11.0,
        "80-89": 10.0,
        "90-99": 3.0,
    }
    # a group's bounds are never values
    assert not {r.value for r in rows} & {9.0, 19.0, 29.0, 39.0, 49.0, 59.0, 69.0, 89.0, 99.0}


def test_single_ages_under_edad_anos_are_withheld(tmp_path: Path) -> None:
    rows = read(write(tmp_path, "registro.csv", REGISTER), country="CL")
    assert rows  # the register is still counted
    ages = {"34", "27", "58", "41", "19", "63"}
    assert not [r for r in rows if r.breakdown_value in ages]
    assert not [r for r in rows if r.breakdown_dimension == "grupo_edad"]
    assert {r.value for r in rows} <= {1.0, 2.0, 3.0, 6.0}
