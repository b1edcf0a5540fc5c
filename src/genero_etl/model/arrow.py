"""Arrow tables typed by the project's Table Schemas: the form observations take on disk."""

from __future__ import annotations

import datetime as dt
import json
import operator
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from genero_etl.resources import schema_path, workspace_cache

if TYPE_CHECKING:
    import pyarrow as pa

_FORMULA_START = r"^[=+\-@\t\r]"


@workspace_cache
@cache
def table_schema(name: str, workspace_schemas: Path | None = None) -> dict[str, Any]:
    with open(schema_path(name, workspace_schemas), encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    schema.pop("$schema", None)
    return schema


def arrow_schema(schema: dict[str, Any]) -> pa.Schema:
    """The Arrow schema of a Table Schema's fields (built once per distinct field list: a
    report's table is conformed several times on its way to staging)."""
    return _arrow_schema(tuple((f["name"], f.get("type", "string")) for f in schema["fields"]))


@cache
def _arrow_schema(fields: tuple[tuple[str, str], ...]) -> pa.Schema:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "number": pa.float64(),
        "integer": pa.int64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema([pa.field(name, types.get(kind, pa.string())) for name, kind in fields])


def rows_table(rows: list[dict[str, object]], schema: dict[str, Any]) -> pa.Table:
    """Row dictionaries to a typed table; '' counts as missing, ISO strings as dates."""
    import pyarrow as pa

    target = arrow_schema(schema)
    columns: dict[str, list[object]] = {}
    for f in target:  # column by column, each field's type asked once
        name, is_date = f.name, pa.types.is_date(f.type)
        values: list[object] = []
        for row in rows:
            value = row.get(name)
            if value == "":
                value = None
            elif is_date and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            values.append(value)
        columns[name] = values
    return pa.Table.from_pydict(columns, schema=target)


def cells(column: pa.Array | pa.ChunkedArray) -> list[Any]:
    """``column.to_pylist()``; a dictionary column is decoded through its dictionary, each
    distinct value made a Python object once (Arrow's own makes one per cell, several
    times slower)."""
    import pyarrow as pa

    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    if not pa.types.is_dictionary(column.type):
        plain: list[Any] = column.to_pylist()
        return plain
    out: list[Any] = []
    for chunk in chunks:
        values = chunk.dictionary.to_pylist()
        out.extend(None if i is None else values[i] for i in chunk.indices.to_pylist())
    return out


def conform(table: pa.Table, schema: dict[str, Any], *, dictionaries: bool = False) -> pa.Table:
    """Cast a table to the schema's columns and types (missing columns become nulls).

    With ``dictionaries``, a dictionary-encoded column whose values already have the
    field's type stays encoded (staging a million-row spreadsheet keeps its repetitive
    text columns small); otherwise every column gets exactly the schema's type.
    """

    plan = _plan_for(arrow_schema(schema), table.schema, dictionaries)
    return _planned(plan, table.columns, table.num_rows)


def conform_arrays(
    columns: dict[str, pa.Array | pa.ChunkedArray],
    schema: dict[str, Any],
    *,
    dictionaries: bool = False,
) -> pa.Table:
    """``conform(pa.table(columns), schema, dictionaries=...)`` for a few rows' Arrow arrays
    (a text report's table), with the same plan: the plan found by the columns' names and
    their types compared one by one with those of the tables seen (hashing Arrow types, or
    making a table only to read its schema, costs more than such a table's whole build)."""
    import pyarrow as pa

    target = _target(schema)
    names = tuple(columns)
    arrays = list(columns.values())
    types = [a.type for a in arrays]
    seen = _ARRAY_PLANS.setdefault((id(target), dictionaries, names), [])
    plan = next((p for known, p in seen if all(map(operator.eq, types, known))), None)
    if plan is None:
        given = pa.schema([pa.field(n, t) for n, t in zip(names, types, strict=True)])
        plan = _plan_for(target, given, dictionaries)
        seen.insert(0, (types, plan))
        del seen[_PLANS_KEPT:]
    return _planned(plan, arrays, len(arrays[0]) if arrays else 0)


def _planned(plan: Any, given: Sequence[Any], rows: int) -> pa.Table:
    """The table a plan of ``_plan_for`` makes of the ``given`` columns: each field its column
    cast step by step, or nulls where no column gives it."""
    import pyarrow as pa

    steps, fields = plan
    out = []
    for (index, casts), f in zip(steps, fields, strict=True):
        if index < 0:
            out.append(pa.nulls(rows, f.type))
            continue
        column = given[index]
        for kind in casts:
            column = column.cast(kind)
        out.append(column)
    return pa.Table.from_arrays(out, schema=fields)


def _target(schema: dict[str, Any]) -> pa.Schema:
    """:func:`arrow_schema` remembered by the Table Schema itself (the schemas are loaded
    once and kept: ``table_schema``), held so that its identity is never another's."""
    known = _TARGETS.get(id(schema))
    if known is None or known[0] is not schema:
        known = _TARGETS[id(schema)] = (schema, arrow_schema(schema))
    return known[1]


_TARGETS: dict[int, tuple[dict[str, Any], pa.Schema]] = {}
# per target and column names: the column types seen and their plan, recent first
_ARRAY_PLANS: dict[tuple[int, bool, tuple[str, ...]], list[tuple[list[pa.DataType], Any]]] = {}
_PLANS: dict[tuple[int, bool], list[tuple[pa.Schema, Any]]] = {}  # per target, recent first
_PLANS_KEPT = 32  # schemas remembered per target schema


def _plan_for(target: pa.Schema, given: pa.Schema, dictionaries: bool) -> Any:
    """:func:`_conform_plan`, remembered: the schemas seen are compared (cheap), not
    hashed (hashing an Arrow schema costs more than the whole plan's use)."""
    seen = _PLANS.setdefault((id(target), dictionaries), [])
    for known, plan in seen:
        if known.equals(given):
            return plan
    plan = _conform_plan(target, given, dictionaries)
    seen.insert(0, (given, plan))
    del seen[_PLANS_KEPT:]
    return plan


def _conform_plan(
    target: pa.Schema, given: pa.Schema, dictionaries: bool
) -> tuple[list[tuple[int, list[pa.DataType]]], pa.Schema]:
    """How :func:`conform` turns a table of schema ``given`` into ``target``: per target
    field, the position of its column (-1: missing, nulls) and the casts it takes in turn;
    and the resulting schema. Worked out once per pair of schemas (a run conforms a few
    schemas thousands of times)."""
    import pyarrow as pa

    position = {name: i for i, name in enumerate(given.names)}
    steps: list[tuple[int, list[pa.DataType]]] = []
    fields = []
    for f in target:
        index = position.get(f.name, -1)
        casts: list[pa.DataType] = []
        if index >= 0:
            kind = given.field(index).type
            if pa.types.is_dictionary(kind):
                if dictionaries and kind.value_type == f.type:
                    steps.append((index, []))
                    fields.append(pa.field(f.name, kind))
                    continue
                casts.append(kind.value_type)
                kind = kind.value_type
            if kind != f.type:  # a cast to the type it has is a kernel call that changes nothing
                casts.append(f.type)
        steps.append((index, casts))
        fields.append(f)
    return steps, pa.schema(fields)


def neutralise_formulas(table: pa.Table) -> pa.Table:
    """Prefix text cells that a spreadsheet would run as a formula (= + - @) with a quote.

    A dictionary-encoded column is neutralised in its dictionary: once per distinct value."""
    import pyarrow as pa

    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type):
            column = _neutralised(column)
        elif pa.types.is_dictionary(column.type) and pa.types.is_string(column.type.value_type):
            column = pa.chunked_array(
                [
                    pa.DictionaryArray.from_arrays(chunk.indices, _neutralised(chunk.dictionary))
                    for chunk in column.chunks
                ],
                type=column.type,
            )
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=table.schema)


