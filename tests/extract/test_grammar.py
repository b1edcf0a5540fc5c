"""The Spanish number grammar on numbers as real reports write them.

Each row is a phrase in the way Latin American offices, ministries and the press write
figures (mixed digits and words, every grouping convention, currency symbols and words of
each country), the document's convention, the values a reader takes from it in order, and
the currency symbol or word written with the first one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genero_etl.extract.grammar import read_number, scan_numbers
from genero_etl.extract.numbers import Convention

C, P, U = Convention.DECIMAL_COMMA, Convention.DECIMAL_POINT, Convention.UNKNOWN

FORMS: list[tuple[str, Convention, tuple[float, ...], str]] = [
    # --- digits and words mixed (Mexican and Peruvian press, municipal informes) ---
    ("10 mil 147 mujeres atendidas", P, (10147,), ""),
    ("fueron mil 789 servicios", P, (1789,), ""),
    ("se canalizaron a mil 550 personas", P, (1550,), ""),
    ("mil 022 llamadas", P, (1022,), ""),
    ("dos mil 600 asesorías", P, (2600,), ""),
    ("366 mil 842.64 pesos", P, (366842.64,), "pesos"),
    ("17 millones 550 mil pesos", P, (17550000,), "pesos"),
    ("6 mil 621 denuncias", P, (6621,), ""),
    ("mil millones de pesos", P, (1e9,), "pesos"),
    ("un millón y medio de pesos", P, (1500000,), "pesos"),
    ("45 mil beneficiarias", P, (45000,), ""),
    ("2,5 millones de personas", C, (2500000,), ""),
    ("35 millones 241 mil 788 pesos", P, (35241788,), "pesos"),
    ("10 millones 671 mil 449.35 pesos", P, (10671449.35,), "pesos"),
    ("2 millones 584 mil 905.10 pesos", P, (2584905.10,), "pesos"),
    ("1 millón 500 mil pesos", P, (1500000,), "pesos"),
    ("1 millón 8 mil pesos", P, (1008000,), "pesos"),
    ("1 millón de pesos", P, (1000000,), "pesos"),
    ("10.6 millones de pesos", P, (10600000,), "pesos"),
    ("ocho millones 600 mil pesos", P, (8600000,), "pesos"),
    ("más de 10 mil servicios", P, (10000,), ""),
    ("19 millones 894,600 soles", P, (19894600,), "soles"),
    ("S/ 20 millones", P, (20000000,), "S/"),
    ("S/. 87.6 millones", P, (87600000,), "S/."),
    ("691 millones de soles", P, (691000000,), "soles"),
    ("S/ 691 millones", P, (691000000,), "S/"),
    ("cerca de 11 mil casos", P, (11000,), ""),
    ("120 mil casos", P, (120000,), ""),
    ("3 mil 500 millones de pesos", P, (3500000000,), "pesos"),
    ("medio millón de soles", P, (500000,), "soles"),
    ("dos millones trescientos mil pesos", P, (2300000,), "pesos"),
    ("tres millones de personas", P, (3000000,), ""),
    ("cuatro mil 200 kits", P, (4200,), ""),
    ("veinte mil 350 volantes", P, (20350,), ""),
    ("un millón 200 mil", P, (1200000,), ""),
    ("12 mil 500 pesos mexicanos", P, (12500,), "pesos"),
    ("5 mil pesos", P, (5000,), "pesos"),
    ("150 mil 300 pesos", P, (150300,), "pesos"),
    ("2 millones 45 mil", P, (2045000,), ""),
    ("1.5 millones de dólares", P, (1500000,), "dólares"),
    ("$122 mil millones", C, (122e9,), "$"),
    ("$141 mil millones", C, (141e9,), "$"),
    ("$ 2.000 millones", C, (2e9,), "$"),
    ("1.200 millones de pesos", C, (1.2e9,), "pesos"),
    ("4,7 millones de habitantes", C, (4700000,), ""),
    ("mil 200 mujeres", P, (1200,), ""),
    ("mil mujeres", P, (1000,), ""),
    ("dos mil mujeres", P, (2000,), ""),
    ("novecientos noventa y nueve casos", P, (999,), ""),
    ("ciento veinte talleres", P, (120,), ""),
    ("doscientas cincuenta mujeres", P, (250,), ""),
    ("treinta y dos casos", P, (32,), ""),
    ("veintiún municipios", P, (21,), ""),
    ("quince días", P, (15,), ""),
    ("cuatro convenios y dos centros", P, (4, 2), ""),
    ("tres casos", P, (3,), ""),
    ("45 mdp", P, (45000000,), "mdp"),
    ("12.5 MDP", P, (12500000,), "MDP"),
    ("3 mdd", P, (3000000,), "mdd"),
    # "MM" scales only in capitals and after a currency's sign (Bolivian and Chilean press)
    ("más de Bs 26 MM para los albergues", C, (26000000,), "Bs"),
    ("US$ 5 MM", P, (5000000,), "US$"),
    ("26 MM de bolivianos", C, (26,), ""),
    ("cayeron 10 mm de lluvia", C, (10,), ""),
    # --- grouping conventions ---
    ("1.009 personas", C, (1009,), ""),
    ("1,009 personas", P, (1009,), ""),
    ("1.532 llamadas", C, (1532,), ""),
    ("12.345.678 habitantes", C, (12345678,), ""),
    ("12,345,678 habitantes", P, (12345678,), ""),
    ("317 942 atenciones", U, (317942,), ""),
    ("615 600 personas", U, (615600,), ""),
    ("1 234 567 habitantes", U, (1234567,), ""),
    ("12\u00a0500 mujeres", U, (12500,), ""),
    ("12\u202f500 mujeres", U, (12500,), ""),
    ("8\u2009400 casos", U, (8400,), ""),
    ("1'234 casos", U, (1234,), ""),
    ("1’339,561 víctimas", P, (1339561,), ""),
    ("1’275,773 personas", P, (1275773,), ""),
    ("$1'234.567", C, (1234567,), "$"),
    ("12 000,50 pesos", C, (12000.5,), "pesos"),
    ("67,603 atenciones", P, (67603,), ""),
    ("57,550 mujeres y 10,053 hombres", P, (57550, 10053), ""),
    ("10,945 casos atendidos", P, (10945,), ""),
    ("8.585 personas de 93 municipios", C, (8585, 93), ""),
    ("$970.236.200 pesos", C, (970236200,), "$"),
    ("700,000.00", P, (700000,), ""),
    ("700.000,00", C, (700000,), ""),
    ("2,350,000.00", P, (2350000,), ""),
    ("1.234,56", C, (1234.56,), ""),
    ("1,234.56", P, (1234.56,), ""),
    ("0,75", C, (0.75,), ""),
    ("0.75", P, (0.75,), ""),
    ("12,5", C, (12.5,), ""),
    ("1234", U, (1234,), ""),
    ("15000", U, (15000,), ""),
    ("10 y 20", U, (10, 20), ""),
    # --- percentages ---
    ("62,78 %", C, (62.78,), ""),
    ("20.2 por ciento", P, (20.2,), ""),
    ("41 por ciento", P, (41,), ""),
    ("un 300%", P, (1, 300), ""),
    ("85%", U, (85,), ""),
    ("12,5 %", C, (12.5,), ""),
    ("7 porciento", U, (7,), ""),
    ("63 %", U, (63,), ""),
    # --- currency symbols and prefixes of every country ---
    ("$700,000.00", P, (700000,), "$"),
    ("MXN $ 1,250.00", P, (1250,), "MXN $"),
    ("ARS $ 1.500.000", C, (1500000,), "ARS $"),
    ("$ 1.500.000", C, (1500000,), "$"),
    ("CLP $ 2.300.000", C, (2300000,), "CLP $"),
    ("$2.300.000", C, (2300000,), "$"),
    ("COP $ 45.000.000", C, (45000000,), "COP $"),
    ("UYU $ 350.000", C, (350000,), "UYU $"),
    ("$U 350.000", C, (350000,), "$U"),
    ("PEN 12,500.00", P, (12500,), "PEN"),
    ("S/ 300", P, (300,), "S/"),
    ("S/. 1 200", P, (1200,), "S/."),
    ("S/ 12,345.50", P, (12345.5,), "S/"),
    ("GTQ 25,000.00", P, (25000,), "GTQ"),
    ("Q 1,500", P, (1500,), "Q"),
    ("Q1,500.00", P, (1500,), "Q"),
    ("Q. 250,000", P, (250000,), "Q."),
    ("PYG 1.500.000", C, (1500000,), "PYG"),
    ("₲ 1.500.000", C, (1500000,), "₲"),
    ("Gs. 2.500.000", C, (2500000,), "Gs."),
    ("Gs 800.000", C, (800000,), "Gs"),
    ("BOB 15.000", C, (15000,), "BOB"),
    ("Bs 15.000", C, (15000,), "Bs"),
    ("Bs. 4.500,50", C, (4500.5,), "Bs."),
    ("CRC 1.000.000", C, (1000000,), "CRC"),
    ("₡ 1.000.000", C, (1000000,), "₡"),
    ("₡250 000", C, (250000,), "₡"),
    ("DOP 75,000", P, (75000,), "DOP"),
    ("RD$ 5,000", P, (5000,), "RD$"),
    ("RD$1,250,000.00", P, (1250000,), "RD$"),
    ("HNL 10,000", P, (10000,), "HNL"),
    ("L 10,000.00", P, (10000,), "L"),
    ("L. 5,500", P, (5500,), "L."),
    ("NIO 30,000", P, (30000,), "NIO"),
    ("C$ 30,000", P, (30000,), "C$"),
    ("USD 1.200", C, (1200,), "USD"),
    ("US$ 1,500.00", P, (1500,), "US$"),
    ("U$S 2.000", C, (2000,), "U$S"),
    ("B/. 4,000", P, (4000,), "B/."),
    ("300 soles", P, (300,), "soles"),
    ("1,500 colones", P, (1500,), "colones"),
    ("25.000 colones", C, (25000,), "colones"),
    ("2,000 quetzales", P, (2000,), "quetzales"),
    ("500.000 guaraníes", C, (500000,), "guaraníes"),
    ("500.000 guaranies", C, (500000,), "guaranies"),
    ("5.000 bolivianos", C, (5000,), "bolivianos"),
    ("3,000 lempiras", P, (3000,), "lempiras"),
    ("10,000 córdobas", P, (10000,), "córdobas"),
    ("200 dólares", P, (200,), "dólares"),
    ("25 millones de guaraníes", C, (25000000,), "guaraníes"),
    ("4 millones de colones", C, (4000000,), "colones"),
    ("1,2 millones de quetzales", C, (1200000,), "quetzales"),
    ("$ 5 millones de pesos", C, (5000000,), "$"),
    ("1.500 UF", C, (1500,), "UF"),
    ("M$ 2.747.591", C, (2747591000,), "M$"),
    ("M$3.793.702", C, (3793702000,), "M$"),
    ("MM$ 150", C, (150_000_000,), "MM$"),
    # --- collective numerals (DIF San Luis Potosí, press) ---
    ("más de medio centenar de órdenes de protección", P, (50,), ""),
    ("un centenar de mujeres", P, (100,), ""),
    ("dos centenares de talleres", P, (200,), ""),
    ("una decena de casos", P, (10,), ""),
    ("decenas de mujeres", P, (), ""),
    ("quince de estos albergues", P, (15,), ""),
    # --- numbers that stay apart ---
    ("en 2023 150 mujeres", U, (2023, 150), ""),
    ("Q1 2024", U, (2024,), ""),
    ("dos tres", U, (2, 3), ""),
    ("entre 15 y 20 años", U, (15, 20), ""),
    ("de 26 a 35 años (13,341 casos)", P, (26, 35, 13341), ""),
    ("5 mil y 300 talleres", P, (5000, 300), ""),
    ("45, 120 y 300", U, (45, 120, 300), ""),
    ("Total 1200 345 567", U, (1200, 345, 567), ""),
    ("Enero 120 345 56", U, (120, 345, 56), ""),
]


@pytest.mark.parametrize(("written", "convention", "values", "currency"), FORMS)
def test_written_forms(
    written: str, convention: Convention, values: tuple[float, ...], currency: str
) -> None:
    found = scan_numbers(written, convention)
    assert tuple(m.value for m in found) == pytest.approx(values)
    assert not found or found[0].currency == currency


def test_the_table_is_large() -> None:
    assert len(FORMS) >= 150


@pytest.mark.parametrize(
    ("written", "raw", "percent", "words_only"),
    [
        ("se canalizaron a mil 550 personas", "mil 550", False, False),
        ("17 millones 550 mil pesos en total", "17 millones 550 mil pesos", False, False),
        ("un 30% más", "30%", True, False),
        ("cuatro convenios", "cuatro", False, True),
        ("S/. 1 200 en becas", "S/. 1 200", False, False),
    ],
)
def test_spans_and_kinds(written: str, raw: str, percent: bool, words_only: bool) -> None:
    match = next(m for m in scan_numbers(written, Convention.DECIMAL_POINT) if m.raw == raw)
    assert written[match.start : match.end] == raw
    assert (match.percent, match.words_only) == (percent, words_only)


@pytest.mark.parametrize(
    ("written", "convention", "value", "alternative"),
    [
        ("15,000", U, 15000, 15.0),
        ("1.009", P, 1009, 1.009),
        ("1,500 millones", U, 1.5e9, 1.5e6),
    ],
)
def test_ambiguous_readings_keep_their_alternative(
    written: str, convention: Convention, value: float, alternative: float
) -> None:
    (match,) = scan_numbers(written, convention)
    assert match.ambiguous
    assert (match.value, match.alternative) == pytest.approx((value, alternative))


@pytest.mark.parametrize("written", ["1.500.000", "317 942", "1'234.567", "2.350.000,00"])
def test_unambiguous_groupings_are_not_flagged(written: str) -> None:
    (match,) = scan_numbers(written, Convention.UNKNOWN)
    assert not match.ambiguous


_SEPARATORS = {
    "period": (".", ",", C),
    "comma": (",", ".", P),
    "space": (" ", ",", C),
    "nnbsp": ("\u202f", ",", C),
    "apostrophe": ("'", ".", P),
}


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@pytest.mark.parametrize("style", sorted(_SEPARATORS))
@given(n=st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_in_every_grouping(style: str, n: int) -> None:
    sep, _, convention = _SEPARATORS[style]
    (match,) = scan_numbers(_grouped(n, sep), convention)
    assert match.value == n
    assert match.raw == _grouped(n, sep)


@pytest.mark.parametrize("style", ["period", "comma", "space", "nnbsp"])
@given(units=st.integers(min_value=0, max_value=10**9), cents=st.integers(0, 99))
def test_amounts_with_cents_round_trip(style: str, units: int, cents: int) -> None:
    sep, decimal, convention = _SEPARATORS[style]
    written = f"$ {_grouped(units, sep)}{decimal}{cents:02d}"
    (match,) = scan_numbers(written, convention)
    assert match.value == pytest.approx(units + cents / 100)
    assert match.currency == "$"


@given(
    thousands=st.integers(min_value=1, max_value=999),
    rest=st.integers(min_value=0, max_value=999),
)
def test_mixed_thousands_round_trip(thousands: int, rest: int) -> None:
    head = "mil" if thousands == 1 else str(thousands)
    written = f"{head} mil {rest:03d}" if thousands > 1 else f"mil {rest:03d}"
    assert read_number(written, P) == thousands * 1000 + rest


@given(
    millions=st.integers(min_value=2, max_value=999),
    thousands=st.integers(min_value=1, max_value=999),
)
def test_millions_and_thousands_round_trip(millions: int, thousands: int) -> None:
    written = f"{millions} millones {thousands} mil pesos"
    (match,) = scan_numbers(written, P)
    assert match.value == millions * 1_000_000 + thousands * 1000
    assert match.currency == "pesos"
