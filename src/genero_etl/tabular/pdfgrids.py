"""A report's own tables (a PDF's ruled tables with periods across) read like spreadsheets.

The PDF reader hands over, cell by cell, the ruled tables whose heading has two or more
periods across (months or years). They go through the same steps as a sheet: templates,
column roles and the table layouts of :mod:`.semantic` (a "Febrero" after "Enero 2021" is
February 2021, a "Total" column is the total of its months, linked to them), so their
values are not read a second time as text. Each table is a sheet named after its place
(``page:3/table:1``), so a value's locator is ``page:3/table:1!C4``.

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
    return PdfTables(observations_table(cells, of_file), ctx.issues, ctx.reads)


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
    merged = pa.concat_tables([text, tables.select(text.schema.names).cast(text.schema)])
    source = staged.source
    source.observations = merged.num_rows
    notes = [
        issue("pdf-tables-read", Severity.INFO, source_file=document.path,
              tables=len(document.tables), values=tables.num_rows),
    ]  # fmt: skip
    issues = [i for i in staged.issues if i.code != "no-values"]
    return StagedFile(source=source, issues=[*issues, *found.issues, *notes], frame=merged)
