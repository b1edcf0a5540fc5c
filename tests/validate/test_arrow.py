"""Fast paths of the check engine: numpy -> pyarrow without ``pa.array`` (the same arrays,
nulls where the mask says) and ISO dates read without ``_strptime`` (the same dates)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from genero_etl.validate.arrow import to_arrow

ARRAYS = {
    "bool": np.array([True, False, True, True, False, False, False, True, True], dtype=bool),
    "int64": np.array([3, -1, 0, 2**62, -(2**63)], dtype=np.int64),
    "float64": np.array([1.5, np.nan, -0.0, 1e300, 2.0]),
    "empty-bool": np.zeros(0, dtype=bool),
    "empty-int": np.zeros(0, dtype=np.int64),
    "strided": np.arange(20, dtype=np.int64)[::3],
    "strided-bool": (np.arange(19) % 3 == 0)[1::2],
}


@pytest.mark.parametrize("name", ARRAYS)
def test_same_array_as_pa_array(name: str) -> None:
    values = ARRAYS[name]
    ours = to_arrow(values)
    theirs = pa.array(values)
    assert ours.type == theirs.type and len(ours) == len(values) and ours.null_count == 0
    # NaN != NaN: compare as numpy, where assert_array_equal takes NaN as equal to NaN
    np.testing.assert_array_equal(ours.to_numpy(zero_copy_only=False), values)
    np.testing.assert_array_equal(theirs.to_numpy(zero_copy_only=False), values)


@pytest.mark.parametrize("name", ["bool", "int64", "strided", "strided-bool"])
def test_mask_gives_nulls(name: str) -> None:
    values = ARRAYS[name]
    mask = np.arange(len(values)) % 2 == 1
    ours = to_arrow(values, mask)
    assert ours.null_count == int(mask.sum())
    assert ours.to_pylist() == pa.array(values, mask=mask).to_pylist()
    assert to_arrow(values, np.zeros(len(values), dtype=bool)).null_count == 0


def test_other_dtypes_go_through_pa_array() -> None:
    assert to_arrow(np.array(["a", "b"], dtype=object)).to_pylist() == ["a", "b"]
    assert to_arrow(np.array([1, 2], dtype=np.int32)).type == pa.int32()
    assert to_arrow(np.array([1.5, 2.5]), np.array([True, False])).to_pylist() == [None, 2.5]


@pytest.mark.parametrize(
    "cell",
    ["2024-01-31", "2024-02-29", "2023-02-29", "2024-02-30", "2024-00-10", "2024-13-01",
     "0000-01-01", "0001-01-01", "9999-12-31", "2024-1-5", "2024-01-5", " 2024-01-01",
     "2024-01-01 ", "20240101", "2024/01/01", "", "2024-01-01T00:00", "２０２４-01-01"],
)  # fmt: skip
def test_iso_dates_read_as_strptime_reads_them(cell: str) -> None:
    from datetime import datetime

    from genero_etl.validate.checks.types import value_reader
    from genero_etl.validate.schema import FieldSpec

    try:
        expected = datetime.strptime(cell, "%Y-%m-%d").date()
    except ValueError:
        expected = None
    assert value_reader(FieldSpec(name="fecha", type="date"))(cell) == expected


QUOTED = {
    # pyarrow's CSV writer quotes every header cell: still the fast path, same cells as csv
    "quoted header": b'"id","text"\n1,"a, b"\n2,"say ""hi"""\n',
    "plain header": b"id,text\n1,x\n",
}


@pytest.mark.parametrize("name", QUOTED)
def test_a_quoted_header_on_one_line_is_read_by_pyarrow_like_csv(name: str) -> None:
    import csv
    import io

    from genero_etl.validate.read import _read_csv_arrow

    data = QUOTED[name]
    table = _read_csv_arrow("t.csv", data, ",")
    assert table is not None
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert table.labels == rows[0] and table.n_rows == len(rows) - 1
    assert [c.to_pylist() for c in table.columns] == [
        list(col) for col in zip(*rows[1:], strict=True)
    ]


def test_a_header_cell_spanning_lines_is_left_to_csv(tmp_path: Path) -> None:
    from genero_etl.validate.read import _read_csv_arrow, read_text_table

    data = b'"id","long\nname"\n1,2\n'
    assert _read_csv_arrow("t.csv", data, ",") is None
    path = tmp_path / "t.csv"
    path.write_bytes(data)
    table = read_text_table(path, "t.csv")
    assert table.labels == ["id", "long\nname"] and table.n_rows == 1
