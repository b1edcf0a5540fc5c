"""File formats of published tables, one writer each, registered by decorator.

A writer turns a typed Arrow table and its Table Schema into the bytes of one file. Adding
a format is one decorated function here (and its tests); `publish` writes every registered
format of every table and declares each in ``datapackage.json``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

WriteFunc = Callable[["pa.Table", dict[str, Any]], bytes]


@dataclass(frozen=True, slots=True)
class Writer:
    name: str  # also the file suffix and the Data Package resource's ``format``
    mediatype: str
    write: WriteFunc
    tabular: bool  # frictionless can read it row by row (else declared as a ``file``)


WRITERS: dict[str, Writer] = {}


def writer(name: str, *, mediatype: str, tabular: bool = True) -> Callable[[WriteFunc], WriteFunc]:
    """Register a writer under ``name``; the registration order is the publishing order."""

    def register(func: WriteFunc) -> WriteFunc:
        WRITERS[name] = Writer(name, mediatype, func, tabular)
        return func

    return register


def float_text(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    """Floats as text in one format every reader types as a float: always a decimal point
    (``1.0``, ``80000.5``), never an exponent; nulls stay null (an empty cell)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    text = pc.cast(column, pa.string())
    size = pc.abs(column)
    # Arrow writes very large and very small magnitudes with an exponent: rewrite those few.
    small = pc.and_(pc.less(size, 1e-4), pc.not_equal(size, 0))
    rare = pc.fill_null(pc.or_(pc.greater_equal(size, 1e15), small), False)
    if pc.any(rare).as_py():
        values = pc.filter(column, rare).to_pylist()
        plain = pa.array([_plain(v) for v in values], type=pa.string())
        text = pc.replace_with_mask(text, rare, plain)
    whole = pc.fill_null(pc.equal(column, pc.floor(column)), False)
    return pc.if_else(whole, pc.binary_join_element_wise(text, ".0", ""), text)


def _plain(value: float) -> str:
    """Positional notation, shortest digits; a whole number without its point (added later)."""
    from decimal import Decimal

    text = format(Decimal(repr(value)), "f")
    return text.removesuffix(".0") if value == int(value) else text


@writer("csv", mediatype="text/csv")
def write_csv(table: pa.Table, schema: dict[str, Any]) -> bytes:
    """UTF-8 CSV, header row, ``\\n``; numbers with a decimal point, booleans ``true``/``false``,
    dates ``YYYY-MM-DD``, missing values as empty cells."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    columns = []
    for column in table.columns:
        if pa.types.is_floating(column.type):
            column = float_text(column)
        elif pa.types.is_boolean(column.type) or pa.types.is_date(column.type):
            column = column.cast(pa.string())
        columns.append(column)
    as_text = pa.Table.from_arrays(columns, names=table.column_names)
    sink = io.BytesIO()
    pcsv.write_csv(as_text, sink, pcsv.WriteOptions(include_header=True, quoting_style="needed"))
    return sink.getvalue()


@writer("parquet", mediatype="application/vnd.apache.parquet", tabular=False)
def write_parquet(table: pa.Table, schema: dict[str, Any]) -> bytes:
    """Parquet (zstd) whose fields carry their schema ``description`` (and ``title``) as
    field metadata, and the table its ``title``/``description``, so the file documents itself."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    described = {f["name"]: f for f in schema.get("fields", [])}
    fields = []
    for f in table.schema:
        spec = described.get(f.name, {})
        meta = {k: str(spec[k]) for k in ("description", "title") if spec.get(k)}
        fields.append(f.with_metadata(meta) if meta else f)
    meta = {k: str(schema[k]) for k in ("title", "description") if schema.get(k)}
    documented = pa.Table.from_arrays(table.columns, schema=pa.schema(fields, metadata=meta))
    sink = io.BytesIO()
    pq.write_table(documented, sink, compression="zstd")
    return sink.getvalue()
