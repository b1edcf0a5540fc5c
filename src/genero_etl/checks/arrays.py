"""Whole-column helpers shared by the rule kinds and the schema checks: codes and repeats."""

from __future__ import annotations

from typing import Any

_SMALL = 4096  # rows up to which integer codes are renumbered with a dict


def first_seen_codes(values: Any) -> Any:
    """Hash-encode values to int64 codes numbered in order of first appearance (nulls -> -1)."""
    import numpy as np

    if isinstance(values, np.ndarray) and values.dtype.kind in "iu" and len(values) <= _SMALL:
        seen: dict[int, int] = {}  # integers (never null) of a few rows: no kernel calls
        return np.array([seen.setdefault(v, len(seen)) for v in values.tolist()], dtype="int64")
    import pyarrow as pa
    import pyarrow.compute as pc

    array = values if isinstance(values, pa.Array | pa.ChunkedArray) else pa.array(values)
    encoded = pc.dictionary_encode(array)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    return np.asarray(
        pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False), dtype="int64"
    )


def duplicates(codes: Any, skip: Any, *, ordered: bool = False) -> tuple[Any, Any]:
    """Rows repeating an earlier row's code (ignoring ``skip`` rows), and that earlier row.

    With codes numbered in order of first appearance among the rows not skipped
    (``ordered``: what :func:`key_codes` gives when ``skip`` is its all-missing mask),
    "seen before" is a running maximum: O(n), no sorting, which matters on million-row
    primary keys. Otherwise the codes are re-encoded first.
    """
    import numpy as np

    index = np.flatnonzero(~skip)
    if not len(index):
        return index, index
    sub = codes[index] if ordered else first_seen_codes(codes[index])
    sub = sub - sub.min()
    running = np.maximum.accumulate(sub)
    is_first = np.ones(len(sub), dtype=bool)
    is_first[1:] = sub[1:] > running[:-1]
    first_pos = np.zeros(int(sub.max()) + 1, dtype="int64")
    first_pos[sub[is_first]] = np.flatnonzero(is_first)
    dup = ~is_first
    return index[dup], index[first_pos[sub[dup]]]