def _neutralised(values: pa.Array | pa.ChunkedArray) -> Any:
    import pyarrow.compute as pc

    risky = pc.match_substring_regex(values, _FORMULA_START)
    return pc.if_else(
        pc.fill_null(risky, False), pc.binary_join_element_wise("'", values, ""), values
    )


def table_rows(table: pa.Table) -> list[dict[str, object]]:
    """Plain rows, dates as ISO strings, nulls as ''."""
    rows: list[dict[str, object]] = table.to_pylist()
    for row in rows:
        for key, value in row.items():
            if value is None:
                row[key] = ""
            elif isinstance(value, dt.date):
                row[key] = value.isoformat()
    return rows


def release_memory() -> None:
    """Hand freed memory back to the system: Arrow's (its allocator keeps it for reuse) and
    the C library's. numpy's arrays and Python's objects come from the C library's heap, and
    glibc keeps what was freed there (arrays of up to 32 MB once a larger one was freed) until
    ``malloc_trim``: after the duplicate check of a national year, about half a gigabyte the
    next step's Arrow memory could not use."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@contextmanager
def objects_frozen() -> Iterator[None]:
    """Every object alive now moved out of the garbage collector's generations
    (``gc.freeze``) until the block ends (``gc.unfreeze``). A publish of a national year
    holds 30,000 staged files' views, their sources and issues, for all its steps; each full
    collection, set off by the many short-lived objects the steps make (a duplicate check's
    50,000 issues, the gate's findings), walked them all again: about a quarter of the
    CPU of publishing again, for objects that live until the end. They are still freed when
    no longer referenced; only cycles among them wait for the block's end. Nothing is done
    when the collector is off or the caller froze objects of its own (theirs are not
    handed back here)."""
    import gc

    if not gc.isenabled() or gc.get_freeze_count() > 0:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection in the block (``gc.disable``), for a block that makes many
    objects that all outlive it and none that form a cycle (a parsed manifest, the staged
    files' views): each collection it set off would walk every object already made, and
    free nothing. The collector is on again after it, as it was."""
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_TRIM: list[Any] = []  # glibc's malloc_trim, or None where there is none (looked up once)


def _malloc_trim() -> Any:
    if not _TRIM:
        import ctypes

        try:  # the process's own symbols: the C library it runs on (glibc has malloc_trim)
            found = getattr(ctypes.CDLL(None), "malloc_trim", None)
        except OSError:
            found = None
        _TRIM.append(found)
    return _TRIM[0]


# --- a few values to an Arrow array, without pandas ----------------------------------------
# ``pa.array`` asks pyarrow's pandas shim whether its input is a pandas object, and the first
# time it asks, the shim imports pandas (0.25-0.4 s of every process); a text report's
# columns never are pandas objects. These build the same arrays (type, values, validity)
# from their buffers; ``pa.array`` still builds what they do not take.


# at most this many cells go through C arrays of the ``array`` module rather than numpy (a
# text report's columns: numpy's per-call cost is most of the work for a few values)
_FEW_CELLS = 1024
_INT32_MAX = 2**31 - 1
_ZERO = (0,)
# the ``array`` type code of each integer width, signed and not (C int is 32 bits, long long 64)
_ARRAY_CODES = {
    ("i", 8): "b", ("i", 16): "h", ("i", 32): "i", ("i", 64): "q",
    ("u", 8): "B", ("u", 16): "H", ("u", 32): "I", ("u", 64): "Q",
}  # fmt: skip


def _validity(valid: Any) -> pa.Buffer | None:
    """The validity bitmap of a boolean numpy array (None: every value is valid)."""
    import numpy as np
    import pyarrow as pa

    if valid.all():
        return None
    return pa.py_buffer(np.packbits(valid, bitorder="little"))


def string_array(values: list[Any]) -> pa.Array:
    """``pa.array(values, pa.string())`` for a list of str (None: null)."""
    import numpy as np
    import pyarrow as pa

    try:
        encoded = [b"" if v is None else v.encode("utf-8") for v in values]
    except (AttributeError, UnicodeEncodeError):  # not text, or a lone surrogate: Arrow says
        return pa.array(values, pa.string())
    if len(values) <= _FEW_CELLS:
        # a report's few cells: the 32-bit offsets summed into a C array (numpy's calls
        # cost more than the sums); the same buffers
        data = b"".join(encoded)
        if len(data) <= _INT32_MAX:
            offsets32 = array("i", _ZERO)
            offsets32.extend(accumulate(map(len, encoded)))
            return pa.Array.from_buffers(
                pa.string(),
                len(values),
                [_nulls(values), pa.py_buffer(offsets32), pa.py_buffer(data)],
            )
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(list(map(len, encoded)), out=offsets[1:])
    if offsets[-1] > np.iinfo(np.int32).max:
        return pa.array(values, pa.string())
    return pa.Array.from_buffers(
        pa.string(),
        len(values),
        [_nulls(values), pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(b"".join(encoded))],
    )


def _nulls(values: list[Any]) -> pa.Buffer | None:
    """The validity bitmap of ``values`` (None where a value is None), or None when no value
    is None: the list searched once in C before any cell is asked about."""
    import numpy as np

    if None not in values:  # str and int cells: never equal to None
        return None
    return _validity(np.fromiter((v is not None for v in values), dtype=bool, count=len(values)))


def integer_array(values: list[int | None], kind: pa.DataType) -> pa.Array:
    """``pa.array(values, kind)`` for a list of int (None: null) and an integer type."""
    import numpy as np
    import pyarrow as pa

    signed = "i" if pa.types.is_signed_integer(kind) else "u"
    validity = _nulls(values)
    cells = values if validity is None else [0 if v is None else v for v in values]
    if len(cells) <= _FEW_CELLS:  # a C array of the width's type: the same bytes as numpy's
        data: Any = array(_ARRAY_CODES[(signed, kind.bit_width)], cells)
    else:
        data = np.array(cells, dtype=f"{signed}{kind.bit_width // 8}")
    return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(data)])


