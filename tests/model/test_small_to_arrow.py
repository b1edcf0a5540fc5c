"""``small_to_arrow``: a few rows' coded columns converted together, each the same array."""

from __future__ import annotations

import pickle

from genero_etl.model.coded import Coded, small_to_arrow


def test_each_column_is_the_array_to_arrow_gives() -> None:
    columns = [
        Coded.of(["talleres", "", "botones", "talleres", ""]),  # nulls and a repeat
        Coded.const("", 5),  # all null: an empty dictionary
        Coded.const("informe_00001.txt", 5),
        Coded.of([f"frase {i % 3}" for i in range(5)]),
        Coded.of([f"v{i}" for i in range(200)][:5]),
    ]
    wide = Coded.of([f"etiqueta {i}" for i in range(300)])  # 300 values: 16-bit indices
    converted = small_to_arrow([*columns, wide, columns[0]])
    expected = [c.to_arrow() for c in (*columns, wide, columns[0])]
    assert [str(a.type) for a in converted] == [str(e.type) for e in expected]
    assert str(converted[5].type) == "dictionary<values=string, indices=int16, ordered=0>"
    for got, want in zip(converted, expected, strict=True):
        assert got.equals(want)
        assert got.dictionary.to_pylist() == want.dictionary.to_pylist()
        assert got.indices.to_pylist() == want.indices.to_pylist()
    assert converted[0].to_pylist() == ["talleres", None, "botones", "talleres", None]
    assert converted[1].dictionary.to_pylist() == []
    assert pickle.loads(pickle.dumps(converted[2])).to_pylist() == ["informe_00001.txt"] * 5
