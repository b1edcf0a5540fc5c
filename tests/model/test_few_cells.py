"""A report's few cells built without numpy's per-call work (``model.arrow``: the string,
integer and date arrays of at most ``_FEW_CELLS`` cells, ``conform_arrays``;
``model.coded.combine`` row by row): the same arrays, tables and coded columns as the paths
for many cells, to the byte Parquet writes."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import genero_etl.model.arrow as arrow
import genero_etl.model.coded as coded
from genero_etl.model.arrow import (
    conform,
    conform_arrays,
    date_array,
    integer_array,
    string_array,
    table_schema,
)
from genero_etl.model.coded import Coded, combine


def _parquet(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return bytes(sink.getvalue())


def _buffers(array: pa.Array) -> list[bytes | None]:
    return [None if b is None else b.to_pybytes() for b in array.buffers()]


@pytest.mark.parametrize(
    "values",
    [[], ["a"], ["Luján", None, "", "Ñuñoa – 2023"], [None], ["x" * 40] * 1024],
    ids=["empty", "one", "accents-null-empty", "null", "the-most"],
)
def test_few_strings_as_many(values: list[str | None], monkeypatch: pytest.MonkeyPatch) -> None:
    few = string_array(values)
    monkeypatch.setattr(arrow, "_FEW_CELLS", -1)
    many = string_array(values)
    assert few.equals(many) and few.type == many.type
    assert _buffers(few)[1:] == _buffers(many)[1:]  # offsets and text, byte for byte
    assert few.equals(pa.array(values, pa.string()))


@pytest.mark.parametrize(
    "kind", [pa.int8(), pa.int16(), pa.int32(), pa.int64(), pa.uint8(), pa.uint32()]
)
def test_few_integers_as_many(kind: pa.DataType, monkeypatch: pytest.MonkeyPatch) -> None:
    for values in ([], [1], [0, None, 7], [True, np.int64(3), 5]):
        few = integer_array(values, kind)
        monkeypatch.setattr(arrow, "_FEW_CELLS", -1)
        many = integer_array(values, kind)
        monkeypatch.undo()
        assert few.equals(many) and few.type == many.type == kind
        assert _buffers(few) == _buffers(many)
    with pytest.raises(OverflowError):
        integer_array([200], pa.int8())


def test_few_dates_as_many(monkeypatch: pytest.MonkeyPatch) -> None:
    for values in ([], [dt.date(2024, 2, 29)], [dt.date(1969, 12, 31), dt.date(2023, 1, 1)]):
        few = date_array(values)  # type: ignore[arg-type]
        monkeypatch.setattr(arrow, "_FEW_CELLS", -1)
        many = date_array(values)  # type: ignore[arg-type]
        monkeypatch.undo()
        assert few.equals(many) and _buffers(few) == _buffers(many)
        assert few.equals(pa.array(values, pa.date32()))


def _columns(n: int, linked: bool) -> dict[str, pa.Array | pa.ChunkedArray]:
    """An observations table's columns as a report's build gives them, ``review_status`` and
    the other columns it does not make left out (conformed as nulls)."""
    texts = pa.DictionaryArray.from_arrays(
        pa.array([i % 2 for i in range(n)], pa.int8()), pa.array(["a", "b"])
    )
    ids = string_array([f"id{i}" for i in range(n)])
    columns: dict[str, pa.Array | pa.ChunkedArray] = {}
    for field in table_schema("observations")["fields"]:
        name, kind = field["name"], field.get("type", "string")
        if name == "review_status":
            continue
        if name == "observation_id":
            columns[name] = ids
        elif name == "parent_observation_id" and linked:
            columns[name] = ids.take(pa.array([None] + [0] * (n - 1), pa.int64()))
        elif name == "source_locator":
            columns[name] = pa.chunked_array([string_array([f"L{i}" for i in range(n)])])
        elif kind == "number":
            columns[name] = pa.array([1.5] * n)
        elif kind == "boolean":
            columns[name] = pa.array([False] * n)
        elif kind == "date":
            columns[name] = date_array([dt.date(2023, 1, 1)] * n)
        else:
            columns[name] = texts
    return columns


@pytest.mark.parametrize("linked", [False, True], ids=["no-total", "a-total"])
def test_conform_arrays_as_conform(linked: bool) -> None:
    schema = table_schema("observations")
    for n in (1, 3, 1, 3):  # plans remembered and found again
        columns = _columns(n, linked)
        built = conform_arrays(columns, schema, dictionaries=True)
        expected = conform(pa.table(columns), schema, dictionaries=True)
        assert built.schema.equals(expected.schema, check_metadata=True)
        assert built.equals(expected)
        assert _parquet(built) == _parquet(expected)
        assert built["review_status"].null_count == n
    wider = _columns(2, linked)
    wider["indicator_id"] = pa.DictionaryArray.from_arrays(
        pa.array([0, 1], pa.int16()), pa.array(["x", "y"])
    )  # another index type: another plan, not the one remembered
    built = conform_arrays(wider, schema, dictionaries=True)
    assert built.schema.equals(conform(pa.table(wider), schema, dictionaries=True).schema)
    assert built.schema.field("indicator_id").type.index_type == pa.int16()


def test_combine_row_by_row_as_by_combinations(monkeypatch: pytest.MonkeyPatch) -> None:
    # duplicates in values, a constant column, None and equal values of other types
    kinds = Coded(np.array([0, 1, 2, 0, 1, 3], dtype=np.int8), ["a", "b", "a", None])
    const = Coded.const("AR", 6)
    seen: list[tuple[object, ...]] = []

    def func(kind: object, country: object) -> object:
        seen.append((kind, country))
        return {"a": 1, "b": True, None: None}.get(kind)  # type: ignore[call-overload]

    short = combine([kinds, const], func)
    calls = list(seen)
    seen.clear()
    monkeypatch.setattr(coded, "_SMALL", -1)
    long = combine([kinds, const], func)
    assert calls == seen == [("a", "AR"), ("b", "AR"), ("a", "AR"), (None, "AR")]
    assert short.codes.tolist() == long.codes.tolist() and short.codes.dtype == long.codes.dtype
    assert len(short.values) == len(long.values) == 2  # 1 and True are one value, then NaN
    assert short.values[0] == long.values[0] == 1
    assert np.isnan(short.values[1]) and np.isnan(long.values[1])
