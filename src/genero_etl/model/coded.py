"""Columns of repetitive values as integer codes into a short list of distinct values.

A million-row SESNSP file melts into twelve million observations whose text columns
(place, indicator, period, breakdown, unit...) take a few hundred distinct values. A
:class:`Coded` column keeps one small integer per cell and each distinct value once, so
every per-value function (parse a number, look a code up, build a label) runs once per
distinct value, never once per cell, and the result becomes an Arrow dictionary array
without materialising a Python string per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

Codes = npt.NDArray[np.integer[Any]]
Ints = npt.NDArray[np.int64]


def index_dtype(size: int) -> type[np.signedinteger[Any]]:
    """The narrowest signed integer type that can index ``size`` values."""
    if size <= _INT8_MAX:
        return np.int8
    if size <= _INT16_MAX:
        return np.int16
    if size <= _INT32_MAX:
        return np.int32
    return np.int64


# the largest value of each signed type (``np.iinfo`` builds an object on every call)
_INT8_MAX, _INT16_MAX, _INT32_MAX = (2**7 - 1, 2**15 - 1, 2**31 - 1)


# Below this many cells, a short object column is factorized with a dict (pandas' call
# overhead is larger than the work for the few rows of a text report).
_SMALL = 1024
SMALL_CODED = _SMALL  # the most cells a column may have for ``small_to_arrow``
_PLAIN_TYPES = frozenset({str, int, bool, float, type(None), date})


def factorize(values: npt.NDArray[Any]) -> tuple[Ints, npt.NDArray[Any]]:
    """Codes and distinct values, in order of first appearance (NaN/None get a code too)."""
    if values.dtype == object and len(values) <= _SMALL and _plain(values):
        return _factorize_small(values)
    import pandas as pd

    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.asarray(codes, dtype=np.int64), np.asarray(
        uniques, dtype=values.dtype if values.dtype != object else object
    )


def _plain(values: npt.NDArray[Any] | list[Any]) -> bool:
    """Cells of plain types only, and no NaN (pandas merges NaNs: it factorizes those)."""
    kinds = set(map(type, values))
    if not kinds <= _PLAIN_TYPES:
        return False
    return float not in kinds or all(v == v for v in values)


def _factorize_small(values: npt.NDArray[Any]) -> tuple[Ints, npt.NDArray[Any]]:
    """``pd.factorize(values, use_na_sentinel=False)`` for cells of plain types but NaN
    (None comes back as NaN, as from pandas)."""
    seen: dict[Any, int] = {}
    codes = np.fromiter(
        (seen.setdefault(v, len(seen)) for v in values), dtype=np.int64, count=len(values)
    )
    uniques = np.empty(len(seen), dtype=object)
    uniques[:] = [np.nan if v is None else v for v in seen]  # as pandas gives None back
    return codes, uniques


@dataclass(frozen=True, slots=True)
class Coded:
    codes: Codes  # one per cell, each an index into ``values``
    values: list[Any]  # distinct values (duplicates allowed, compacted on output)

    def __len__(self) -> int:
        return len(self.codes)

    # --- construction ---------------------------------------------------------------

    @classmethod
    def const(cls, value: Any, n: int) -> Coded:
        return cls(np.zeros(n, dtype=np.int8), [value])

    @classmethod
    def of(cls, items: Sequence[Any] | npt.NDArray[Any]) -> Coded:
        if isinstance(items, list) and len(items) <= _SMALL and _plain(items):
            # a few cells (a text report's column): coded with a dict, no numpy object arrays
            # each distinct value's code in order of first appearance (the first of equal
            # values kept, as ``setdefault`` would), then every cell looked up in one C loop
            seen = {v: i for i, v in enumerate(dict.fromkeys(items))}
            cells = list(map(seen.__getitem__, items))
            values = [np.nan if v is None else v for v in seen]  # as ``factorize`` gives them
            return cls(np.array(cells, dtype=index_dtype(len(values))), values)
        array = np.empty(len(items), dtype=object)
        array[:] = list(items) if not isinstance(items, np.ndarray) else items
        codes, uniques = factorize(array)
        return cls(codes.astype(index_dtype(len(uniques))), list(uniques))

    @classmethod
    def from_series(cls, series: pd.Series[Any]) -> Coded:
        """A pandas column; Arrow-backed text is dictionary-encoded by Arrow, without Python objects."""
        import pandas as pd
        import pyarrow as pa
        import pyarrow.compute as pc

        dtype = series.dtype
        if (
            isinstance(dtype, pd.StringDtype | pd.ArrowDtype)
            and getattr(dtype, "storage", "pyarrow") == "pyarrow"
        ):
            chunked = pa.chunked_array(pa.array(series.array))
            encoded = pc.dictionary_encode(chunked).combine_chunks()
            values: list[Any] = encoded.dictionary.to_pylist()
            indices = encoded.indices
            if indices.null_count:
                values.append(None)
                indices = pc.fill_null(indices, len(values) - 1)
            codes = indices.to_numpy(zero_copy_only=False)
            return cls(codes.astype(index_dtype(len(values))), values)
        return cls.of(series.to_numpy(dtype=object))

    @classmethod
    def concat(cls, parts: Sequence[Coded]) -> Coded:
        if not parts:
            return cls(np.zeros(0, dtype=np.int8), [])
        values: list[Any] = []
        offsets = []
        for part in parts:
            offsets.append(len(values))
            values.extend(part.values)
        dtype = index_dtype(len(values))
        codes = np.concatenate(
            [p.codes.astype(dtype) + dtype(o) for p, o in zip(parts, offsets, strict=True)]
        )
        return cls(codes, values)

    @classmethod
    def interleave(cls, parts: Sequence[Coded]) -> Coded:
        """k columns of n cells to n*k cells, row-major: cell i*k+j is ``parts[j][i]``."""
        values: list[Any] = []
        offsets = []
        for part in parts:
            offsets.append(len(values))
            values.extend(part.values)
        dtype = index_dtype(len(values))
        n = len(parts[0]) if parts else 0
        matrix = np.empty((n, len(parts)), dtype=dtype)
        for j, (part, offset) in enumerate(zip(parts, offsets, strict=True)):
            matrix[:, j] = part.codes.astype(dtype) + dtype(offset)
        return cls(matrix.ravel(), values)

    # --- reshaping --------------------------------------------------------------------

    def repeat(self, k: int) -> Coded:
        return Coded(np.repeat(self.codes, k), self.values)

    def take(self, index: npt.NDArray[Any]) -> Coded:
        return Coded(self.codes[index], self.values)

    # --- values -----------------------------------------------------------------------

    def map(self, func: Callable[[Any], Any]) -> Coded:
        """``func`` applied to each distinct value (not to each cell)."""
        return _recode(self.codes, [func(v) for v in self.values])

    def equals(self, value: Any) -> npt.NDArray[np.bool_]:
        hits = np.array([v == value for v in self.values], dtype=bool)
        return hits[self.codes] if len(hits) else np.zeros(len(self.codes), dtype=bool)

    def materialize(self) -> npt.NDArray[Any]:
        """One Python object per cell: only for small columns."""
        table = np.empty(len(self.values), dtype=object)
        table[:] = self.values
        return table[self.codes] if len(table) else np.empty(len(self.codes), dtype=object)

    def lookup(self, table: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """Per cell, ``table[i]`` where ``table`` is aligned with ``values``."""
        return table[self.codes]

    def to_arrow(self, empty_is_null: bool = True) -> pa.DictionaryArray:
        """A dictionary array of strings; '' (and None) become nulls, unused values are dropped."""
        import pyarrow as pa

        if len(self.codes) <= _SMALL:
            return self._to_arrow_small(empty_is_null)
        texts = ["" if v is None else str(v) for v in self.values]
        used = _used(self.codes, len(texts))
        remap = np.full(len(texts), -1, dtype=np.int64)
        seen: dict[str, int] = {}
        dictionary: list[str] = []
        for i, text in enumerate(texts):
            if not used[i] or (empty_is_null and text == ""):
                continue
            code = seen.get(text)
            if code is None:
                code = seen[text] = len(dictionary)
                dictionary.append(text)
            remap[i] = code
        dtype = index_dtype(len(dictionary))
        if len(dictionary) == len(texts) and self.codes.dtype == dtype:
            arrow_indices = pa.array(self.codes)  # distinct, all used, no empties: no copy
        else:  # one Arrow take re-points every cell, nulls included (no per-cell mask)
            import pyarrow.compute as pc

            table = pa.array(np.maximum(remap, 0).astype(dtype), mask=remap < 0)
            arrow_indices = pc.take(table, pa.array(self.codes))
        return pa.DictionaryArray.from_arrays(arrow_indices, pa.array(dictionary, pa.string()))

    def _to_arrow_small(self, empty_is_null: bool) -> pa.DictionaryArray:
        """:meth:`to_arrow` for a few cells, with Python lists: the same array, without
        numpy round trips (nor the pandas import Arrow makes for numpy input)."""
        import pyarrow as pa

        indices, dictionary, index_type = self._small_parts(empty_is_null)
        return pa.DictionaryArray.from_arrays(
            pa.array(indices, index_type), pa.array(dictionary, pa.string())
        )

    def _small_parts(self, empty_is_null: bool) -> tuple[list[int | None], list[str], Any]:
        """The indices (None: null), the dictionary and the index type of
        :meth:`_to_arrow_small`."""
        cells = self.codes.tolist()
        used = set(cells)
        remap: dict[int, int | None] = {}
        seen: dict[str, int] = {}
        dictionary: list[str] = []
        for i, value in enumerate(self.values):
            if i not in used:
                continue
            text = "" if value is None else str(value)
            if empty_is_null and text == "":
                remap[i] = None
                continue
            code = seen.get(text)
            if code is None:
                code = seen[text] = len(dictionary)
                dictionary.append(text)
            remap[i] = code
        index_type = arrow_int_type(index_dtype(len(dictionary)))
        return list(map(remap.__getitem__, cells)), dictionary, index_type


def small_to_arrow(columns: Sequence[Coded]) -> list[pa.DictionaryArray]:
    """``[c.to_arrow() for c in columns]`` for columns of at most ``_SMALL`` cells, with one
    Arrow array built for all their dictionaries and one for all their indices of each
    index type, each column a slice of them: the same arrays, without two conversions
    of a few values per column (a text report's table has about twenty such columns)."""
    import pyarrow as pa

    from genero_etl.model.arrow import integer_array, string_array

    parts = [c._small_parts(empty_is_null=True) for c in columns]
    words = [w for _, dictionary, _ in parts for w in dictionary]
    dictionaries = string_array(words)
    by_type: dict[Any, list[int | None]] = {}
    for indices, _, index_type in parts:
        by_type.setdefault(index_type, []).extend(indices)
    indices_of = {t: integer_array(cells, t) for t, cells in by_type.items()}
    out = []
    taken = dict.fromkeys(by_type, 0)
    start = 0
    for indices, dictionary, index_type in parts:
        at = taken[index_type]
        taken[index_type] = at + len(indices)
        out.append(
            pa.DictionaryArray.from_arrays(
                indices_of[index_type].slice(at, len(indices)),
                dictionaries.slice(start, len(dictionary)),
            )
        )
        start += len(dictionary)
    return out


def _used(codes: Codes, size: int) -> npt.NDArray[np.bool_]:
    """Which of ``size`` values the codes point at. Byte codes through Arrow's hash of
    their distinct values (numpy's bincount would widen each of them to 64 bits first)."""
    used = np.zeros(size, dtype=bool)
    if not len(codes):
        return used
    if size == 1:  # a constant column: its one value, without reading a cell
        used[0] = True
        return used
    if codes.dtype == np.int8:
        import pyarrow as pa
        import pyarrow.compute as pc

        used[pc.unique(pa.array(codes)).to_numpy()] = True
        return used
    return np.bincount(codes, minlength=size) > 0


def arrow_int_type(dtype: type[np.signedinteger[Any]]) -> pa.DataType:
    """The Arrow type of a numpy signed integer type."""
    if not _ARROW_INTS:
        import pyarrow as pa

        _ARROW_INTS.update(
            {np.int8: pa.int8(), np.int16: pa.int16(), np.int32: pa.int32(), np.int64: pa.int64()}
        )
    return _ARROW_INTS[dtype]


_ARROW_INTS: dict[type[np.signedinteger[Any]], pa.DataType] = {}  # filled on first use


def _recode(codes: Codes, new_values: list[Any]) -> Coded:
    """Codes into ``new_values`` re-pointed at their distinct values."""
    array = np.empty(len(new_values), dtype=object)
    array[:] = new_values
    remap, uniques = factorize(array) if len(array) else (np.zeros(0, dtype=np.int64), array)
    dtype = index_dtype(len(uniques))
    if (
        len(codes) > _SMALL
        and codes.dtype == dtype
        and len(uniques) == len(remap)
        and bool((remap == np.arange(len(remap))).all())
    ):  # a one-to-one map keeps every code: twelve million cells are not re-pointed
        return Coded(codes, list(uniques))
    return Coded(
        remap.astype(dtype)[codes] if len(remap) else np.zeros(len(codes), dtype=dtype),
        list(uniques),
    )


def combine_codes(columns: Sequence[Coded]) -> tuple[Ints, list[tuple[Any, ...]]]:
    """Per cell, the index of its combination of values; and each combination's values.

    Columns with a single value cost nothing; the others are combined pairwise (a
    hash of two small integers per cell), so the work is linear in cells whatever the
    number of distinct values.
    """
    n = len(columns[0]) if columns else 0
    varying = [
        i
        for i, c in enumerate(columns)
        if len(c.values) > 1 and n and c.codes.min() != c.codes.max()
    ]
    combo = np.zeros(n, dtype=np.int64)
    parts = np.zeros((1, 0), dtype=np.int64)  # combination -> code in each varying column
    for i in varying:
        size = len(columns[i].values)
        key = combo * size + columns[i].codes.astype(np.int64)
        codes, uniques = factorize_ints(key)
        parts = np.column_stack([parts[uniques // size], uniques % size])
        combo = np.asarray(codes, dtype=np.int64)
    # Each combination's values, built column by column (a hundred thousand combinations
    # of six columns are six list lookups each, not a dict per combination).
    if not columns:
        return combo, [()] * len(parts)
    picked = {i: parts[:, j].tolist() for j, i in enumerate(varying)}
    per_column: list[Any] = []
    for i, c in enumerate(columns):
        if i in picked:
            values = c.values
            per_column.append([values[k] for k in picked[i]])
        else:
            per_column.append(repeat(_only_value(c), len(parts)))
    combos: list[tuple[Any, ...]] = list(zip(*per_column, strict=True))
    return combo, combos


def factorize_ints(key: Ints) -> tuple[Ints, Ints]:
    """``pd.factorize`` of integers: codes and distinct values in order of first appearance."""
    if len(key) <= _SMALL:
        seen: dict[int, int] = {}
        codes = [seen.setdefault(k, len(seen)) for k in key.tolist()]
        return np.asarray(codes, dtype=np.int64), np.asarray(list(seen), dtype=np.int64)
    import pandas as pd

    codes_pd, uniques = pd.factorize(key)
    return np.asarray(codes_pd, dtype=np.int64), np.asarray(uniques, dtype=np.int64)


def _only_value(column: Coded) -> Any:
    """The value of a column whose cells all hold the same one (the first, if it has no cells)."""
    if len(column.codes):
        return column.values[int(column.codes[0])]
    return column.values[0] if column.values else None


def combine(columns: Sequence[Coded], func: Callable[..., Any]) -> Coded:
    """``func(*values)`` for each distinct combination of the columns' values."""
    n = len(columns[0]) if columns else 0
    if 0 < n <= _SMALL:
        # a few cells: row by row, ``func`` once per distinct combination of codes (as
        # :func:`combine_codes` tells them apart), the results coded in order of first
        # appearance: the same column, without numpy's calls per column
        done: dict[tuple[int, ...], Any] = {}
        results = []
        for key in zip(*(c.codes.tolist() for c in columns), strict=True):
            if key in done:
                results.append(done[key])
                continue
            found = done[key] = func(*(c.values[k] for c, k in zip(columns, key, strict=True)))
            results.append(found)
        return Coded.of(results)
    combo, combos = combine_codes(columns)
    return _recode(combo, [func(*c) for c in combos])


def combine_many(
    columns: Sequence[Coded], func: Callable[..., tuple[Any, ...]], width: int
) -> list[Coded]:
    """Like :func:`combine`, for a function returning ``width`` results: one column each."""
    n = len(columns[0]) if columns else 0
    if 0 < n <= _SMALL:  # a few cells: row by row, ``func`` once per distinct combination
        done: dict[tuple[int, ...], tuple[Any, ...]] = {}
        rows = []
        for key in zip(*(c.codes.tolist() for c in columns), strict=True):
            found = done.get(key)
            if found is None:
                found = done[key] = func(*(c.values[k] for c, k in zip(columns, key, strict=True)))
            rows.append(found)
        return [Coded.of([r[i] for r in rows]) for i in range(width)]
    combo, combos = combine_codes(columns)
    results = [func(*c) for c in combos]
    return [_recode(combo, [r[i] for r in results]) for i in range(width)]


def flags(mask: npt.NDArray[np.bool_]) -> Coded:
    """A boolean array as a two-value column, to combine with others."""
    return Coded(mask.astype(np.int8), [False, True])
