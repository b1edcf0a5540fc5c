"""Finding tables on report-style sheets: title rows, multi-row merged headers, notes.

Offices format sheets for printing: a logo and a title over the table, a header spread
over two or three rows with merged cells ("2023" over "Mujeres | Varones"), blank
separator rows, a "Total" row, "Fuente:" lines below, sometimes several tables on one
sheet. This module classifies rows by what their cells hold (text, numbers, years) and
cuts the sheet into tables; it only ever looks at the head of a large sheet, so a
million-row CSV costs a few hundred rows of Python.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from genero_etl.extract.periods import MONTH_PATTERN, find_periods, names_weeks, week_header
from genero_etl.extract.periods import MONTHS as MONTHS
from genero_etl.extract.textutil import fold
from genero_etl.model import Period
from genero_etl.normalize.units import without_currency
from genero_etl.readers.grid import cell_text as cell_text
from genero_etl.readers.grid import is_blank as is_blank

if TYPE_CHECKING:
    import pandas as pd

    from genero_etl.readers.grid import Grid

HEAD_SCAN = 40  # rows searched for a header
FULL_SCAN = 5000  # sheets up to this size are cut into several tables
NOTE = re.compile(
    r"^\s*(fuente|nota|notas|\*|\(\*|elabor|fecha de (corte|actualizacion)|actualizado|observaciones?\s*:)",
    re.IGNORECASE,
)
# A footnote under a table: its marker ("1/", "(1)", "2)", "[3]", "¹", "a/") and then words,
# in one cell or the marker in a cell of its own and the words in the next.
FOOTNOTE = re.compile(
    r"^\s*(?:\d{1,2}\s*/|\(\d{1,2}\)|\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[a-z]/)\s*[:.]?\s*[^\W\d_]{2}"
)
# The same markers written after a label or a number: "Lima 1/", "Callao (2)", "225*".
_TRAILING_MARKER = re.compile(
    r"(?<=\S)\s*(?:\s\d{1,2}/|\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰⅟]+|\*+|\s[a-z]/"
    r"|(?<=[^\W\d_])\d{1,2}/|(?<=(?:19|20)\d\d)\d/"
    r"|(?<=(?<!\d)(?:19|20)\d\d)(?:/|\s)\d(?!\d))\s*:?\s*$"
)  # "Lima 1/", "Callao (2)", "Violencia contra la mujer2/", "20221/" (2022, note 1), "2022⅟",
# "2022/1" and "2022 1" (a year, then its note's one-digit number: "2022/23" is a span)
_SOURCE = re.compile(r"^\s*fuentes?\s*:", re.IGNORECASE)
TOTAL = re.compile(r"^\s*(total|totales|total general|suma)\b", re.IGNORECASE)
_NUMBERISH = re.compile(r"^\s*[-+]?\$?\s*\d[\d.,\s]*%?\s*$")
_YEARLIKE = re.compile(r"^\s*(19|20)\d{2}\s*$")
# a year a data frame wrote as a decimal number ("2023.0": a column of years with a blank
# cell is read as floats and saved so)
_FLOAT_YEAR = re.compile(r"^\s*(19|20)\d{2}\.0+\s*$")
# a year written as its middle, a decimal year ("1990.5": demographers date a year's
# population or deaths at 1 July); a year only in a column whose header names a period
_MID_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\.50*\s*$")
_DIGIT = re.compile(r"\d")


def is_number(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int | float):
        return v == v
    if isinstance(v, str) and marked_year(v):
        return False  # "2022 1": the year 2022 and its note's number, never 20,221
    if isinstance(v, str) and (bare := strip_marker(v)) != v and _NUMBERISH.match(bare):
        return True  # "48*", "12 (1)": a number and its note's mark
    return isinstance(v, str) and bool(
        _NUMBERISH.match(v) or (_DIGIT.search(v) and _NUMBERISH.match(without_currency(v)))
    )  # "₡ 12.500.000", "Gs. 25.000", "1.250 Bs.": an amount with its currency


def is_year(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int | float):
        return v == v and float(v).is_integer() and 1990 <= v <= 2100
    return isinstance(v, str) and bool(_YEARLIKE.match(v) or _FLOAT_YEAR.match(v) or marked_year(v))


def mid_year(v: Any) -> int | None:
    """The year a cell written as that year's middle holds ("1990.5", 1990.5: 1990), else
    None. Not a year by itself (``is_year``): only under a header naming a year or a date."""
    if isinstance(v, bool):
        return None
    text = repr(float(v)) if isinstance(v, int | float) else v
    m = _MID_YEAR.match(text) if isinstance(text, str) else None
    return int(m.group(1)) if m else None


def year_value(v: Any) -> int:
    """The year a year cell holds (``is_year``): 2022 for 2022, "2022", "2022 1", "2016*"."""
    text = v if isinstance(v, str) else str(v)
    return int(float(strip_marker(text).strip() if isinstance(v, str) else text))


def marked_year(text: str) -> bool:
    """A year with a footnote's mark after it ("2022 1", "2022/1", "20221/", "2016*")."""
    bare = strip_marker(text)
    return bare != text and bool(_YEARLIKE.match(bare))


@dataclass(slots=True)
class RowKind:
    cells: dict[int, Any]
    kind: str  # blank | single | header | data | note


def strip_marker(text: str) -> str:
    """A label without the footnote marker written after it: 'Lima 1/' -> 'Lima'."""
    return _TRAILING_MARKER.sub("", text)


# bullets a report writes before the lines of its title block ("·   Fuente:")
_BULLET = re.compile(r"^[\s·•◦▪‣]+")


def classify_row(cells: dict[int, Any]) -> str:
    if not cells:
        return "blank"
    texts = [cell_text(v) for v in cells.values()]
    values = list(cells.values())
    if len(set(texts)) == 1:
        return "note" if NOTE.match(texts[0]) or FOOTNOTE.match(texts[0]) else "single"
    first = _BULLET.sub("", texts[0])
    if NOTE.match(first) and len(cells) <= 2:
        return "note"
    if len(cells) == 2 and first.rstrip().endswith(":") and not is_number(values[-1]):
        return "note"  # "· Unidad de análisis: | Noticias de delito", a title block's line
    if len(cells) <= 2 and FOOTNOTE.match(" ".join(texts)) and not is_number(values[-1]):
        return "note"
    if (
        all((not is_number(v)) or is_year(v) for v in values)
        and any(not is_number(v) for v in values)
    ) or all(is_year(v) for v in values):
        return "header"
    return "data"


