"""Memory freed between publish steps goes back to the system: the C library's heap too,
where numpy's arrays of up to 32 MB stay once a larger one was freed."""

from __future__ import annotations

import numpy as np

from genero_etl.model.arrow import _malloc_trim, release_memory


def _resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_freed_heap_arrays_are_handed_back() -> None:
    assert _malloc_trim() is not None  # glibc, as on every machine publish runs on here
    big = np.ones(24 * 1024**2 // 8)  # freed: glibc then serves arrays of up to 24 MB from its heap
    del big
    arrays = [np.ones(1024**2 // 8) for _ in range(300)]  # 300 arrays of 1 MB each
    keep = arrays[-1]  # the last one stays: the heap's top cannot simply shrink
    del arrays
    before = _resident_mib()
    release_memory()
    after = _resident_mib()
    assert before - after > 200  # of the 299 MB freed
    assert keep.sum() == 1024**2 // 8
