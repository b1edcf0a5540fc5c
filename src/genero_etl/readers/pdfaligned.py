"""Tables without rules (columns aligned by whitespace), and tables continuing over a page break.

Why from the layout text: pypdf's layout mode already places every word at a column
proportional to its x position, so the words of an unruled table line up in the text it
gives. Clustering those positions costs about 1 % of the reader's time on
``bench/bench_pdf.py``'s pages, while pdfplumber's "text" strategy reads those pages at
about 13 pages per CPU-second, against the reader's 190: more than ten times slower.

An aligned block is accepted as a table only when it is convincingly tabular, so prose,
lists and budget lines with wrapped labels keep the text path:

* three or more data rows in a run (a data row has two or more numeric cells and no more
  words than numbers), at most one wrapped label line between two rows;
* each row's cells fall in distinct columns; the columns are the union of the cells'
  character spans (numbers aligned right or left both overlap), and every column is used
  by two rows or more (a row whose cells drifted off the columns cannot be placed safely);
* two or more numeric columns, each with a number on three or more rows;
* a header line just above the rows, whose cells sit over the columns (up to
  ``MAX_HEADER_LINES`` lines: a heading over several columns, a year over its months;
  headings wrapped over two lines, "Femicidio" over "directo", are joined), naming every
  column that holds numbers.

A block at the top of a page with no header of its own is accepted only as the
continuation of the previous page's table (same columns, same positions): see
:func:`join_pages`, which also joins pieces that repeat the header and drops the repeat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from genero_etl.readers.pdftables import fold, is_number, strip_footnote

MIN_ROWS = 3  # data rows a table needs (a continuation piece needs one)
MIN_NUMBERS = 3  # numbers a numeric column needs, down its rows
MIN_NUMERIC_COLUMNS = 2
MAX_HEADER_LINES = 3
SLACK = 2  # characters a cell may sit outside its column's span
EDGE_LINES = 4  # lines of a running header or footer between a table and its page's edge

_PIECE = re.compile(r"\S+(?: \S+)*")  # words one space apart
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_NUMBER_START = frozenset("0123456789-−(")  # how a number cell can begin


class Chunk(NamedTuple):
    start: int
    end: int
    text: str


@dataclass(slots=True)
class AlignedTable:
    """A table found in a page's layout text (``first``..``last`` are line indexes)."""

    first: int
    last: int
    columns: list[tuple[int, int]]
    header: list[list[str]]
    rows: list[list[str]]
    row_lines: list[int] = field(default_factory=list)  # line index of each data row
    caption: str = ""  # the line just above it, when that line is plain text

    @property
    def grid(self) -> list[list[str]]:
        caption = [[self.caption] + [""] * (len(self.columns) - 1)] if self.caption else []
        return [*caption, *self.header, *self.rows]

    def shifted(self, by: int) -> AlignedTable:
        self.first += by
        self.last += by
        self.row_lines = [k + by for k in self.row_lines]
        return self


def chunks(line: str) -> list[Chunk]:
    """The pieces of a laid-out line separated by two or more spaces, with their spans."""
    return [Chunk(m.start(), m.end(), m.group()) for m in _PIECE.finditer(line)]


def _is_data_text(line: str) -> bool:
    """A data row: two or more numbers, no more words than numbers, not a heading of years
    (read from the line's text, without making its chunks)."""
    numbers = years = words = 0
    for match in _PIECE.finditer(line):
        text = match.group()
        if text[0] in _NUMBER_START and is_number(text):
            numbers += 1
            years += _YEAR.match(text) is not None
        else:
            words += 1
    return numbers >= 2 and words <= numbers and years < numbers


def _may_be_row(line: str) -> bool:
    """A cheap test before a line is split: a gap between words, and digits."""
    return "  " in line.strip() and _DIGIT.search(line) is not None


class _Cells:
    """The chunks of each line, split only when asked for (most lines never are)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.split: dict[int, list[Chunk]] = {}

    def __getitem__(self, k: int) -> list[Chunk]:
        got = self.split.get(k)
        if got is None:
            got = self.split[k] = chunks(self.lines[k])
        return got


def _columns(rows: list[list[Chunk]]) -> list[tuple[int, int]]:
    """Spans where the rows' cells overlap, merged left to right."""
    spans = sorted((c.start, c.end) for cells in rows for c in cells)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _column_of(cell: Chunk, columns: list[tuple[int, int]]) -> int | None:
    """The column the cell overlaps most; a cell just outside a column's span is its."""
    best, overlap = None, 0
    for index, (start, end) in enumerate(columns):
        shared = min(end, cell.end) - max(start, cell.start)
        if shared > overlap:
            best, overlap = index, shared
    if best is not None:
        return best
    near = [
        (min(abs(cell.start - end), abs(start - cell.end)), index)
        for index, (start, end) in enumerate(columns)
    ]
    distance, index = min(near)
    return index if distance <= SLACK else None