NUMBERED_AT_LEAST = 6  # columns numbered in a run to or from 1, after a row's words


def numbered_columns(grid: Grid) -> tuple[str, str] | None:
    """(first, last) column numbers when a sheet's first filled row is its words, then its
    columns numbered in a run that steps by one to or from 1 ("tipo | year | 18 | 17 | ... |
    1"): nothing says what they number (weeks, days, states by their code, a form's items),
    so no reading of them is safe. None for any other sheet."""
    found = _numbered_run(grid)
    return found[1:] if found is not None else None


def numbered_header(grid: Grid) -> int | None:
    """The row of a sheet's columns numbered in a run (``numbered_columns``), for a caller
    that knows what they number (weeks, by the file's name): that row is the table's header."""
    found = _numbered_run(grid)
    return found[0] if found is not None else None


def _numbered_run(grid: Grid) -> tuple[int, str, str] | None:
    frame = grid.frame
    for r in range(min(len(frame), HEAD_SCAN)):
        cells = row_cells(frame, r)
        if not cells:
            continue
        values = list(cells.values())
        words = 0
        while words < len(values) and not is_number(values[words]):
            words += 1
        rest = values[words:]
        if not words or len(rest) < NUMBERED_AT_LEAST:
            return None
        try:
            numbers = [float(v) for v in rest]
        except (TypeError, ValueError):
            return None
        if any(n != int(n) for n in numbers) or min(numbers) != 1:
            return None
        steps = {b - a for a, b in itertools.pairwise(numbers)}
        if steps not in ({1.0}, {-1.0}):
            return None
        return r, str(int(numbers[0])), str(int(numbers[-1]))
    return None


def row_cells(frame: pd.DataFrame, row: int) -> dict[int, Any]:
    values = frame.loc[row]
    return {
        int(str(c)): v for c, v in values.items() if not is_blank(v)
    }  # columns are ints; stubs say Hashable


def fill_merged(grid: Grid) -> None:
    """Copy each merged range's value into all its cells (a header "2023" over two columns)."""
    frame = grid.frame
    for r0, c0, r1, c1 in grid.merged:
        if r0 not in frame.index or c0 not in frame.columns:
            continue
        value: Any = frame.at[r0, c0]
        if is_blank(value):
            continue
        for r in range(r0, min(r1, len(frame) - 1) + 1):
            for c in range(c0, min(c1, frame.shape[1] - 1) + 1):
                if is_blank(frame.at[r, c]):
                    frame.at[r, c] = value


@dataclass(slots=True)
class Table:
    sheet: str
    header_rows: list[int]
    labels: dict[int, str]  # column -> header label as written ("2023 | Mujeres")
    parts: dict[int, list[str]]  # column -> header parts, top to bottom
    data_rows: list[int] | None  # None: every row after the header up to end_row
    end_row: int  # exclusive
    title: str = ""
    notes: list[tuple[int, int, str]] = field(default_factory=list)  # row, col, text
    sections: dict[int, str] = field(default_factory=dict)  # data row -> section heading above it
    columns: tuple[int, int] | None = None  # first, last column: a band of a sheet's columns

    @property
    def folded(self) -> dict[int, str]:
        return {c: fold_label(" ".join(p)) for c, p in self.parts.items()}


# a lower-case letter followed by a capital: two words run together ("RelacionVictima")
_CAMEL = re.compile(r"(?<=[a-záéíóúüñ])(?=[A-ZÁÉÍÓÚÜÑ])")


def header_words(text: str) -> str:
    """A header as the words it runs together, case kept ("HOMICIDIOS_MUJERES" ->
    "HOMICIDIOS MUJERES", "TipoMuerte" -> "Tipo Muerte"): what the codebook reads."""
    return " ".join(_CAMEL.sub(" ", text.replace("_", " ")).split())


def fold_label(text: str) -> str:
    """Folded header label; snake_case, CamelCase and R's dotted headers of open-data exports
    read as words ("RelacionVictima_Agresor" -> "relacion victima agresor", "rango.de.edad" ->
    "rango de edad")."""
    if _DOTTED.fullmatch(text.strip()):
        text = text.replace(".", " ")
    return fold(_CAMEL.sub(" ", text.replace("_", " ")))


# a name as R's make.names writes it: words joined by dots, no space ("tipo.de.delito")
_DOTTED = re.compile(r"[^\W\d_]\w*(?:\.[^\W\d_]\w*)+")


# Header cells an export writes where a header has no word: "Column1" (a query editor),
# "Unnamed: 3" (a data frame), "#" (a count sign under the real header).
_PLACEHOLDER = re.compile(r"^\s*(?:(?:column|columna|unnamed:?)\s*_?\d+|#)\s*$", re.IGNORECASE)


def compose_header(
    frame: pd.DataFrame, rows: list[int]
) -> tuple[dict[int, str], dict[int, list[str]]]:
    """Labels of the header columns; upper rows fill blanks rightwards (merged without metadata)."""
    width = frame.shape[1]
    parts: dict[int, list[str]] = {c: [] for c in range(width)}
    signs: set[int] = set()  # columns whose header cell was a bare "#"
    last = rows[-1]
    for r in rows:
        carry = ""
        for c in range(width):
            text = cell_text(frame.at[r, c]) if c in frame.columns else ""
            if text:
                carry = text if r != last else ""
            elif carry and r != last and not is_blank(frame.at[last, c]):
                text = carry  # "2023" written once over "Mujeres | Varones" (ODS, CSV)
            if text and _PLACEHOLDER.match(text):
                if text.strip() == "#":
                    signs.add(c)
                continue  # "Column1", "#": an export's filler, not a word of the header
            if text:
                text = strip_marker(text) or text  # "Femicidio 1/", "20221/": the note's mark
            if text and (not parts[c] or parts[c][-1] != text):
                parts[c].append(text)
    for c in signs:  # "Relación | # | %": a count and its share, "#" the count's only header
        if not parts[c] and any(parts.get(n) == ["%"] for n in (c - 1, c + 1)):
            parts[c] = ["#"]
    parts = {c: p for c, p in parts.items() if p}
    return {c: " | ".join(p) for c, p in parts.items()}, parts


