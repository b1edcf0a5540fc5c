"""The privacy screen over big staged tables: chunked columns, dictionary-encoded text,
ids and locators checked from their bytes. Same result as over plain short columns."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pytest

import genero_etl.normalize.privacy as privacy
from genero_etl.normalize.privacy import MASK, complementary_suppression, screen_observations

ROWS = 6000  # above the short-column threshold: the Arrow paths


def _table(*, encode: bool, chunks: int = 3) -> pa.Table:
    """ROWS observations; row 4500 (in the last chunk) is a phone read as a count, whose
    sentence was masked when the text was read; row 5000's locator starts with '='."""
    ids = [f"o{i:016x}" for i in range(ROWS)]
    locators = [f"J{i + 2}" for i in range(ROWS)]
    locators[5000] = "=J5002"
    texts = [f"Aguascalientes | Delito {i % 7}" for i in range(ROWS)]
    raw = [str(i % 50) for i in range(ROWS)]
    texts[4500], raw[4500] = f"Contacto: {MASK}", "1145678901"
    flags = [None] * ROWS
    flags[100] = "suppressed_small_count"
    columns = {
        "observation_id": pa.array(ids),
        "indicator_label": pa.array([f"Delito {i % 7}" for i in range(ROWS)]),
        "value": pa.array([float(r) for r in raw]),
        "value_raw": pa.array(raw),
        "source_locator": pa.array(locators),
        "source_text": pa.array(texts),
        "parent_observation_id": pa.array([None] * ROWS, pa.string()),
        "breakdown_dimension": pa.array(["_T"] * ROWS),
        "quality_flags": pa.array(flags, pa.string()),
        "country": pa.array(["MX"] * ROWS),
    }
    if encode:
        for name in ("indicator_label", "source_text", "quality_flags", "country", "value_raw"):
            columns[name] = pc.dictionary_encode(columns[name])
    table = pa.table(columns)
    step = ROWS // chunks
    return pa.concat_tables([table.slice(i, step) for i in range(0, ROWS, step)])


@pytest.mark.parametrize("encode", [False, True])
def test_big_tables_are_screened_like_short_ones(encode: bool) -> None:
    table = _table(encode=encode)
    assert table.column("source_text").num_chunks == 3
    out, kinds, dropped = screen_observations(table)
    assert not kinds and dropped == 1 and out.num_rows == ROWS - 1
    ids = out.column("observation_id").to_pylist()
    assert "o" + f"{4500:016x}" not in ids  # the hidden phone is not a value
    locators = out.column("source_locator").to_pylist()
    assert locators[4999] == "'=J5002" and locators[0] == "J2"  # a formula start quoted
    assert ids[:3] == [f"o{i:016x}" for i in range(3)]


def test_big_and_short_paths_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    plain, _, _ = screen_observations(_table(encode=False, chunks=1))
    encoded, _, _ = screen_observations(_table(encode=True))
    monkeypatch.setattr(privacy, "_SMALL_COLUMN", 10**9)  # every column through Python lists
    short, _, _ = screen_observations(_table(encode=False, chunks=1))
    for name in short.column_names:
        want = short.column(name).to_pylist()
        assert plain.column(name).to_pylist() == want, name
        assert encoded.column(name).to_pylist() == want, name


def test_control_characters_in_a_big_id_column_are_removed() -> None:
    table = _table(encode=True)
    ids = table.column("observation_id").to_pylist()
    ids[3000] = "o\x00bad"
    table = table.set_column(0, "observation_id", pa.chunked_array([pa.array(ids)]))
    out, _, _ = screen_observations(table)
    assert out.column("observation_id").to_pylist()[3000] == "obad"


def test_a_suppressed_count_in_a_big_dictionary_column_is_found() -> None:
    table = _table(encode=True)
    assert privacy._any_suppressed(table.column("quality_flags"))
    clean = table.set_column(
        table.schema.get_field_index("quality_flags"),
        "quality_flags",
        pc.dictionary_encode(pa.array(["redacted"] * ROWS)),
    )
    assert not privacy._any_suppressed(clean.column("quality_flags"))
    assert complementary_suppression(clean)[1] == 0


@pytest.mark.parametrize("encode", [False, True])
def test_masked_sentences_are_found_in_any_chunk(encode: bool) -> None:
    column = _table(encode=encode).column("source_text")
    assert column.num_chunks == 3
    assert privacy._masked_sentences(column) == ([4500], [f"Contacto: {MASK}"])
