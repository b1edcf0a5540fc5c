"""What the text extractor finds in a few lines, for tests of periods: each finding's value and
the first and last day of its period."""

from __future__ import annotations

from genero_etl.extract.finding import DocContext
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()

Dated = list[tuple[float | None, str | None, str | None]]


def periods(
    text: str, year: int | None, convention: Convention = Convention.DECIMAL_COMMA
) -> Dated:
    """``(value, start, end)`` of each finding of ``text``, one segment per line
    (``line:1``, ``line:2``...), in a document of ``year``."""
    ctx = DocContext(convention=convention, year=year)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    found = extract_findings(segments, ctx, CODEBOOK.lexicon)
    return [
        (f.value, f.period.start if f.period else None, f.period.end if f.period else None)
        for f in found
    ]
