"""The writers registry: CSV that every reader types the same way, self-documenting Parquet."""

from __future__ import annotations

import datetime as dt
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl.publish.writers import WRITERS, float_text, write_csv, write_parquet


def test_registry_holds_csv_then_parquet_with_their_media_types() -> None:
    assert list(WRITERS) == ["csv", "parquet"]
    assert (WRITERS["csv"].mediatype, WRITERS["csv"].tabular) == ("text/csv", True)
    assert WRITERS["parquet"].mediatype == "application/vnd.apache.parquet"
    assert WRITERS["parquet"].tabular is False


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.0, "1.0"),
        (80000.5, "80000.5"),
        (30000.0, "30000.0"),
        (0.9, "0.9"),
        (-3.0, "-3.0"),
        (1.5e15, "1500000000000000.0"),
        (
            116946234556.0,
            "116946234556.0",
        ),  # Jalisco's 2019 budget total: Arrow writes 1.16946234556e+11
        (42492137.18, "42492137.18"),
        (1e21, "1000000000000000000000.0"),
        (1e-7, "0.0000001"),
        (None, None),
    ],
)
def test_floats_always_carry_a_decimal_point_and_never_an_exponent(
    value: float | None, text: str | None
) -> None:
    assert float_text(pa.array([value], pa.float64())).to_pylist() == [text]


def test_csv_bytes_exactly() -> None:
    table = pa.table(
        {
            "municipality_code": pa.array(["06497", None]),
            "value": pa.array([1.0, 80000.5]),
            "approximate": pa.array([True, False]),
            "period_start": pa.array([dt.date(2024, 1, 1), None], pa.date32()),
            "bytes": pa.array([12, 7], pa.int64()),
        }
    )
    assert write_csv(table, {}) == (
        b'"municipality_code","value","approximate","period_start","bytes"\n'
        b'"06497","1.0","true","2024-01-01",12\n'
        b',"80000.5","false",,7\n'
    )


def test_parquet_fields_carry_their_descriptions() -> None:
    schema = {
        "title": "Observaciones",
        "description": "Una fila por valor.",
        "fields": [
            {"name": "value", "type": "number", "description": "Valor numérico."},
            {"name": "unit", "type": "string"},
        ],
    }
    table = pa.table({"value": pa.array([1.5]), "unit": pa.array(["personas"])})
    read = pq.read_table(io.BytesIO(write_parquet(table, schema)))
    assert read.schema.field("value").metadata == {b"description": "Valor numérico.".encode()}
    assert read.schema.field("unit").metadata is None
    assert read.schema.metadata[b"title"] == b"Observaciones"
    assert read.schema.metadata[b"description"] == b"Una fila por valor."
    assert read.column("value").to_pylist() == [1.5]