def header_candidates(frame: pd.DataFrame, limit: int = HEAD_SCAN) -> list[tuple[int, list[int]]]:
    """(last header row, header rows) for each header-like row in the head of the sheet."""
    kinds = [classify_row(row_cells(frame, r)) for r in range(min(limit, len(frame)))]
    found = []
    for r, kind in enumerate(kinds):
        if kind != "header":
            continue
        rows = [r]
        while rows[0] - 1 >= 0 and kinds[rows[0] - 1] == "header" and len(rows) < 3:
            rows.insert(0, rows[0] - 1)
        found.append((r, rows))
    return found


def find_tables(
    grid: Grid, category_values: frozenset[str] = frozenset(), header_row: int | None = None
) -> list[Table]:
    """Cut a sheet into tables: header rows, then data until a note or a new header.

    A lone label among data rows is a section heading over the rows below it, unless the
    table's rows had no heading so far and the label is a category value
    (``category_values``, folded: 'Intersexo' between 'Mujer' and 'No informa'): then it is
    a row of that breakdown whose cells are empty, and the rows below keep their own labels.
    ``header_row``: a row the caller knows is a header though it holds numbers (columns
    numbered as weeks, ``numbered_header``).
    """
    frame = grid.frame
    n = len(frame)
    if n == 0:
        return []
    scan = n if n <= FULL_SCAN else HEAD_SCAN
    kinds = [classify_row(row_cells(frame, r)) for r in range(scan)]
    if header_row is not None and header_row < scan:
        kinds[header_row] = "header"
    tables: list[Table] = []
    r = 0
    title_lines: list[str] = []
    title_spans: list[tuple[int, int]] = []  # each title line's first and last column
    unheaded = False  # rows after a table's source line, with no header of their own
    while r < scan:
        kind = kinds[r]
        if kind == "single":
            cells = row_cells(frame, r)
            title_lines.append(title_line(cell_text(next(iter(cells.values())))))
            title_spans.append((min(cells), max(cells)))
            unheaded = False
            r += 1
            continue
        if (kind != "header" and kind != "data") or (kind == "data" and unheaded):
            r += 1  # numbers under a table's source with no header (the same counts beside
            continue  # their shares): nothing says what they are, nor of which year
        unheaded = False
        header: list[int] = []
        while r < scan and kinds[r] == "header":
            header.append(r)
            r += 1
        first_case = _first_case_of_words(frame, header)
        if first_case:  # a register of words: its header, then its rows
            for k in header[first_case:]:
                kinds[k] = "data"
            r = header[first_case]
            header = header[:first_case]
        header = header[-3:]
        r = _past_spacer_rows(kinds, r, scan) if header else r
        if header and r < scan and kinds[r] == "data" and _months_by_number(frame, r, header):
            kinds[r] = "header"  # "1 | 2 | ... | 12" under each year: those years' months
            header = [*header, r][-3:]
            r += 1
        if r >= scan and n <= FULL_SCAN:
            break
        if header and r < scan and kinds[r] not in {"data", "single"} and n <= FULL_SCAN:
            continue
        labels, parts = compose_header(frame, header) if header else ({}, {})
        table = Table(
            grid.name,
            header,
            labels,
            parts,
            data_rows=[],
            end_row=n,
            title=" / ".join(title_lines[-5:]),
        )
        section = ""
        seen: dict[int, set[str]] = {}  # the texts each column held in the table's rows
        sourced = False  # a "Fuente: ..." line closed the rows, a blank row followed it
        if n > FULL_SCAN:
            table.data_rows = None
            tables.append(table)
            _trim_tail(frame, table)
            return tables
        while r < scan:
            kind = kinds[r]
            if kind == "header" and _continues(row_cells(frame, r), seen):
                kind = "data"  # a case with its numbers blank, not a new table's header
            elif (
                kind == "header"
                and table.data_rows
                and table.data_rows[-1] == r - 1
                and _count_like_a_year(row_cells(frame, r), seen)
            ):
                kind = "data"  # "Alto Paraná | 1900": a count that reads like a year
            elif kind == "header" and table.data_rows and _section_row(row_cells(frame, r)):
                kind = "data"  # "2015 | Escolaridad | Escolaridad_%": a section of the list
            if kind == "data" and sourced and kinds[r - 1] == "blank":
                unheaded = True  # rows under a table's source line and a blank row
                break
            if kind == "data":
                table.data_rows.append(r)  # type: ignore[union-attr]
                _remember(seen, row_cells(frame, r))
                if section:
                    table.sections[r] = section
            elif kind == "single":
                text = cell_text(next(iter(row_cells(frame, r).values())))
                nxt = next((k for k in kinds[r + 1 :] if k != "blank"), "blank")
                if (table.data_rows or header) and _empty_rows_run(kinds, r):
                    r += 1  # rows whose cells are all empty, among the table's rows
                    continue
                if nxt != "data":
                    break
                if not (table.data_rows and not section and fold(text) in category_values):
                    section = text
            elif kind == "note":
                cells = row_cells(frame, r)
                c = min(cells)
                table.notes.append((r, c, cell_text(cells[c])))
                sourced = sourced or _SOURCE.match(cell_text(cells[c])) is not None
            elif kind == "header":
                break
            r += 1
        table.end_row = r
        while r < scan and kinds[r] in {"note", "blank"}:
            if kinds[r] == "note":
                cells = row_cells(frame, r)
                c = min(cells)
                table.notes.append((r, c, cell_text(cells[c])))
            r += 1
        if table.data_rows:
            tables.extend(
                split_bands(frame, table, list(zip(title_spans, title_lines, strict=True)))
            )
        title_lines = []
        title_spans = []
    return tables


def column_bands(frame: pd.DataFrame, rows: list[int]) -> list[tuple[int, int]]:
    """The runs of columns holding a cell in ``rows``, first and last column of each: bands
    that one or more columns empty over all those rows separate."""
    filled = sorted({c for r in rows for c in row_cells(frame, r)})
    bands: list[tuple[int, int]] = []
    for c in filled:
        if bands and c == bands[-1][1] + 1:
            bands[-1] = (bands[-1][0], c)
        else:
            bands.append((c, c))
    return bands


