"""What a reader hands to extraction: text segments, each with a locator a person can follow."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Segment:
    """One physical unit of text: a line of a .txt, a paragraph of a .docx, a slide shape.

    ``locator`` is how a person finds it again (``line:12``, ``page:3/line:4``).
    """

    text: str
    locator: str
    # lines joined into one segment (a PDF's paragraph wrapped over lines): where each line
    # starts in ``text`` and its own locator, the first one being ``locator``
    lines: tuple[tuple[int, str], ...] = ()
    # a line of running text laid out as one piece (a PDF line no column gap cuts): it may
    # be a paragraph's line that wraps on to the next
    prose: bool = False


@dataclass(slots=True)
class Document:
    """A decoded text report, ready for extraction."""

    path: str
    sha256: str
    bytes: int
    format: str
    segments: list[Segment]
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    # tables the file itself delimits (a PDF's ruled tables with periods across, its
    # unruled tables), as (name, rows of cell text): read by the tabular stage, not as text
    tables: list[tuple[str, list[list[str]]]] = field(default_factory=list)
    # a table continuing over a page break: for each of its rows, the table and row where
    # it was printed ("page:4/table:1", 2), so each value points at its own page
    table_rows: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
