"""A court's open register of its resolutions (the shape of the Buenos Aires Juzgado PCyF
N° 10's "set de datos con perspectiva de género", rebuilt small with its headers and values
as written there): a row number "N" with a gap and a repeat, dates written with underscores
("1_8_2016", two-digit years from 2020: "7_08_20"), the matter, yes/no flags saying whether
the case is gender violence and of which kind ("no_corresponde" where it is not), the words
of the aggression, and a second sheet listing each column's allowed values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular.layout import date_of

HEADERS = ["N", "FECHA_RESOLUCION", "FIRMA", "MATERIA", "VIOLENCIA_DE_GENERO", "V_FISICA",
           "FRASES_AGRESION", "GENERO_DENUNCIANTE", "TIPO_DE_RESOLUCION"]  # fmt: skip


def _row(i: int) -> list[object]:
    year = (2016, 2017, 2020)[i % 3]
    date = f"{1 + i % 28}_{1 + i % 12}_{year}" if year < 2020 else f"{1 + i % 9}_0{1 + i % 9}_20"
    gender = i % 4 == 0
    return [
        i + 1 if i < 20 else i + 2,  # a row taken out after the twentieth: a gap, not a count
        date,
        "Pablo_Casas",
        "contravencional" if i % 5 == 0 else "penal",
        "si" if gender else "no",
        ("si" if i % 8 == 0 else "no") if gender else "no_corresponde",
        "te voy a matar" if gender else "no_corresponde",
        "femenino" if gender or i % 10 == 5 else "no_corresponde",  # a complaint, no gender case
        "definitiva" if i % 2 else "interlocutoria",
    ]


def _court_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "set_de_datos_unificado"
    sheet.append(HEADERS)
    for i in range(60):
        sheet.append(_row(i))
    lists = book.create_sheet("Listados de Validación")
    lists.append(["N", "NRO._REGISTRO", "FECHA_RESOLUCION", "FIRMA", "MATERIA",
                  "ART_INFRINGIDO", "VIOLENCIA_DE_GENERO", "TIPO_DE_RESOLUCION"])  # fmt: skip
    for row in (
        [None, None, None, "Pablo_Casas", "allanamiento_autonomo", "67bis", "si", "definitiva"],
        [
            None,
            None,
            None,
            "Juez_interinamente_a_cargo",
            "habeas_corpus",
            90,
            "no",
            "interlocutoria",
        ],
        [None, None, None, "juez_subrogante", "ejecucion_de_multa", 92, None, None],
        [None, None, None, None, "amparo", 94, None, None],
        [None, None, None, None, "penal", None, None, None],
    ):
        lists.append(row)
    book.save(path)
    return path


def test_dates_with_underscores_and_two_digit_years() -> None:
    assert date_of("1_8_2016") == dt.date(2016, 8, 1)
    assert date_of("14_08_17") == dt.date(2017, 8, 14)
    assert date_of("7_08_20") == dt.date(2020, 8, 7)
    assert date_of("14-08-17") == dt.date(2017, 8, 14)
    assert date_of("18_19_2017") is None  # month 19: no date, not a guess
    # numbers of an activity or an article, never dates
    assert date_of("1.2.13") is None and date_of("3-6-20") is None and date_of("2016_2017") is None


def test_a_courts_register_is_counted_by_year_matter_and_flags(tmp_path: Path) -> None:
    path = _court_workbook(tmp_path / "set_de_datos_con_perspectiva_de_genero.xlsx")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="AR")))
    out = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    rows = [_row(i) for i in range(60)]
    years = [(2016, 2017, 2020)[i % 3] for i in range(60)]

    def total(year: int, dim: str = "_T", value: str = "_T") -> float:
        return sum(
            float(o.value)
            for o in out
            if o.period_start == f"{year}-01-01" and o.period_end == f"{year}-12-31"
            and o.breakdown_dimension == dim and o.breakdown_value == value
        )  # fmt: skip

    # one resolution a row, dated by its underscored date: "N" is the row's number, no count
    assert total(2016) == years.count(2016) == 20
    assert total(2020) == years.count(2020) == 20
    assert not [o for o in out if o.indicator_label.strip().lower() == "n"]
    penal_2017 = sum(1 for r, y in zip(rows, years, strict=True) if y == 2017 and r[3] == "penal")
    assert total(2017, "materia", "penal") == penal_2017 == 16
    # whether the case is gender violence is a breakdown of its own, never a sex
    gender_2016 = sum(1 for r, y in zip(rows, years, strict=True) if y == 2016 and r[4] == "si")
    assert total(2016, "violencia_de_genero", "si") == gender_2016 == 5
    assert not [o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "si"]
    physical = sum(1 for r, y in zip(rows, years, strict=True) if y == 2020 and r[5] == "si")
    assert total(2020, "v_fisica", "si") == physical == 3
    assert total(2020, "v_fisica", "no_corresponde") == 15
    # the list of allowed values is no data: no value of it ("67bis", 90) is published
    assert not [o for o in out if o.source_locator.startswith("Listados de Validación")]
    assert "sheet-value-list-skipped" in {i.code for i in staged.issues}
    # neither the words of an aggression nor the judge's name
    texts = " ".join(f"{o.breakdown_value} {o.indicator_label} {o.source_text}" for o in out)
    assert "te voy a matar" not in texts and "Pablo_Casas" not in texts


def test_a_shorter_sheet_of_records_under_the_same_headers_is_no_list(tmp_path: Path) -> None:
    """A second sheet of records under the register's headers (one row a year, filled across)
    is data: only a sheet of words, each column ending where its list ends, lists values."""
    from genero_etl.readers.grid import load_book
    from genero_etl.tabular.semantic import value_list_sheets

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "registro"
    sheet.append(HEADERS)
    for i in range(40):
        sheet.append(_row(i))
    summary = book.create_sheet("resumen")
    summary.append(HEADERS)
    for n, year in enumerate((2016, 2017, 2020)):
        summary.append([n + 1, f"1_1_{year}", "Pablo_Casas", 12 + n, 3 + n, 1 + n, 0, 4 + n, 7 + n])
    path = tmp_path / "dos_hojas.xlsx"
    book.save(path)
    grids = load_book(path.read_bytes(), path.name, "xlsx").grids
    assert value_list_sheets(grids) == {}
    court = _court_workbook(tmp_path / "juzgado.xlsx")
    grids = load_book(court.read_bytes(), court.name, "xlsx").grids
    assert value_list_sheets(grids) == {"Listados de Validación": "set_de_datos_unificado"}


def test_a_register_alone_is_not_read_cell_by_cell_for_copies_or_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A book of one sheet (every CSV) has no other sheet to repeat or serve: its cells are
    never read for that (a 1M-row register spent three quarters of its ingest there), and
    a register that shares no headers with a longer sheet never has its columns read."""
    from genero_etl.readers.grid import load_book
    from genero_etl.tabular import semantic

    def unread(*_: object) -> object:
        raise AssertionError("cells read")

    court = _court_workbook(tmp_path / "juzgado.xlsx")
    grids = load_book(court.read_bytes(), court.name, "xlsx").grids
    register = [g for g in grids if g.name == "set_de_datos_unificado"]
    monkeypatch.setattr(semantic, "_labelled_numbers", unread)
    monkeypatch.setattr(semantic, "_values_listed", unread)
    assert semantic.copied_sheets(register) == {}
    assert semantic.value_list_sheets(register) == {}


