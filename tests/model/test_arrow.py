"""Arrow tables typed by the Table Schemas: rows in, typed columns out, formulas defused."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from genero_etl.model.arrow import (
    arrow_schema,
    conform,
    neutralise_formulas,
    rows_table,
    table_rows,
    table_schema,
)

SCHEMA = {
    "fields": [
        {"name": "code", "type": "string"},
        {"name": "value", "type": "number"},
        {"name": "count", "type": "integer"},
        {"name": "flag", "type": "boolean"},
        {"name": "day", "type": "date"},
    ]
}


def test_schema_types_map_to_arrow() -> None:
    assert arrow_schema(SCHEMA).types == [
        pa.string(), pa.float64(), pa.int64(), pa.bool_(), pa.date32(),
    ]  # fmt: skip
    observations = arrow_schema(table_schema("observations"))
    assert observations.field("municipality_code").type == pa.string()
    assert observations.field("period_start").type == pa.date32()


def test_rows_table_reads_empty_strings_as_missing_and_iso_dates() -> None:
    table = rows_table(
        [
            {"code": "06497", "value": 1.5, "count": 3, "flag": True, "day": "2024-01-31"},
            {"code": "", "value": "", "count": None, "flag": False, "day": ""},
        ],
        SCHEMA,
    )
    assert table.to_pylist() == [
        {"code": "06497", "value": 1.5, "count": 3, "flag": True, "day": dt.date(2024, 1, 31)},
        {"code": None, "value": None, "count": None, "flag": False, "day": None},
    ]
    assert table_rows(table)[1] == {"code": "", "value": "", "count": "", "flag": False, "day": ""}
    assert table_rows(table)[0]["day"] == "2024-01-31"


def test_conform_adds_missing_columns_and_casts() -> None:
    raw = pa.table({"count": pa.array([1, 2], pa.int32()), "extra": pa.array(["x", "y"])})
    typed = conform(raw, SCHEMA)
    assert typed.column_names == ["code", "value", "count", "flag", "day"]
    assert typed.column("count").type == pa.int64()
    assert typed.column("code").to_pylist() == [None, None]


def test_formula_cells_get_a_quote() -> None:
    table = pa.table({"text": pa.array(["=SUM(A1)", "+54 11", "-3", "@x", "ok", None]),
                      "n": pa.array([1, 2, 3, 4, 5, 6])})  # fmt: skip
    safe = neutralise_formulas(table)
    assert safe.column("text").to_pylist() == ["'=SUM(A1)", "'+54 11", "'-3", "'@x", "ok", None]
    assert safe.column("n").to_pylist() == [1, 2, 3, 4, 5, 6]


def test_cells_decode_dictionary_columns_as_arrow_does() -> None:
    from genero_etl.model.arrow import cells

    first = pa.DictionaryArray.from_arrays(pa.array([1, None, 0, 1], pa.int8()), ["a", "b"])
    second = pa.array(["c", None, "a"]).dictionary_encode().cast(first.type)  # own dictionary
    column = pa.chunked_array([first, second])
    assert cells(column) == column.to_pylist() == ["b", None, "a", "b", "c", None, "a"]
    assert cells(first) == ["b", None, "a", "b"]
    plain = pa.chunked_array([pa.array([1.5, None]), pa.array([2.0])])
    assert cells(plain) == [1.5, None, 2.0]
    assert cells(pa.chunked_array([], pa.dictionary(pa.int8(), pa.string()))) == []


def test_conform_keeps_or_casts_dictionaries_and_fills_missing_columns() -> None:
    schema = {
        "fields": [
            {"name": "label", "type": "string"},
            {"name": "n", "type": "number"},
            {"name": "code", "type": "integer"},
            {"name": "day", "type": "date"},
        ]
    }
    labels = pa.array(["b", "a", "b"]).dictionary_encode()
    table = pa.table({"n": pa.array([1, 2, 3], pa.int64()), "label": labels, "extra": [1, 2, 3]})
    kept = conform(table, schema, dictionaries=True)
    assert kept.schema.names == ["label", "n", "code", "day"]
    assert kept.schema.field("label").type == pa.dictionary(pa.int32(), pa.string())
    assert kept.column("n").type == pa.float64() and kept.column("n").to_pylist() == [1.0, 2.0, 3.0]
    assert kept.column("code").null_count == 3 and kept.column("day").type == pa.date32()
    plain = conform(table, schema)  # the same plan's other form: every type the schema's
    assert plain.schema.field("label").type == pa.string()
    assert plain.column("label").to_pylist() == ["b", "a", "b"]
    again = conform(pa.table({"n": [4.5], "label": pa.array(["c"])}), schema, dictionaries=True)
    assert again.column("label").type == pa.string() and again.column("n").to_pylist() == [4.5]
    numbers = pa.table({"label": pa.array([7, 8]).dictionary_encode()})  # values not text
    cast = conform(numbers, schema, dictionaries=True)
    assert cast.column("label").type == pa.string() and cast.column("label").to_pylist() == [
        "7",
        "8",
    ]
