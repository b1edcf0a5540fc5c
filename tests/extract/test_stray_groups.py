"""A thousands separator with a stray space after it ("unas 2, 353, investigaciones") is one
number when the separator is the one the document groups thousands with; lists of numbers
("2, 353 y 400") and the other convention's separator stay apart."""

from __future__ import annotations

import pytest

from genero_etl.extract.finding import DocContext
from genero_etl.extract.grammar import scan_numbers
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

C, P, U = Convention.DECIMAL_COMMA, Convention.DECIMAL_POINT, Convention.UNKNOWN
CODEBOOK = load_codebook()

# A Panamanian prosecutor's release (Chiriquí, dev4): Panama groups thousands with a comma.
CHIRIQUI = "Durante el año 2016, está fiscalía atendió unas 2, 353, investigaciones de violencia doméstica."


@pytest.mark.parametrize(
    ("written", "convention", "numbers"),
    [
        (CHIRIQUI, P, [("2016", 2016), ("2, 353", 2353)]),
        # the same gap with the point where the point groups thousands
        ("se dio respuesta a 121. 373 consultas", C, [("121. 373", 121373)]),
        # the separator the convention does not group thousands with: two numbers
        ("se dio respuesta a 121. 373 consultas", P, [("121", 121), ("373", 373)]),
        (CHIRIQUI, C, [("2016", 2016), ("2", 2), ("353", 353)]),
        # no convention known: nothing is guessed
        (CHIRIQUI, U, [("2016", 2016), ("2", 2), ("353", 353)]),
        # lists of numbers, never one number
        ("los casos 2, 353 y 400 fueron", P, [("2", 2), ("353", 353), ("400", 400)]),
        ("en las líneas 1, 2, 353 mujeres", P, [("1", 1), ("2", 2), ("353", 353)]),
        ("con 12, 345, 678 casos", P, [("12", 12), ("345", 345), ("678", 678)]),
        # a tail of other than three digits
        ("con 2, 35 casos", P, [("2", 2), ("35", 35)]),
    ],
)
def test_a_stray_space_after_the_thousands_separator(
    written: str, convention: Convention, numbers: list[tuple[str, float]]
) -> None:
    assert [(m.raw, m.value) for m in scan_numbers(written, convention)] == numbers


def test_the_joined_number_is_the_value_extracted() -> None:
    context = DocContext(convention=P, year=2017)
    findings = extract_findings([Segment(CHIRIQUI, "line:14")], context, CODEBOOK.lexicon)
    assert [(f.value, f.locator, f.approximate) for f in findings] == [(2353, "line:14", True)]
