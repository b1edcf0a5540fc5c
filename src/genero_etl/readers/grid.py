"""Loading a spreadsheet file into grids of cells that keep their A1 positions.

Workbooks (.xlsx, .xlsm, .xls, .ods) are read with python-calamine: it is a Rust
reader, 10-30x faster than openpyxl, never runs macros, and (since 0.9) reports sheet
visibility and merged ranges for xlsx/xls. What it cannot say is whether a formula
cell has a cached value (it returns an empty cell either way), so for .xlsx/.xlsm the
sheet XML is scanned for ``<f>`` without ``<v>`` (``_uncached_formulas``); that scan
is a streaming parse of bytes we already hold, cheaper than a second openpyxl load.
ODS has no merged-range API in calamine; headers there are completed by the
"blank-after-label" rule in ``layout``.

A grid is a pandas DataFrame whose index is the 0-based sheet row and whose columns are
0-based sheet columns, so a cell's locator survives every filter and melt.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.readers.csvsniff import Dialect

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


@dataclass(slots=True)
class Grid:
    name: str  # sheet name; "" for CSV (locators then have no sheet part)
    frame: pd.DataFrame
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(
        default_factory=list
    )  # r0, c0, r1, c1 (inclusive)
    uncached_formulas: list[str] = field(default_factory=list)  # A1 refs


@dataclass(slots=True)
class Book:
    kind: str  # xlsx | xls | ods | csv
    grids: list[Grid]
    encoding: str = ""
    dialect: Dialect | None = None


def col_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def locator(sheet: str, row: int, col: int) -> str:
    ref = f"{col_letter(col)}{row + 1}"
    return f"{sheet}!{ref}" if sheet else ref


def load_book(data: bytes, display: str, kind: str) -> Book:
    if kind == "csv":
        return load_csv(data, display)
    return load_workbook(data, display, kind)


def load_csv(data: bytes, display: str) -> Book:
    """Whole CSV as strings; numbers are parsed later with the file's decimal mark.

    Arrow's multithreaded reader does the parsing into Arrow-backed text columns (a
    million-row file in about a second, without a Python object per cell), from the file's
    own bytes when it can (``_arrow_raw``: no decoded, re-encoded or re-spaced copy of a
    big file); files it refuses (rows of different widths, blank lines, which pandas keeps
    as rows so that row numbers stay the file's line numbers) are parsed by pandas, then by
    the csv module.
    """
    import pandas as pd

    from genero_etl.readers import csvsniff

    text, encoding = csvsniff.decode(data, display)
    dialect = csvsniff.sniff(text, encoding)
    if not text or text.isspace():
        raise InputUnreadable("file-empty", path=display)
    frame = _arrow_raw(data, text, encoding, dialect.delimiter)
    del data
    if frame is None:
        text = csvsniff.normalise_newlines(text)
        frame = _arrow_csv(text, dialect.delimiter)
    if frame is None:
        width = csvsniff.max_fields(text[:500_000], dialect.delimiter)
        try:
            frame = pd.read_csv(
                io.StringIO(text), sep=dialect.delimiter, header=None, names=list(range(width)), dtype=str,
                keep_default_na=False, na_filter=False, skip_blank_lines=False, engine="c",
            )  # fmt: skip
        except (pd.errors.ParserError, ValueError):
            # A row wider than the sample's widest: parse with the csv module, pad to one width.
            rows = list(csv.reader(io.StringIO(text), delimiter=dialect.delimiter))
            width = max(len(r) for r in rows)
            frame = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype=object)
    frame.index = pd.RangeIndex(len(frame))
    return Book("csv", [Grid("", frame)], encoding=encoding, dialect=dialect)


# Encodings Arrow can be handed the file's bytes in: UTF-8 as is, single-byte ones
# transcoded block by block (a character is a byte, so offsets in the text are offsets
# in the bytes).
_RAW_ENCODINGS = {"utf-8": 0, "utf-8-sig": 3, "latin-1": 0, "cp1252": 0, "cp850": 0, "mac_roman": 0}
_NEWLINE = re.compile(r"[\r\n]")


def _raw_body_end(text: str) -> int | None:
    """Where the body of a CSV's text ends, before its last line ends (no copy of a big
    text); None when Arrow's rows from the raw bytes would not be those of the normalised
    text (an empty body, a blank line, CR CR or LF CR)."""
    end = len(text)
    while end and text[end - 1] in "\r\n":
        end -= 1
    if (
        not end
        or text.startswith(("\n", "\r"))
        or any(text.find(pair, 0, end) >= 0 for pair in ("\r\r", "\n\n", "\n\r"))
    ):
        return None
    return end


def _arrow_raw(data: bytes, text: str, encoding: str, delimiter: str) -> pd.DataFrame | None:
    """:func:`_arrow_csv` of the newline-normalised text, read from the raw bytes.

    Arrow ends a line at CR LF, LF or CR, as ``normalise_newlines`` does, so the rows are
    the same, except where that normalisation merges or splits lines (CR CR LF, or a blank
    line: then None, and the caller normalises). A CR inside a quoted value is turned
    into LF afterwards, in the columns that have one."""
    import pyarrow as pa

    skip = _RAW_ENCODINGS.get(encoding)
    if skip is None:
        return None
    end = _raw_body_end(text)
    if end is None:
        return None
    stop = len(data) - (len(text) - end)  # the trailing line ends are ASCII
    ending = _NEWLINE.search(text, 0, end)
    first = text[: ending.start()] if ending else text[:end]
    source = pa.py_buffer(memoryview(data)[skip:stop])
    single_byte = encoding not in {"utf-8", "utf-8-sig"}
    table = _arrow_table(source, first, delimiter, encoding if single_byte else "utf8")
    if table is None:
        return None
    if text.find('"', 0, end) >= 0:  # a quoted value may hold a CR, which normalising makes LF
        table = _line_feeds(table)
    return _frame(table)


def _line_feeds(table: Any) -> Any:
    """``table`` with every CR and CR LF inside its values made LF (as the text the
    whole-file path reads was normalised)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in table.columns:
        if pc.any(pc.match_substring(column, "\r")).as_py():
            column = pc.replace_substring(pc.replace_substring(column, "\r\n", "\n"), "\r", "\n")
        columns.append(column)
    return pa.table(columns, names=table.column_names)


