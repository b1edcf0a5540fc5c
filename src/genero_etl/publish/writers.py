"""File formats of published tables, one writer each, registered by decorator.

A writer streams record batches of a typed table, with its Table Schema, into one file
(any binary sink pyarrow accepts: a path or a file object), so a table of any size is
written in bounded memory. Adding a format is one decorated function here (and its tests);
`publish` writes every registered format of every table and declares each in
``datapackage.json``. ``write_csv``/``write_parquet`` give the bytes of a small table.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

WriteFunc = Callable[["Iterable[pa.RecordBatch]", "pa.Schema", dict[str, Any], Any], None]
ROW_GROUP_ROWS = 131_072  # Parquet row group: batches are gathered up to this many rows


@dataclass(frozen=True, slots=True)
class Writer:
    name: str  # also the file suffix and the Data Package resource's ``format``
    mediatype: str
    write: WriteFunc  # (batches, arrow schema, Table Schema, sink) -> None
    tabular: bool  # frictionless can read it row by row (else declared as a ``file``)


WRITERS: dict[str, Writer] = {}


def writer(name: str, *, mediatype: str, tabular: bool = True) -> Callable[[WriteFunc], WriteFunc]:
    """Register a writer under ``name``; the registration order is the publishing order."""

    def register(func: WriteFunc) -> WriteFunc:
        WRITERS[name] = Writer(name, mediatype, func, tabular)
        return func

    return register


class AppendOnlyFile:
    """What pyarrow's CSV writer asks of a file object that only appends: its position
    (``size``), no reading or seeking; ``close`` (a writer's, when it ends) marks it closed and
    leaves ``handle`` open for whoever made it."""

    handle: Any
    size: int
    closed: bool

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        self.handle.flush()

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


def float_text(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    """Floats as text in one format every reader types as a float: always a decimal point
    (``1.0``, ``80000.5``), never an exponent; nulls stay null (an empty cell)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    text = pc.cast(column, pa.string())
    # Arrow writes large and small magnitudes with an exponent (1.16946234556e+11): rewrite
    # exactly those cells, whatever the magnitude at which Arrow switches.
    rare = pc.fill_null(pc.match_substring(text, "e", ignore_case=True), False)
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


def _csv_type(arrow_type: pa.DataType) -> pa.DataType:
    import pyarrow as pa

    if pa.types.is_dictionary(arrow_type):
        return _csv_type(arrow_type.value_type)
    if pa.types.is_floating(arrow_type) or pa.types.is_boolean(arrow_type):
        return pa.string()
    if pa.types.is_date(arrow_type):
        return pa.string()
    return arrow_type


def csv_batch(batch: pa.RecordBatch, text_schema: pa.Schema) -> pa.RecordBatch:
    """A batch as the CSV writes it: floats by ``float_text``, booleans and dates as text."""
    import pyarrow as pa

    columns = []
    for column in batch.columns:
        if pa.types.is_dictionary(column.type):
            column = column.cast(column.type.value_type)
        if pa.types.is_floating(column.type):
            column = float_text(column)
        elif pa.types.is_boolean(column.type) or pa.types.is_date(column.type):
            column = column.cast(pa.string())
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=text_schema)


@writer("csv", mediatype="text/csv")
def stream_csv(
    batches: Iterable[pa.RecordBatch],
    schema: pa.Schema,
    table_schema: dict[str, Any],
    sink: Any,
) -> None:
    """UTF-8 CSV, header row, ``\\n``; numbers with a decimal point, booleans ``true``/``false``,
    dates ``YYYY-MM-DD``, missing values as empty cells."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    text_schema = pa.schema([pa.field(f.name, _csv_type(f.type)) for f in schema])
    options = pcsv.WriteOptions(include_header=True, quoting_style="needed")
    with pcsv.CSVWriter(sink, text_schema, write_options=options) as out:
        for batch in batches:
            if batch.num_rows:
                out.write_batch(csv_batch(batch, text_schema))


def documented_schema(schema: pa.Schema, table_schema: dict[str, Any]) -> pa.Schema:
    """The Arrow schema with each field's ``description``/``title`` as field metadata and the
    table's as schema metadata; dictionary-encoded fields are published as their values."""
    import pyarrow as pa

    described = {f["name"]: f for f in table_schema.get("fields", [])}
    fields = []
    for f in schema:
        if pa.types.is_dictionary(f.type):
            f = pa.field(f.name, f.type.value_type, f.nullable)
        spec = described.get(f.name, {})
        meta = {k: str(spec[k]) for k in ("description", "title") if spec.get(k)}
        fields.append(f.with_metadata(meta) if meta else f)
    meta = {k: str(table_schema[k]) for k in ("title", "description") if table_schema.get(k)}
    return pa.schema(fields, metadata=meta or None)


