"""PDF reports with a text layer, page by page; scans via OCR (tesseract) on request.

Why pypdf in layout mode: it is pure Python (no system library), reads encrypted files,
and its layout mode keeps the horizontal position of text, which is what lets a POA
table come back as rows of cells. pdfminer.six gave the same quality on our fixtures
at the same speed (about 50 pages/s on 2 cores) with a heavier dependency; plain pypdf
text mode is faster (about 90 pages/s) but loses columns. See bench/bench_pdf.py.

What the reader repairs, so extraction sees what a person reads:

* words split at line ends ("capaci-" / "tación" -> "capacitación" on the first line);
* glued words of slide-deck exports ("Plandeacción" -> "Plan de acción"), see
  :mod:`genero_etl.readers.wordsplit`;
* bullet glyphs ("•", "", "▪") become the "- " of plain-text lists;
* a block of lines whose text sits in the same columns becomes table rows: one segment
  per row, cells joined with "\\t", continuation lines of a cell joined with a space;
* slides exported with build animations repeat the slide once per step: a page whose
  words (numbers included) are all on the next page is a step of that same slide and is
  skipped, so each value counts once, from the last, complete page (its own locators).

* ruled tables are read cell by cell (:mod:`genero_etl.readers.pdftables`): a data table's
  rows replace its lines, a code list or data dictionary is left out, and a line that
  opens with a listed code and its label loses the code;
* unruled tables whose columns line up in the layout text, when convincingly tabular
  (:mod:`genero_etl.readers.pdfaligned`), go to the tabular stage cell by cell, and a table
  continuing over a page break is joined into one (its repeated header dropped);
* on slides (landscape pages), a chart's data labels over three or more years become a
  table of series (:mod:`genero_etl.readers.pdfcharts`), and a build step is recognised
  by the words of those rows.

* a line of running text (laid out as one piece, no column gap, on a portrait page) is marked
  ``Segment.prose``: extraction joins such lines back into paragraphs
  (:mod:`genero_etl.extract.pagelines`), each value still pointing at its own line.

Locators are ``page:P/line:L``: L counts the non-blank lines of text on page P, as a
person counts them; a table row points at its first line.

Memory stays bounded on long reports: pages are parsed and released one at a time and
only their segments are kept.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model import Document, Segment
from genero_etl.readers.files import read_bytes
from genero_etl.readers.registry import ReadOptions, reader
from genero_etl.readers.wordsplit import split_glued

if TYPE_CHECKING:
    from pypdf import PageObject

    from genero_etl.readers.pdfaligned import AlignedTable, Piece
    from genero_etl.readers.pdfcharts import Chart
    from genero_etl.readers.pdftables import RuledTable

MIN_LETTERS_PER_PAGE = 10  # fewer letters than this on every page: a scan
OCR_DPI = 300
OCR_TIMEOUT_S = 180

_BULLET = re.compile(r"^[•●▪■◦‣∙·○◆◇►➢✓✔\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8]\s*")
_PIECE = re.compile(r"\S+(?:\s{1,2}\S+)*")  # words at most two spaces apart
_LIST_LABEL = re.compile(r"^(?:\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|[-–•●▪■◦\uf0b7\uf0a7])$")
_LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "\u00a0": " "})
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])[-\u00ad]$")
# A footnote under a table: its marker ("1/", "(1)", "[2]", "¹", "a/", "*") or "Nota:", then
# words. On a page with a table it is a note about the table, never a sentence of values.
_FOOTNOTE_LINE = re.compile(
    r"^\s*(?:(?:\d{1,2}\s*/|\(\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[a-z]/|\*{1,3})"
    r"\s*[:.]?\s*[^\W\d_]{2}|notas?\s*:)",
    re.IGNORECASE,
)
_LOWER_START = re.compile(r"^([^\W\d_]*[a-záéíóúüñ][^\W\d_]*)([^\s]*)\s*")


@dataclass
class _Line:
    number: int
    text: str  # the line as laid out, leading spaces kept


def _chunks(text: str) -> list[tuple[int, str]]:
    """(column, text) of the pieces of a laid-out line separated by 3+ spaces."""
    return [(m.start(), m.group()) for m in _PIECE.finditer(text)]


def _column_of(start: int, columns: list[int]) -> int | None:
    for index, column in enumerate(columns):
        if abs(start - column) <= 2:
            return index
    return None


def _fits(chunks: list[tuple[int, str]], columns: list[int]) -> bool:
    """Each piece starts on a column and ends before the next column starts."""
    for start, text in chunks:
        index = _column_of(start, columns)
        if index is None:
            return False
        if index + 1 < len(columns) and start + len(text) > columns[index + 1]:
            return False
    return True


def _tables(
    lines: list[_Line], pieces: list[list[tuple[int, str]]] | None = None
) -> list[tuple[int, int, list[int]]]:
    """Find blocks (first, last, columns) of 2+ lines with 2+ pieces in shared columns."""
    blocks: list[tuple[int, int, list[int]]] = []
    if pieces is None:
        pieces = [_chunks(line.text) for line in lines]  # each line split once
    i = 0
    while i < len(lines):
        head = pieces[i]
        if len(head) < 2:
            i += 1
            continue
        columns = [start for start, _ in head]
        j = i + 1
        multi = 1
        while j < len(lines):
            chunks = pieces[j]
            if not _fits(chunks, columns):
                break
            multi += len(chunks) >= 2
            j += 1
        labels = [chunks[0][1] for chunks in pieces[i:j]]
        is_list = all(_LIST_LABEL.match(label) for label in labels)  # "1.   text": a list
        if multi >= 2 and not is_list:
            blocks.append((i, j - 1, columns))
            i = j
        else:
            i += 1
    return blocks


def _join_wrapped(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text and _HYPHEN_END.search(text) and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = _BULLET.sub("- ", text)
    return split_glued(text)


def _ruled_runs(
    lines: list[_Line], ruled: list[RuledTable]
) -> dict[int, tuple[int, list[tuple[int, str, bool]]]]:
    """Where each ruled table sits among the lines, and what replaces them.

    A code list is replaced by nothing; a data table by its rows (each at the line that
    holds its first cell); ruled text keeps its lines.
    """
    from genero_etl.readers.pdfaligned import EDGE_LINES
    from genero_etl.readers.pdftables import compact, data_rows, match_run

    runs: dict[int, tuple[int, list[tuple[int, str, bool]]]] = {}
    texts = [line.text for line in lines]
    for table in ruled:
        if table.kind not in {"codes", "data"}:
            continue
        found = match_run(texts, table)
        if found is None or any(
            first <= found[1] and found[0] <= end for first, (end, _) in runs.items()
        ):
            continue
        first, last = found
        table.span = (first, last, len(lines))
        if table.continues and first >= EDGE_LINES:
            table.grid = None  # text above it: not the rest of the last page's table
        rows: list[tuple[int, str, bool]] = []
        if table.kind == "data":
            keys = [compact(line.text) for line in lines[first : last + 1]]
            table.routed = table.grid is not None  # its cells go to the tabular stage
            if (
                table.grid is not None
                and not table.continues
                and first > 0
                and not _in_runs(first - 1, runs)
            ):
                caption = " ".join(lines[first - 1].text.split())  # the line over the table
                table.grid.insert(0, [caption] + [""] * (len(table.grid[0]) - 1))
                table.captioned = True
            for text, is_row in data_rows(table):
                if is_row and table.routed:
                    continue  # only its titles and notes stay in the text
                head = compact(text.split("\t")[0] or text.replace("\t", ""))
                at = next((k for k, key in enumerate(keys) if head and head in key), 0)
                rows.append((lines[first + at].number, text, is_row))
        runs[first] = (last, rows)
    return runs


def page_segments(
    lines: list[_Line],
    page: int,
    ruled: list[RuledTable] | None = None,
    chart: Chart | None = None,
    aligned: list[AlignedTable] | None = None,
    continued: list[tuple[int, int]] | None = None,
    footnotes: list[str] | None = None,
) -> list[Segment]:
    """Turn the laid-out lines of one page into segments (rows, repaired lines).

    With ``aligned`` (a list to fill), the page's unruled tables are looked for and their
    lines handed to the tabular stage; ``continued`` holds the columns of the previous
    page's table when it ran to the foot of its page. Footnotes under a table leave the
    text (their numbers are notes, not values); their locators go to ``footnotes``."""
    out: list[tuple[int, str, bool]] = []  # (line number, text, is_table_row)
    prose: set[int] = set()  # the numbers of lines of running text
    fixed = _ruled_runs(lines, ruled) if ruled else {}
    if chart is not None:
        _chart_runs(lines, chart, fixed)
    if aligned is not None:
        _aligned_runs(lines, fixed, aligned, continued)
    blocks: dict[int, tuple[int, list[int]]] = {}
    split: list[list[tuple[int, str]]] = [[] for _ in lines]  # each line's pieces, made once
    for start, end in _stretches(len(lines), fixed):  # text tables never cross a ruled one
        split[start:end] = [_chunks(line.text) for line in lines[start:end]]
        for first, last, columns in _tables(lines[start:end], split[start:end]):
            blocks[start + first] = (start + last, columns)
    i = 0
    while i < len(lines):
        if i in fixed:
            last, replaced = fixed[i]
            out.extend(
                (number, text if is_row else " ".join(text.split()), is_row)
                for number, text, is_row in replaced
            )
            i = last + 1
            continue
        if i in blocks:
            last, columns = blocks[i]
            rows: list[tuple[int, list[list[str]]]] = []
            for line, chunks in zip(lines[i : last + 1], split[i : last + 1], strict=True):
                starts_row = _column_of(chunks[0][0], columns) == 0 if chunks else False
                if starts_row or not rows:
                    rows.append((line.number, [[] for _ in columns]))
                cells = rows[-1][1]
                for start, text in chunks:
                    index = _column_of(start, columns)
                    cells[index if index is not None else 0].append(text)
            for number, cells in rows:
                row = "\t".join(_clean(_join_wrapped(cell)) for cell in cells)
                out.append((number, row, True))
            i = last + 1
            continue
        out.append((lines[i].number, " ".join(lines[i].text.split()), False))
        if len(split[i] if split[i] else _chunks(lines[i].text)) == 1:
            prose.add(lines[i].number)  # no column gap: running text, maybe wrapped
        i += 1
    starts = [lines[k].number for k in (*fixed, *blocks) if k < len(lines)]
    if starts:
        out = _without_footnotes(out, min(starts), page, footnotes)
    # Repair words hyphenated across line ends (not inside tables, done per cell above).
    for k in range(len(out) - 1):
        number, text, is_row = out[k]
        following_number, following, following_row = out[k + 1]
        if is_row or following_row or not _HYPHEN_END.search(text):
            continue
        match = _LOWER_START.match(following)
        if not match or not following[:1].islower():
            continue
        out[k] = (number, text[:-1] + match.group(1) + match.group(2), False)
        out[k + 1] = (following_number, following[match.end() :], False)
    segments = []
    for number, text, is_row in out:
        cleaned = text if is_row else _clean(text)
        if cleaned.strip():
            segments.append(
                Segment(
                    text=cleaned,
                    locator=f"page:{page}/line:{number}",
                    prose=not is_row and number in prose,
                )
            )
    return segments


def _locators(found: list[str], shown: int = 10) -> str:
    more = len(found) - shown
    return ", ".join(found[:shown]) + (f" y {more} más" if more > 0 else "")


def _without_footnotes(
    out: list[tuple[int, str, bool]], first_table: int, page: int, found: list[str] | None
) -> list[tuple[int, str, bool]]:
    """The page's lines without the footnotes below its first table ("1/ Incluye 25 casos
    de..."): a line that starts with a note's marker, and the lines that continue it (they
    start in lower case)."""
    kept: list[tuple[int, str, bool]] = []
    in_note = False
    for number, text, is_row in out:
        note = (
            not is_row
            and number > first_table
            and (bool(_FOOTNOTE_LINE.match(text)) or (in_note and text[:1].islower()))
        )
        in_note = note
        if note:
            if found is not None:
                found.append(f"page:{page}/line:{number}")
            continue
        kept.append((number, text, is_row))
    return kept


def _aligned_runs(
    lines: list[_Line],
    runs: dict[int, tuple[int, list[tuple[int, str, bool]]]],
    found: list[AlignedTable],
    continued: list[tuple[int, int]] | None,
) -> None:
    """Unruled tables outside the ruled ones and the chart: their lines leave the text."""
    from genero_etl.readers.pdfaligned import find_tables

    for start, end in _stretches(len(lines), runs):
        texts = [line.text for line in lines[start:end]]
        for table in find_tables(texts, top_continues=continued if start == 0 else None):
            table.shifted(start)
            above = table.first - 1
            if table.header and above >= 0 and not _in_runs(above, runs):
                table.caption = " ".join(lines[above].text.split())
            runs[table.first] = (table.last, [])
            found.append(table)


def _chart_runs(
    lines: list[_Line], chart: Chart, runs: dict[int, tuple[int, list[tuple[int, str, bool]]]]
) -> None:
    """The text lines a slide's chart is made of give way to its rows (at the first one)."""
    from genero_etl.readers.pdfcharts import chart_lines

    taken = [k for k in chart_lines([line.text for line in lines], chart) if not _in_runs(k, runs)]
    for n, k in enumerate(taken):
        rows = [(lines[k].number, row, True) for row in chart.rows] if n == 0 else []
        runs[k] = (k, rows)


