"""Short columns are coded with a dict: the same codes and values pandas gives."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from genero_etl.model.coded import Coded, combine, factorize, factorize_ints


def _objects(values: list[object]) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def test_short_object_column_codes_as_pandas() -> None:
    cells = ["b", "a", None, "b", 3, 1.0, True, dt.date(2024, 1, 2), "", None, 0.0, -0.0]
    codes, uniques = factorize(_objects(cells))
    expected_codes, expected_uniques = pd.factorize(_objects(cells), use_na_sentinel=False)
    assert codes.tolist() == expected_codes.tolist() == [0, 1, 2, 0, 3, 4, 4, 5, 6, 2, 7, 7]
    assert uniques[:2].tolist() == ["b", "a"] and math.isnan(uniques[2])  # None as NaN
    assert uniques[3:].tolist() == [3, 1.0, dt.date(2024, 1, 2), "", 0.0]
    assert repr(uniques.tolist()) == repr(list(expected_uniques))


def test_nan_and_none_together_are_one_value_as_in_pandas() -> None:
    codes, uniques = factorize(_objects([float("nan"), None, "x", float("nan")]))
    assert codes.tolist() == [0, 0, 1, 0] and math.isnan(uniques[0]) and uniques[1] == "x"


def test_integer_keys_in_order_of_first_appearance() -> None:
    codes, uniques = factorize_ints(np.array([7, 3, 7, 9, 3], dtype=np.int64))
    assert codes.tolist() == [0, 1, 0, 2, 1] and uniques.tolist() == [7, 3, 9]
    assert codes.dtype == uniques.dtype == np.int64


def test_combined_columns_of_a_short_report() -> None:
    places = Coded.of(["Luján", "Luján", "Pilar"])
    years = Coded.of([2024, 2023, 2024])
    labels = combine([places, years], lambda p, y: f"{p} {y}")
    assert labels.materialize().tolist() == ["Luján 2024", "Luján 2023", "Pilar 2024"]


def _both_paths(column: Coded, empty_is_null: bool, monkeypatch: pytest.MonkeyPatch) -> tuple:
    import genero_etl.model.coded as coded

    short = column.to_arrow(empty_is_null)
    monkeypatch.setattr(coded, "_SMALL", -1)  # every column through numpy
    long = column.to_arrow(empty_is_null)
    monkeypatch.undo()
    return short, long


def test_short_columns_reach_arrow_as_the_vectorised_path_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # duplicates in values, an unused value, None and "" (nulls or kept), numbers as text
    column = Coded(np.array([0, 2, 3, 0, 5, 2], dtype=np.int8), ["b", "x", "", "b", 7, None])
    short, long = _both_paths(column, True, monkeypatch)
    assert short.equals(long) and short.type == long.type == pa.dictionary(pa.int8(), pa.string())
    assert short.dictionary.to_pylist() == ["b"]  # "x" unused, "" and None are nulls
    assert short.indices.to_pylist() == [0, None, 0, 0, None, None]
    short, long = _both_paths(column, False, monkeypatch)
    assert short.equals(long)
    assert short.dictionary.to_pylist() == ["b", ""]
    assert short.to_pylist() == ["b", "", "b", "b", "", ""]
    wide = Coded.of([f"v{i % 300}" for i in range(900)])  # int16 indices
    short, long = _both_paths(wide, True, monkeypatch)
    assert short.equals(long) and short.type.index_type == pa.int16()
    assert short.to_pylist()[299:302] == ["v299", "v0", "v1"]
    none = Coded(np.zeros(3, dtype=np.int8), [""])
    short, long = _both_paths(none, True, monkeypatch)
    assert short.equals(long) and short.null_count == 3 and len(short.dictionary) == 0


def test_short_list_codes_as_the_array_path() -> None:
    cells = ["b", "a", None, "b", 3, 1.0, True, dt.date(2024, 1, 2), "", None, 0.0]
    short = Coded.of(cells)  # a list of a few plain cells: coded with a dict
    long = Coded.of(_objects(cells))  # an object array: through factorize
    assert short.codes.tolist() == long.codes.tolist() == [0, 1, 2, 0, 3, 4, 4, 5, 6, 2, 7]
    assert short.codes.dtype == long.codes.dtype == np.int8
    assert repr(short.values) == repr(long.values)  # None comes back as NaN on both
    with_nan = Coded.of([float("nan"), None, "x"])  # NaN: pandas' way, on both
    assert with_nan.codes.tolist() == [0, 0, 1] and with_nan.values[1] == "x"
    assert Coded.of([]).codes.dtype == np.int8 and Coded.of([]).values == []


def test_short_combination_as_the_vectorised_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import genero_etl.model.coded as coded
    from genero_etl.model.coded import combine_many

    # duplicates in values and a constant column: each distinct combination read once
    kinds = Coded(np.array([0, 1, 2, 0, 1], dtype=np.int8), ["a", "b", "a"])
    const = Coded.const("AR", 5)
    seen: list[tuple[object, ...]] = []

    def func(kind: object, country: object) -> tuple[str, str]:
        seen.append((kind, country))
        return f"{kind}-{country}", "x" if kind == "b" else ""

    short = combine_many([kinds, const], func, 2)
    assert seen == [("a", "AR"), ("b", "AR"), ("a", "AR")]  # per distinct code combination
    monkeypatch.setattr(coded, "_SMALL", -1)
    long = combine_many([kinds, const], func, 2)
    for s, g in zip(short, long, strict=True):
        assert s.codes.tolist() == g.codes.tolist() and s.values == g.values
        assert s.codes.dtype == g.codes.dtype
    assert short[0].materialize().tolist() == ["a-AR", "b-AR", "a-AR", "a-AR", "b-AR"]
    assert short[1].values == ["", "x"] and short[1].codes.tolist() == [0, 1, 0, 0, 1]
