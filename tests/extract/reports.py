"""A report written to a file and read as a user's ingest reads it."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

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


CORPUS_DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"


def corpus_document(tmp_path: Path, name: str) -> list[Observation]:
    """The observations with a value of the text corpus document ``name``, read as the corpus
    runner reads it: its first line (the source address) blanked, the line numbers kept."""
    text = (CORPUS_DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def facts(observations: list[Observation], *, unit: bool = False) -> list[tuple[Any, ...]]:
    """Line, value, indicator, the unit when ``unit``, country, first-level division and
    period start and end of each observation."""
    return [
        (
            o.source_locator.split()[0],
            float(o.value),
            o.indicator_id,
            *((o.unit,) if unit else ()),
            o.country,
            o.admin1,
            o.period_start,
            o.period_end,
        )
        for o in observations
    ]


def corpus_facts(tmp_path: Path, name: str) -> list[tuple[Any, ...]]:
    """``facts`` of every value of the text corpus document ``name`` read as the runner reads it."""
    return facts(corpus_document(tmp_path, name))


def text_facts(tmp_path: Path, text: str) -> list[tuple[Any, ...]]:
    """``facts`` of every value of ``text`` saved as a report (its lines numbered from 2)."""
    return facts(extracted(tmp_path, "\n" + text + "\n"))


def line_values(tmp_path: Path, name: str, line: str) -> list[float]:
    """The values the corpus document ``name`` gives on its ``line`` ("line:7")."""
    return [
        float(o.value)
        for o in corpus_document(tmp_path, name)
        if o.source_locator.split()[0] == line
    ]


def sentence_values(tmp_path: Path, text: str) -> list[float]:
    """The values of a one-sentence report under the title "Informe"."""
    return [float(o.value) for o in extracted(tmp_path, f"Informe\n{text}\n")]


def scratch_document(name: str) -> list[Observation]:
    """A corpus document's observations (``name`` with or without ``.txt``), read in a scratch
    folder."""
    with tempfile.TemporaryDirectory() as scratch:
        return corpus_document(Path(scratch), name.removesuffix(".txt"))


def places_at(observations: list[Observation], locator: str) -> dict[float, tuple[str, str]]:
    """Each value at ``locator`` with its country and first-level division."""
    return {o.value: (o.country, o.admin1) for o in observations if o.source_locator == locator}


def places_listed_at(observations: list[Observation], locator: str) -> list[tuple[float, str, str]]:
    """The values at ``locator`` in order, each with its country and first-level division."""
    return [(o.value, o.country, o.admin1) for o in observations if o.source_locator == locator]