def _in_runs(k: int, runs: dict[int, tuple[int, list[tuple[int, str, bool]]]]) -> bool:
    return any(first <= k <= last for first, (last, _) in runs.items())


def _is_landscape(page: PageObject) -> bool:
    try:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        turned = int(page.get("/Rotate", 0) or 0) % 180 == 90
    except (TypeError, ValueError, KeyError):
        return False
    return (height > width) if turned else (width > height)


_YEARS = re.compile(r"(?:19|20)\d{2}")  # a prefilter: years may run together with values


def _stretches(
    count: int, runs: dict[int, tuple[int, list[tuple[int, str, bool]]]]
) -> list[tuple[int, int]]:
    """[start, end) ranges of the lines outside the ruled tables' runs."""
    out: list[tuple[int, int]] = []
    start = 0
    for first in sorted(runs):
        if first > start:
            out.append((start, first))
        start = runs[first][0] + 1
    if start < count:
        out.append((start, count))
    return out


def _layout_lines(text: str) -> list[_Line]:
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    lines: list[_Line] = []
    for raw in text.splitlines():
        if raw.strip():
            lines.append(_Line(number=len(lines) + 1, text=raw.rstrip()))
    return lines


def _page_text(page: PageObject) -> str:
    try:
        return page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False)
    except Exception:  # layout mode trips on some fonts; plain mode still has the words
        return page.extract_text()