def _stands_alone(frame: pd.DataFrame, table: Table, band: tuple[int, int]) -> bool:
    """Is the band of columns a table of its own: its first column the rows' keys (labels,
    or years down the column) and, beside it, columns of numbers under header labels of the
    band's own? A column of labels apart from its numbers, or numbers under a header they
    share with the columns before the gap, are no table alone."""
    first, last = band
    rows = [
        r for r in table.data_rows or [] if any(first <= c <= last for c in row_cells(frame, r))
    ]
    keys = [frame.at[r, first] for r in rows if not is_blank(frame.at[r, first])]
    if len(keys) < 2:
        return False
    texts = all(not is_number(v) for v in keys)
    years = all(is_year(v) for v in keys) and len({year_value(v) for v in keys}) == len(keys)
    if not (texts or years):
        return False
    valued = [
        c
        for c in range(first + 1, last + 1)
        if c in table.labels
        and any(is_number(frame.at[r, c]) for r in rows if not is_blank(frame.at[r, c]))
    ]
    return bool(valued)


def split_bands(
    frame: pd.DataFrame, table: Table, titles: list[tuple[tuple[int, int], str]]
) -> list[Table]:
    """A table whose columns fall into bands apart (one or more empty columns between them
    over its header and rows), each band a table of its own (``_stands_alone``: keys down its
    first column, numbers under its own header labels), cut into one table a band: a side
    table of years beside a block of age groups is not read with the block's rows. A spacer
    column inside one table (between its labels and their numbers, between groups of
    columns under one header) does not cut it. Each band keeps the title lines that reach
    over its columns."""
    bands = column_bands(frame, table.header_rows + (table.data_rows or []))
    if len(bands) < 2 or not all(_stands_alone(frame, table, b) for b in bands):
        return [table]
    out = []
    for first, last in bands:
        rows = [
            r for r in table.data_rows or [] if any(first <= c <= last for c in row_cells(frame, r))
        ]
        title = [t for (a, b), t in titles if a <= last and b >= first]
        out.append(
            Table(
                table.sheet,
                list(table.header_rows),
                {c: v for c, v in table.labels.items() if first <= c <= last},
                {c: v for c, v in table.parts.items() if first <= c <= last},
                data_rows=rows,
                end_row=table.end_row,
                title=" / ".join(title[-5:]),
                notes=list(table.notes),
                sections={r: s for r, s in table.sections.items() if r in rows},
                columns=(first, last),
            )
        )
    return out


def band_repeats(grid: Grid, table: Table) -> bool:
    """Does a band cut from a sheet's columns after its first repeat figures the sheet shows
    elsewhere, every one of them (three at least that are not zero): a side table copying the
    blocks' rows ("15 a 49 años" by year beside the blocks by age group), whose cells would
    carry fewer of their breakdowns than the blocks' own and so read as other counts."""
    if table.columns is None or not table.data_rows:
        return False
    first, last = table.columns
    frame = grid.frame
    if not any(c < first for r in table.data_rows for c in row_cells(frame, r)) and not any(
        c < first for r in table.header_rows for c in row_cells(frame, r)
    ):
        return False  # the first band of its rows
    own: set[float] = set()
    elsewhere: set[float] = set()
    for r in range(len(frame)):
        for c, v in row_cells(frame, r).items():
            if not is_number(v) or is_year(v):
                continue
            try:
                x = float(v)
            except (TypeError, ValueError):
                continue  # a number as a report writes it: no figure to compare
            inside = first <= c <= last and r in table.data_rows
            (own if inside else elsewhere).add(x)
    own.discard(0.0)
    return len(own) >= 3 and own <= elsewhere


def band_grid(grid: Grid, table: Table) -> Grid:
    """The sheet as a table cut from a band of its columns sees it: the cells outside the
    band blank, every cell where it was (its locator the sheet's own)."""
    if table.columns is None:
        return grid
    first, last = table.columns
    frame = grid.frame.copy()
    outside = [c for c in frame.columns if not first <= int(str(c)) <= last]
    frame.loc[:, outside] = None
    return replace(grid, frame=frame)


SECTION_MARK = re.compile(r"[\s_]*(?:%|porcentajes?|pct)$")


def heads_section(label: str, value: str) -> bool:
    """Does a value cell restate its row's label as a section's heading ("Entidad_%" beside
    "Entidad", "Civil_%" beside "Estado Civil", "%" alone beside "Lugar")?"""
    said = SECTION_MARK.sub("", fold(value)).strip(" _")
    own = fold(label).strip()
    if not own:
        return False
    if not said:
        return value.strip().endswith("%")
    return said == own or own.endswith(" " + said) or own.startswith(said + " ")


def _section_row(cells: dict[int, Any]) -> bool:
    """A row inside a table's rows whose last cell restates the label before it as a
    heading marked as shares ("2015 | Escolaridad | Escolaridad_%"): a section of a
    label-value list, not the header of a new table."""
    if len(cells) < 2:
        return False
    cols = sorted(cells)
    value = cell_text(cells[cols[-1]])
    label = cell_text(cells[cols[-2]])
    return bool(SECTION_MARK.search(fold(value))) and heads_section(label, value)


_YEAR_MARK = "\x00year"  # in a column's remembered texts: it held a year
_NUMBER_MARK = "\x00number"  # ... it held a number that is not a year


def _remember(seen: dict[int, set[str]], cells: dict[int, Any]) -> None:
    for c, v in cells.items():
        texts = seen.setdefault(c, set())
        if is_year(v):
            texts.add(_YEAR_MARK)
        elif is_number(v):
            texts.add(_NUMBER_MARK)
        elif len(texts) < 2000:
            texts.add(cell_text(v))


def _continues(cells: dict[int, Any], seen: dict[int, set[str]]) -> bool:
    """A row of words inside a table's rows that reads like those rows: half of its cells or
    more are dates or texts its column already held ("2019-08-04 00:00:00 | BOGOTÁ D.C. |
    URBANA | | NO REPORTADA", a case whose age is blank). A year in the table's year column
    makes the numbers in its count columns read like the rows too ("2019 | Brasil | 2048",
    Brasil's first row). A new table's header does not."""
    if not seen or any(c not in seen for c in cells):
        return False
    keyed = any(_year_in_year_column(v, seen[c]) for c, v in cells.items())
    like = sum(
        1
        for c, v in cells.items()
        if _reads_like(v, seen[c]) or (keyed and is_number(v) and _NUMBER_MARK in seen[c])
    )
    return like >= max(2, len(cells) / 2)


