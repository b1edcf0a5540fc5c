"""Periods per sentence and block: a value takes the period its own sentence gives, never
a law's year, a publication date, a comparison year or an administration's term."""

from __future__ import annotations

import pytest
from tests.extract.found import Dated
from tests.extract.found import periods as found_periods


def periods(text: str) -> Dated:
    return found_periods(text, 2023)


Y2017 = ("2017-01-01", "2017-12-31")
Y2018 = ("2018-01-01", "2018-12-31")
NONE = (None, None)

CASES = [
    ("En 2017 se atendieron 300 mujeres.", [(300, *Y2017)]),
    (
        "En 2017 se atendieron 300 mujeres. En lo que va de 2018, se atendieron 120 mujeres.",
        [(300, *Y2017), (120, *Y2018)],
    ),
    ("Se atendieron 300 mujeres en 2017 y 450 mujeres en 2018.", [(300, *Y2017), (450, *Y2018)]),
    ("En 2017 se atendieron 300 mujeres y 120 niñas.", [(300, *Y2017), (120, *Y2017)]),
    ("Se atendieron 300 mujeres durante todo 2017.", [(300, *Y2017)]),
    (
        "Durante el primer semestre de 2022 se realizaron 45 talleres.",
        [(45, "2022-01-01", "2022-06-30")],
    ),
    ("En el marco de la Ley 26.485 de 2009 se atendieron 300 mujeres.", [(300, *NONE)]),
    ("Con la ley sancionada en 2012 se capacitaron 80 agentes.", [(80, *NONE)]),
    ("En comparación con 2022, se atendieron 300 mujeres.", [(300, *NONE)]),
    ("Desde 2015 se atendieron 5.000 mujeres.", [(5000, *NONE)]),
    ("Administración 2021-2024: se atendieron 300 mujeres.", [(300, *NONE)]),
    ("Publicado en 2019. Se atendieron 50 mujeres.", [(50, *NONE)]),
    ("Enero: 45 atenciones", [(45, "2023-01-01", "2023-01-31")]),
    (
        "Un total de 119.378 servicios de enero a noviembre de este 2019.",
        [(119378, "2019-01-01", "2019-11-30")],
    ),
    (
        "AÑO DE INICIO: 2011 PRESUPUESTO LEY PROGRAMA AÑO 2015: M$ 2.747.591",
        [(2_747_591_000, "2015-01-01", "2015-12-31")],
    ),
    ("Programa Anual de Trabajo 2022: 45 talleres", [(45, "2022-01-01", "2022-12-31")]),
    (
        "Casos: 1.009 (2022) y 1.150 (2023)",
        [(1009, "2022-01-01", "2022-12-31"), (1150, "2023-01-01", "2023-12-31")],
    ),
    # the year compared dates the count written with it (before: the sentence's year, 2023)
    (
        "En 2023 hubo 22 femicidios, frente a 24 en 2022.",
        [(22, "2023-01-01", "2023-12-31"), (24, "2022-01-01", "2022-12-31")],
    ),
    (
        "En 2023 se registraron 22 femicidios, mientras que en 2022 fueron 24.",
        [(22, "2023-01-01", "2023-12-31"), (24, "2022-01-01", "2022-12-31")],
    ),
    (
        "Durante 2021 se registraron 89.001 denuncias, mientras que en 2020 la cifra ascendió a "
        "79.800 casos.",
        [(89001, "2021-01-01", "2021-12-31"), (79800, "2020-01-01", "2020-12-31")],
    ),
    ("La fiscal expuso que en 2017 se abrieron 1.610 carpetas.", [(1610, *Y2017)]),
    # a change compared with a year is dated by nothing
    ("Se atendieron 300 mujeres, un 12 % más que en 2022.", [(300, *NONE)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_periods(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert periods(text) == expected


def test_block_period_applies_to_the_sentences_below_it() -> None:
    text = "Enero - Junio 2022:\nSe atendieron 300 mujeres.\nEn 2021 se atendieron 250 mujeres."
    assert periods(text) == [(300, "2022-01-01", "2022-06-30"), (250, "2021-01-01", "2021-12-31")]
