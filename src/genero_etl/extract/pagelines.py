"""A PDF's lines back into the paragraphs a person reads.

A PDF lays body text out in lines of the page's width: a sentence breaks across lines and a
number may fall on a line break ("10 mil" at the end of one line, "147 mujeres" on the next;
"Ley" / "26.485"). Read line by line, a number loses the words that say what it counts, or
is cut in two. Every page also repeats a running header (the office's name) and a footer
("Página 2 de 7") whose numbers are no one's values.

:func:`page_paragraphs` takes the segments of a paged document (locators ``page:P/line:L``)
and

* drops a running header or footer: a line among the first or last ``EDGE_LINES`` of its page
  that repeats, its digits aside, at an edge of at least two pages and half of them; and a
  page number line ("Página 3 de 12", "Pág. 4", "3 / 12") at the edge of any page;
* joins a line to the next when the line is full (at least ``FULL_LINE`` of the page's
  widest line of text; ``FULL_SENTENCE`` when it ends a sentence and the next opens with a
  capital), or when the line is half full, ends no sentence (a short abbreviation such as
  "Q." ends none) and the next goes on in lower case or with a number; not when the next
  line opens a list item (a bullet, "a)", or "3." or "2.8 Rango" after a line that ends a
  sentence: after one that does not, "010." is the end of a number). Table rows (cells separated by tabs)
  are never joined. Pages are crossed: a sentence that goes on over a page break is one.

A joined segment keeps the locator of its first line and, in ``Segment.lines``, where each
of its lines starts in its text, so that a value points at the line where its number is
printed (:func:`line_at`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

from genero_etl.model import Segment

EDGE_LINES = 2  # lines at the top and at the foot of a page where a header or footer sits
FULL_LINE = 0.8  # a line at least this share of the page's widest line runs on to the next
FULL_SENTENCE = 0.9  # ... one that ends a sentence, before a capital, must be this wide
HALF_LINE = 0.5  # ... and one at least this wide, when the next goes on in lower case

_PAGE_LINE = re.compile(r"^page:(\d+)/line:\d+$")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:p[áa]gina|p[áa]g\.?|page|p\.)\s*\d{1,4}(?:\s*(?:de|of|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:de|/)\s*\d{1,4}|[-–]\s*\d{1,4}\s*[-–])$",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^(?:[-–—•*]\s|\(?[a-zA-Z]\)\s|#)")
# "3. La atención..." or a section "2.8 Rango etario" opens an item after a line that ends a
# sentence or a lead-in; after
# one that does not, it is the rest of a number ("Q132 millones 587 mil" / "010. Del total")
_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,3})*[.)]?\s+[^\W\d_]")  # "3.", "2.8 Rango etario"
_SENTENCE_END = re.compile(r"[.:;!?][\"'”»)]*$")
# a short abbreviation ends no sentence: "pasó de Q." / "27.943.750", "Bs." / "1.200"
_ABBREVIATION = re.compile(r"(?:^|[\s(])[^\W\d_]{1,3}/?\.$")
_DIGITS = re.compile(r"\d+")


def _page(segment: Segment) -> int | None:
    match = _PAGE_LINE.match(segment.locator)
    return int(match.group(1)) if match and "\t" not in segment.text else None


def _wraps(segment: Segment, tabular: set[int]) -> bool:
    """A line of running text (not a table's row, not a line its columns cut, not on a
    page of tables)."""
    page = _page(segment)
    return segment.prose and page is not None and page not in tabular


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).casefold())


def _running(pages: dict[int, list[int]], segments: list[Segment]) -> set[int]:
    """Indexes of the running headers and footers and page numbers, at the pages' edges."""
    edges: dict[int, list[int]] = {}
    for page, indexes in pages.items():
        edges[page] = sorted(set(indexes[:EDGE_LINES] + indexes[-EDGE_LINES:]))
    seen: Counter[str] = Counter()
    for indexes in edges.values():
        seen.update({_key(segments[i].text) for i in indexes})
    repeated = {key for key, n in seen.items() if n >= 2 and n * 2 >= len(pages)}
    return {
        i
        for indexes in edges.values()
        for i in indexes
        if _key(segments[i].text) in repeated or _PAGE_NUMBER.match(segments[i].text.strip())
    }


