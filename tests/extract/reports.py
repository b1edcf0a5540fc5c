"""A report written to a file and read as a user's ingest reads it."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation
from genero_etl.pipeline import IngestOptions, extract_document


def extracted(tmp_path: Path, text: str, name: str = "informe.txt") -> list[Observation]:
    """The observations with a value of ``text`` saved as ``name``."""
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    staged = extract_document(doc, doc.name, IngestOptions())
    return [o for o in staged.observation_list() if o.value is not None]


def titled(tmp_path: Path, title: str, text: str, name: str = "informe.txt") -> list[Observation]:
    """The observations with a value of ``text`` saved as the report ``name`` whose first line
    is ``title`` (the text's lines are numbered from 2)."""
    return extracted(tmp_path, f"{title}\n{text}\n", name)
