"""Sheets of the thirteenth development set (tests/acceptance/corpus_dev13) rebuilt small with
the real files' figures: blocks of columns side by side, each under a title naming its year
("Casos VIH positivos año 2018" | "Casos VIH positivos año 2019"), whose columns are sexes
as the sheet writes them ("Femenino" | "Masculino"); and "Otros" beside peoples, no sex.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.extract.numbers import Convention
from genero_etl.normalize.table import parse_cell
from genero_etl.tabular.lexicon import load_lexicon

# Guatemala's HIV notifications (INE gender compendium), sheet "VIHSIDA 2018 al 2023"
TITLE = "Número de personas notioficadas con VIH/SIDA, por sexo, y edad de los años 2018 al 2023"
SIDE_BY_SIDE = [
    [TITLE],
    ["Casos VIH positivos año 2018", None, None, None, "Casos VIH positivos año 2019", None, None],
    ["Grupo", "Femenino", "Masculino", None, "Grupo", "Femenino", "Masculino"],
    ["0 a 4 años", 1, 3, None, "0 a 4 años", 5, 4],
    ["25 a 49 años", 319, 569, None, "25 a 49 años", 293, 388],
    ["TOTAL", 320, 572, None, "TOTAL", 298, 392],
]


def test_each_block_takes_its_own_titles_year_and_its_sex(tmp_path: Path) -> None:
    path = workbook(tmp_path / "vih.xlsx", {"VIHSIDA 2018 al 2023": SIDE_BY_SIDE})
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    left = rows["VIHSIDA 2018 al 2023!B5"]  # 319 women of 25 to 49, in 2018
    assert (left.value, left.period_start, left.period_end) == (319, "2018-01-01", "2018-12-31")
    assert "mujeres" in left.breakdown_value.split(" | ")
    assert "25 a 49 años" in left.breakdown_value.split(" | ")
    # the right block's values are 2019's, never the left block's year
    right = rows["VIHSIDA 2018 al 2023!G5"]  # 388 men of 25 to 49, in 2019
    assert (right.value, right.period_start, right.period_end) == (388, "2019-01-01", "2019-12-31")
    assert "varones" in right.breakdown_value.split(" | ")
    men_2019 = rows["VIHSIDA 2018 al 2023!G6"]  # the block's total of men
    assert (men_2019.value, men_2019.period_start, men_2019.breakdown_value) == (
        392,
        "2019-01-01",
        "varones",
    )
    assert not {r.period_start for r in rows.values()} - {"2018-01-01", "2019-01-01"}


def test_a_title_over_a_span_of_years_is_no_blocks_year(tmp_path: Path) -> None:
    sheet = [list(row) for row in SIDE_BY_SIDE]
    sheet[1] = ["Casos VIH positivos 2018-2019", None, None, None, "Casos 2018 al 2019", None, None]
    path = workbook(tmp_path / "vih.xlsx", {"VIH": sheet})
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    assert rows["VIH!G5"].value == 388
    assert rows["VIH!G5"].period_start != "2019-01-01"  # no single year: not the block's


def test_otros_beside_peoples_is_no_sex(tmp_path: Path) -> None:
    # the same compendium's pregnant women with HIV by people, 2020's block
    path = workbook(
        tmp_path / "vih_pueblo.xlsx",
        {
            "VIHSIDA 2018 al 2022": [
                ["3. Número de casos de mujeres notificadas con VIH/SIDA embarazadas por pueblo"],
                [2020],
                ["Edad", "Mestizo Ladino", "Maya", "Xinca", "Garífuna", "Otros "],
                ["Menos de 15", 2, 1, 0, 0, 0],
                ["15 a 49 años", 111, 35, 0, 0, 3],
                ["TOTAL", 113, 36, 0, 0, 3],
            ]
        },
    )
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    other = rows["VIHSIDA 2018 al 2022!F5"]
    assert (other.value, other.period_start) == (3, "2020-01-01")
    assert "otros" not in other.breakdown_value.split(" | ")
    assert "sexo" not in other.breakdown_dimension


def test_sexes_as_written_are_data() -> None:
    sexes = load_lexicon().sex_words
    assert (sexes["femenino"], sexes["masculino"], sexes["hombre"], sexes["mujer"]) == (
        "mujeres",
        "varones",
        "varones",
        "mujeres",
    )
    assert "otros" in load_lexicon().sex_beside


def test_a_count_with_a_footnotes_mark_is_the_count(tmp_path: Path) -> None:
    # a mark after a number ("48*", "12 (1)") is its note's: the number is 48, the raw cell
    # keeps the mark; a year with a mark ("2016*") is never read as a count
    path = workbook(
        tmp_path / "casos.xlsx",
        {
            "Casos": [
                ["Casos de violencia contra la mujer por departamento"],
                ["Departamento", 2021, 2022],
                ["Escuintla", "48*", 52],
                ["Jalapa", 10, "12 (1)"],
                ["* Cifras preliminares. (1) Incluye casos en investigación."],
            ]
        },
    )
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    marked = rows["Casos!B3"]
    assert (marked.value, marked.value_raw, marked.period_start) == (48, "48*", "2021-01-01")
    assert marked.admin1 == "GT-05"  # Escuintla
    noted = rows["Casos!C4"]
    assert (noted.value, noted.value_raw, noted.period_start) == (12, "12 (1)", "2022-01-01")
    assert noted.admin1 == "GT-21"  # Jalapa


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("48*", 48.0),
        ("48 (1)", 48.0),
        ("48¹", 48.0),
        ("1.234*", 1234.0),
        ("2016*", None),
        ("abc*", None),
    ],
)
def test_a_cells_footnote_mark_is_no_part_of_its_number(cell: str, value: float | None) -> None:
    assert parse_cell(cell, Convention.DECIMAL_COMMA).value == value