def _place(cells: list[Chunk], columns: list[tuple[int, int]]) -> list[str] | None:
    """The row's text per column; None when two cells fall in one column or none fits."""
    out = [""] * len(columns)
    for cell in cells:
        index = _column_of(cell, columns)
        if index is None or out[index]:
            return None
        out[index] = cell.text
    return out


def _header_line(cells: list[Chunk], columns: list[tuple[int, int]]) -> list[str] | None:
    """A heading over the columns: words (years allowed), each over a column of its own."""
    if not cells or not any(_LETTER.search(c.text) or _YEAR.match(c.text) for c in cells):
        return None
    if any(is_number(c.text) and not _YEAR.match(c.text) for c in cells):
        return None
    for cell in cells:  # a line running from the label column over the numbers is prose
        over = [i for i, (a, b) in enumerate(columns) if min(b, cell.end) > max(a, cell.start)]
        if len(over) >= 2 and over[0] == 0:
            return None
    placed = _place(cells, columns)
    if placed is None or not any(placed[1:]):
        return None  # words over the label column only: a caption, not a heading
    return placed


def _numeric_columns(rows: list[list[str]], need: int) -> int:
    width = len(rows[0]) if rows else 0
    count = 0
    for col in range(width):
        filled = [r[col] for r in rows if r[col]]
        numbers = sum(is_number(text) for text in filled)
        count += numbers >= need and numbers * 10 >= len(filled) * 8
    return count


def find_tables(
    lines: list[str], *, top_continues: list[tuple[int, int]] | None = None
) -> list[AlignedTable]:
    """The convincingly tabular blocks of a page's layout lines.

    ``top_continues``: the columns of the previous page's table when it ran to the foot of
    its page; a block at the top of this page with no header, in those columns, is its
    continuation and is returned (with ``header == []``).
    """
    cells = _Cells(lines)
    data = [_may_be_row(line) and _is_data_text(line) for line in lines]
    found: list[AlignedTable] = []
    i = 0
    while i < len(lines):
        if not data[i]:
            i += 1
            continue
        rows, wraps, k = [i], [], i + 1
        while k < len(lines):
            if data[k]:
                rows.append(k)
            elif k + 1 < len(lines) and data[k + 1] and data[k - 1] and len(cells[k]) == 1:
                wraps.append(k)  # a label wrapped onto a line of its own
            else:
                break
            k += 1
        table = _table(lines, cells, rows, wraps, top_continues if not found else None)
        if table is not None and not any(t.last >= table.first for t in found):
            found.append(table)
        i = rows[-1] + 1
    return found


def _table(
    lines: list[str],
    cells: _Cells,
    rows: list[int],
    wraps: list[int],
    continues: list[tuple[int, int]] | None,
) -> AlignedTable | None:
    if len(wraps) * 3 > len(rows):
        return None  # wrapped labels everywhere: a list with amounts, read as text
    columns = _columns([cells[k] for k in rows])
    placed = [_place(cells[k], columns) for k in rows]
    if any(p is None for p in placed):
        return None
    body = [p for p in placed if p is not None]
    if len(body) >= MIN_ROWS and any(
        sum(bool(r[c]) for r in body) < 2 for c in range(len(columns))
    ):
        return None  # a column only one row uses: that row's cells drifted, no safe reading
    for k in wraps:  # a wrapped label joins the row above it
        at = max(n for n, r in enumerate(rows) if r < k)
        index = _column_of(cells[k][0], columns)
        if index is None:
            return None
        body[at][index] = f"{body[at][index]} {cells[k][0].text}".strip()
    body = [[strip_footnote(t) if is_number(t) else t for t in row] for row in body]
    header: list[list[str]] = []
    first = rows[0]
    while first > 0 and len(header) < MAX_HEADER_LINES:
        line = _header_line(cells[first - 1], columns)
        if line is None or (not header and sum(bool(t) for t in line) < 2):
            break
        if header and _wrapped(cells[first - 1], columns, header[0]):
            header[0] = [f"{a} {b}".strip() for a, b in zip(line, header[0], strict=True)]
        else:
            header.insert(0, line)
        first -= 1
    numeric = _numeric_columns(body, min(MIN_NUMBERS, len(body)))
    if header and len(body) >= MIN_ROWS and numeric >= MIN_NUMERIC_COLUMNS and _named(header, body):
        return AlignedTable(first, rows[-1], columns, header, body, rows)
    if continues is not None and rows[0] < EDGE_LINES and same_columns(columns, continues):
        return AlignedTable(rows[0], rows[-1], columns, [], body, rows)
    return None