# INEGI's homicides of women in 2022 by state of occurrence, as a repository compiled them:
# the states' codes 1-32 in order, then 99 (not specified)
INEGI_2022 = [(1, 12), (2, 315), (3, 14), (4, 12), (5, 23), (6, 106), (7, 65), (8, 237),
              (9, 107), (10, 26), (11, 571), (12, 132), (13, 57), (14, 203), (15, 494),
              (16, 251), (17, 114), (18, 15), (19, 153), (20, 123), (21, 123), (22, 26),
              (23, 61), (24, 63), (25, 39), (26, 147), (27, 44), (28, 54), (29, 17), (30, 105),
              (31, 7), (32, 165), (99, 47)]  # fmt: skip


def test_state_codes_in_order_are_places_not_row_numbers(tmp_path: Path) -> None:
    """Codes that climb by one (1-32, then 99) under "ESTADO" stay the states: only under a
    row number's header ("N") does a column that climbs by one with a gap number the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ESTADO", "HOMICIDIOS_MUJERES"])
    for row in INEGI_2022:
        sheet.append(list(row))
    path = tmp_path / "2022.xlsx"
    book.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="MX")))
    out = {o["admin1"]: float(o["value"]) for o in table_rows(staged.table()) if o["admin1"]}
    assert out["MX-BCN"] == 315.0 and out["MX-GUA"] == 571.0 and out["MX-YUC"] == 7.0
    assert sum(out.values()) == 3928.0 - 47.0  # 99 names no state