HEADER_ROWS_AT_MOST = 3  # a header spans this many rows at most


def _first_case_of_words(frame: pd.DataFrame, rows: list[int]) -> int:
    """In a run of more header-like rows than a header spans, the position of the first row
    that reads like the rows below it (half of its cells or more are dates or texts its
    column holds below: "ASALTO | ARMA BLANCA | 2015-01-11 | ... | SAN JOSE", under
    "Delito | SubDelito | Fecha | ... | Provincia"): a register whose cells are all words and
    dates has no number to tell its rows from its header, and its first rows are cases, not
    header rows. 0 when no row of the run does, or when the first one does (no header)."""
    if len(rows) <= HEADER_ROWS_AT_MOST:
        return 0
    below: dict[int, set[str]] = {}
    found = 0
    for i in range(len(rows) - 1, 0, -1):
        cells = row_cells(frame, rows[i])
        if i < len(rows) - 1 and _continues(cells, below):
            found = i
        _remember(below, cells)
    if (
        found
        and len(rows) - found > HEADER_ROWS_AT_MOST
        and not _continues(row_cells(frame, rows[0]), below)
    ):
        return found
    return 0


def _count_like_a_year(cells: dict[int, Any], seen: dict[int, set[str]]) -> bool:
    """A row right under the table's rows whose words stand in the columns that held only
    words and whose year-like numbers stand in columns that held only counts, never years:
    "Alto Paraná | 1900" under "Central | 5400" is a department's count, not a header of
    years. Consecutive years across two columns or more still read as a new header."""
    if not seen or any(c not in seen for c in cells):
        return False
    words = [c for c, v in cells.items() if not is_number(v)]
    years = [c for c, v in cells.items() if is_year(v)]
    if not words or not years:
        return False
    if any(_YEAR_MARK in seen[c] or _NUMBER_MARK in seen[c] for c in words):
        return False
    if any(_NUMBER_MARK not in seen[c] or _YEAR_MARK in seen[c] for c in years):
        return False
    values = [year_value(cells[c]) for c in sorted(years)]
    return len(values) < 2 or any(b != a + 1 for a, b in itertools.pairwise(values))


def _year_in_year_column(v: Any, texts: set[str]) -> bool:
    return is_year(v) and _YEAR_MARK in texts and _NUMBER_MARK not in texts


def _reads_like(v: Any, texts: set[str]) -> bool:
    """A cell like its column's earlier cells: a text it held, a date, or a year in a column
    that held only years (a long table's year column: "2019 | Brasil | 2048" is a row whose
    count looks like a year, not a header of years, which spread across count columns)."""
    return cell_text(v) in texts or date_of(v) is not None or _year_in_year_column(v, texts)


def _empty_rows_run(kinds: list[str], r: int) -> bool:
    """Is row ``r``, a lone label under the table's header or rows, one of two or more lone
    labels in a row that data rows follow ("Fajardo", "Guayama", "Humacao" with their cells
    empty, then "Utuado | 2 | 1 | 1")? A heading heads rows: labels stacked with no row
    between them are the table's rows with nothing to count, not headings."""
    start = r
    while start > 0 and kinds[start - 1] in {"single", "blank"}:
        start -= 1
    end = r
    while end + 1 < len(kinds) and kinds[end + 1] in {"single", "blank"}:
        end += 1
    run = sum(1 for k in kinds[start : end + 1] if k == "single")
    return run >= 2 and end + 1 < len(kinds) and kinds[end + 1] == "data"


MONTHS_A_YEAR = 12


def _months_by_number(frame: pd.DataFrame, r: int, header: list[int]) -> bool:
    """Is row ``r``, right under header rows that write each year once over its columns, the
    months of those years by their numbers: a word over the rows' labels, then runs 1, 2, ...,
    12 (the last run may stop short), each run starting under a year of the rows above
    ("2005" over "1", "TRIM 1" over "1 | 2 | 3", "1 | 2 | ... | 12": a statistics site's
    pivot export)? Read as numbers, those cells would be counts of no case and January of
    every year would lose its month."""
    cells = row_cells(frame, r)
    values = list(cells.items())
    if not values or is_number(values[0][1]):
        return False
    numbers = values[1:]
    if len(numbers) < MONTHS_A_YEAR:
        return False
    try:
        months = [(c, float(v)) for c, v in numbers]
    except (TypeError, ValueError):
        return False
    if any(m != int(m) for _, m in months) or months[0][1] != 1:
        return False
    for (_, a), (_, b) in itertools.pairwise(months):
        if not (b == a + 1 or (a == MONTHS_A_YEAR and b == 1)):
            return False
    firsts = {c for c, m in months if m == 1}
    for h in header:  # the year written once over its months, or in each (merged cells filled)
        row = row_cells(frame, h)
        starts = {
            c for c, v in row.items()
            if is_year(v) and (c - 1 not in row or cell_text(row[c - 1]) != cell_text(v))
        }  # fmt: skip
        if starts and starts == firsts:
            return True
    return False


def numbered_months(table: Table) -> bool:
    """Does the table's last header row give each column's month by its number, in runs
    1-12 under its year (``_months_by_number``)? Then a column's "1" is January of the year
    (or quarter) above it, not a word of its label."""
    lasts = [p[-1].strip() for _, p in sorted(table.parts.items()) if len(p) >= 2]
    seq = [int(t) for t in lasts if re.fullmatch(r"\d{1,2}", t)]
    if len(seq) < MONTHS_A_YEAR or seq[0] != 1 or max(seq) > MONTHS_A_YEAR:
        return False
    return all(b == a + 1 or (a == MONTHS_A_YEAR and b == 1) for a, b in itertools.pairwise(seq))


def _past_spacer_rows(kinds: list[str], r: int, scan: int) -> int:
    """The first data row after a header and the blank rows a report leaves under it
    (at most two); ``r`` itself when anything else follows the blanks."""
    nxt = r
    while nxt < scan and nxt - r < 2 and kinds[nxt] == "blank":
        nxt += 1
    return nxt if nxt < scan and nxt > r and kinds[nxt] == "data" else r


