"""A small table written to a file and read as a user's ingest reads it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path, text: str) -> list[SimpleNamespace]:
    """The staged rows of ``text`` saved as ``path``, each with its columns as attributes."""
    path.write_text(text, encoding="utf-8")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]
