"""readers/grid.py: cell addresses, cell text and CSV books, on their own."""

from __future__ import annotations

import datetime as dt

import pytest

from genero_etl.readers.grid import cell_text, col_letter, is_blank, load_csv, locator, parse_a1


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (701, "ZZ"), (16383, "XFD")]
)
def test_column_letters_and_back(index: int, letters: str) -> None:
    assert col_letter(index) == letters
    assert parse_a1(f"{letters}7") == (6, index)


def test_a_locator_names_the_sheet_only_when_there_is_one() -> None:
    assert locator("Datos", 6, 2) == "Datos!C7"
    assert locator("", 0, 0) == "A1"  # a CSV has no sheet name
    assert parse_a1("7C") is None


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (float("nan"), ""),
        ("   ", ""),
        (1204.0, "1204"),  # a whole float as Excel stores counts
        (0.23, "0.23"),
        (dt.date(2021, 2, 1), "2021-02-01"),
        (dt.datetime(2015, 1, 1, 0, 0), "2015-01-01"),
        ("  SANTO DOMINGO  ", "SANTO DOMINGO"),
        ("Hermanas\nMirabal", "Hermanas Mirabal"),
    ],
)
def test_cell_text_as_a_person_reads_the_cell(value: object, text: str) -> None:
    assert cell_text(value) == text
    assert is_blank(value) == (text == "")


def test_a_csv_book_has_one_unnamed_grid_with_its_dialect() -> None:
    data = "Provincia;Feminicidio;Año\nDUARTE;2;2017\nSANTO DOMINGO ;24;2017\n".encode("cp1252")
    book = load_csv(data, "do.csv")
    assert book.dialect is not None and book.dialect.delimiter == ";"
    (grid,) = book.grids
    assert grid.name == ""
    rows = [[cell_text(v) for v in row] for row in grid.frame.itertuples(index=False)]
    assert rows[0] == ["Provincia", "Feminicidio", "Año"]
    assert rows[2] == ["SANTO DOMINGO", "24", "2017"]


@pytest.mark.parametrize(
    ("encoding", "written"),
    [("cp1252", "Año"), ("cp850", "Año"), ("mac_roman", "Año")],
)
def test_a_short_legacy_csv_is_read_in_the_code_page_that_makes_it_spanish(
    encoding: str, written: str
) -> None:
    """One "ñ" is 0xF1 in Windows-1252, 0xA4 in DOS and 0x96 on a Mac: the reading that turns
    it into a Spanish letter wins (a DOS reading of 0xF1 would be '±')."""
    data = f"Provincia;Feminicidio;{written}\nSAN PEDRO DE MACORÍS;3;2019\n".encode(encoding)
    book = load_csv(data, "do.csv")
    header = [cell_text(v) for v in next(book.grids[0].frame.itertuples(index=False))]
    assert header == ["Provincia", "Feminicidio", "Año"]
