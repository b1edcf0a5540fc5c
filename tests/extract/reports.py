"""A report written to a file and read as a user's ingest reads it."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation
from genero_etl.pipeline import IngestOptions, extract_document


def extracted(tmp_path: Path, text: str) -> list[Observation]:
    """The observations with a value of ``text`` saved as ``informe.txt``."""
    doc = tmp_path / "informe.txt"
    doc.write_text(text, encoding="utf-8")
    staged = extract_document(doc, doc.name, IngestOptions())
    return [o for o in staged.observation_list() if o.value is not None]
