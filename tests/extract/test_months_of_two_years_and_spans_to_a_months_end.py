"""One month written with two years ("En enero de 2020 y 2019") is that month of each year, the
counts after it taking the first, then the second, and a month named after them the first's
year (never the last year for all, nor a whole year); a span of months to a month's end
("entre enero y fines de octubre") or opened by "desde" ("desde enero a octubre") is those
months of the year, not the whole year. Sentences from the development texts."""

from __future__ import annotations

import pytest
from tests.extract.found import periods

from genero_etl.extract.periods import find_periods

CASES = [
    # gt_pnc_denuncias_departamentos_2020 (its report year read as 2019): January 2020 is the
    # first count's, and February and March, written after it, are 2020's ("en marzo van")
    (
        "En enero de 2020 y 2019 fueron asistidas 2 mil 144 personas, en febrero fueron 1 mil "
        "877 atenciones y en marzo van 1 mil 586 recepciones.",
        2019,
        [
            (2144, "2020-01-01", "2020-01-31"),
            (1877, "2020-02-01", "2020-02-29"),
            (1586, "2020-03-01", "2020-03-31"),
        ],
    ),
    # ar_neuquen_dispositivos_alerta: to the end of October of the report's year
    (
        "El dato se conoció a partir de un informe que también detalla la entrega de 453 "
        "botones antipánico entre enero y fines de octubre del corriente año.",
        2022,
        [(453, "2022-01-01", "2022-10-31")],
    ),
    # ar_salta_observatorio_informe_anual_2023: "desde" opens a closed span of months
    (
        "Si bien remarcó que desde enero a octubre el relevamiento muestra una cifra de 25 "
        "muertes violentas y dudosas, para fin de año generalmente se produce un pico en "
        "femicidios o denuncias",
        2023,
        [(25, "2023-01-01", "2023-10-31")],
    ),
    # ar_mmgyd_linea144_aspo_2020
    (
        "Desde enero a junio del corriente año, las comunicaciones a la línea 144 dedicada a la "
        "de atención, contención y asistencia a personas en situación de violencias por motivos "
        "de género o personas allegadas, fueron 55.715.",
        2020,
        [(55715, "2020-01-01", "2020-06-30")],
    ),
]


@pytest.mark.parametrize(("text", "year", "expected"), CASES)
def test_periods_of_counts(text: str, year: int, expected: list[tuple[float, str, str]]) -> None:
    assert periods(text, year) == expected


def test_month_of_two_years_is_two_months() -> None:
    found = find_periods("En enero de 2020 y 2019 fueron asistidas 2 mil 144 personas", 2019)
    assert [(p.start, p.end, p.label) for p in found] == [
        ("2020-01-01", "2020-01-31", "enero de 2020"),
        ("2019-01-01", "2019-01-31", "enero 2019"),
    ]


def test_same_year_twice_is_no_pair() -> None:
    # "marzo de 2023 y 2023" compares nothing: the years alone, as before
    found = find_periods("en marzo de 2023 y 2023 hubo 4", 2023)
    assert [(p.start, p.end, p.label) for p in found] == [("2023-01-01", "2023-12-31", "2023")] * 2


def test_middle_of_a_month_ends_no_span() -> None:
    # "mediados de octubre" is not the end of October: no span of whole months is read
    assert find_periods("de enero a mediados de octubre se entregaron 40", 2022) == []
