"""Statistical annexes, bulletins and tables of long reports saved from PDF to text (`dev82`):
a document viewer's header over each page ("Page 1: Cifras Medicina Legal Marzo", "P. 54")
is a page's number, never a value (lexicon ``traps.page_header``); a table whose cells a
single space parts, a header of titles over rows of a label and as many numbers, is read cell
by cell, "645 147 792" three counts, never one number in groups of thousands
(``extract/text.py:aligned_rows_as_cells``); and the page pass never takes the last count of
a table's row for a page's number (``extract/apparatus.py:in_a_row``). Each text is a `dev82`
document of the corpus (its name in each test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.extract.apparatus import in_a_row
from genero_etl.extract.piece import is_division_name
from genero_etl.extract.text import aligned_rows_as_cells

from .reports import CORPUS_DOCS, corpus_document

MEDICINA_LEGAL = "co_medicina_legal_boletin_mensual_marzo_2011"


def _lines(name: str) -> list[str]:
    return (CORPUS_DOCS / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _values(tmp_path: Path, name: str) -> list[tuple[int, float]]:
    return [
        (int(o.source_locator.split()[0].removeprefix("line:")), float(o.value))
        for o in corpus_document(tmp_path, name)
    ]


@pytest.mark.parametrize(
    ("name", "pages"),
    [
        # "Page 1: Cifras Medicina Legal Marzo", "Page 2: ...": 1 and 2 were values
        (MEDICINA_LEGAL, [2, 9]),
        # "Page 1: TENTATIVA FEMINICIDIO DE - MPFN" ... "Page 3: ...": 1, 2 and 3 were values
        ("pe_mpfn_tentativa_feminicidio_provincias_2014", [2, 5, 15]),
    ],
)
def test_a_viewers_page_header_gives_no_value(tmp_path: Path, name: str, pages: list[int]) -> None:
    assert not [v for v in _values(tmp_path, name) if v[0] in pages]


def test_the_attempted_femicides_after_the_page_headers_stay(tmp_path: Path) -> None:
    """Peru's Ministerio Público observatory: the 244 victims of attempted femicide on the
    third page, under its viewer's header, stay a value."""
    assert (17, 244.0) in _values(tmp_path, "pe_mpfn_tentativa_feminicidio_provincias_2014")


def test_a_table_whose_cells_a_space_parts_is_read_cell_by_cell(tmp_path: Path) -> None:
    """Colombia's Medicina Legal, March 2011: violent deaths by manner under "HOMBRE MUJER
    TOTAL HOMBRE MUJER TOTAL" (2010 and 2011): "ACCIDENTAL 645 147 792 530 128 658" gave no
    value (one number, 645147792530128658, in groups of thousands) and "HOMICIDIO 3.577 294
    3.871 3.214 281 3.495" only its first; each is six counts."""
    rows = [v for v in _values(tmp_path, MEDICINA_LEGAL) if v[0] in {24, 25}]
    assert rows == [
        (24, 645.0), (24, 147.0), (24, 792.0), (24, 530.0), (24, 128.0), (24, 658.0),
        (25, 3577.0), (25, 294.0), (25, 3871.0), (25, 3214.0), (25, 281.0), (25, 3495.0),
    ]  # fmt: skip


def test_aligned_rows_become_cells_only_under_a_header_of_as_many_titles() -> None:
    """The bulletin's header and rows become tab-separated cells (the same length, so each
    number keeps its place); the same rows under the table's title, a sentence, stay as
    written, and so does a row of fewer than three numbers."""
    lines = _lines(MEDICINA_LEGAL)
    pieces = [("", line) for line in lines[20:25]]
    out = [piece for _, piece in aligned_rows_as_cells(pieces)]
    assert out[2] == "HOMBRE\tMUJER\tTOTAL\tHOMBRE\tMUJER\tTOTAL"
    assert out[3] == "ACCIDENTAL\t645\t147\t792\t530\t128\t658"
    assert out[4] == "HOMICIDIO\t3.577\t294\t3.871\t3.214\t281\t3.495"
    assert [len(p) for p in out] == [len(p) for _, p in pieces]
    untitled = [("", lines[20]), ("", lines[23]), ("", lines[24])]
    assert aligned_rows_as_cells(untitled) == untitled
    short = [("", lines[22]), ("", "ACCIDENTAL 645 147"), ("", "HOMICIDIO 3.577 294")]
    assert aligned_rows_as_cells(short) == short


@pytest.mark.parametrize(
    ("before", "row"),
    [
        # the bulletin's row: other counts before its last one
        ("ACCIDENTAL 645 147 792 530 128 ", True),
        ("HOMICIDIO 3.577 294 3.871 3.214 281 ", True),
        # Honduras' list of departments, each a place's name before its count
        ("- Ocotepeque (", True),
        ("- Francisco Morazán (", True),
        # the running header of Costa Rica's State of the Nation paper, years in a title
        ("Seguridad frente al delito en Costa Rica ", False),
        ("Muertes violentas según sexo. Colombia Comparativo 2010 y 2011p (enero a marzo) ", False),
        ("DÉCIMO INFORME SOBRE EL ESTADO DE LA NACION EN DESARROLLO ", False),
        # a sentence's words after its counts (Peru's CEM sheet): a slide's number may close it
        ("En el período de enero diciembre 2017, se registraron un total de 121 mujeres ", False),
    ],
)
def test_a_tables_row_is_told_from_a_running_header(before: str, row: bool) -> None:
    """`dev82`'s tables (Colombia's Medicina Legal bulletin, Honduras' list by department),
    running headers (Costa Rica's State of the Nation paper, the bulletin's titles) and prose
    (Peru's CEM sheet)."""
    assert in_a_row(before, is_division_name) is row


def test_a_civil_society_bodys_list_by_department_gives_no_value(tmp_path: Path) -> None:
    """Honduras, a daily on the Centro de Derechos de Mujeres' count of 2024: "Según el
    informe del CDH, ..." then "Los departamentos donde más se registran estos escenarios son:"
    and eighteen items, "- Cortés (40)" ... "- Gracias a Dios (0)", then "También, el informe
    detalla ...": the list is a part of the paragraph that opened it, so the report named
    again right after it quotes it all (its 18 counts were the office's values)."""
    assert _values(tmp_path, "hn_cdm_muertes_violentas_mujeres_departamentos_2024") == []


def test_a_span_between_two_days_of_two_years(tmp_path: Path) -> None:
    """Peru's Ministerio Público observatory: "sistematizada entre el 01 de enero de 2009 y el
    31 de agosto de 2014, periodo en el que se han registrado 244 víctimas": the span, not
    2014 (two dates joined by "y el" are a span only after "entre")."""
    found = [
        (o.value, o.period_start, o.period_end)
        for o in corpus_document(tmp_path, "pe_mpfn_tentativa_feminicidio_provincias_2014")
    ]
    assert found == [(244.0, "2009-01-01", "2014-08-31")]


@pytest.mark.parametrize(
    ("name", "line"),
    [
        # "Av. Abancay cdra. 5 s/n piso 11": a street's block
        ("pe_mpfn_tentativa_feminicidio_provincias_2014", 11),
        # "S E G Ú N P R O V I N C I A S 2 0 0 9 - 2 0 1 4": a letter-spaced title's years
        ("pe_mpfn_tentativa_feminicidio_provincias_2014", 3),
    ],
)
def test_no_value_on_the_line(tmp_path: Path, name: str, line: int) -> None:
    assert not [v for v in _values(tmp_path, name) if v[0] == line]
