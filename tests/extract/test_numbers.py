"""Reading Spanish-language numbers: both conventions, ambiguity, words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genero_etl.extract.grammar import words_to_number
from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention, parse_number

C, P, U = Convention.DECIMAL_COMMA, Convention.DECIMAL_POINT, Convention.UNKNOWN


@pytest.mark.parametrize(
    ("raw", "convention", "value", "ambiguous"),
    [
        ("1009", U, 1009, False),
        ("1.009", C, 1009, False),  # Argentina: thousands
        ("1,009", P, 1009, False),  # Mexico: thousands
        ("1.009", P, 1009, True),  # a Mexican file writing 1.009: counts are whole, but say so
        ("1,009", C, 1009, True),
        ("15,000", U, 15000, True),  # no country known: thousands, flagged
        ("700,000.00", P, 700000, False),
        ("700.000,00", C, 700000, False),
        ("700.000,00", P, 700000, False),  # both separators: the pattern decides
        ("00.00", P, 0, False),
        ("12,5", C, 12.5, False),
        ("0.5", P, 0.5, False),
        ("1.000.000", C, 1_000_000, False),
        ("2,350,000.00", P, 2_350_000, False),
        # co_dijin_violencia_intrafamiliar_municipios_2017 (dev6): "con una tasa de 0,129 (en
        # comparación, Antioquia tiene una tasa de 0,056": no count opens with a zero group
        ("0,129", C, 0.129, False),
        ("0,056", U, 0.056, False),
        ("0.125", P, 0.125, False),
    ],
)
def test_parse_number(raw: str, convention: Convention, value: float, ambiguous: bool) -> None:
    reading = parse_number(raw, convention)
    assert (reading.value, reading.ambiguous) == (value, ambiguous)


@pytest.mark.parametrize("raw", ["1.2.3,4,5", "1,23,456", ",5", "12."])
def test_malformed_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_number(raw, C)


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_in_their_own_convention(n: int) -> None:
    comma = f"{n:,}"
    assert parse_number(comma, P).value == n
    assert parse_number(comma.replace(",", "."), C).value == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_money_with_cents_is_never_ambiguous(units: int, cents: int) -> None:
    mx = f"{units:,}.{cents:02d}"
    ar = mx.replace(",", "_").replace(".", ",").replace("_", ".")
    for raw, convention in ((mx, P), (ar, C), (mx, U), (ar, U)):
        reading = parse_number(raw, convention)
        assert reading.value == pytest.approx(units + cents / 100)
        assert reading.ambiguous is False


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("un", 1),
        ("una", 1),
        ("dos", 2),
        ("quince", 15),
        ("veintiún", 21),
        ("ciento veinte", 120),
        ("doscientas cincuenta", 250),
        ("mil novecientos", 1900),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert words_to_number(words) == value


def test_words_that_are_not_one_number() -> None:
    assert words_to_number("dos tres") is None


def test_the_number_conventions_are_converted_once_per_registry_table() -> None:
    table = COUNTRY_CONVENTION._table()  # type: ignore[attr-defined]
    assert COUNTRY_CONVENTION._table() is table  # type: ignore[attr-defined]
    assert COUNTRY_CONVENTION["MX"] is Convention.DECIMAL_POINT
    assert COUNTRY_CONVENTION.get("AR") is Convention.DECIMAL_COMMA
    assert COUNTRY_CONVENTION.get("??", Convention.UNKNOWN) is Convention.UNKNOWN
