"""A text report's few ids are built as Python strings: the same ids the vectorised path makes."""

from __future__ import annotations

import numpy as np
import pytest

from genero_etl.model.coded import Coded
from genero_etl.normalize.candidates import Candidates
from genero_etl.normalize.ids import key_id, observation_id, observation_ids

SHA = "ab" * 32


def _text_candidates(keys: list[str]) -> Candidates:
    nothing = np.zeros(len(keys), dtype=np.int64)
    return Candidates.build(
        len(keys), {"id_key": Coded.of(keys)}, row=nothing, col=nothing, confidence=0.5
    )


def test_short_keyed_ids_as_the_vectorised_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import genero_etl.normalize.ids as ids

    keys = ["p3|10|1.200", "p3|24|45", "p3|10|1.200", "p7|0|12"]
    short = observation_ids(_text_candidates(keys), SHA)
    monkeypatch.setattr(ids, "_SMALL", -1)
    long = observation_ids(_text_candidates(keys), SHA)
    assert short.to_pylist() == long.to_pylist()
    assert short.to_pylist()[0] == observation_id(SHA, "p3", 10, "1.200") == key_id(SHA, keys[0])
    assert short.to_pylist()[0] == short.to_pylist()[2] and len(set(short.to_pylist())) == 3
    assert all(len(i) == 17 and i.startswith("o") for i in short.to_pylist())


def test_cells_without_a_key_keep_the_vectorised_ids() -> None:
    keys = ["p3|10|1.200", ""]  # a cell with no key: its id comes from sheet, row and column
    made = observation_ids(_text_candidates(keys), SHA).to_pylist()
    assert made[0] == key_id(SHA, keys[0]) and made[1] != key_id(SHA, "")