def _runs_on(line: str, following: str, width: int) -> bool:
    ends = bool(_SENTENCE_END.search(line)) and not _ABBREVIATION.search(line)
    if _ITEM.match(following) or (ends and _NUMBERED.match(following)):
        return False
    if len(line) >= (FULL_SENTENCE if ends and following[:1].isupper() else FULL_LINE) * width:
        return True
    return (
        len(line) >= HALF_LINE * width
        and (following[:1].islower() or following[:1].isdigit())
        and not ends
    )


def page_paragraphs(segments: list[Segment]) -> list[Segment]:
    """The segments with running headers, footers and page numbers dropped and wrapped
    lines joined into paragraphs (see the module's notes); other segments are kept as
    they are, in their order."""
    pages: dict[int, list[int]] = {}  # every line of each page, table rows too
    for i, segment in enumerate(segments):
        match = _PAGE_LINE.match(segment.locator)
        if match:
            pages.setdefault(int(match.group(1)), []).append(i)
    if not pages:
        return segments
    dropped = _running(pages, segments)
    # a page whose lines are mostly table rows or columns (a budget's rows with wrapped
    # labels) is a table's page: none of its lines is joined
    tabular = {
        page
        for page, indexes in pages.items()
        if sum(segments[i].prose for i in indexes if i not in dropped) * 2
        < sum(1 for i in indexes if i not in dropped)
    }
    width = {
        page: max(
            (len(segments[i].text) for i in indexes if i not in dropped and segments[i].prose),
            default=0,
        )
        for page, indexes in pages.items()
    }
    out: list[Segment] = []
    parts: list[Segment] = []  # the lines of the paragraph being joined

    def close() -> None:
        if not parts:
            return
        if len(parts) == 1:
            out.append(parts[0])
        else:
            text, lines = "", []
            for part in parts:
                text += " " if text else ""
                lines.append((len(text), part.locator))
                text += part.text
            out.append(Segment(text=text, locator=parts[0].locator, lines=tuple(lines)))
        parts.clear()

    for i, segment in enumerate(segments):
        if i in dropped:
            continue
        page = _page(segment)
        if page is None:
            close()
            out.append(segment)
            continue
        if parts:
            last = parts[-1]
            last_page = _page(last)
            assert last_page is not None
            if not (
                _wraps(last, tabular)
                and _wraps(segment, tabular)
                and _runs_on(last.text, segment.text, width[last_page])
            ):
                close()
        parts.append(segment)
    close()
    return out


def line_at(segment: Segment, start: int, raw: str) -> str:
    """The locator of the line of a joined segment where the first digit of the number
    written ``raw``, found at ``start`` of its text, is printed (``start`` is checked against
    ``raw``; when it does not hold, the first place ``raw`` is written)."""
    if not segment.lines:
        return segment.locator
    text = segment.text
    if raw and text[start : start + len(raw)] != raw:
        found = text.find(raw)
        start = found if found >= 0 else start
    # the number's first digit, not a currency written before it ("Q." / "27.943.750")
    start += next((k for k, ch in enumerate(raw) if ch.isdigit()), 0)
    locator = segment.lines[0][1]
    for offset, where in segment.lines:
        if offset > start:
            break
        locator = where
    return locator


# A table whose cells a copy has stacked one a line (a web page's or a PDF's table pasted as
# text): the column titles one a line, then each row's label followed by its numbers, one a
# line. Read line by line, a number alone on its line says nothing of what it counts.
_STACKED_CELL = re.compile(r"-?\d[\d.,\s]*%?|[-–—]|n/?[ad]|s/d", re.IGNORECASE)
_STACKED_YEAR = re.compile(r"(?:19|20)\d{2}\b.*")  # a column's year: "1999(primer semestre)"
_STACKED_ROW_YEAR = re.compile(r"(?:19|20)\d{2}")  # a row's year, alone on its line
_STACKED_TITLE_WORDS = 6  # a column's title is short ("ABR (2)", "Casos atendidos")
_STACKED_LABEL = 120  # a row's label is no sentence of running text
MIN_STACKED_ROWS = 2
MIN_STACKED_COLUMNS = 2
MAX_STRAY_CELLS = 2  # a chart's ticks printed between two of a stacked table's rows