def _arrow_csv(text: str, delimiter: str) -> pd.DataFrame | None:
    """The CSV parsed by pyarrow, every cell text ('' for empty); None when pyarrow cannot keep every line."""
    import pyarrow as pa

    body = text.rstrip("\n")  # blank lines at the end hold nothing: dropping them moves no row
    if not body or "\n\n" in body or body.startswith("\n"):
        return None  # blank lines: pyarrow would drop them and shift row numbers
    first = text[: text.find("\n")] if "\n" in text else text
    table = _arrow_table(pa.py_buffer(body.encode("utf-8")), first, delimiter, "utf8")
    return None if table is None else _frame(table)


def _arrow_table(source: Any, first: str, delimiter: str, encoding: str) -> pa.Table | None:
    """Every cell of the CSV in ``source`` as text, as many columns as its first line has
    fields; None when Arrow refuses it (rows of another width)."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    width = len(next(csv.reader([first], delimiter=delimiter), [""]))
    names = [str(i) for i in range(width)]
    # large_string: the type pandas keeps Arrow text in (no conversion of every column)
    try:
        return pcsv.read_csv(
            pa.BufferReader(source),
            read_options=pcsv.ReadOptions(column_names=names, block_size=16 << 20, encoding=encoding),
            parse_options=pcsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(column_types=dict.fromkeys(names, pa.large_string()), strings_can_be_null=False, quoted_strings_can_be_null=False),
        )  # fmt: skip
    except (pa.ArrowInvalid, pa.ArrowException):
        return None


def _frame(table: pa.Table) -> pd.DataFrame:
    import pandas as pd

    frame: pd.DataFrame = table.to_pandas()  # pyarrow is untyped here
    frame.columns = pd.RangeIndex(table.num_columns)
    return frame


def load_workbook(data: bytes, display: str, kind: str) -> Book:
    import pandas as pd
    import python_calamine as pc

    try:
        workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except pc.PasswordError:
        raise UnsupportedInput("office-encrypted", path=display) from None
    except Exception as err:  # calamine raises several unrelated types for broken files
        raise InputUnreadable(
            "office-corrupted", path=display, kind="Excel/OpenDocument", reason=_short(err)
        ) from None
    uncached = _uncached_formulas(data) if kind == "xlsx" else {}
    grids: list[Grid] = []
    with workbook:
        for meta in workbook.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue  # chart and macro sheets hold no cells
            hidden = meta.visible != pc.SheetVisibleEnum.Visible
            try:
                sheet = workbook.get_sheet_by_name(meta.name)
                rows: list[list[Any]] = [] if hidden else sheet.to_python(skip_empty_area=False)
                merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            except pc.PasswordError:
                raise UnsupportedInput("office-encrypted", path=display) from None
            except Exception as err:
                raise InputUnreadable(
                    "office-corrupted",
                    path=display,
                    kind="Excel/OpenDocument",
                    reason=f"{meta.name}: {_short(err)}",
                ) from None
            frame = pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame(dtype=object)
            grids.append(
                Grid(
                    meta.name,
                    frame,
                    hidden=hidden,
                    merged=merged,
                    uncached_formulas=uncached.get(meta.name, []),
                )
            )
    return Book(kind, grids)


def _short(err: BaseException) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0][:200]


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _uncached_formulas(data: bytes) -> dict[str, list[str]]:
    """Per sheet name, the A1 refs of formula cells saved without a value.

    Files written by scripts (openpyxl, some web exports) store formulas that were never
    calculated; calamine then returns an empty cell, indistinguishable from a blank.
    """
    import posixpath
    import zipfile
    from xml.etree import ElementTree as ET

    found: dict[str, list[str]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            book = ET.fromstring(archive.read("xl/workbook.xml"))
            rels = (
                ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
                if "xl/_rels/workbook.xml.rels" in names
                else None
            )
            targets = {r.get("Id"): r.get("Target", "") for r in (rels if rels is not None else [])}
            for sheet in book.iter(f"{_NS}sheet"):
                target = targets.get(sheet.get(f"{_REL_NS}id"), "")
                part = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join("xl", target))
                )
                if part not in names:
                    continue
                raw = archive.read(part)
                if b"<f" not in raw and b":f" not in raw:
                    continue
                refs: list[str] = []
                for _, elem in ET.iterparse(io.BytesIO(raw)):
                    if elem.tag == f"{_NS}c":
                        formula = elem.find(f"{_NS}f")
                        value = elem.find(f"{_NS}v")
                        if formula is not None and (
                            value is None or not (value.text or "").strip()
                        ):
                            refs.append(elem.get("r", "?"))
                        elem.clear()
                if refs:
                    found[sheet.get("name", "")] = refs
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError):
        return found
    return found


_A1 = re.compile(r"^([A-Z]+)(\d+)$")


def parse_a1(ref: str) -> tuple[int, int] | None:
    """'C7' -> (6, 2): 0-based row and column."""
    m = _A1.match(ref)
    if not m:
        return None
    return int(m.group(2)) - 1, column_index(m.group(1))


def column_index(letters: str) -> int:
    """'C' -> 2, 'AA' -> 26: a column's 0-based index from its letters."""
    col = 0
    for ch in letters:
        col = col * 26 + (ord(ch) - 64)
    return col - 1