def _trim_tail(frame: pd.DataFrame, table: Table) -> None:
    """Notes below a large table: scan up from the end, at most 50 rows."""
    end = len(frame)
    while end > 0 and len(frame) - end < 50:
        cells = row_cells(frame, end - 1)
        kind = classify_row(cells)
        if kind in {"blank", "note", "single"}:
            if cells:
                c = min(cells)
                table.notes.append((end - 1, c, cell_text(cells[c])))
            end -= 1
        else:
            break
    table.end_row = end


def title_line(text: str) -> str:
    """A title line as it names the table: a query tool's line over its export ("Consulta de:
    Defunciones por homicidio   Por: Año de registro   Según: Sexo", roles.yaml
    ``query_title``) names what is counted only in its group ``what`` ("Defunciones por
    homicidio"); its "Consulta" is the query, never consultations, and "Por:", "Según:" name
    the table's own rows and columns. Any other line is kept as written."""
    from genero_etl.tabular.lexicon import load_lexicon

    for pattern in load_lexicon().query_title:
        found = pattern.search(text)
        if found and found.groupdict().get("what"):
            return " ".join(found.group("what").split())
    return text


def table_from_header(grid: Grid, header_rows: list[int]) -> Table:
    """A table whose header is known (a template matched it): data runs to a note or new header."""
    frame = grid.frame
    labels, parts = compose_header(frame, header_rows)
    start = header_rows[-1] + 1
    n = len(frame)
    table = Table(grid.name, header_rows, labels, parts, data_rows=None, end_row=n)
    title = [
        title_line(cell_text(v))
        for r in range(0, header_rows[0])
        for v in row_cells(frame, r).values()
    ]
    table.title = " / ".join(dict.fromkeys(t for t in title if t))[:300]
    if n - start > FULL_SCAN:
        _trim_tail(frame, table)
        return table
    end = start
    blank_run = 0
    for r in range(start, n):
        cells = row_cells(frame, r)
        kind = classify_row(cells)
        if kind == "blank":
            blank_run += 1
            continue
        if kind == "note":
            c = min(cells)
            table.notes.append((r, c, cell_text(cells[c])))
            continue
        if table.notes or (
            blank_run and kind == "header" and len(cells) >= max(2, len(labels) // 2)
        ):
            break  # a second table or the footer starts here
        blank_run = 0
        end = r + 1
    table.end_row = end
    return table


# --- periods in header labels ------------------------------------------------------

# a quarter or a half-year by its number, in figures or Roman numerals ("T2", "II Trim",
# "2do trimestre", "Q3"), with or without its year on either side ("I Trim 2024", "2024-T1")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER = re.compile(
    r"^(?:t|q|trim\.?|trimestre)\s*([1-4]|iv|i{1,3})$"
    r"|^([1-4]|iv|i{1,3})\s*(?:er|do|ro|to|°|º|o)?\.?\s*trim(?:estre)?\.?$"
)
_SEMESTER = re.compile(
    r"^(?:s|sem\.?|semestre)\s*([12]|i{1,2})$"
    r"|^([12]|i{1,2})\s*(?:er|do|°|º|o)?\.?\s*sem(?:estre)?\.?$"
)
_LABEL_YEAR = re.compile(
    r"^((?:19|20)\d{2})\s*[-/_,]?\s*(?=\D)|(?<=\D)\s*[-/_,]?\s*(?:de\s+|del\s+)?((?:19|20)\d{2})$"
)


def _part_number(text: str) -> int:
    return _ROMAN.get(text) or int(text)


def _part_of_year(text: str, year: int | None) -> tuple[int, int, int] | None:
    """Year, first and last month of a quarter or half-year label, the year it names
    winning over the row's: 'T2' -> months 4-6; 'I Trim 2024' -> 2024, months 1-3."""
    said = _LABEL_YEAR.search(text)
    if said:
        year = int(said.group(1) or said.group(2))
        text = (text[: said.start()] + text[said.end() :]).strip(" .-/_,")
    if not year:
        return None
    quarter = _QUARTER.match(text)
    if quarter:
        q = _part_number(quarter.group(1) or quarter.group(2))
        return year, 3 * q - 2, 3 * q
    semester = _SEMESTER.match(text)
    if semester:
        s = _part_number(semester.group(1) or semester.group(2))
        return year, 6 * s - 5, 6 * s
    return None


def _month_period(year: int, first: int, last: int, label: str) -> Period:
    return Period(
        f"{year:04d}-{first:02d}-01",
        f"{year:04d}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}",
        label,
    )


_SUPERSCRIPT_MARKS = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⅟": "1"}
_NOTE_PARTS = re.compile(r"(?:^|[\s:;.])(\d{1,2})\s*/\s*(\D.*?)(?=\s\d{1,2}\s*/|$)")


def column_notes(grid: Grid, table: Table) -> dict[int, str]:
    """Each header column's footnote text, by the marker written after its label ("2022⅟",
    "20221/", "Lima 2/", "2022/1") and the note under the table that starts with that marker;
    a marked header's note is also the note of the empty header cells on its right that it
    spans (``noted_period`` applies it only within the column's own period)."""
    notes = note_texts(table)
    if not notes:
        return {}
    out: dict[int, str] = {}
    frame = grid.frame
    for r in table.header_rows:
        carried = ""  # a header spanning the empty cells on its right ("2022/1" over two sexes)
        for c in range(frame.shape[1]):
            text = cell_text(frame.iat[r, c]) or carried
            carried = text
            number = mark_number(text)
            if number in notes:
                out[c] = notes[number]
    return out


def note_texts(table: Table) -> dict[str, str]:
    """The notes under a table by their markers' numbers: "1/ Cifras preliminares" -> {"1": ...}."""
    notes: dict[str, str] = {}
    for _, _, text in table.notes:
        for m in _NOTE_PARTS.finditer(text):
            notes.setdefault(m.group(1), m.group(2).strip())
        first = text.strip()[:1]
        if first in _SUPERSCRIPT_MARKS:
            notes.setdefault(_SUPERSCRIPT_MARKS[first], text.strip()[1:].strip())
    return notes


