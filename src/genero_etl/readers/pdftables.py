"""Ruled tables of PDF pages, cell by cell (pdfplumber), told apart as data or code lists.

Why pdfplumber: the text layer alone cannot say where a cell ends. Numbers one or two
spaces apart run together, a wrapped header lands on the wrong line, and a code book's
"code | label" lists look like counts. pdfplumber reads the ruling lines a word
processor draws around cells (its "lines" strategy), so each cell comes back whole. It is
only asked about pages whose drawing has enough rules to hold a table, because laying out
a page costs far more than reading its text layer.

Each ruled table is one of:

* ``codes``: a code list or data dictionary (rows of "code | label", a variable name over
  its "Etiqueta" row, headers such as Código / Descripción, see
  ``schemas/tabular/pdf_tables.yaml``). It documents what the codes of a data set mean:
  nothing in it is a value, so its lines are left out of the text.
* ``data`` with two or more periods across its heading (months, years): handed, cell by
  cell, to the tabular stage (:mod:`genero_etl.tabular.pdfgrids`), which reads it like a
  sheet, with the line just above the table as its caption;
* other ``data``: a label column and numbers. Its rows replace the text layer's lines, one
  segment per row with cells joined by "\\t", after one header row built from the
  table's heading rows (a heading cell spanning several columns is carried over them),
  so every number keeps its column. Footnote markers ("225*", "12 (1)") leave the number.
* ``other``: anything else (ruled text boxes); the text layer is kept as it is.

The table's rows are matched to the text layer's lines by their letters and digits (all
spaces removed), so the rest of the page reads exactly as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.resources import default_schemas_dir, load_yaml, workspace_cache

CONFIG_RELPATH = Path("tabular") / "pdf_tables.yaml"
MIN_RULES = 4  # fewer drawn lines/rectangles than this on a page: no ruled table to look for
MAX_GAP = 2  # text lines inside a table's run that match none of its cells (wrapped cells)
MIN_COVER = 0.5  # share of the table's characters the matched lines must cover

_NUMBER = re.compile(r"^[-−]?\(?\d[\d.,\s]*\)?\s*%?$")
_FOOTNOTE = re.compile(
    r"^(?P<n>[-−]?\d[\d.,]*\s*%?)\s*(?:\*+|\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\([a-z]\)|(?<=\s)\d{1,2}/|[a-z]/)$"
)
_LETTER = re.compile(r"[^\W\d_]")
_RULE_OPERATORS = re.compile(rb"(?<![\w.])(?:re|l)\s")


@dataclass(frozen=True, slots=True)
class TableWords:
    dictionary: tuple[re.Pattern[str], ...]
    code: re.Pattern[str]


@dataclass(slots=True)
class RuledTable:
    rows: list[list[str | None]]
    kind: str  # codes | data | other
    codes: dict[str, str] = field(default_factory=dict)  # code -> folded label (code lists)
    grid: list[list[str]] | None = None  # rows for the tabular stage (periods across)
    routed: bool = False  # its lines were found and handed to the tabular stage
    captioned: bool = False  # grid[0] is the text line over the table
    continues: bool = False  # the rest of the previous page's table, with no heading
    span: tuple[int, int, int] | None = None  # its first and last text line, the page's lines


def fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(s.split())


def compact(text: str) -> str:
    """Letters and digits only, folded: how a cell and a text line are compared."""
    return re.sub(r"[\W_]+", "", fold(text))


@workspace_cache
@cache
def table_words(schemas_dir: Path | None = None) -> TableWords:
    """The shipped words, extended by a workspace's own ``schemas/tabular/pdf_tables.yaml``."""
    shipped = load_yaml((default_schemas_dir() / CONFIG_RELPATH).read_text("utf-8")) or {}
    words = list(shipped.get("dictionary_words") or [])
    code = str(shipped.get("code_cell") or r"^\d{1,4}$")
    if schemas_dir is not None and (schemas_dir / CONFIG_RELPATH).is_file():
        extra = load_yaml((schemas_dir / CONFIG_RELPATH).read_text("utf-8")) or {}
        words.extend(extra.get("dictionary_words") or [])
        code = str(extra.get("code_cell") or code)
    return TableWords(tuple(re.compile(w) for w in words), re.compile(code))


