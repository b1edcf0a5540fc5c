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


def described(
    tmp_path: Path, name: str, title: str, text: str, *, division: bool = False
) -> list[tuple[str | float, ...]]:
    """What each observation of the report ``name`` (its first line ``title``, the text's lines
    numbered from 2) says: line, value, indicator, unit, country, its first-level division
    when ``division``, and period start and end."""
    return [
        (
            o.source_locator.split()[0],
            float(o.value),
            o.indicator_id,
            o.unit,
            o.country,
            *((o.admin1,) if division else ()),
            o.period_start,
            o.period_end,
        )
        for o in titled(tmp_path, title, text, name)
    ]
