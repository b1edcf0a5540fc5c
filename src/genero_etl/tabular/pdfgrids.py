"""A report's own tables (a PDF's ruled tables with periods across, its unruled tables)
read like spreadsheets.

The PDF reader hands over, cell by cell, the ruled tables whose heading has two or more
periods across (months or years) and the tables aligned by whitespace
(:mod:`genero_etl.readers.pdfaligned`), a table continuing over a page break as one. They go through the same steps as a sheet: templates,
column roles and the table layouts of :mod:`.semantic` (a "Febrero" after "Enero 2021" is
February 2021, a "Total" column is the total of its months, linked to them), so their
values are not read a second time as text. Each table is a sheet named after its place
(``page:3/table:1``), so a value's locator is ``page:3/table:1!C4``; a value on the next
page of a joined table points at that page's piece (``page:4/table:1!C3``).

The text's observations come first, then the tables'; the file's facts (country, place,
period) are those the text gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from genero_etl.messages import issue
from genero_etl.model import Severity

if TYPE_CHECKING:
    import pyarrow as pa

    from genero_etl.model import Document, Issue
    from genero_etl.normalize.codebook import Codebook
    from genero_etl.pipeline import IngestOptions
    from genero_etl.stage import StagedFile


_PLACE = re.compile(r"^page:(\d+)/table:(\d+)$")


def table_place(sheet: str) -> tuple[int, int] | None:
    """The page and the table number of a PDF table's sheet name ("page:3/table:1")."""
    hit = _PLACE.match(sheet or "")
    return (int(hit.group(1)), int(hit.group(2))) if hit else None


@dataclass(slots=True)
class PdfTables:
    """What a document's tables yield: observations, issues and how each table was read."""

    table: pa.Table
    issues: list[Issue]
    reads: list[Any]  # semantic.TableRead of each table, for ``genero-etl inspect``


def read_tables(document: Document, options: IngestOptions, codebook: Codebook) -> PdfTables:
    """The observations of the document's tables, read like sheets."""
    import pandas as pd

    from genero_etl.normalize.candidates import Candidates
    from genero_etl.normalize.document import document_facts
    from genero_etl.normalize.table import SourceFile, observations_table
    from genero_etl.readers.grid import Grid
    from genero_etl.tabular import ingest, layout

    facts = document_facts([s.text for s in document.segments], options.overrides, document.path)
    ctx = ingest.file_context(
        document.path, document.sha256, facts, codebook, facts.convention, [], options
    )
    templates = options.knowledge.templates
    parts = []
    for name, rows in document.tables:
        grid = Grid(name, pd.DataFrame(rows, dtype=object))
        layout.fill_merged(grid)
        parts.extend(ingest._sheet_cells(grid, templates, None, ctx))
    cells = Candidates.concat(parts)
    of_file = SourceFile(
        document.path, document.sha256, facts.office, codebook, ctx.convention, ctx.issues
    )
    table = observations_table(cells, of_file)
    if document.table_rows:
        table = printed_where(table, document.table_rows)
        for name, origins in document.table_rows.items():
            ctx.issues.append(issue("pdf-table-continued", Severity.INFO, source_file=document.path,
                                    table=name, pages=_pages(origins)))  # fmt: skip
    return PdfTables(table, ctx.issues, ctx.reads)


_CELL = re.compile(r"^(?P<sheet>page:\d+/table:\d+)!(?P<col>[A-Z]+)(?P<row>\d+)$")


def printed_where(table: pa.Table, rows: dict[str, list[tuple[str, int]]]) -> pa.Table:
    """Locators of a table joined over a page break point at the page each cell is on:
    row 14 of "page:3/table:1" is row 3 of "page:4/table:1" when that is where it was printed."""
    import pyarrow as pa

    def where(locator: str | None) -> str | None:
        hit = _CELL.match(locator or "")
        origins = rows.get(hit.group("sheet")) if hit else None
        row = int(hit.group("row")) - 1 if hit else -1
        if hit is None or origins is None or not 0 <= row < len(origins):
            return locator
        piece, at = origins[row]
        return f"{piece}!{hit.group('col')}{at + 1}"

    column = table.schema.get_field_index("source_locator")
    moved = pa.array([where(v) for v in table.column(column).to_pylist()], pa.string())
    return table.set_column(
        column, table.schema.field(column), moved.cast(table.schema.field(column).type)
    )


def _pages(origins: list[tuple[str, int]]) -> str:
    pages = dict.fromkeys(name.split("/")[0].split(":")[1] for name, _ in origins)
    return ", ".join(pages)


def with_tables(
    staged: StagedFile, document: Document, options: IngestOptions, codebook: Codebook
) -> StagedFile:
    """The staged text observations plus those of the document's tables."""
    import pyarrow as pa

    from genero_etl.stage import StagedFile

    found = read_tables(document, options, codebook)
    tables = found.table
    if tables.num_rows == 0:
        return staged
    text = staged.table()
    schema = pa.schema(  # each part's dictionaries are sized to it: widen to hold both
        pa.field(f.name, pa.dictionary(pa.int32(), f.type.value_type), f.nullable, f.metadata)
        if pa.types.is_dictionary(f.type)
        else f
        for f in text.schema
    )
    merged = pa.concat_tables([text.cast(schema), tables.select(schema.names).cast(schema)])
    source = staged.source
    source.observations = merged.num_rows
    notes = [
        issue("pdf-tables-read-cells", Severity.INFO, source_file=document.path,
              tables=len(document.tables), values=tables.num_rows)
        if document.format == "pdf"
        else issue("document-tables-read-cells", Severity.INFO, source_file=document.path,
                   tables=len(document.tables), values=tables.num_rows),
    ]  # fmt: skip
    issues = [i for i in staged.issues if i.code != "no-values"]
    return StagedFile(source=source, issues=[*issues, *found.issues, *notes], frame=merged)
