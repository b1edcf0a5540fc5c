"""numpy arrays to pyarrow arrays without ``pa.array``'s detour through ``numpy.ma``.

``pa.array(ndarray)`` asks whether the array is a masked one, which imports ``numpy.ma``
(about 0.1 s on a busy machine, a fifth of a small file's validation). Numeric and
boolean arrays are wrapped from their buffers instead: same values, no copy for numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa


def _bits(mask: Any) -> Any:
    import numpy as np
    import pyarrow as pa

    packed = np.packbits(np.ascontiguousarray(mask, dtype=bool), bitorder="little")
    return pa.py_buffer(packed)


def to_arrow(values: Any, null: Any = None) -> pa.Array:
    """``pa.array(values, mask=null)`` for a 1-d bool, int64 or float64 numpy array.

    Other dtypes (object, strings) go through ``pa.array``, which gives the same result.
    """
    import numpy as np
    import pyarrow as pa

    arr = np.asarray(values)
    kinds = {"b": pa.bool_(), "i": pa.int64(), "f": pa.float64()}
    kind = arr.dtype.kind
    if arr.ndim != 1 or kind not in kinds or arr.dtype.itemsize != (1 if kind == "b" else 8):
        return pa.array(values, mask=null) if null is not None else pa.array(values)
    validity = None
    null_count = 0
    if null is not None:
        null_mask = np.asarray(null, dtype=bool)
        null_count = int(null_mask.sum())
        if null_count:
            validity = _bits(~null_mask)
    if kind == "b":
        data = _bits(arr)
    else:
        data = pa.py_buffer(np.ascontiguousarray(arr, dtype="int64" if kind == "i" else "float64"))
    return pa.Array.from_buffers(kinds[kind], len(arr), [validity, data], null_count=null_count)
