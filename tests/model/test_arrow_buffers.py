"""Arrays built from their buffers (``model.arrow``): the same arrays ``pa.array`` builds, type,
values and nulls, so what is staged does not change; and a text ingest that uses them does
not import pandas."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from genero_etl.model.arrow import date_array, integer_array, numpy_array, string_array

SRC = Path(__file__).resolve().parents[2] / "src"


def _parquet(array: pa.Array) -> bytes:
    """The bytes a one-column table of ``array`` is written as (what staging writes)."""
    sink = pa.BufferOutputStream()
    pq.write_table(pa.table({"c": array}), sink, compression="zstd")
    return bytes(sink.getvalue())


@pytest.mark.parametrize(
    "values",
    [
        [],
        ["a"],
        ["Luján", None, "", "Ñuñoa – 2023", "o1a2b3c4d5e6f7a8b"],
        [None, None],
        ["x" * 9, "€", "日本"],
    ],
    ids=["empty", "one", "accents-null-empty", "all-null", "multibyte"],
)
def test_string_array_equals_arrow_s(values: list[str | None]) -> None:
    built = string_array(values)
    expected = pa.array(values, pa.string())
    assert built.type == pa.string()
    assert built.equals(expected)
    assert _parquet(built) == _parquet(expected)
    assert built.null_count == expected.null_count
    assert built.to_pylist() == values


def test_string_array_leaves_what_arrow_refuses_to_arrow() -> None:
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate: Arrow's own error
        pa.array(["ok", "\udcff"], pa.string())
    with pytest.raises(UnicodeEncodeError):
        string_array(["ok", "\udcff"])


@pytest.mark.parametrize("kind", [pa.int8(), pa.int16(), pa.int32(), pa.int64(), pa.uint8()])
def test_integer_array_equals_arrow_s(kind: pa.DataType) -> None:
    values = [0, None, 3, 127, None, 1] + [5] * 10
    built = integer_array(values, kind)
    assert built.type == kind
    assert built.equals(pa.array(values, kind))
    assert _parquet(built) == _parquet(pa.array(values, kind))
    assert built.to_pylist() == values


@pytest.mark.parametrize(
    ("values", "mask"),
    [
        (np.array([1.5, np.nan, 3.0]), None),
        (np.array([1.5, np.nan, 3.0]), np.array([False, True, False])),
        (np.array([True, False, True] * 5), None),
        (np.array([3, -1, 7], dtype=np.int64), np.array([False, True, False])),
        (np.array([0.71, 0.5, 0.9])[::2], None),
        (np.array([], dtype=np.float64), None),
        (np.array([True, False, True]), np.array([False, False, True])),
    ],
    ids=[
        "floats-nan-kept",
        "floats-masked",
        "bools",
        "ints-masked",
        "strided",
        "empty",
        "bools-masked",
    ],
)
def test_numpy_array_equals_arrow_s(values: np.ndarray, mask: np.ndarray | None) -> None:
    built = numpy_array(values, mask=mask)
    expected = pa.array(values, mask=mask)
    assert built.type == expected.type
    assert built.null_count == expected.null_count
    assert built.to_pylist() == expected.to_pylist() or values.dtype.kind == "f"
    assert _parquet(built) == _parquet(expected)  # NaN kept as NaN, as Arrow keeps it


def test_numpy_array_leaves_objects_and_swapped_bytes_to_arrow() -> None:
    values = np.array(["a", None], dtype=object)
    assert numpy_array(values).equals(pa.array(values))
    swapped = np.array([1, 258], dtype=">i8")  # not read as 72057594037927936, 144...: refused
    with pytest.raises(pa.ArrowNotImplementedError):
        pa.array(swapped)
    with pytest.raises(pa.ArrowNotImplementedError):
        numpy_array(swapped)


def test_date_array_equals_arrow_s() -> None:
    values = [dt.date(2024, 1, 1), None, dt.date(1969, 12, 31), dt.date(2023, 12, 31)]
    built = date_array(values)
    assert built.type == pa.date32()
    assert built.equals(pa.array(values, pa.date32()))
    assert _parquet(built) == _parquet(pa.array(values, pa.date32()))
    assert built.to_pylist() == values


RUN = """
import sys
sys.argv = ["genero-etl", *sys.argv[1:]]
from genero_etl.cli.main import main
try:
    main()
except SystemExit as done:
    code = done.code
print("PANDAS", "pandas" in sys.modules, file=sys.stderr)
sys.exit(code)
"""


def test_text_ingest_does_not_import_pandas(tmp_path: Path) -> None:
    """pyarrow imports pandas the first time ``pa.array`` runs (0.25-0.4 s of a process): a
    text report's columns are built without it, and are staged with their values."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "informe.txt").write_text(
        "INFORME DE GESTIÓN 2023\nMunicipio de Pilar – Secretaría de las Mujeres\n\n"
        "- Se entregaron 45 botones antipánico.\n"
        "- Capacitaciones: 120 personas capacitadas (80 presenciales, 40 virtuales).\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", RUN, "ingest", "-w", str(tmp_path), "--jobs", "1"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "PANDAS False" in done.stderr

    from genero_etl.stage import read_staged

    (staged,) = list(read_staged(tmp_path / ".genero-etl" / "staging"))
    rows = staged.table().to_pylist()
    assert sorted((r["value"], r["source_locator"], r["period_start"]) for r in rows) == [
        (40.0, "line:5", dt.date(2023, 1, 1)),
        (45.0, "line:4", dt.date(2023, 1, 1)),
        (80.0, "line:5", dt.date(2023, 1, 1)),
        (120.0, "line:5", dt.date(2023, 1, 1)),
    ]


@pytest.mark.parametrize("kind", [pa.int8(), pa.int32(), pa.uint8()])
def test_integer_array_without_nulls_has_no_validity_bitmap(kind: pa.DataType) -> None:
    values = [4, 0, 127, 4, 1]
    built = integer_array(values, kind)
    assert built.equals(pa.array(values, kind))
    assert built.buffers()[0] is None and built.null_count == 0
    assert _parquet(built) == _parquet(pa.array(values, kind))
    assert built.to_pylist() == [4, 0, 127, 4, 1]