def is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip())


def cell_text(v: Any) -> str:
    if is_blank(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()[:10]
    text = " ".join(str(v).split())
    return _R_ESCAPE.sub(_unescaped, text) if "<" in text else text


# A Latin-1 letter as R writes one it could not encode, its byte in hex between angle
# brackets, in a word ("Ciudad de M<e9>xico", "Michoac<e1>n", "Yucat<e1>n"): the letter.
_R_ESCAPE = re.compile(r"(?<=[^\W\d_])<([c-f][0-9a-f])>|<([c-f][0-9a-f])>(?=[^\W\d_])")


def _unescaped(m: re.Match[str]) -> str:
    code = int(m.group(1) or m.group(2), 16)
    return chr(code) if code not in (0xD7, 0xF7) else m.group(0)  # × and ÷ are no letters


_STREAM_BLOCK = 2 << 20  # bytes Arrow's streaming reader parses at a time (it reads up to
# 32 blocks ahead of the rows asked for: 64 MB); a row longer than a block fails (then the
# file is read whole)


@dataclass(slots=True)
class CsvRows:
    """A big CSV read a block of rows at a time (``tabular/blocks.py``): what
    :func:`load_csv` decides on the whole file (the encoding, from all its bytes; the
    dialect; that Arrow reads the bytes as they are) is decided once, here, and the rows
    are then parsed by Arrow's streaming reader with the options :func:`_arrow_table`
    gives its whole-file reader, so a block's cells are those of the whole file's grid."""

    path: Path
    sha256: str  # the bytes' as first read: each pass checks that they are still those
    display: str
    encoding: str
    dialect: Dialect
    lines: int  # the file's lines (its rows, the header's included)
    skip: int
    stop: int
    width: int
    quoted: bool  # a quoted value may hold a CR (made LF, as the whole file's reader does)

    def frames(self, rows: int) -> Iterator[pd.DataFrame]:
        """The file's rows as grids of ``rows`` rows (the last fewer), each indexed by its
        rows' 0-based numbers in the file."""
        held: list[Any] = []
        count = 0
        start = 0
        for batch in self._batches():
            while batch.num_rows:
                take = min(batch.num_rows, rows - count)
                held.append(batch.slice(0, take))
                count += take
                batch = batch.slice(take)
                if count == rows:
                    yield self._frame_of(held, start)
                    start += count
                    held, count = [], 0
        if held:
            yield self._frame_of(held, start)

    def tail(self, rows: int) -> tuple[pd.DataFrame, int]:
        """The file's last ``rows`` rows as a grid (indexed as in the file), and how many
        rows it has: a pass over the file that makes no grid of the others."""
        held: list[Any] = []
        kept = 0
        count = 0
        for batch in self._batches():
            count += batch.num_rows
            held.append(batch)
            kept += batch.num_rows
            while held and kept - held[0].num_rows >= rows:
                kept -= held.pop(0).num_rows
        frame = self._frame_of(held, count - kept) if held else None
        if frame is None:
            import pandas as pd

            return pd.DataFrame(), 0
        return frame.iloc[-rows:], count

    def _batches(self) -> Iterator[Any]:
        """The rows as Arrow's streaming reader parses them from the file, read a block at
        a time (no copy of the whole file held) and hashed as read: a file whose bytes are
        no longer those first read fails (``file-unreadable``)."""
        import pyarrow as pa
        import pyarrow.csv as pcsv

        names = [str(i) for i in range(self.width)]
        single_byte = self.encoding not in {"utf-8", "utf-8-sig"}
        source = _Hashed(self.path, self.skip, self.stop)
        reader = pcsv.open_csv(
            pa.PythonFile(source, mode="r"),
            read_options=pcsv.ReadOptions(column_names=names, block_size=_STREAM_BLOCK, encoding=self.encoding if single_byte else "utf8", use_threads=False),
            parse_options=pcsv.ParseOptions(delimiter=self.dialect.delimiter, newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(column_types=dict.fromkeys(names, pa.large_string()), strings_can_be_null=False, quoted_strings_can_be_null=False),
        )  # fmt: skip
        try:
            yield from reader
            if source.digest() != self.sha256:
                raise InputUnreadable(
                    "file-unreadable", path=self.display, reason="cambió mientras se leía"
                )
        finally:
            source.close()

    def _frame_of(self, batches: list[Any], start: int) -> pd.DataFrame:
        import pandas as pd
        import pyarrow as pa

        table = pa.Table.from_batches(batches).combine_chunks()
        if self.quoted:
            table = _line_feeds(table)
        frame = _frame(table)
        frame.index = pd.RangeIndex(start, start + len(frame))
        return frame


class _Hashed(io.RawIOBase):
    """The bytes ``skip`` to ``stop`` of a file, read in order; all of its bytes hashed."""

    def __init__(self, path: Path, skip: int, stop: int) -> None:
        super().__init__()
        self._file = path.open("rb")
        self._hash = hashlib.sha256(self._file.read(skip))
        self._left = stop - skip

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self._left)
        if wanted <= 0:
            return 0
        view = memoryview(buffer).cast("B")[:wanted]
        got = self._file.readinto(view) or 0
        self._hash.update(view[:got])
        self._left -= got
        return got

    def digest(self) -> str:
        """The sha256 of the whole file (what is left of it read now)."""
        while self._left > 0 and self.readinto(bytearray(1 << 20)):
            pass
        while chunk := self._file.read(1 << 20):
            self._hash.update(chunk)
        return self._hash.hexdigest()

    def close(self) -> None:
        self._file.close()
        super().close()


def csv_rows(
    data: bytes, display: str, lines_above: int, path: Path, sha256: str
) -> CsvRows | None:
    """The CSV in ``data`` to be read a block of rows at a time, when it has more than
    ``lines_above`` lines and Arrow can read its bytes as they are (the path of
    :func:`_arrow_raw`); None otherwise (then :func:`load_csv` reads it whole, as ever)."""
    from genero_etl.readers import csvsniff

    if data.count(b"\n") <= lines_above:
        return None
    text, encoding = csvsniff.decode(data, display)
    dialect = csvsniff.sniff(text, encoding)
    skip = _RAW_ENCODINGS.get(encoding)
    if skip is None or not text or text.isspace():
        return None
    end = _raw_body_end(text)
    if end is None:
        return None
    stop = len(data) - (len(text) - end)
    ending = _NEWLINE.search(text, 0, end)
    first = text[: ending.start()] if ending else text[:end]
    quoted = text.find('"', 0, end) >= 0
    lines = text.count("\n", 0, end) + 1
    del text
    width = len(next(csv.reader([first], delimiter=dialect.delimiter), [""]))
    return CsvRows(path, sha256, display, encoding, dialect, lines, skip, stop, width, quoted)
