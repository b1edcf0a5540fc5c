"""Observation ids: the one place they are made, for text and tables alike.

Every id is ``'o'`` + 16 lowercase hex digits, the same on every run for the same file.

- A candidate with an ``id_key`` (a number in text, a count of a case register) gets 16
  hex digits of SHA-256 of ``'<file sha256>|<id_key>'``. For text the key is
  ``'<locator>|<start>|<value as written>'`` (:func:`observation_id`); for a register
  count it is ``'<column range>#<group>'``.
- A spreadsheet cell gets a 64-bit mix (SplitMix64's finaliser, a bijection) of
  ``seed XOR (row << 24 | column)``, where ``seed`` is the first 8 bytes of SHA-256 of
  ``'<file sha256>|<sheet name>'``: two cells of a sheet can never share an id, and ids
  from different files or sheets collide no more often than truncated SHA-256 would.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where ids are made in bulk, not to import this module
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa

    from genero_etl.normalize.candidates import Candidates

ROW_SHIFT = 24  # row << 24 | column (a sheet has at most 16,384 columns)
CHUNK = 1 << 20
_SMALL = 1024  # candidates up to which keyed ids are built as Python strings


def key_id(sha256: str, key: str) -> str:
    """The id of the candidate with ``key`` in the file with ``sha256``."""
    return "o" + hashlib.sha256(f"{sha256}|{key}".encode()).hexdigest()[:16]


def text_key(locator: str, start: int, raw: str) -> str:
    """The id key of a number in text: where it is and how it is written."""
    return f"{locator}|{start}|{raw}"


def observation_id(sha256: str, locator: str, start: int, raw: str) -> str:
    """The id of a number found in text."""
    return key_id(sha256, text_key(locator, start, raw))


def _seed(sha256: str, sheet: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{sha256}|{sheet}".encode()).digest()[:8], "big")


@cache
def _hex_pairs() -> npt.NDArray[np.uint16]:
    import numpy as np

    return np.frombuffer(b"".join(f"{i:02x}".encode() for i in range(256)), dtype=np.uint16)


def mix64(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """SplitMix64's finaliser, in place: a bijection on 64-bit integers that spreads every bit."""
    import numpy as np

    scratch = x >> np.uint64(30)
    x ^= scratch
    x *= np.uint64(0xBF58476D1CE4E5B9)
    np.right_shift(x, np.uint64(27), out=scratch)
    x ^= scratch
    x *= np.uint64(0x94D049BB133111EB)
    np.right_shift(x, np.uint64(31), out=scratch)
    x ^= scratch
    return x


def observation_ids(candidates: Candidates, sha256: str) -> pa.Array:
    """'o' + 16 hex digits per candidate, stable across runs (see the module docstring)."""
    import numpy as np

    id_key = candidates.text["id_key"]
    keyed = ~id_key.equals("")
    n = len(candidates)
    if n <= _SMALL and keyed.all():  # a text report's few numbers: each id is its key's
        from genero_etl.model.arrow import string_array

        keys = id_key.values
        return string_array([key_id(sha256, str(keys[c])) for c in id_key.codes.tolist()])
    sheets = candidates.text["sheet"]
    seeds = np.array([_seed(sha256, str(s)) for s in sheets.values], dtype=np.uint64)
    ids = np.empty(n, dtype=np.uint64)
    for start in range(0, n, CHUNK):  # in slices, so temporaries stay small
        part = slice(start, start + CHUNK)
        chunk = candidates.row[part].astype(np.uint64)
        chunk <<= np.uint64(ROW_SHIFT)
        chunk |= candidates.col[part].astype(np.uint64)
        chunk ^= seeds[sheets.codes[part]]
        ids[part] = mix64(chunk)
    if keyed.any():
        for i in np.flatnonzero(keyed).tolist():
            ids[i] = np.uint64(int(key_id(sha256, str(id_key.values[id_key.codes[i]]))[1:], 16))
    return hex_ids(ids)


def hex_ids(ids: npt.NDArray[np.uint64]) -> pa.Array:
    """64-bit integers to 'o' + 16 lowercase hex digits, built as one Arrow buffer."""
    import numpy as np
    import pyarrow as pa

    n = len(ids)
    chars = np.empty((n, 17), dtype=np.uint8)
    chars[:, 0] = ord("o")
    digits = chars[:, 1:].view(np.uint16)  # two hex digits per byte of the id
    for start in range(0, n, CHUNK):
        part = slice(start, start + CHUNK)
        octets = ids[part].astype(">u8").view(np.uint8).reshape(-1, 8)  # most significant first
        digits[part] = _hex_pairs()[octets]
    large = 17 * n > np.iinfo(np.int32).max
    offsets = np.arange(0, 17 * (n + 1), 17, dtype=np.int64 if large else np.int32)
    array = pa.Array.from_buffers(
        pa.large_string() if large else pa.string(),
        n,
        [None, pa.py_buffer(offsets), pa.py_buffer(chars)],
    )
    return array.cast(pa.string()) if large else array