def mark_number(text: str) -> str:
    """The number of the footnote marker written after a label: "2022 1" -> "1", "Lima 2/"
    -> "2", "2022⅟" -> "1"; "" when there is none."""
    mark = text[len(strip_marker(text)) :] if text else ""
    return "".join(ch for ch in mark if ch.isdigit()) or "".join(
        _SUPERSCRIPT_MARKS.get(ch, "") for ch in mark
    )


def noted_period(period: Period, note: str) -> Period:
    """A period header whose footnote says it covers less: "2022⅟" over a note "1/Cifras
    preliminares, corresponden solo al 1er. Semestre 2022" is January to June 2022. The
    note must name a part of the header's own period; any other note leaves it whole."""
    if not note:
        return period
    inside = [
        p for p in find_periods(note, int(period.start[:4]))
        if p.strength >= 2 and period.start <= p.start and p.end <= period.end
        and (p.start, p.end) != (period.start, period.end)
    ]  # fmt: skip
    said = _NOTE_MARK.sub("", note).strip(" .;,")[:120]  # the note's words, its marker left
    if not inside:  # "1/ Cifras preliminares": the whole period, so said in its label
        from genero_etl.tabular.lexicon import any_match, load_lexicon

        provisional = said and any_match(load_lexicon().preliminary, fold_label(said))
        return (
            Period(period.start, period.end, f"{period.label} ({said})") if provisional else period
        )
    best = max(inside, key=lambda p: (p.strength, p.span[1] - p.span[0]))
    return Period(best.start, best.end, f"{period.label} ({said})")


# a note's marker before its words: "1/ ", "(1) ", "* ", "¹ "
_NOTE_MARK = re.compile(r"^\s*(?:\(?\d{1,2}\)?\s*/?|\*+|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*")


def header_period(label: str, year: int | None) -> Period | None:
    """'Enero' (with the row's year), 'T2', '2do trimestre 2024', '2023', 'Ene-Jun 2022'."""
    text = fold(label).strip(" .:")
    if not text:
        return None
    if text in MONTHS and year:
        m = MONTHS[text]
        return _month_period(year, m, m, label)
    part = _part_of_year(text, year)
    if part:
        return _month_period(*part, label)
    named = re.match(r"^([a-z]+)\.?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})$", text)
    if named and named.group(1) in MONTHS:
        month = MONTHS[named.group(1)]
        return _month_period(int(named.group(2)), month, month, label)
    if _YEARLIKE.match(text) or _FLOAT_YEAR.match(text):
        y = int(float(text))
        return _month_period(y, 1, 12, label)
    week = week_header(label, year)  # "SE 6 2025", "SE1", "Semana 14": an epidemiological week
    if week is not None:
        return Period(week.start, week.end, label)
    days = day_span(text, year)  # "9 al 15 mar 20", "27 jun a 3 jul 20": a week's days
    if days is not None:
        return Period(days[0], days[1], label)
    found = find_periods(label, year)
    if found:
        best = max(found, key=lambda p: (p.strength, p.span[1] - p.span[0]))
        if best.span[1] - best.span[0] >= len(label.strip()) * 0.5:
            return Period(best.start, best.end, label)
    measured = labelled_period(label, year)
    return measured[1] if measured is not None else None


# "9 al 15 mar 20", "30 al 5 de abr 20", "25 abr al 1 de may 20", "27 jun a 3 jul 2020":
# the days of a span (a report's week) as a cell writes them, each month abbreviated as it
# comes ("agos", "abri"), the year after the last day, in two digits or four
_DAY_SPAN = re.compile(
    r"^(?:del? )?(?P<d1>\d{1,2})(?: de)?(?: (?P<m1>[a-z]{3,})\.?)?(?: de)? (?:al|a) "
    r"(?P<d2>\d{1,2})(?: de)? (?P<m2>[a-z]{3,})\.?(?:,? (?:de |del )?(?P<y>\d{4}|\d{2}))?$"
)
DAY_SPAN_MAX = 31  # days a span of days covers at most (a week, a fortnight, a month)


def _month_token(token: str) -> int | None:
    """A month as a cell abbreviates it: a name or abbreviation the periods know ("mar",
    "sept"), else the start of one month's name only ("agos", "abri")."""
    if token in MONTHS:
        return MONTHS[token]
    found = {m for name, m in MONTHS.items() if len(name) > 3 and name.startswith(token)}
    return found.pop() if len(found) == 1 else None


def day_span(text: str, year: int | None) -> tuple[str, str] | None:
    """(first day, last day), ISO, of a span of days written as a table's cell writes a
    week: "9 al 15 mar 20" (9 to 15 March 2020), "30 al 5 de abr 20" (a first day after the
    last: 30 March to 5 April), "26 dic al 01 ene 2021" (the year the last day's), "27 jun a 3
    jul 20". A two-digit year is of this century; with none, ``year`` (the row's). None when
    the text is anything else, a day no month has, or the span runs past ``DAY_SPAN_MAX``
    days."""
    m = _DAY_SPAN.match(" ".join(fold(text).split()))
    if m is None:
        return None
    last_month = _month_token(m.group("m2"))
    first_month = _month_token(m.group("m1")) if m.group("m1") else last_month
    y = m.group("y")
    last_year = (2000 + int(y) if len(y) == 2 else int(y)) if y else year
    if last_month is None or first_month is None or last_year is None:
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not m.group("m1") and d1 > d2:  # "30 al 5 de abr": the first day is of the month before
        first_month = last_month - 1 or 12
    first_year = last_year - 1 if first_month > last_month else last_year
    try:
        first = dt.date(first_year, first_month, d1)
        last = dt.date(last_year, last_month, d2)
    except ValueError:
        return None
    if not 0 <= (last - first).days < DAY_SPAN_MAX:
        return None
    return first.isoformat(), last.isoformat()


# "Personas atendidas (enero - abril 2026)": a measure's name, its period in parentheses
_PARENTHESISED = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s*\((?P<inner>[^()]+)\)\s*$")


