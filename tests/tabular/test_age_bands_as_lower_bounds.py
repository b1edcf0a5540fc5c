"""An age-band column written as each band's lower bound, from the eighteenth development set
(tests/acceptance/corpus_dev18, `cl_red_chilena_femicidios_frecuencia_rango_edad_2010_2022.csv`):
the Red Chilena's femicides 2010-2022 counted by the victim's age group, "Frecuencia" |
"Rango Edad" then ten unsorted rows, each band written as its lower bound ("79;50" is 79
victims aged 50-59, as the sibling file `..._victimas_edad_...csv` writes it). The bounds step
by ten, so each is published as its band ("50-59"), never as a bare "50". The cells are the
real file's (its eleven lines, the byte-order mark left out); the user declares Chile and
2010-2022, as the file names neither.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, rows, staged_file, write

from genero_etl.extract.textutil import fold
from genero_etl.tabular import lexicon
from genero_etl.tabular.lexicon import any_match

BOUNDS = """Frecuencia;Rango Edad
79;50
190;20
142;40
166;30
65;10
11;70
44;60
31;0
3;90
10;80
"""


def _by_group(tmp_path: Path, name: str, text: str) -> dict[str, float | None]:
    rows = read(write(tmp_path, name, text), country="CL", period="2010-01-01/2022-12-31")
    return {r.breakdown_value: r.value for r in rows if r.breakdown_dimension == "grupo_edad"}


def test_lower_bounds_under_rango_edad_are_published_as_bands(tmp_path: Path) -> None:
    assert _by_group(tmp_path, "edad_frecuencia.csv", BOUNDS) == {
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


def test_bounds_of_no_regular_step_are_held_for_review(tmp_path: Path) -> None:
    # the real file with its 30 and 70 rows taken out: 0, 10, 20, 40, 50, 60, 80, 90 step by
    # ten, then twenty: the width of the "20" band cannot be known, so nothing is published
    # as a band and the counts are held for a person to confirm
    irregular = "".join(
        line + "\n" for line in BOUNDS.splitlines() if line not in ("166;30", "11;70")
    )
    staged = staged_file(
        write(tmp_path, "edad_frecuencia.csv", irregular),
        country="CL",
        period="2010-01-01/2022-12-31",
    )
    out = [r for r in rows(staged) if r.breakdown_dimension == "grupo_edad"]
    assert {r.breakdown_value: r.value for r in out}["20"] == 190.0
    assert "table-age-bands-unknown" in [i.code for i in staged.issues]
    assert max(r.confidence for r in out) == 0.5
    regular = staged_file(
        write(tmp_path, "edad_frecuencia_regular.csv", BOUNDS),
        country="CL",
        period="2010-01-01/2022-12-31",
    )
    assert "table-age-bands-unknown" not in [i.code for i in regular.issues]
    assert min(r.confidence for r in rows(regular)) > 0.5


def test_bounds_under_a_header_saying_no_band_are_left_alone() -> None:
    # "Edad" alone does not say its values are bands ("Rango Edad" does)
    lex = lexicon.load_lexicon()
    assert any_match(lex.age_band_headers, fold("Rango Edad"))
    assert any_match(lex.age_band_headers, fold("Tramo de edad"))
    assert not any_match(lex.age_band_headers, fold("Edad"))
    assert not any_match(lex.age_band_headers, fold("Edad (años)"))
