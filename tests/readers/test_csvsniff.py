"""Property tests for the CSV sniffer: whatever the values, the delimiter written is found."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from genero_etl.readers.csvsniff import sniff

_TEXT = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúñ ", min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)
_CELL = st.one_of(_TEXT, st.integers(min_value=0, max_value=10**7).map(str))


@given(
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    columns=st.integers(min_value=2, max_value=6),
    rows=st.lists(st.lists(_CELL, min_size=6, max_size=6), min_size=2, max_size=30),
)
def test_the_delimiter_written_is_the_delimiter_found(
    delimiter: str, columns: int, rows: list[list[str]]
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([f"columna {i}" for i in range(columns)])
    for row in rows:
        writer.writerow(row[:columns])
    assert sniff(out.getvalue(), "utf-8").delimiter == delimiter


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=3, max_size=20))
def test_semicolon_files_with_decimal_commas_are_read_with_a_decimal_comma(
    whole: list[int],
) -> None:
    lines = ["provincia;valor"] + [f"Lugar {i};{n},5" for i, n in enumerate(whole)]
    dialect = sniff("\n".join(lines) + "\n", "utf-8")
    assert (dialect.delimiter, dialect.decimal) == (";", ",")
