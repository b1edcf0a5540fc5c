"""A single month named right before a count ("en marzo se abrieron 41 carpetas") dates that
count; a month said in passing dates nothing else (the next counts of its sentence, a
document's period, a historic date)."""

from __future__ import annotations

import pytest
from tests.extract.found import Dated
from tests.extract.found import periods as found_periods

from genero_etl.extract.periods import find_periods, month_before


def periods(text: str, year: int | None = 2024) -> Dated:
    return found_periods(text, year)


JAN = ("2024-01-01", "2024-01-31")
FEB = ("2024-02-01", "2024-02-29")

CASES = [
    (
        "Según la FEM, en enero hubo 19 homicidios dolosos contra mujeres, mientras que en "
        "febrero, se contabilizaron 23.",
        [(19, *JAN), (23, *FEB)],
    ),
    (
        "En enero, fueron atendidas 160 mujeres, recibiendo 343 servicios y en febrero se "
        "realizaron 436 servicios a 161 mujeres.",
        [(160, *JAN), (343, None, None), (436, *FEB), (161, None, None)],
    ),
    (
        "En el mes de diciembre se atendieron 94 mujeres; en agosto fueron 125, seguido de "
        "septiembre con 122.",
        [
            (94, "2024-12-01", "2024-12-31"),
            (125, "2024-08-01", "2024-08-31"),
            # the next item of the ranking, its month after "seguido de"
            (122, "2024-09-01", "2024-09-30"),
        ],
    ),
    # the month with its own year
    (
        "Durante el mes de abril de 2020 se atendieron 45 mujeres.",
        [(45, "2020-04-01", "2020-04-30")],
    ),
    # when a programme started, not when it reached its people
    (
        "En febrero se lanzó el programa “¡Aquí, para vos!”, que llegó a 16 municipios y alcanzó "
        "a 293 vecinas.",
        [(16, None, None), (293, None, None)],
    ),
    # a day of the month is a date, not the month's period
    ("El 15 de marzo se registraron 12 denuncias.", [(12, None, None)]),
    # two months are no single month: not dated by the first
    ("En enero y febrero se atendieron 300 mujeres.", [(300, None, None)]),
    ("En enero y febrero de 2024 se atendieron 300 mujeres.", [(300, "2024-01-01", "2024-02-29")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_month_right_before_a_count_dates_it(
    text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert periods(text) == expected


def test_without_a_year_the_month_dates_nothing() -> None:
    assert periods("En marzo se abrieron 41 carpetas de investigación.", None) == [(41, None, None)]


def test_a_month_in_passing_is_no_period_of_the_document() -> None:
    line = "Ciudad Mujer fue replicado en junio de 2016 en Honduras."
    assert [(p.start, p.end) for p in find_periods(line, 2020)] == [("2016-01-01", "2016-12-31")]
    month = month_before(line, 2020)
    assert month is not None and (month.start, month.end) == ("2016-06-01", "2016-06-30")
    assert month_before("en marzo pasado se atendieron", 2020) is None
    assert month_before("en mar abierto", 2020) is None


def test_the_month_takes_the_year_its_sentence_names() -> None:
    assert periods("En 2017, en febrero se atendieron 30 mujeres.") == [
        (30, "2017-02-01", "2017-02-28")
    ]


def test_a_publication_month_dates_nothing() -> None:
    assert periods("Publicado en marzo de 2019 el informe registró 45 casos.") == [(45, None, None)]