def numpy_array(values: Any, mask: Any = None) -> pa.Array:
    """``pa.array(values, mask=mask)`` for a one-dimensional numpy array of booleans,
    integers or floats (``mask``: True where a value is null); anything else goes to
    ``pa.array``."""
    import numpy as np
    import pyarrow as pa

    plain = (
        isinstance(values, np.ndarray)
        and values.ndim == 1
        and values.dtype.kind in "biuf"
        and values.dtype.isnative
        and (mask is None or (isinstance(mask, np.ndarray) and mask.dtype == np.bool_))
    )
    if not plain:
        return pa.array(values, mask=mask)
    values = np.ascontiguousarray(values)
    n = len(values)
    valid = _validity(~mask) if mask is not None else None
    if values.dtype == np.bool_:
        bits = pa.py_buffer(np.packbits(values, bitorder="little"))
        return pa.Array.from_buffers(pa.bool_(), n, [valid, bits])
    return pa.Array.from_buffers(
        pa.from_numpy_dtype(values.dtype), n, [valid, pa.py_buffer(values)]
    )


def date_array(values: list[dt.date | None]) -> pa.Array:
    """``pa.array(values, pa.date32())`` for a list of dates (None: null)."""
    import numpy as np
    import pyarrow as pa

    epoch = _EPOCH
    if len(values) <= _FEW_CELLS and None not in values:  # a report's dates, none missing
        dates = cast(list[dt.date], values)
        days32 = array("i", [v.toordinal() - epoch for v in dates])
        return pa.Array.from_buffers(pa.date32(), len(values), [None, pa.py_buffer(days32)])
    valid = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    days = np.array([0 if v is None else v.toordinal() - epoch for v in values], dtype=np.int32)
    return pa.Array.from_buffers(pa.date32(), len(values), [_validity(valid), pa.py_buffer(days)])


_EPOCH = dt.date(1970, 1, 1).toordinal()
