"""Spreadsheets (.xlsx, .xlsm, .xls, .ods, .csv, .tsv): the only code that opens them.

The real work is cell-by-cell ingest in :mod:`genero_etl.tabular.ingest`; the registered
``read`` still returns a :class:`Document` (one tab-joined segment per non-empty row,
located ``Hoja1!A7``) so that any text tool can fall back on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from genero_etl.model import Document, Segment
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader

if TYPE_CHECKING:
    from genero_etl.readers.grid import Book

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")


@dataclass(slots=True)
class LoadedSpreadsheet:
    book: Book
    sha256: str
    bytes: int
    format: str  # what the file really is (xlsx, xls, ods, csv)
    suffix: str
    disguised: str  # "" or the real kind when it differs from the extension


def load_spreadsheet(path: Path, display: str, options: ReadOptions) -> LoadedSpreadsheet:
    """Read, sniff, safety-check and load a spreadsheet; raise a located error if impossible."""
    from genero_etl.readers.grid import load_book
    from genero_etl.readers.safety import sniff_spreadsheet

    data, sha = read_bytes(path, display, options.limit())
    suffix = path.suffix.lower()
    sniffed = sniff_spreadsheet(data, display, suffix)
    if sniffed.kind == "csv":
        from genero_etl.readers.encoding import check_shape

        check_shape(data, display, table=True)  # a 100 MB one-line CSV is refused unread
    book = load_book(data, display, sniffed.kind)
    return LoadedSpreadsheet(book, sha, len(data), sniffed.kind, suffix, sniffed.note)


@reader("spreadsheet", SUFFIXES, kind="table")
def read_spreadsheet(path: Path, display: str, options: ReadOptions) -> Document:
    from genero_etl.readers.grid import locator

    loaded = load_spreadsheet(path, display, options)
    segments: list[Segment] = []
    for grid in loaded.book.grids:
        if grid.hidden:
            continue
        for row_index, row in zip(
            grid.frame.index, grid.frame.itertuples(index=False, name=None), strict=True
        ):
            cells = ["" if v is None else str(v) for v in row]
            if not any(c.strip() for c in cells):
                continue
            first = next(i for i, c in enumerate(cells) if c.strip())
            text = "\t".join(cells[first:]).rstrip("\t")
            segments.append(Segment(text=text, locator=locator(grid.name, int(row_index), first)))
    return Document(
        path=display,
        sha256=loaded.sha256,
        bytes=loaded.bytes,
        format=loaded.format,
        segments=segments,
        encoding=loaded.book.encoding or "binary",
    )
