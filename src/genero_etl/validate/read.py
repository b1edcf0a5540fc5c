"""Reading tabular inputs into columns of strings, without interpreting any value.

Everything is read as text first (leading zeros in municipality codes matter, and a
type error must quote the cell exactly as written). CSV is parsed with Python's ``csv``
module (the same parser frictionless uses, so quoting and row numbering agree) in
chunks that are turned into pyarrow string arrays, which keeps memory flat.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.readers.encoding import BINARY_SIGNATURES
from genero_etl.validate.arrow import to_arrow
from genero_etl.validate.errors import InputUnreadable, UnsupportedInput

if TYPE_CHECKING:
    import pyarrow as pa

TEXT_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".ods", ".xls", ".parquet")
_CHUNK_ROWS = 200_000


@dataclass(slots=True)
class RawTable:
    """A table as written: header labels and one string column per label.

    ``columns[i]`` holds the i-th cell of each data row, null where the row was too
    short (a *missing cell*, which is not the same as an empty cell). Rows longer than
    the header keep their surplus in ``extra_cells``.
    """

    file: str
    labels: list[str]
    columns: list[pa.Array]
    n_rows: int
    short_rows: dict[int, int] = field(default_factory=dict)  # row index -> cells present
    extra_cells: list[tuple[int, int, str]] = field(default_factory=list)  # (row idx, col no, cell)
    line_numbers: list[int] | None = None  # file line of each row when it differs from row no.
    sheet: str = ""
    encoding: str = ""
    notes: list[tuple[str, str, dict[str, Any]]] = field(
        default_factory=list
    )  # (code, severity, params)
    bytes: int = 0
    source: Path | None = None  # the file read, for hashes computed only when declared
    header_missing: bool = False
    first_row: int = 2  # the first data row's number (a piece of a larger file starts later)
    first_line: int = 2  # the file line where the first data row starts
    # a piece of a larger file: per rule id, the keys of the rows before the piece (their
    # cells as written, in the rule's field order) and the first row holding each
    earlier: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)
    # a piece checked where it stands in no file (``publish.gatecache``): its rows counted
    # from the piece (``first_row`` 2), and a row a rule's message names said as a mark
    # (``RowRef``) that the publish turns into the row's number in the whole file
    relative: bool = False

    def digest(self, algorithm: str) -> str:
        """Hash of the file's bytes (md5, sha1, sha256...), computed on demand."""
        if self.source is None:
            return ""
        import hashlib  # loads OpenSSL: only for a package that declares a hash

        try:
            return hashlib.new(algorithm, self.source.read_bytes()).hexdigest()
        except (ValueError, OSError):
            return ""

    def row_number(self, index: int) -> int:
        """Frictionless numbering: the header is row 1, the first data row is row 2."""
        return index + self.first_row

    def line_number(self, index: int) -> int:
        if self.line_numbers is not None and index < len(self.line_numbers):
            return self.line_numbers[index] + self.first_line - 2
        return index + self.first_line


class RowRef(int):
    """A row number a message names, for a piece checked apart from where it stands: as
    text (``str``, ``format``, ``repr``) a mark, ``\x00`` + kind + number + ``\x01`` + the
    format spec + ``\x00``, that ``publish.gatecache.placed`` replaces by the number in
    the whole file. Kind ``r``: a row of the piece, counted from it (its first row is 2);
    kind ``e``: the ``n``-th key the rows before the piece hold (``RawTable.earlier``),
    whose first row the piece's check does not know. As a number, ``n``."""

    kind: str = "r"

    def __new__(cls, n: int, kind: str = "r") -> RowRef:
        made = super().__new__(cls, n)
        made.kind = kind
        return made

    def __format__(self, spec: str) -> str:
        return f"\x00{self.kind}{int(self)}\x01{spec}\x00"

    def __str__(self) -> str:
        return self.__format__("")

    __repr__ = __str__


MAX_BYTES = 2 * 1024**3