def _wrapped(upper: list[Chunk], columns: list[tuple[int, int]], lower: list[str]) -> bool:
    """The line is the first part of headings wrapped over two lines ("Femicidio" over
    "directo"): each of its words sits over one column whose heading goes on below. A word
    spanning several columns (a year over its months) heads a group instead."""
    for cell in upper:
        over = [i for i, (a, b) in enumerate(columns) if min(b, cell.end) > max(a, cell.start)]
        if len(over) != 1 or not lower[over[0]]:
            return False
    return True


def _named(header: list[list[str]], body: list[list[str]]) -> bool:
    """Every column with numbers has a heading in words (a row number or a console's
    type row, "<dbl>", names nothing: what its numbers count is unknown)."""
    for col in range(len(body[0])):
        if not any(is_number(r[col]) for r in body):
            continue
        words = " ".join(h[col] for h in header)
        if not (_LETTER.search(words) or _YEAR.search(words)) or "<" in words:
            return False
    return True


def same_columns(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """As many columns, each overlapping its counterpart (within ``SLACK``)."""
    return len(a) == len(b) and all(
        min(x[1], y[1]) + SLACK >= max(x[0], y[0]) for x, y in zip(a, b, strict=True)
    )


# --- tables continuing over a page break ---------------------------------------------------


@dataclass(slots=True)
class Piece:
    """A table as it sits on one page, before pieces over a page break are joined."""

    page: int
    grid: list[list[str]]
    head: int  # rows of ``grid`` before the first data row (caption and header)
    captioned: bool  # grid[0] is the caption line over the table
    at_top: bool  # nothing but a running header above it on its page
    at_foot: bool  # nothing but a footer below it on its page
    columns: list[tuple[int, int]] | None = None  # character spans (aligned tables)


@dataclass(slots=True)
class JoinedTable:
    """One table for the tabular stage: its sheet name, rows, and where each row was printed."""

    name: str
    grid: list[list[str]]
    origins: list[tuple[str, int]]  # (the piece's own name, its row there) of each row
    pages: list[int]


def head_rows(grid: list[list[str]]) -> int:
    """How many rows of a grid come before its first data row."""
    from genero_etl.readers.pdftables import first_data_row

    return first_data_row(grid)


def _header_key(piece: Piece) -> list[str]:
    rows = piece.grid[1 if piece.captioned else 0 : piece.head]
    return [fold(" ".join(r)) for r in rows]


def continues(previous: Piece, piece: Piece) -> bool:
    """The piece goes on with the previous page's table: at the page edges, same columns, and
    either no header of its own or the same header repeated."""
    if piece.page != previous.page + 1 or not (previous.at_foot and piece.at_top):
        return False
    if len(previous.grid[-1]) != len(piece.grid[-1]):
        return False
    before, after = previous.columns, piece.columns
    if before is not None and after is not None and not same_columns(before, after):
        return False
    own = _header_key(piece)
    return not own or own == _header_key(previous)


def join_pages(pieces: list[Piece]) -> list[JoinedTable]:
    """Name each piece ``page:P/table:K`` and join those continuing over a page break; the
    joined table keeps the first piece's name, its header once, and each row's origin."""
    out: list[JoinedTable] = []
    counts: dict[int, int] = {}
    last: Piece | None = None
    for piece in pieces:
        counts[piece.page] = counts.get(piece.page, 0) + 1
        name = f"page:{piece.page}/table:{counts[piece.page]}"
        if out and last is not None and continues(last, piece):
            joined = out[-1]
            start = piece.head  # its caption and repeated header are dropped
            joined.grid.extend(piece.grid[start:])
            joined.origins.extend((name, r) for r in range(start, len(piece.grid)))
            joined.pages.append(piece.page)
        else:
            out.append(
                JoinedTable(
                    name, [list(r) for r in piece.grid],
                    [(name, r) for r in range(len(piece.grid))], [piece.page],
                )
            )  # fmt: skip
        last = piece
    return out
