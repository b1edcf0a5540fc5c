"""A CSV read by Arrow from its own bytes has the cells of its decoded, newline-normalised
text: same rows (so the same line numbers), same values, whatever the encoding and the
line ends; where the two could differ, the raw read steps aside."""

from __future__ import annotations

import random

import pytest

from genero_etl.readers import csvsniff
from genero_etl.readers.encoding import MAX_LINE_BYTES, _has_c1, _has_long_line, longest_line
from genero_etl.readers.grid import _arrow_csv, _arrow_raw, load_csv

ROWS = [
    ["Año", "Entidad", "Municipio", "Enero", "Febrero"],
    ["2024", "Jalisco", "Guadalajara", "12", "7"],
    ["2024", "Ciudad de México", '"Cuauhtémoc, Centro"', "0", "3"],
    ["2024", "Yucatán", '"Línea 1\r\nsegunda línea"', "5", ""],
    ["2024", "Oaxaca", '"San Juan\rBautista"', "1", "1"],
]


def _csv(ending: str, rows: list[list[str]] = ROWS, tail: str = "") -> str:
    return ending.join(",".join(r) for r in rows) + tail


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252"])
@pytest.mark.parametrize("tail", ["", "\r\n", "\n\n", "\r\n\r\n"])
def test_raw_read_has_the_cells_of_the_normalised_text(
    ending: str, encoding: str, tail: str
) -> None:
    text = _csv(ending, tail=tail)
    data = text.encode(encoding)
    decoded, found = csvsniff.decode(data, "x.csv")
    assert decoded == text
    raw = _arrow_raw(data, decoded, found, ",")
    normalised = _arrow_csv(csvsniff.normalise_newlines(decoded), ",")
    assert raw is not None and normalised is not None
    assert raw.equals(normalised)
    assert raw.shape == (5, 5)
    assert raw.iloc[3, 2] == "Línea 1\nsegunda línea" and raw.iloc[4, 2] == "San Juan\nBautista"
    assert raw.iloc[2, 2] == "Cuauhtémoc, Centro" and raw.iloc[0, 0] == "Año"


@pytest.mark.parametrize(
    "text",
    [
        "a,b\r\r\n1,2\r\r\n",  # CR CR LF: one line end once normalised, two for Arrow
        "a,b\n\n1,2\n",  # a blank line: a row pandas keeps
        "a,b\r\n\r\n1,2\r\n",
        "\na,b\n1,2\n",
    ],
)
def test_raw_read_steps_aside_where_lines_would_move(text: str) -> None:
    assert _arrow_raw(text.encode(), text, "utf-8", ",") is None


def test_line_numbers_survive_both_reads() -> None:
    crcrlf = load_csv(b"a;b\r\r\n1;2\r\r\n3;4\r\r\n", "x.csv").grids[0].frame
    crlf = load_csv(b"a;b\r\n1;2\r\n3;4\r\n", "x.csv").grids[0].frame
    assert crcrlf.equals(crlf) and crlf.iloc[2].tolist() == ["3", "4"]


def test_an_encoding_arrow_is_not_given_bytes_in_is_read_from_the_text() -> None:
    text = _csv("\r\n")
    assert _arrow_raw(text.encode("utf-16"), text, "utf-16", ",") is None
    book = load_csv(text.encode("utf-16"), "x.csv")
    assert book.grids[0].frame.iloc[3, 2] == "Línea 1\nsegunda línea"


def test_c1_bytes_are_found_anywhere_in_a_big_file() -> None:
    big = b"a,b\r\n" * 600_000  # over a megabyte: numpy, slice by slice
    assert not _has_c1(big)
    assert _has_c1(big + b"\x93x\x94")  # Windows-1252 quotes at the very end
    assert not _has_c1(big + "ñ".encode("latin-1") + b"\xa0\xff\x7f")
    assert csvsniff.decode(big + b"\x93x\x94", "x.csv")[1] == "cp1252"


def test_a_long_line_is_found_as_the_longest_line_says() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        lines = [
            b"x" * rng.choice([0, 1, 2, 5, 9, 10, 11, 12, 30]) for _ in range(rng.randint(0, 8))
        ]
        data = b"\n".join(lines) + (b"\n" if rng.random() < 0.5 else b"")
        for limit in (1, 3, 5, 9, 10, 11, 29):
            assert _has_long_line(data, limit) == (longest_line(data) > limit), (data, limit)
    assert _has_long_line(b"a\n" * 600_000 + b"b" * 1_000_001, MAX_LINE_BYTES)
    assert not _has_long_line((b"c" * 999_999 + b"\n") * 3, MAX_LINE_BYTES)
