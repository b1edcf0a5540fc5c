"""A period written in a count's own clause dates that count only: a quarter written without
its year after "en el 2021, donde ..." is of 2021, not of the document's year; "en enero-junio
2025" is January to June 2025, not January of the year said before. Sentences from the
development texts (dev39)."""

from __future__ import annotations

import pytest
from tests.extract.found import periods

from genero_etl.extract.periods import single_months

CASES = [
    # do_pgr_ordenes_proteccion_primer_trimestre_2022, line 7: the first quarter of 2021
    (
        "Estas cifras fueron más que en el 2021, donde se emitieron en el primer trimestre 4,782 "
        "órdenes de protección por denuncias por violencia de género e intrafamiliar y de delitos "
        "sexuales.",
        2022,
        [(4782, "2021-01-01", "2021-03-31")],
    ),
    # do_poder_judicial_ordenes_alejamiento_2020_2025, line 3: each year's, then January-June
    # 2025's
    (
        "Según datos del Poder Judicial, en el período 2020-2025, se emitieron 14,116 orden de "
        "alejamiento, de las cuales 1,438 corresponden al 2020; 2,794 al 2021; 2,471 al 2022; "
        "4,050 al 2024 y 3,363 solo en enero-junio 2025. En cuanto al año 2023, la institución "
        "dijo no tener datos no disponibles.",
        2025,
        [
            (14116, "2020-01-01", "2025-12-31"),
            (1438, "2020-01-01", "2020-12-31"),
            (2794, "2021-01-01", "2021-12-31"),
            (2471, "2022-01-01", "2022-12-31"),
            (4050, "2024-01-01", "2024-12-31"),
            (3363, "2025-01-01", "2025-06-30"),
        ],
    ),
    # the same document, line 8: "de este año" is the document's year, kept
    (
        "En las fiscalías fueron presentadas de enero a marzo de este año, 5,131 denuncias sobre "
        "violencia de género e intrafamiliar.",
        2022,
        [(5131, "2022-01-01", "2022-03-31")],
    ),
    # a quarter with no year before it in its sentence stays of the document's year
    (
        "Se emitieron en el primer trimestre 4,782 órdenes de protección.",
        2022,
        [(4782, "2022-01-01", "2022-03-31")],
    ),
    # a year compared with no clause about it dates no quarter after it
    (
        "Fueron más que en el 2021: en el primer trimestre se emitieron 4,782 órdenes de "
        "protección.",
        2022,
        [(4782, "2022-01-01", "2022-03-31")],
    ),
]


@pytest.mark.parametrize(("text", "year", "expected"), CASES)
def test_period_of_the_counts_clause(
    text: str, year: int, expected: list[tuple[float, str, str]]
) -> None:
    assert periods(text, year) == expected


def test_a_months_range_is_no_single_month() -> None:
    assert single_months("4,050 al 2024 y 3,363 solo en enero-junio 2025.", 2025) == ()
    found = single_months("se atendieron 30 en marzo y 25 en abril de 2024", 2024)
    assert [(p.start, p.end) for p in found] == [
        ("2024-03-01", "2024-03-31"),
        ("2024-04-01", "2024-04-30"),
    ]