def labelled_period(label: str, year: int | None) -> tuple[str, Period] | None:
    """A column header that names a measure and, in parentheses after it, the measure's
    period: ("Personas atendidas", January-April 2026) from "Personas atendidas (enero -
    abril 2026)". None where the parentheses hold no period of their own ("Casos (tasa)")
    or the name is itself a period ("2022 (enero-junio)")."""
    m = _PARENTHESISED.match(label.strip())
    if m is None:
        return _named_week(label, year)
    name = m.group("name").strip(" -:,")
    inner = header_period(m.group("inner"), year)
    if inner is None or not name or header_period(name, year) is not None:
        return None
    return name, Period(inner.start, inner.end, m.group("inner").strip())


# "Casos en la SE 6 2025", "Defunciones de la semana epidemiológica 6": a measure's name,
# then the week it counts
_IN_WEEK = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s+(?:en|de|durante)\s+(?:la\s+)?(?P<week>\S.*)$")


def _named_week(label: str, year: int | None) -> tuple[str, Period] | None:
    """(name, week) from a header that names a measure and then the week it counts."""
    m = _IN_WEEK.match(label.strip())
    if m is None:
        return None
    week = week_header(m.group("week"), year)
    if week is None or not names_weeks(m.group("week")):
        return None
    return m.group("name").strip(" -:,"), Period(week.start, week.end, m.group("week").strip())


_SHEET_SPAN = re.compile(r"^((?:19|20)\d{2})\s*(?:-|–|/|_| a | al )\s*((?:19|20)\d{2}|\d{2})$")


def sheet_period(name: str) -> Period | None:
    """The period a sheet's name is, and nothing else: '2022', '2020-2021', 'Enero 2023'.

    A workbook with a sheet per year (or per fiscal year, or per month) says each sheet's
    period only there; a name that merely mentions a period ('Homicidios 2016') is not one.
    """
    text = fold(name or "").strip(" .*:()")
    if not text:
        return None
    if _YEARLIKE.match(text):
        return _month_period(int(text), 1, 12, name.strip())
    span = _SHEET_SPAN.match(text)
    if span:
        first, second = int(span.group(1)), span.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if first < last <= first + 1:  # a fiscal or school year across two calendar years
            return Period(f"{first:04d}-01-01", f"{last:04d}-12-31", name.strip())
        return None
    named = re.match(r"^([a-z]+)\.?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})$", text)
    if named and named.group(1) in MONTHS:
        month = MONTHS[named.group(1)]
        return _month_period(int(named.group(2)), month, month, name.strip())
    return None


def fiscal_span(period: Period, start_month: int) -> Period:
    """A two-year span read from a sheet's name ('2019-2020'), as the fiscal year it is.

    Where the public sector's fiscal year begins in another month than January (July in
    Puerto Rico), a sheet per fiscal year covers that month of its first year to the month
    before it of the next, not two whole calendar years. Any other period is returned as is.
    """
    if start_month == 1 or not (period.start.endswith("-01-01") and period.end.endswith("-12-31")):
        return period
    first, last = int(period.start[:4]), int(period.end[:4])
    if last != first + 1 or not _SHEET_SPAN.match(fold(period.label or "").strip(" .*:()")):
        return period
    end_month = start_month - 1
    end_day = calendar.monthrange(last, end_month)[1]
    return Period(
        f"{first:04d}-{start_month:02d}-01",
        f"{last:04d}-{end_month:02d}-{end_day:02d}",
        period.label,
    )


def date_of(v: Any) -> dt.date | None:
    """A cell as a date: a real date, an Excel serial number, or dd/mm/yyyy text (also with
    underscores, "1_8_2016", and two-digit years where one separator repeats, "14_08_17")."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, int | float) and not isinstance(v, bool) and 20000 <= v <= 80000:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(v))  # Excel's 1900 system
    if isinstance(v, str):
        m = re.match(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", v) or None
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
        m = _SHORT_DMY.match(v)
        if m:
            day, month, year = next(
                m.group(i, i + 2, i + 3) for i in (1, 5, 9) if m.group(i) is not None
            )
            full = int(year) if len(year) == 4 else int(year) + (2000 if int(year) < 50 else 1900)
            try:
                return dt.date(full, int(month), int(day))
            except ValueError:
                return None
        m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
        if re.fullmatch(r"\s*\d{5}(?:\.0+)?\s*", v):
            return date_of(float(v))
        return _written_date(v)
    return None


def year_of_broken_date(text: str) -> int | None:
    """The year of a day-month-year date whose day or month cannot be ("18_19_2017",
    "31/02/2016"): a register counted by year still knows in which year it is. None where
    the text is no such date, or a date that can be (then ``date_of`` reads it)."""
    m = _BROKEN_DMY.match(text)
    if m is None or date_of(text) is not None:
        return None
    return int(m.group(2))


# A day, a month and a four-digit year under one separator written twice, whatever the day
# and the month say.
_BROKEN_DMY = re.compile(r"^\s*\d{1,2}([/._-])\d{1,2}\1((?:19|20)\d{2})\s*$")


# A day, a month and a year under one separator written twice: "1_8_2016" (a register
# whose values are written with underscores); a two-digit year never after dots ("1.2.13"
# numbers an activity), after hyphens only with a two-digit day and month ("14-08-17").
_SHORT_DMY = re.compile(
    r"^\s*(?:(\d{1,2})([/._-])(\d{1,2})\2((?:19|20)\d{2})"
    r"|(\d{1,2})([/_])(\d{1,2})\6(\d{2})|(\d{2})(-)(\d{2})-(\d{2}))(?![\d/._-])"
)


# A day, a month written as a word or an abbreviation and a year: "28 dic. 2018",
# "3-ene-2019", "03/Feb/19", "5 de marzo de 2020", "1 sept 2021".
_WRITTEN = re.compile(
    rf"^\s*(\d{{1,2}})\s*(?:[-/.]\s*|\s+de\s+|\s+)?{MONTH_PATTERN}\.?"
    r"\s*(?:[-/.,]\s*|\s+de\s+|\s+del\s+|\s+)?((?:19|20)\d{2}|\d{2})(?![\d:])",
)


def _written_date(text: str) -> dt.date | None:
    """A date whose month is a word or an abbreviation, in Spanish or English."""
    m = _WRITTEN.match(fold(text))
    if m is None:
        return None
    year = int(m.group(3))
    if year < 100:  # "3-ene-19": the two-digit years of today's registers
        year += 2000 if year < 50 else 1900
    try:
        return dt.date(year, MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None