def read_bytes(path: Path, display: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes (:func:`genero_etl.readers.files.read_raw`): a missing, unreadable
    or empty file stops with exit code 3, one over ``--max-mb`` with exit code 4."""
    from genero_etl.readers.files import read_raw

    return read_raw(path, display, max_bytes)


def decode(data: bytes, display: str) -> tuple[str, str, bool]:
    """Decode with the project's one encoding policy (:mod:`genero_etl.readers.encoding`).

    Returns ``(text, encoding, guessed)``: guessed when the file was not UTF-8. Binary
    content stops with exit code 4 (a known signature) or 3 (implausible text).
    """
    from genero_etl.readers.encoding import NotText, decode_bytes

    try:
        text, encoding = decode_bytes(data, keep_broken_utf8=True)
    except NotText as err:
        if err.kind:
            raise UnsupportedInput("binary-as-text", path=display, kind=err.kind) from None
        raise InputUnreadable(
            "bad-encoding", path=display, reason="no es UTF-8, cp1252 ni latin-1"
        ) from None
    return text, encoding, not encoding.startswith("utf-")


def _sniff_delimiter(text: str, suffix: str) -> str:
    """Same candidates as frictionless (``,\\t;|``); TSV is always a tab."""
    if suffix in (".tsv", ".tab"):
        return "\t"
    sample = "\n".join(text[:65536].splitlines()[:100])
    try:
        return csv.Sniffer().sniff(sample, ",\t;|").delimiter
    except csv.Error:
        return ","


def table_from_rows(
    file: str,
    rows: Any,
    *,
    header: list[str] | None = None,
    sheet: str = "",
) -> RawTable:
    """Build a :class:`RawTable` from an iterator of lists of strings (the first is the header).

    Rows are consumed in chunks and turned into pyarrow arrays so the Python lists
    never hold more than one chunk.
    """
    import pyarrow as pa

    iterator = iter(rows)
    labels = header if header is not None else next(iterator, None)
    if labels is None:
        return RawTable(file=file, labels=[], columns=[], n_rows=0, header_missing=True)
    labels = [str(x) for x in labels]
    width = len(labels)
    chunks: list[list[pa.Array]] = [[] for _ in range(width)]
    short_rows: dict[int, int] = {}
    extra_cells: list[tuple[int, int, str]] = []
    offset = 0
    while True:
        chunk = list(islice(iterator, _CHUNK_ROWS))
        if not chunk:
            break
        if set(map(len, chunk)) != {width}:
            for i, row in enumerate(chunk):
                n = len(row)
                if n < width:
                    short_rows[offset + i] = n
                    chunk[i] = list(row) + [None] * (width - n)
                elif n > width:
                    for col, cell in enumerate(row[width:], width + 1):
                        extra_cells.append((offset + i, col, str(cell)))
                    chunk[i] = row[:width]
        if width:
            for col, values in enumerate(zip(*chunk, strict=True)):
                chunks[col].append(pa.array(values, type=pa.string()))
        offset += len(chunk)
        del chunk
    columns = [
        pa.concat_arrays(parts) if parts else pa.array([], type=pa.string()) for parts in chunks
    ]
    return RawTable(
        file=file,
        labels=labels,
        columns=columns,
        n_rows=offset,
        short_rows=short_rows,
        extra_cells=extra_cells,
        sheet=sheet,
    )


def read_text_table(
    path: Path, display: str, *, delimiter: str | None = None, max_bytes: int = MAX_BYTES
) -> RawTable:
    """Read a CSV/TSV file; see :func:`decode` for the encodings accepted.

    A UTF-8 file goes to pyarrow as bytes, never decoded into one big Python string
    (pyarrow checks the UTF-8 itself); other encodings are decoded, then re-encoded.
    """
    data = read_bytes(path, display, max_bytes)
    head = data[:65536]
    if not head.strip() and not data.strip():
        raise InputUnreadable("file-empty", path=display)
    table: RawTable | None = None
    text: str | None = None
    encoding = "utf-8"
    guessed = False
    plain = (
        not head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and b"\x00" not in head
        and not any(data.startswith(sig) for sig in BINARY_SIGNATURES)
    )
    if plain:
        head_text = head.decode("utf-8", errors="ignore")
        delim = delimiter or _sniff_delimiter(head_text, path.suffix.lower())
        table = _read_csv_arrow(display, data, delim)
        if table is not None and data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
    if table is None:
        text, encoding, guessed = decode(data, display)
        if not text.strip():
            raise InputUnreadable("file-empty", path=display)
        delim = delimiter or _sniff_delimiter(text, path.suffix.lower())
        if encoding != "utf-8":
            table = _read_csv_arrow(display, text.encode("utf-8"), delim)
        if table is None:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
            try:
                table = table_from_rows(display, reader)
            except csv.Error as err:
                raise InputUnreadable(
                    "file-unreadable", path=display, reason=f"CSV: {err}"
                ) from None
    table.encoding = encoding
    table.bytes = len(data)
    table.source = path
    if guessed:
        table.notes.append(("encoding-guessed", "warning", {"encoding": encoding}))
    if encoding == "utf-8-broken" and text is not None:
        table.encoding = "utf-8"
        for number, line_text in enumerate(text.split("\n"), 1):
            if "\ufffd" in line_text:
                table.notes.append(
                    ("encoding-error", "error", {"encoding": "UTF-8", "line": number})
                )
    # File lines differ from row numbers only when a quoted cell spans lines.
    newlines = data.count(b"\n")
    if newlines not in (table.n_rows, table.n_rows + 1) and table.n_rows:
        if text is None:
            text = data.decode(
                encoding if encoding != "utf-8-broken" else "utf-8", errors="replace"
            )
        starts: list[int] = []
        counter = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        start = 1
        for _ in counter:
            starts.append(start)
            start = counter.line_num + 1
        table.line_numbers = starts[1:]
    return table


def _single(array: Any) -> Any:
    """A plain Array from a take over chunks (one chunk: no copy)."""
    import pyarrow as pa

    if isinstance(array, pa.ChunkedArray):
        return array.chunk(0) if array.num_chunks == 1 else array.combine_chunks()
    return array


def _read_csv_arrow(display: str, data: bytes, delimiter: str) -> RawTable | None:
    """Fast path: pyarrow's CSV parser, all columns as strings, ragged rows re-parsed.

    Rows whose cell count differs from the header are handed to ``csv`` one by one
    (so they are split exactly as frictionless splits them) and put back in place.
    Returns None when pyarrow cannot parse the file, and the caller falls back to
    Python's ``csv`` for everything.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    newline = data.find(b"\n")
    first_line = data if newline < 0 else data[:newline]
    header_probe = next(
        csv.reader([first_line.decode("utf-8", "replace").rstrip("\r")], delimiter=delimiter), []
    )
    if first_line.count(b'"') % 2 or not header_probe:
        return None  # a quoted header cell spanning lines: let csv handle it
    width = len(header_probe)
    invalid: list[tuple[int, str]] = []

    def on_invalid(row: Any) -> str:
        invalid.append((row.number, row.text))
        return "skip"

    try:
        table = pacsv.read_csv(
            pa.BufferReader(data),
            read_options=pacsv.ReadOptions(
                autogenerate_column_names=True,
                use_threads=False,
                block_size=min(max(len(data) + 1, 1 << 20), 1 << 30),
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter,
                newlines_in_values=True,
                ignore_empty_lines=False,
                invalid_row_handler=on_invalid,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={f"f{i}": pa.string() for i in range(width)},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return None
    if table.num_columns != width or any(number is None for number, _ in invalid):
        return None
    columns = [table.column(i).combine_chunks() for i in range(width)]
    labels = [str(columns[i][0].as_py()) if len(columns[i]) else "" for i in range(width)]
    columns = [c.slice(1) for c in columns]
    n_valid = len(columns[0]) if columns else 0
    short_rows: dict[int, int] = {}
    extra_cells: list[tuple[int, int, str]] = []
    if invalid:
        invalid.sort()
        extra_rows: list[list[str | None]] = []
        positions = []
        for number, text in invalid:
            index = number - 2
            cells = next(csv.reader([text], delimiter=delimiter), [])
            if len(cells) < width:
                short_rows[index] = len(cells)
                row: list[str | None] = [*cells, *([None] * (width - len(cells)))]
            else:
                for col, cell in enumerate(cells[width:], width + 1):
                    extra_cells.append((index, col, cell))
                row = list(cells[:width])
            extra_rows.append(row)
            positions.append(index)
        total = n_valid + len(invalid)
        is_invalid = np.zeros(total, dtype=bool)
        is_invalid[positions] = True
        order = np.empty(total, dtype=np.int64)
        order[~is_invalid] = np.arange(n_valid)
        order[is_invalid] = n_valid + np.arange(len(invalid))
        take = to_arrow(order)
        columns = [
            _single(
                pc.take(
                    pa.chunked_array(
                        [columns[i], pa.array([r[i] for r in extra_rows], pa.string())]
                    ),
                    take,
                )
            )
            for i in range(width)
        ]
    n_rows = len(columns[0]) if columns else 0
    # An empty line is a row with no cells at all (csv gives []), not a row of empty cells.
    if width > 1 and n_rows:
        candidates = np.flatnonzero(
            np.asarray(
                pc.fill_null(pc.equal(columns[0], pa.scalar("", pa.string())), False).to_numpy(
                    zero_copy_only=False
                ),
                dtype=bool,
            )
        )
        for column in columns[1:]:
            if not len(candidates):
                break
            same = pc.equal(pc.take(column, to_arrow(candidates)), pa.scalar("", pa.string()))
            candidates = candidates[
                np.asarray(pc.fill_null(same, False).to_numpy(zero_copy_only=False), dtype=bool)
            ]
        if len(candidates):
            starts = np.concatenate([[0], np.flatnonzero(np.frombuffer(data, np.uint8) == 10) + 1])
            ends = np.concatenate([starts[1:] - 1, [len(data)]])
            empty_rows = []
            for i in candidates.tolist():
                line = i + 1  # 0-based line index of data row i, when no cell spans lines
                if line < len(starts) and data[starts[line] : ends[line]].strip(b"\r") == b"":
                    empty_rows.append(i)
            if empty_rows:
                mask = np.zeros(n_rows, dtype=bool)
                mask[empty_rows] = True
                null_mask = to_arrow(mask)
                columns = [pc.if_else(null_mask, pa.scalar(None, pa.string()), c) for c in columns]
                for i in empty_rows:
                    short_rows[i] = 0
    return RawTable(
        file=display,
        labels=labels,
        columns=columns,
        n_rows=n_rows,
        short_rows=short_rows,
        extra_cells=extra_cells,
    )


def _cell_text(value: Any) -> str:
    """How a typed spreadsheet cell is written as text (integral floats without '.0')."""
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_sheet_table(
    path: Path, display: str, sheet: str | None = None, max_bytes: int = MAX_BYTES
) -> RawTable:
    """Read the first (or the named) sheet of an xlsx/ods workbook with calamine."""
    data = read_bytes(path, display, max_bytes)
    if data.startswith(b"PK"):  # the same zip-bomb checks as ingest, before calamine inflates
        from genero_etl.readers.safety import check_zip

        check_zip(data, display)
    try:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(workbook.sheet_names)
        if not names:
            raise InputUnreadable("file-empty", path=display)
        name = sheet if sheet in names else names[0]
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except InputUnreadable:
        raise
    except Exception as err:
        raise InputUnreadable("file-unreadable", path=display, reason=str(err)) from None
    text_rows = [[_cell_text(v) for v in row] for row in rows]
    if not text_rows:
        raise InputUnreadable("file-empty", path=display)
    # Calamine pads every row to the sheet's used width; cells beyond the header that
    # are empty are padding, not extra cells.
    header = text_rows[0]
    width = len(header)
    while width and header[width - 1] == "":
        width -= 1
    text_rows = [r[:width] if not any(r[width:]) else r for r in text_rows]
    table = table_from_rows(display, text_rows, sheet=name)
    table.bytes = len(data)
    table.source = path
    return table


def read_inline_table(display: str, data: list[Any]) -> RawTable:
    """A data package resource with inline ``data``: list of lists or list of objects."""
    if data and all(isinstance(r, dict) for r in data):
        labels: list[str] = []
        for row in data:
            for key in row:
                if key not in labels:
                    labels.append(str(key))
        rows = [[_inline_text(r.get(k)) for k in labels] for r in data]
        return table_from_rows(display, rows, header=labels)
    rows = [[_inline_text(v) for v in r] if isinstance(r, list) else [] for r in data]
    return table_from_rows(display, rows)


def _inline_text(value: Any) -> str:
    import json

    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return _cell_text(value)


def read_records(display: str, records: list[dict[str, object]], labels: list[str]) -> RawTable:
    """Staged rows (dicts) as a table, columns in schema order, extra keys after them."""
    order = list(labels)
    for row in records[:1000]:
        for key in row:
            if key not in order:
                order.append(str(key))
    rows = [[_inline_text(r.get(k)) for k in order] for r in records]
    return table_from_rows(display, rows, header=order)


def read_parquet_table(path: Path, display: str, max_bytes: int = MAX_BYTES) -> RawTable:
    """A Parquet file, each column rendered as the text a CSV of it would hold.

    Numbers lose a trailing '.0', booleans are true/false and dates ISO, exactly as
    genero-etl's published CSV writes them, so both copies are checked by one schema.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = read_bytes(path, display, max_bytes)
    try:
        table = pq.read_table(io.BytesIO(data), use_threads=False)  # threaded: abort at exit
    except (pa.ArrowInvalid, OSError) as err:
        raise InputUnreadable("file-unreadable", path=display, reason=f"Parquet: {err}") from None
    columns = []
    for column in table.columns:
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        columns.append(column.cast(pa.string()).combine_chunks())
    raw = RawTable(
        file=display, labels=list(table.column_names), columns=columns, n_rows=table.num_rows
    )
    raw.bytes = len(data)
    raw.source = path
    raw.encoding = "parquet"
    return raw
