"""A small table written to a file and read as a user's ingest reads it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.stage import StagedFile


def ingest(path: Path, text: str) -> list[SimpleNamespace]:
    """The staged rows of ``text`` saved as ``path``, each with its columns as attributes."""
    path.write_text(text, encoding="utf-8")
    return read(path)


def staged_file(path: Path, **overrides: str) -> StagedFile:
    """``path`` (already written) ingested with the given overrides (``country="GT"``)."""
    return extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    """The staged rows, each with its columns as attributes."""
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def read(path: Path, **overrides: str) -> list[SimpleNamespace]:
    """The staged rows of ``path`` (already written)."""
    return rows(staged_file(path, **overrides))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def places(staged: StagedFile) -> set[tuple[str, str, str, float]]:
    """(first-level division, municipality code and name, value) of each staged row."""
    return {(o.admin1, o.municipality_code, o.municipality, o.value) for o in rows(staged)}


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook of the given sheets (name -> rows) saved as ``path``."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, sheet_rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in sheet_rows:
            sheet.append(row)
    book.save(path)
    return path