def row_groups(
    batches: Iterable[pa.RecordBatch], schema: pa.Schema, rows: int = 0
) -> Iterator[pa.Table]:
    """Batches gathered into tables of about ``rows`` rows (default ``ROW_GROUP_ROWS``),
    cast to ``schema``."""
    rows = rows or ROW_GROUP_ROWS
    pending: list[pa.RecordBatch] = []
    count = 0
    for batch in batches:
        if not batch.num_rows:
            continue
        pending.append(batch)
        count += batch.num_rows
        if count >= rows:
            yield _gathered(pending, schema)
            pending, count = [], 0
    if pending:
        yield _gathered(pending, schema)


def _gathered(batches: list[pa.RecordBatch], schema: pa.Schema) -> pa.Table:
    import pyarrow as pa

    columns = []
    for i, f in enumerate(schema):
        chunks = [b.column(i) for b in batches]
        chunks = [c.cast(f.type) if c.type != f.type else c for c in chunks]
        columns.append(pa.chunked_array(chunks, type=f.type))
    return pa.Table.from_arrays(columns, schema=schema)


@writer("parquet", mediatype="application/vnd.apache.parquet", tabular=False)
def stream_parquet(
    batches: Iterable[pa.RecordBatch],
    schema: pa.Schema,
    table_schema: dict[str, Any],
    sink: Any,
) -> None:
    """Parquet (zstd) whose fields carry their schema ``description`` (and ``title``) as
    field metadata, and the table its ``title``/``description``, so the file documents itself."""
    import pyarrow.parquet as pq

    documented = documented_schema(schema, table_schema)
    with pq.ParquetWriter(sink, documented, compression="zstd") as out:
        written = False
        for group in row_groups(batches, documented):
            out.write_table(group, row_group_size=group.num_rows)
            written = True
        if not written:
            out.write_table(documented.empty_table())


def write_bytes(fmt: str, table: pa.Table, table_schema: dict[str, Any]) -> bytes:
    """The bytes of a whole (small) table in one registered format."""
    sink = io.BytesIO()
    WRITERS[fmt].write(table.to_batches(), table.schema, table_schema, sink)
    return sink.getvalue()


def write_csv(table: pa.Table, table_schema: dict[str, Any]) -> bytes:
    return write_bytes("csv", table, table_schema)


def write_parquet(table: pa.Table, table_schema: dict[str, Any]) -> bytes:
    return write_bytes("parquet", table, table_schema)


_END = object()


def fan_out(
    batches: Iterable[pa.RecordBatch],
    consumers: list[Callable[[Iterable[pa.RecordBatch]], None]],
) -> None:
    """Feed the same batches, in order, to every consumer, each in its own thread.

    The batches are made once (decoding dictionaries once for every format), at most two wait
    per consumer, and pyarrow writes and compresses without the GIL, so the formats are
    written side by side. The first error of a consumer or of the batches is raised."""
    import queue
    import threading

    queues: list[queue.Queue[object]] = [queue.Queue(maxsize=2) for _ in consumers]
    errors: list[BaseException] = []

    def run(
        consume: Callable[[Iterable[pa.RecordBatch]], None],
        waiting: queue.Queue[object],
    ) -> None:
        ended = False

        def items() -> Iterator[pa.RecordBatch]:
            nonlocal ended
            while (item := waiting.get()) is not _END:
                yield item
            ended = True

        try:
            consume(items())
            while not ended and waiting.get() is not _END:
                pass  # a writer that stopped early still lets the others go on
        except BaseException as err:  # re-raised in the calling thread
            errors.append(err)
            while not ended and waiting.get() is not _END:
                pass

    threads = [
        threading.Thread(target=run, args=(c, q), daemon=True)
        for c, q in zip(consumers, queues, strict=True)
    ]
    for thread in threads:
        thread.start()
    try:
        for batch in batches:
            for waiting in queues:
                waiting.put(batch)
    finally:
        for waiting in queues:
            waiting.put(_END)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