def may_hold_rules(page: Any) -> bool:
    """Cheap look at the page's drawing operators before asking pdfplumber to lay it out."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:  # an odd content stream: let pdfplumber judge
        return True
    return len(_RULE_OPERATORS.findall(data)) >= MIN_RULES


def strip_footnote(cell: str) -> str:
    """ "225*" -> "225": a footnote marker after a number is not part of it."""
    match = _FOOTNOTE.match(cell.strip())
    return match.group("n").strip() if match else cell.strip()


def is_number(cell: str) -> bool:
    return bool(cell) and bool(_NUMBER.match(strip_footnote(cell)))


def _cells(row: list[str | None]) -> list[str]:
    return [" ".join(c.split()) for c in row if c and c.strip()]


def classify(rows: list[list[str | None]], words: TableWords) -> RuledTable:
    """Code list, data table or ruled text, from what its rows hold."""
    table = RuledTable(rows, "other")
    filled = [_cells(r) for r in rows]
    filled = [r for r in filled if r]
    if not filled:
        return table
    codes = dictionary = heads = numeric_rows = 0
    for cells in filled:
        first = fold(cells[0])
        numbers = sum(is_number(c) for c in cells[1:])
        numeric_rows += (numbers >= 1 and not words.code.match(first)) or numbers >= 2
        if len(cells) == 1:
            heads += 1
        elif any(p.search(first) for p in words.dictionary):
            dictionary += 1
        elif (
            len(cells) == 2
            and words.code.match(first)
            and _LETTER.search(cells[1])
            and not is_number(cells[1])
        ):
            codes += 1
            table.codes[first] = fold(cells[1])
    header = [fold(c) for c in filled[0]]
    header_says = len(header) >= 2 and all(
        any(p.search(h) for p in words.dictionary) for h in header
    )
    others = len(filled) - codes - dictionary - heads
    listed = codes >= 2 or dictionary >= 1 or header_says
    if listed and (others <= len(filled) // 10 or (header_says and codes + dictionary >= 1)):
        table.kind = "codes"
    elif numeric_rows >= 1 and max(len(r) for r in filled) >= 2:
        table.kind = "data"
        table.codes.clear()
    else:
        table.codes.clear()
    return table


def _drop_empty_columns(rows: list[list[str | None]]) -> list[list[str | None]]:
    width = max((len(r) for r in rows), default=0)
    keep = [c for c in range(width) if any(c < len(r) and (r[c] or "").strip() for r in rows)]
    return [[r[c] if c < len(r) else "" for c in keep] for r in rows]


def data_rows(table: RuledTable) -> list[tuple[str, bool]]:
    """(text, is_table_row) of a data table: titles, one header row, data rows, notes."""
    rows = _drop_empty_columns(table.rows)
    out: list[tuple[str, bool]] = []
    first_data = next(
        (i for i, r in enumerate(rows) if any(is_number(c or "") for c in r[1:])), len(rows)
    )
    heading: list[list[str | None]] = []
    for row in rows[:first_data]:
        cells = _cells(row)
        if len(cells) == 1:
            out.append((cells[0], False))  # a title or a heading over the whole table
        elif cells:
            heading.append(row)
    if heading:
        width = len(rows[0])
        parts: list[list[str]] = [[] for _ in range(width)]
        for row in heading:
            carried = ""
            for c in range(width):
                cell = row[c] if c < len(row) else ""
                if cell is None:  # spanned by the cell on its left
                    cell = carried
                else:
                    carried = cell
                text = " ".join(cell.split())
                if text and text not in parts[c]:
                    parts[c].append(text)
        titles = [text for text, is_row in out if not is_row]
        if not parts[0]:  # a blank corner cell would be lost: the last heading names the rows
            parts[0] = [titles[-1] if titles else "-"]
        out.append(("\t".join(" ".join(p) for p in parts), True))
    for row in rows[first_data:]:
        cells = _cells(row)
        if len(cells) == 1 and not is_number(cells[0]):
            out.append((cells[0], False))  # a source line or a footnote under the table
        elif cells:
            texts = [" ".join((c or "").split()) for c in row]
            out.append(("\t".join(strip_footnote(t) if is_number(t) else t for t in texts), True))
    return out


def first_data_row(rows: Sequence[Sequence[str | None]]) -> int:
    """The first row with a number after its label; a row of years ("2014 | 2015") is a
    heading, not data."""
    for i, row in enumerate(rows):
        cells = [c.strip() for c in row[1:] if c and c.strip()]
        if any(is_number(c) for c in cells) and not all(_YEAR_CELL.match(c) for c in cells):
            return i
    return len(rows)


def periods_across(table: RuledTable) -> list[list[str]] | None:
    """The table as rows of cell text when its heading has two or more periods across
    (months, years): such a table is read by the tabular stage, which knows that "Febrero"
    after "Enero 2021" is February 2021 and that a "Total" column sums its months."""
    from genero_etl.extract.periods import MONTHS

    if table.kind != "data":
        return None
    rows = _drop_empty_columns(table.rows)
    first_data = first_data_row(rows)
    heading = [r for r in rows[:first_data] if len(_cells(r)) >= 2]
    if not heading or first_data >= len(rows):
        return None

    def is_period(cell: str | None) -> bool:
        words = fold(cell or "").replace(".", " ").split()
        return bool(words) and (words[0] in MONTHS or bool(_YEAR_CELL.match(words[0])))

    if max(sum(is_period(c) for c in r[1:]) for r in heading) < 2:
        return None
    out = []
    for row in [*heading, *rows[first_data:]]:
        texts = [" ".join((c or "").split()) for c in row]
        out.append([strip_footnote(t) if is_number(t) else t for t in texts])
    return out


_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")


def continued_rows(table: RuledTable, width: int) -> list[list[str]] | None:
    """A data table's rows when it has no heading (its first row holds numbers) and is
    ``width`` columns wide: the rest of a table whose heading is on the page before."""
    rows = _drop_empty_columns(table.rows)
    if not rows or len(rows[0]) != width or not any(is_number(c or "") for c in rows[0][1:]):
        return None
    out = []
    for row in rows:
        texts = [" ".join((c or "").split()) for c in row]
        out.append([strip_footnote(t) if is_number(t) else t for t in texts])
    return out


def match_run(lines: list[str], table: RuledTable) -> tuple[int, int] | None:
    """The run of text lines (first, last; 0-based) that holds the table, if one covers it."""
    whole = "".join(compact(c or "") for row in table.rows for c in row)
    if len(whole) < 4:
        return None
    keys = [compact(line) for line in lines]
    best: tuple[int, int, int] | None = None  # covered chars, first, last
    i = 0
    while i < len(keys):
        if not keys[i] or keys[i] not in whole:
            i += 1
            continue
        first = last = i
        covered = len(keys[i])
        gap = 0
        j = i + 1
        while j < len(keys) and gap <= MAX_GAP:
            if keys[j] and keys[j] in whole:
                covered += len(keys[j])
                last, gap = j, 0
            elif keys[j]:
                gap += 1
            j += 1
        if best is None or covered > best[0]:
            best = (covered, first, last)
        i = last + 1
    if best is None or best[0] < MIN_COVER * len(whole):
        return None
    return best[1], best[2]


def page_tables(plumber_page: Any, words: TableWords) -> list[RuledTable]:
    """The ruled tables of one pdfplumber page, classified; [] when it has none."""
    try:
        found = plumber_page.extract_tables()
    except Exception:  # a page pdfplumber cannot lay out keeps its text layer
        return []
    tables = []
    for rows in found:
        if len(rows) >= 2 or (rows and len(_cells(rows[0])) >= 2):
            tables.append(classify([list(r) for r in rows], words))
    return tables