_WORD = re.compile(r"\w+(?:[.,]\w+)*%?")


def _words(text: str) -> Counter[str]:
    """The words and numbers of a page, as a multiset ("64,2%" and "64.2%" are one)."""
    return Counter(w.replace(",", ".") for w in _WORD.findall(text.casefold()))


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _open(data: bytes, display: str) -> object:
    if b"%PDF" not in data[:1024]:
        raise InputUnreadable("pdf-corrupted", path=display, reason="no empieza con %PDF")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted:
            opened: object
            try:
                opened = pdf.decrypt("")  # "protected" against editing only: still readable
            except (DependencyError, NotImplementedError, FileNotDecryptedError):
                opened = 0
            if not opened:
                raise UnsupportedInput("pdf-encrypted", path=display)
        _ = len(pdf.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as err:
        raise InputUnreadable(
            "pdf-corrupted", path=display, reason=str(err) or type(err).__name__
        ) from None
    return pdf


@reader("pdf", (".pdf",))
def read_pdf(path: Path, display: str, options: ReadOptions) -> Document:
    data, sha = read_bytes(path, display, options.limit())
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    pdf = _open(data, display)
    assert isinstance(pdf, PdfReader)
    segments: list[Segment] = []
    empty_pages: list[int] = []
    pending: Counter[str] = Counter()  # the words of the previous page
    held = 0  # how many segments the previous page gave
    total = len(pdf.pages)
    tables = _Ruled(data)
    pieces: dict[int, list[Piece]] = {}  # page -> its tables for the tabular stage
    footnotes: list[str] = []  # locators of the notes under tables, left out of the text
    for number in range(1, total + 1):
        try:
            text = _page_text(pdf.pages[number - 1])
        except (PdfReadError, ValueError, KeyError, TypeError) as err:
            raise InputUnreadable(
                "pdf-corrupted", path=display, reason=f"página {number}: {err}"
            ) from None
        if _letters(text) < MIN_LETTERS_PER_PAGE:
            empty_pages.append(number)
        ruled, chart = (
            tables.page(number, pdf.pages[number - 1], text, _open_width(pieces.get(number - 1)))
            if _letters(text)
            else ([], None)
        )
        aligned: list[AlignedTable] = []
        lines = _layout_lines(text)
        page = page_segments(
            lines, number, ruled, chart, aligned, _open_columns(pieces.get(number - 1)), footnotes
        )
        if _is_landscape(pdf.pages[number - 1]):  # a slide: its lines are boxes, not prose
            page = [replace(segment, prose=False) for segment in page]
        # the words as read (a chart's rows, not its run-together text layer)
        words = _words("\n".join(s.text for s in page)) if chart else _words(text)
        if pending and not pending - words:
            del segments[len(segments) - held :]  # a build step of this same slide
            pieces.pop(number - 1, None)
        segments.extend(page)
        found = _pieces(number, ruled, aligned, len(lines))
        if found:
            pieces[number] = found
        pending, held = words, len(page)
        if options.on_progress is not None:
            options.on_progress(number, total)
    tables.close()
    segments = tables.without_code_labels(segments)
    notes: list[str] = []
    if tables.code_lists:
        notes.append(f"listas de códigos (metadatos, sin valores): {tables.code_lists}")
    if footnotes:
        notes.append(f"notas al pie de cuadros (sin valores): {_locators(footnotes)}")
    if empty_pages and options.ocr:
        ocr = ocr_pages(path, display, empty_pages)
        segments = _merge_pages(segments, ocr)
        notes.append(f"ocr: tesseract -l spa en páginas {_ranges(empty_pages)}")
    elif len(empty_pages) == total:
        raise UnsupportedInput("pdf-no-text", path=display, pages=total)
    elif empty_pages:
        notes.append(f"páginas sin texto (¿escaneadas? use --ocr): {_ranges(empty_pages)}")
    if not segments:
        raise UnsupportedInput(
            "ocr-no-text" if options.ocr else "pdf-no-text", path=display, pages=total
        )
    from genero_etl.readers.pdfaligned import join_pages

    joined = join_pages([piece for page in sorted(pieces) for piece in pieces[page]])
    return Document(
        path=display, sha256=sha, bytes=len(data), format="pdf", segments=segments, notes=notes,
        tables=[(t.name, t.grid) for t in joined],
        table_rows={t.name: t.origins for t in joined if len(t.pages) > 1},
    )  # fmt: skip


def _pieces(
    page: int, ruled: list[RuledTable], aligned: list[AlignedTable], count: int
) -> list[Piece]:
    """The page's tables for the tabular stage (ruled with periods across, and unruled),
    in the order they are printed."""
    from genero_etl.readers.pdfaligned import EDGE_LINES, Piece, head_rows

    placed: list[tuple[int, Piece]] = []
    for table in ruled:
        if table.routed and table.grid is not None and table.span is not None:
            first, last, lines = table.span
            grid = table.grid
            placed.append((first, Piece(
                page, grid, head_rows(grid), table.captioned, first < EDGE_LINES,
                lines - 1 - last < EDGE_LINES,
            )))  # fmt: skip
    for found in aligned:
        placed.append((found.first, Piece(
            page, found.grid, bool(found.caption) + len(found.header), bool(found.caption),
            found.first < EDGE_LINES, count - 1 - found.last < EDGE_LINES, found.columns,
        )))  # fmt: skip
    return [piece for _, piece in sorted(placed, key=lambda p: p[0])]


def _open_width(pieces: list[Piece] | None) -> int | None:
    """The width of the previous page's last ruled table, when it ran to the foot of its page."""
    if not pieces or not pieces[-1].at_foot or pieces[-1].columns is not None:
        return None
    return len(pieces[-1].grid[-1])


def _open_columns(pieces: list[Piece] | None) -> list[tuple[int, int]] | None:
    """The columns of the previous page's last table, when it ran to the foot of its page."""
    if not pieces or not pieces[-1].at_foot:
        return None
    return pieces[-1].columns


class _Ruled:
    """The ruled tables of the pages that draw enough rules, read with pdfplumber on demand."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.plumber: Any = None
        self.codes: dict[str, set[str]] = {}  # code -> folded labels, over all code lists
        self.code_lists = 0

    def page(
        self, number: int, page: PageObject, text: str, follows: int | None = None
    ) -> tuple[list[RuledTable], Chart | None]:
        """The page's ruled tables and, on a slide (landscape) with years, its chart.

        ``follows``: the width of the previous page's ruled table when it ran to the foot
        of its page; a first data table here with no heading, as wide, goes on with it."""
        from genero_etl.readers.pdfcharts import read_chart
        from genero_etl.readers.pdftables import (
            continued_rows,
            may_hold_rules,
            page_tables,
            periods_across,
            table_words,
        )

        ruled = may_hold_rules(page)
        slide = _is_landscape(page) and len(set(_YEARS.findall(text))) >= 3
        if not (ruled or slide) or not self._open():
            return [], None
        plumber_page = self.plumber.pages[number - 1]
        found = page_tables(plumber_page, table_words()) if ruled else []
        chart = read_chart(plumber_page) if slide else None
        plumber_page.close()
        for table in found:
            table.grid = periods_across(table)
        first = next((t for t in found if t.kind == "data"), None)
        if follows is not None and first is not None and first.grid is None:
            first.grid = continued_rows(first, follows)
            first.continues = first.grid is not None
        for table in found:
            if table.kind == "codes":
                self.code_lists += 1
                for code, label in table.codes.items():
                    self.codes.setdefault(code, set()).add(label)
        return found, chart

    def _open(self) -> bool:
        if self.plumber is None:
            import logging

            import pdfplumber

            logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font notes, not problems
            try:
                self.plumber = pdfplumber.open(io.BytesIO(self.data))
            except Exception:  # pdfplumber refuses what pypdf read: the text layer stays
                self.plumber = False
        return self.plumber is not False

    def close(self) -> None:
        if self.plumber:
            self.plumber.close()

    def without_code_labels(self, segments: list[Segment]) -> list[Segment]:
        """A line that opens with a listed code and its label ("1 'Femicidio directo': ...")
        explains that code: the code is not a value, so it leaves the line. The items of a
        numbered list ("1) Causas Judiciales/Hechos;") count as codes too: a later heading
        "1 CAUSAS JUDICIALES/HECHOS: ..." is that item's, not a value of 1."""
        from genero_etl.readers.pdftables import fold

        codes = {code: set(labels) for code, labels in self.codes.items()}
        for segment in segments:
            item = _LIST_ITEM.match(segment.text)
            if item:
                codes.setdefault(item.group("code"), set()).add(fold(item.group("label")))
        if not codes:
            return segments
        out = []
        for segment in segments:
            match = _CODE_FIRST.match(segment.text)
            if match and "\t" not in segment.text:
                label = fold(match.group("rest"))
                labels = codes.get(match.group("code").lower(), set())
                if any(_same_start(label, known) for known in labels):
                    segment = Segment(text=match.group("rest"), locator=segment.locator)
            out.append(segment)
        return out


_CODE_FIRST = re.compile(r"^\s*(?P<code>\d{1,4})\s+(?P<rest>\S.*)$")
_LIST_ITEM = re.compile(
    r"^\s*(?P<code>\d{1,2})\)\s+(?P<label>[^\W\d_][^;:,.]*?)\s*(?:[;:,.](?:\s+y)?|\s+y)?\s*$"
)


def _same_start(text: str, label: str) -> bool:
    """The line's words after the code start like the label (its first two words)."""
    from genero_etl.readers.pdftables import compact

    head = compact(" ".join(label.split()[:2]))
    return bool(head) and compact(text).startswith(head)


def _page_of(segment: Segment) -> int:
    return int(segment.locator.split("/")[0].split(":")[1])


def _merge_pages(first: list[Segment], second: list[Segment]) -> list[Segment]:
    return sorted([*first, *second], key=_page_of)  # stable: lines keep their order


def _ranges(pages: list[int]) -> str:
    return ", ".join(str(p) for p in pages[:20]) + ("…" if len(pages) > 20 else "")


def ocr_available() -> list[str]:
    """Names of the missing pieces OCR needs (empty when it can run)."""
    missing = [tool for tool in ("pdftoppm", "tesseract") if shutil.which(tool) is None]
    if not missing:
        try:
            langs = subprocess.run(
                ["tesseract", "--list-langs"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
            if "spa" not in langs.stdout.split():
                missing.append("tesseract-ocr-spa")
        except (OSError, subprocess.SubprocessError):
            missing.append("tesseract")
    return missing


def ocr_pages(path: Path, display: str, pages: list[int]) -> list[Segment]:
    """Recognise the text of scanned pages: pdftoppm renders each page, tesseract reads it.

    One page at a time, through a temporary folder, so memory and disk stay small.
    """
    missing = ocr_available()
    if missing:
        raise UnsupportedInput("ocr-unavailable", path=display, missing=", ".join(missing))
    segments: list[Segment] = []
    with tempfile.TemporaryDirectory(prefix="genero-etl-ocr-") as folder:
        for page in pages:
            image = Path(folder) / f"p{page}"
            try:
                subprocess.run(
                    ["pdftoppm", "-r", str(OCR_DPI), "-gray", "-png", "-singlefile",
                     "-f", str(page), "-l", str(page), str(path), str(image)],
                    capture_output=True, check=True, timeout=OCR_TIMEOUT_S,
                )  # fmt: skip
                result = subprocess.run(
                    ["tesseract", f"{image}.png", "stdout", "-l", "spa", "--psm", "6"],
                    capture_output=True, check=True, timeout=OCR_TIMEOUT_S, text=True,
                )  # fmt: skip
            except subprocess.CalledProcessError as err:
                reason = (
                    (err.stderr or b"").strip() if isinstance(err.stderr, bytes) else err.stderr
                )
                raise InputUnreadable(
                    "ocr-failed", path=display, page=page, reason=str(reason)[-300:]
                ) from None
            except (OSError, subprocess.TimeoutExpired) as err:
                raise InputUnreadable(
                    "ocr-failed", path=display, page=page, reason=str(err)
                ) from None
            finally:
                Path(f"{image}.png").unlink(missing_ok=True)
            segments.extend(page_segments(_layout_lines(result.stdout), page))
    return segments
