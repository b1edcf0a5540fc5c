"""The order of a staged table's dictionaries, which block-wise ingest of a big CSV must
keep to stage the same bytes (docs/scale.md, "## Ingest of one big CSV in row blocks"):
a wide table's raw cells are in the order each first appears month column by month column
(``Coded.interleave`` in ``tabular/ingest.py:_raw_cells``), not row by row, while the
row's own columns (the municipality) are in the order of the rows."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from genero_etl.pipeline import IngestOptions, extract_document

SESNSP = Path(__file__).parent.parent / "fixtures" / "spreadsheets" / "sesnsp_idm_2024.csv"


def _first_seen(values: list[str], order: list[int]) -> list[str]:
    return list(dict.fromkeys(values[i] for i in order))


def test_raw_cells_are_coded_column_by_column_and_places_row_by_row() -> None:
    table = extract_document(SESNSP, SESNSP.name, IngestOptions()).table()
    raw = table.column("value_raw").combine_chunks()
    assert isinstance(raw, pa.DictionaryArray)
    cells = [str(v) for v in raw.to_pylist()]
    locators = table.column("source_locator").to_pylist()
    at = [(int(loc[1:]), loc[0]) for loc in locators]  # (row, month column J..U)
    row_major = sorted(range(len(at)), key=lambda i: at[i])
    column_major = sorted(range(len(at)), key=lambda i: (at[i][1], at[i][0]))
    assert cells[:6] == ["3", "1", "2", "1", "3", "2"]  # row 2, Enero to Junio
    assert raw.dictionary.to_pylist()[:5] == ["3", "2", "1", "14", "24"]  # Enero, rows 2-6
    assert raw.dictionary.to_pylist() == _first_seen(cells, column_major)
    assert raw.dictionary.to_pylist() != _first_seen(cells, row_major)
    places = table.column("municipality").combine_chunks()
    names = [str(v) for v in places.to_pylist()]
    assert places.dictionary.to_pylist() == ["Aguascalientes", "Juárez", "Guadalajara", "Jocotepec"]
    assert places.dictionary.to_pylist() == _first_seen(names, row_major)