def _stacked_cell(text: str) -> bool:
    return _STACKED_CELL.fullmatch(text) is not None


def _stacked_label(text: str) -> bool:
    return (
        bool(text)
        and not _stacked_cell(text)
        and "\t" not in text
        and len(text) <= _STACKED_LABEL
        and not _SENTENCE_END.search(text)
    )


def _stacked_title(text: str) -> bool:
    return (
        (_stacked_label(text) or _STACKED_YEAR.fullmatch(text) is not None)
        and len(text.split()) <= _STACKED_TITLE_WORDS
        and "\t" not in text
    )


def _stacked_row_at(texts: list[str], i: int) -> int:
    """The number of cells after the label at ``i`` (0 when ``i`` heads no row). A row's
    label may be a year ("2014" over its numbers, a table of years down): its cells end
    where the next row's year, the year after or before it, is printed."""
    if i >= len(texts):
        return 0
    year = _STACKED_ROW_YEAR.fullmatch(texts[i])
    if not year and not _stacked_label(texts[i]):
        return 0
    near = {int(texts[i]) - 1, int(texts[i]) + 1} if year else set()
    end = i + 1
    while end < len(texts) and _stacked_cell(texts[end]):
        if _STACKED_ROW_YEAR.fullmatch(texts[end]) and int(texts[end]) in near:
            break
        end += 1
    return end - i - 1


def _joined(segments: list[Segment]) -> Segment:
    """One row of cells, each pointing at the line where it was printed."""
    cells = [s.text.strip() for s in segments]
    starts = list(accumulate((len(c) + 1 for c in cells[:-1]), initial=0))
    lines = tuple((start, s.locator) for start, s in zip(starts, segments, strict=True))
    return Segment(text="\t".join(cells), locator=segments[0].locator, lines=lines)


def stacked_rows(segments: list[Segment]) -> list[Segment]:
    """A table stacked one cell a line, back into its rows: at least ``MIN_STACKED_ROWS`` rows
    of a label and the same number of numbers (at least ``MIN_STACKED_COLUMNS``), under as many
    short column titles, one a line, and the title of the labels' column before them when
    there is one. The titles become a header row and each label and its numbers a row whose
    cells are separated by tabs, each cell keeping the locator of its own line, so that a
    number is read under its row's label and its column's title and still points at the line
    where it is printed. A row with one or two cells too many (up to ``MAX_STRAY_CELLS``)
    between two rows of the table's width keeps its first cells: the rest, a chart's axis tick
    printed between two rows, is left out. Any other line is kept as it is."""
    texts = [s.text.strip() for s in segments]
    out: list[Segment] = []
    i = 0
    while i < len(segments):
        width = _stacked_row_at(texts, i)
        rows: list[int] = []
        at = i
        while width >= MIN_STACKED_COLUMNS:
            cells = _stacked_row_at(texts, at)
            if cells == width:
                rows.append(at)
                at += width + 1
                continue
            # a chart's tick printed between two rows ("Abr / 3,292 / 2,939 / 353 / 5,000 /
            # May / ..."): a row with a cell or two too many, followed by a row of the table's
            # width, keeps its first cells; the rest is no cell, no value and no heading
            extra = cells - width
            if 0 < extra <= MAX_STRAY_CELLS and _stacked_row_at(texts, at + cells + 1) == width:
                rows.append(at)
                at += cells + 1
                continue
            break
        first = i - width  # where the column titles would start
        titled = first >= 0 and all(_stacked_title(t) for t in texts[first:i])
        if len(rows) < MIN_STACKED_ROWS or not titled:
            out.append(segments[i])
            i += 1
            continue
        titles = segments[first:i]
        del out[len(out) - width :]
        if first > 0 and out and _stacked_title(texts[first - 1]):
            titles = [out.pop(), *titles]  # "TIPO DE DELITO": the labels' column
        out.append(_joined(titles))
        out.extend(_joined(segments[row : row + width + 1]) for row in rows)
        i = at
    return out
