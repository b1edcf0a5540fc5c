"""Data labels of charts on slides (landscape PDF pages), read back as a table.

A slide exported to PDF keeps a chart's data labels as text, but the text layer runs them
together with the axis ("2015 39.376201620172018"), so no number has a label or a period.
From the words' positions (pdfplumber) a chart is recognised when three or more period
labels (years) sit on one line, and the numbers above or below them share their columns
(left edges or centres within half a column). The numbers of each column are taken top to
bottom: the first number of every column is one series, the second another, and so on;
columns must agree on how many numbers they hold (a column still empty on a build step
of an animation is allowed).

A series is named by the text repeated in its columns just under its numbers
("VIOLENCIA DOMÉSTICA" under each year); the first series, when nothing names it, by the
slide's title (its lines above the chart with no digit). A later series nothing names is
left out: a number without a label is not published. When the slide's subtitle bounds the
period ("2015 - OCT 2018") and the last column is that last year, the column reads
"ENE - OCT 2018", so a part-year total is not taken for the whole year.

The chart comes back as rows joined by "\\t": a header of periods, then one row per series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from genero_etl.readers.pdftables import compact

MIN_PERIODS = 3
LINE_TOLERANCE = 4.0  # points: words whose tops differ by less sit on one line
AXIS_TOLERANCE = 12.0  # points: period labels of one axis may sit this far off its line
LABEL_DEPTH = 120.0
CORNER = "Serie"  # the header's first cell names the rows (a blank one would be lost)
QUALIFIER_HEIGHT = 60.0  # points above a period label where a word may narrow it  # points under a series' numbers where its name may be written

_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_VALUE = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?%?$|^\d+(?:[.,]\d+)?%?$")
_SPAN = re.compile(
    r"\b((?:19|20)\d{2})\s*[-–]\s*([A-Za-zÁÉÍÓÚáéíóú]{3})[A-Za-zÁÉÍÓÚáéíóú.]*\s+((?:19|20)\d{2})\b"
)
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    unit: str = ""  # a word written right after a value ("26 CASOS")

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True)
class Chart:
    rows: list[str]  # "\t"-joined: the header of periods, then one row per named series
    tokens: set[str]  # compact text of everything the chart replaces in the text layer


def _words(page: Any) -> list[_Word]:
    words = [
        _Word(str(w["text"]), float(w["x0"]), float(w["x1"]), float(w["top"]))
        for w in page.extract_words()
    ]
    merged: list[_Word] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and w.text == "%"
            and abs(last.top - w.top) < LINE_TOLERANCE
            and _VALUE.match(last.text)
        ):
            last.text += "%"  # "50 %" is one value
            last.x1 = w.x1
            continue
        if (
            last is not None
            and not last.unit
            and abs(last.top - w.top) < LINE_TOLERANCE
            and _VALUE.match(last.text)
            and w.text.isalpha()
            and 0 <= w.x0 - last.x1 < (last.x1 - last.x0)
        ):
            last.unit = w.text  # "26 CASOS": the value's unit
            continue
        merged.append(w)
    return merged


def _lines(words: list[_Word]) -> list[list[_Word]]:
    lines: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - w.top) < LINE_TOLERANCE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _axis(lines: list[list[_Word]]) -> list[_Word] | None:
    """Years alone on their lines, on one level (a label may sit a few points off)."""
    alone = [ln for ln in lines if all(_YEAR.match(w.text) for w in ln)]
    groups: list[list[_Word]] = []
    for line in alone:
        if groups and abs(groups[-1][0].top - line[0].top) <= AXIS_TOLERANCE:
            groups[-1].extend(line)
        else:
            groups.append(list(line))
    for group in groups:
        years = sorted(group, key=lambda w: w.x0)
        values = [int(w.text) for w in years]
        if len(years) >= MIN_PERIODS and values == sorted(set(values)):
            return years
    return None


def _column(w: _Word, axis: list[_Word], half: float) -> int | None:
    best = min(
        range(len(axis)),
        key=lambda i: min(abs(w.x0 - axis[i].x0), abs(w.centre - axis[i].centre)),
    )
    a = axis[best]
    return best if min(abs(w.x0 - a.x0), abs(w.centre - a.centre)) <= half else None


def read_chart(page: Any) -> Chart | None:
    """The chart of a slide page as rows, or None when the page holds no period chart."""
    try:
        words = _words(page)
    except Exception:  # a page pdfplumber cannot lay out keeps its text layer
        return None
    lines = _lines(words)
    axis = _axis(lines)
    if axis is None:
        return None
    half = min(b.x0 - a.x0 for a, b in pairwise(axis)) / 2
    axis_top = axis[0].top
    columns: list[list[_Word]] = [[] for _ in axis]
    for w in words:
        if w in axis or not _VALUE.match(w.text) or _YEAR.match(w.text):
            continue
        if any(abs(w.top - o.top) < LINE_TOLERANCE and _YEAR.match(o.text) and o not in axis
               for o in words):  # fmt: skip
            continue  # a subtitle's period ("2015 - OCT 2018") is not a data label
        col = _column(w, axis, half)
        if col is not None:
            columns[col].append(w)
    for c in columns:
        c.sort(key=lambda w: w.top)
    grid = _series(columns)
    if grid is None:
        return None
    depth = len(grid[0])
    top = min([axis_top, *(w.top for c in columns for w in c)])
    title_lines = [ln for ln in lines if ln[0].top < top - LINE_TOLERANCE]
    qualifiers = _qualifiers(words, axis, half)
    header = [
        f"{qualifiers[i].text} {w.text}" if i in qualifiers else w.text for i, w in enumerate(axis)
    ]
    used_words = {id(w) for w in qualifiers.values()}
    title_lines = [[w for w in ln if id(w) not in used_words] for ln in title_lines]
    title = " ".join(
        " ".join(w.text for w in ln)
        for ln in title_lines
        if ln and not any(_DIGIT.search(w.text) for w in ln)
    )
    span = _SPAN.search(" ".join(" ".join(w.text for w in ln) for ln in title_lines))
    if span and span.group(1) == header[0] and span.group(3) == header[-1]:
        header[-1] = f"ENE - {span.group(2).upper()} {header[-1]}"
    tokens = {compact(w.text) for w in axis} | {compact(w.text) for w in qualifiers.values()}
    rows = ["\t".join([CORNER, *header])]
    for k in range(depth):
        name, used = _series_name(words, axis, grid, k, half)
        if not name and k == 0:
            name = title
        if not name:
            continue
        cells = [_cell(c[k]) for c in grid]
        rows.append("\t".join([name, *cells]))
        tokens |= {compact(cell) for cell in cells if cell} | used
    return Chart(rows, tokens) if len(rows) > 1 else None


def _qualifiers(words: list[_Word], axis: list[_Word], half: float) -> dict[int, _Word]:
    """Words just above a period label that narrow it ("ENE-OCT" over "2018")."""
    from genero_etl.extract.periods import find_periods

    found: dict[int, _Word] = {}
    for i, label in enumerate(axis):
        for w in words:
            if not (0 < label.top - w.top <= QUALIFIER_HEIGHT) or _column(w, axis, half) != i:
                continue
            text = f"{w.text} {label.text}"
            match = find_periods(text)
            whole_year = bool(match) and (match[0].start[5:], match[0].end[5:]) == (
                "01-01",
                "12-31",
            )
            if match and match[0].span == (0, len(text)) and not whole_year:
                found[i] = w
    return found


def _cell(w: _Word | None) -> str:
    return "" if w is None else " ".join(filter(None, (w.text, w.unit)))


def _series(columns: list[list[_Word]]) -> list[list[_Word | None]] | None:
    """Each column's values by series: the k-th value of the fullest columns is series k; a
    column still filling up (a build step) puts each value in the series at its height."""
    depth = max(len(c) for c in columns)
    full = [c for c in columns if len(c) == depth]
    if depth == 0 or sum(1 for c in columns if c) < MIN_PERIODS - 1:
        return None
    heights = [sum(c[k].top for c in full) / len(full) for k in range(depth)]
    grid: list[list[_Word | None]] = []
    for c in columns:
        if len(c) == depth:
            grid.append(list(c))
            continue
        cells: list[_Word | None] = [None] * depth
        for w in c:
            k = min(range(depth), key=lambda k: abs(heights[k] - w.top))
            if cells[k] is not None:
                return None  # two values at one series' height: not a chart we can read
            cells[k] = w
        grid.append(cells)
    return grid


def _series_name(
    words: list[_Word],
    axis: list[_Word],
    grid: list[list[_Word | None]],
    k: int,
    half: float,
) -> tuple[str, set[str]]:
    """The text written in most columns just under the k-th values, if the columns agree."""
    depth = len(grid[0])
    names: list[str] = []
    for col, cells in enumerate(grid):
        here, below = cells[k], cells[k + 1] if k + 1 < depth else None
        if here is None:
            continue
        low = here.top + LINE_TOLERANCE
        high = below.top - LINE_TOLERANCE if below is not None else here.top + LABEL_DEPTH
        found = [
            w
            for w in words
            if low < w.top < high and not _DIGIT.search(w.text) and _column(w, axis, half) == col
        ]
        names.append(" ".join(w.text for line in _lines(found) for w in line))
    filled = [n for n in names if n]
    if not filled:
        return "", set()
    best = max(set(filled), key=filled.count)
    if filled.count(best) * 2 < len(names):
        return "", set()
    return best, {compact(best)}


def chart_lines(texts: list[str], chart: Chart) -> list[int]:
    """The text lines (0-based) made only of the chart's pieces: labels, values, names."""
    pieces = sorted((t for t in chart.tokens if t), key=len, reverse=True)

    def made_of_chart(line: str) -> bool:
        rest = compact(line)
        if not rest:
            return False
        for piece in pieces:
            rest = rest.replace(piece, "")
        return not rest

    return [i for i, text in enumerate(texts) if made_of_chart(text)]
