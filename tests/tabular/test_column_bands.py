"""Tables side by side on one sheet, apart by empty columns (tests/acceptance/corpus_dev13,
Guatemala's pregnant women with HIV by people): a band of columns with its own header and
its own keys down its first column is a table of its own; an empty column inside one table
(between its labels and their numbers, between groups of years under one header) is not.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read as ingest
from tests.tabular.staged import workbook

from genero_etl.readers.grid import load_book
from genero_etl.tabular import layout

PEOPLES = ["Mestizo Ladino", "Maya", "Xinca", "Garífuna", "Otros "]
TITLE = (
    "3. Número de casos de mujeres notificadas con VIH/SIDA embarazadas entre los 15 y los 49"
    " años con especificación por pueblo de los años 2018 al 2022"
)
_ = None
# The sheet "VIHSIDA 2018 al 2022" from column B: the 2018 block by age group, and beside it,
# four empty columns away, the side table of the 15 to 49 year olds' counts by year.
SHEET = [
    [],
    [_, TITLE],
    [],
    [],
    [_, 2018],
    [_, "Edad", *PEOPLES, _, _, _, _, _, *PEOPLES],
    [_, "Menos de 15", 0, 0, 0, 0, 0, _, _, _, _, 2018, 112, 68, 0, 0, 0],
    [_, "15 a 49 años", 112, 68, 0, 0, 0, _, _, _, _, 2019, 123, 51, 0, 0, 0],
    [_, "Más de 49", 0, 0, 0, 0, 0, _, _, _, _, 2020, 111, 35, 0, 0, 0],
    [_, "TOTAL", 112, 68, 0, 0, 0, _, _, _, _, 2021, 105, 30, 0, 1, 0],
    [_, _, _, _, _, _, _, _, _, _, _, 2022, 83, 20, 0, 0, 0],
    [_, 2019],
    [_, "Edad", *PEOPLES],
    [_, "Menos de 15", 0, 0, 0, 0, 0],
    [_, "15 a 49 años", 123, 51, 0, 0, 0],
    [_, "Más de 49", 0, 0, 0, 0, 0],
    [_, "TOTAL", 123, 51, 0, 0, 0],
    [],
    [],
    [_, 2020],
    [_, "Edad", *PEOPLES],
    [_, "Menos de 15", 2, 1, 0, 0, 0],
    [_, "15 a 49 años", 111, 35, 0, 0, 0],
    [_, "Más de 49", 0, 0, 0, 0, 0],
    [_, "TOTAL", 113, 36, 0, 0, 0],
    [],
    [],
    [_, 2021],
    [_, "Edad", *PEOPLES],
    [_, "Menos de 15", 2, 0, 0, 0, 0],
    [_, "15 a 49 años", 105, 30, 0, 1, 0],
    [_, "Más de 49", 0, 0, 0, 0, 0],
    [_, "TOTAL", 107, 30, 0, 1, 0],
    [],
    [],
    [_, 2022],
    [_, "Edad", *PEOPLES],
    [_, "Menos de 15", 0, 1, 0, 0, 0],
    [_, "15 a 49 años", 83, 20, 0, 0, 0],
    [_, "Más de 49", 0, 0, 0, 0, 0],
    [_, "TOTAL", 83, 21, 0, 0, 0],
]
NAME = "VIHSIDA 2018 al 2022"


def _tables(path: Path) -> list[layout.Table]:
    grid = load_book(path.read_bytes(), path.name, "xlsx").grids[0]
    layout.fill_merged(grid)
    return layout.find_tables(grid)


def test_side_table_of_years_is_a_table_of_its_own(tmp_path: Path) -> None:
    path = workbook(tmp_path / "vih.xlsx", {NAME: SHEET})
    tables = _tables(path)
    first, side = tables[0], tables[1]
    assert (first.columns, side.columns) == ((1, 6), (11, 16))
    assert first.data_rows == [6, 7, 8, 9]  # row 11 holds the side table's 2022 alone
    assert side.data_rows == [6, 7, 8, 9, 10]
    assert sorted(side.labels) == [12, 13, 14, 15, 16]
    assert "2018" not in side.title.split(" / ")  # the block's year is not the side table's

    # the side table repeats the blocks' "15 a 49 años" rows (112 is C8, 123 is C15): read
    # alone it would carry no age group and read as all ages, so it is not published
    grid = load_book(path.read_bytes(), path.name, "xlsx").grids[0]
    assert layout.band_repeats(grid, side) and not layout.band_repeats(grid, first)
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    assert not any(loc[len(NAME) + 1] in "LMNOPQ" for loc in rows)
    # the block beside it keeps its age groups and its own year, not the sheet's span
    cell = rows[f"{NAME}!C8"]
    assert (cell.value, cell.period_start, cell.period_end) == (112, "2018-01-01", "2018-12-31")
    assert cell.breakdown_value.split(" | ") == ["15 a 49 años", "Mestizo Ladino"]
    assert rows[f"{NAME}!C9"].value == 0  # "Más de 49", not the side table's 2020
    cell = rows[f"{NAME}!C15"]
    assert (cell.value, cell.period_start) == (123, "2019-01-01")
    cell = rows[f"{NAME}!C33"]  # 2021's total of the Mestizo Ladino, two under 15 with them
    assert (cell.value, cell.period_start, cell.breakdown_value) == (
        107,
        "2021-01-01",
        "Mestizo Ladino",
    )


def test_a_side_table_of_its_own_figures_is_read_alone(tmp_path: Path) -> None:
    sheet = [list(row) for row in SHEET]
    for r, counts in zip(range(6, 11), ([7, 3], [9, 4], [11, 5], [13, 6], [15, 8]), strict=True):
        sheet[r][12:14] = counts  # figures the blocks do not show
    path = workbook(tmp_path / "vih.xlsx", {NAME: sheet})
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    cell = rows[f"{NAME}!M7"]  # the side table's 2018, never "Menos de 15"
    assert (cell.value, cell.period_start, cell.period_end) == (7, "2018-01-01", "2018-12-31")
    assert (cell.breakdown_dimension, cell.breakdown_value) == ("etnia", "Mestizo Ladino")
    cell = rows[f"{NAME}!N8"]
    assert (cell.value, cell.period_start, cell.breakdown_value) == (4, "2019-01-01", "Maya")
    cell = rows[f"{NAME}!M11"]
    assert (cell.value, cell.period_start, cell.period_end) == (15, "2022-01-01", "2022-12-31")
    assert not any(loc.startswith(f"{NAME}!L") for loc in rows)  # the years are no counts
    side_cells = [r for loc, r in rows.items() if loc[len(NAME) + 1] in "MNOPQ"]
    assert len(side_cells) == 25
    assert not any("edad" in r.breakdown_dimension for r in side_cells)
    cell = rows[f"{NAME}!C8"]
    assert (cell.value, cell.period_start) == (112, "2018-01-01")
    assert cell.breakdown_value.split(" | ") == ["15 a 49 años", "Mestizo Ladino"]


def test_a_spacer_column_between_labels_and_numbers_does_not_cut(tmp_path: Path) -> None:
    sheet = [
        ["Denuncias por violencia según departamento"],
        ["Departamento", _, 2019, 2020],
        ["Guatemala", _, 120, 131],
        ["Escuintla", _, 40, 38],
        ["Petén", _, 12, 15],
    ]
    path = workbook(tmp_path / "spacer.xlsx", {"D": sheet})
    (table,) = _tables(path)
    assert table.columns is None and sorted(table.labels) == [0, 2, 3]
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    cell = rows["D!D4"]
    assert (cell.value, cell.period_start, cell.admin1) == (38, "2020-01-01", "GT-05")  # Escuintla


def test_a_spacer_between_year_groups_under_one_header_does_not_cut(tmp_path: Path) -> None:
    sheet = [
        ["Víctimas atendidas por departamento y sexo"],
        ["Departamento", 2019, 2019, _, 2020, 2020],
        [_, "Mujeres", "Hombres", _, "Mujeres", "Hombres"],
        ["Guatemala", 120, 30, _, 131, 28],
        ["Escuintla", 40, 9, _, 38, 11],
        ["Petén", 12, 3, _, 15, 2],
    ]
    path = workbook(tmp_path / "groups.xlsx", {"S": sheet})
    (table,) = _tables(path)
    assert table.columns is None and sorted(table.labels) == [0, 1, 2, 4, 5]
    rows = {r.source_locator: r for r in ingest(path, country="GT")}
    cell = rows["S!E5"]
    assert (cell.value, cell.period_start, cell.admin1) == (38, "2020-01-01", "GT-05")
    assert (cell.breakdown_dimension, cell.breakdown_value) == ("sexo", "mujeres")
    assert rows["S!C6"].value == 3 and rows["S!C6"].period_start == "2019-01-01"


def test_column_bands_are_cut_at_empty_columns(tmp_path: Path) -> None:
    path = workbook(tmp_path / "vih.xlsx", {NAME: SHEET})
    grid = load_book(path.read_bytes(), path.name, "xlsx").grids[0]
    assert layout.column_bands(grid.frame, [5, 6, 10]) == [(1, 6), (11, 16)]
    assert layout.column_bands(grid.frame, [12, 13]) == [(1, 6)]
