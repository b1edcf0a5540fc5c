"""Big coded columns (millions of table cells) reach Arrow and combine as short ones do."""

from __future__ import annotations

import numpy as np
import pytest

from genero_etl.model.coded import Coded, combine, combine_codes

N = 5000  # above the short-column threshold


@pytest.mark.parametrize("size", [3, 300])  # byte codes and wider ones
def test_unused_and_empty_values_leave_the_dictionary(size: int) -> None:
    values = ["", *(f"v{i}" for i in range(1, size))]
    codes = np.arange(N) % size
    codes[codes == 1] = 2  # "v1" is never used
    column = Coded(codes.astype(np.int8 if size < 128 else np.int16), values)
    array = column.to_arrow()
    assert "v1" not in array.dictionary.to_pylist() and "" not in array.dictionary.to_pylist()
    assert array.to_pylist() == [None if values[c] == "" else values[c] for c in codes]
    assert column.to_arrow(empty_is_null=False).to_pylist()[0] == ""


def test_a_constant_big_column() -> None:
    assert Coded.const("MX", N).to_arrow().to_pylist() == ["MX"] * N
    assert Coded.const("", N).to_arrow().null_count == N


def test_one_to_one_maps_keep_the_codes_and_others_repoint_them() -> None:
    column = Coded((np.arange(N) % 3).astype(np.int8), ["a", "b", "c"])
    upper = column.map(str.upper)
    assert upper.codes is column.codes and upper.values == ["A", "B", "C"]
    merged = column.map(lambda v: "x" if v != "c" else "y")
    assert merged.values == ["x", "y"] and merged.materialize().tolist()[:4] == ["x", "x", "y", "x"]


def test_combinations_in_order_of_first_appearance() -> None:
    a = Coded((np.arange(N) % 2).astype(np.int8), ["a", "b"])
    b = Coded((np.arange(N) // 2500).astype(np.int8), ["p", "q"])
    c = Coded.const(7, N)
    combo, combos = combine_codes([a, b, c])
    assert combos == [("a", "p", 7), ("b", "p", 7), ("a", "q", 7), ("b", "q", 7)]
    assert combo[:2].tolist() == [0, 1] and combo[2500:2502].tolist() == [2, 3]
    joined = combine([a, b, c], lambda x, y, z: f"{x}{y}{z}")
    assert joined.materialize().tolist()[2499:2501] == ["bp7", "aq7"]
    assert combine_codes([])[1] == [()]
