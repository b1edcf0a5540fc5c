"""A span written as its last month ("hasta el mes de febrero de 2020", "hasta noviembre", "a
julio del 2024", "en 2022 -hasta fines de octubre-", "hasta el 31 de octubre de 2017") runs
from January to that month (or day), never the whole year; a count "del año pasado" is the
same months of the year before; a count joined by "y" to a span after it is not that span's;
the year a report compares its own with ("respecto al mismo período del 2019") is never its
own year. Sentences from the development texts (the document named before each)."""

from __future__ import annotations

import pytest
from tests.extract.found import periods

from genero_etl.extract.numbers import Convention
from genero_etl.extract.periods import find_periods
from genero_etl.normalize.document import infer_period


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # pa_defensoria_opvg_denuncias_cuarentena_2020
        ("hasta el mes de febrero de 2020", None, ("2020-01-01", "2020-02-29")),
        # pe_cem_chancay_supervision_2024
        ("el CEM de Chancay, a julio del 2024, reportó 387 casos", None, ("2024-01-01", "2024-07-31")),
        # gt_ctcns_violencia_intrafamiliar_2020: the document's year
        ("Hasta noviembre se contaban 1 mil 105 denuncias", 2020, ("2020-01-01", "2020-11-30")),
        # ar_neuquen_dispositivos_alerta: the year written right before the words
        ("mientras que en 2022 -hasta fines de octubre- fueron 453", 2021, ("2022-01-01", "2022-10-31")),
        # uy_minterior_tobilleras_todo_el_pais_2017: to that day
        ("hasta el 31 de octubre de 2017", None, ("2017-01-01", "2017-10-31")),
        ("Acumulado hasta marzo 2024", None, ("2024-01-01", "2024-03-31")),
        ("al cierre de febrero se contaron 40", 2021, ("2021-01-01", "2021-02-28")),
    ],
)  # fmt: skip
def test_a_span_to_a_month_runs_from_january(
    text: str, year: int | None, expected: tuple[str, str]
) -> None:
    found = [p for p in find_periods(text, year) if p.strength >= 2]
    assert [(p.start, p.end) for p in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # that month alone, or a month compared with
        "Informe correspondiente a marzo de 2024",
        "Informe correspondiente al mes de marzo de 2024",
        "reporta que con relación a Julio de 2014, las denuncias se han disminuido de 580 a 390",
        "de enero a mediados de octubre",
        "a marzo",  # "a" and a month without its year
    ],
)
def test_no_span_to_a_month(text: str) -> None:
    found = find_periods(text, 2024)
    assert not [p for p in found if p.start[5:] == "01-01" and p.end[5:] != "12-31"], found


def test_the_count_of_last_year_is_the_same_months_a_year_before() -> None:
    # gt_ctcns_violencia_intrafamiliar_2020
    text = "Hasta noviembre se contaban 1 mil 105 denuncias, contra las 858 del año pasado."
    assert periods(text, 2020) == [
        (1105.0, "2020-01-01", "2020-11-30"),
        (858.0, "2019-01-01", "2019-11-30"),
    ]


def test_a_span_after_y_opens_the_next_clause() -> None:
    # do_minmujer_llamadas_rescates_2018
    text = (
        "En 2017 el ministerio atendió más de 3,000 llamadas de auxilio y hasta septiembre del "
        "2018 ha recibido un poco más de mil llamadas."
    )
    assert periods(text, 2018, Convention.DECIMAL_POINT) == [
        (3000.0, "2017-01-01", "2017-12-31"),
        (1000.0, "2018-01-01", "2018-09-30"),
    ]


def test_a_compared_year_with_its_months_dates_the_count_compared() -> None:
    # ar_neuquen_dispositivos_alerta
    text = (
        "En 2021 se entregaron 528 botones mientras que en 2022 -hasta fines de octubre- fueron "
        "453 botones."
    )
    assert periods(text, 2021) == [
        (528.0, "2021-01-01", "2021-12-31"),
        (453.0, "2022-01-01", "2022-10-31"),
    ]


def test_the_year_compared_with_is_not_the_reports() -> None:
    # gt_ctcns_violencia_intrafamiliar_2020 (its report's year was read as 2019)
    lines = [
        "Las cifras oficiales, actualizadas de enero a noviembre, señalan un incremento de estos "
        "delitos respecto al 2019.",
        "Según las estadísticas, la violencia intrafamiliar tuvo un aumento del 28% respecto al "
        "mismo período del 2019. Hasta noviembre se contaban 1 mil 105 denuncias.",
        "Guatemala, Alta Verapaz, Quiché, Petén y Huehuetenango fueron los departamentos con "
        "mayor cantidad de denuncias durante el 2020.",
    ]
    found = infer_period(lines)
    assert found is not None and (found.start, found.end) == ("2020-01-01", "2020-12-31")


def test_a_count_before_the_same_period_of_another_year_is_not_of_that_year() -> None:
    # ve_mp_denuncias_enero_octubre_2013: no year of its own is known, never 2012's
    text = (
        "El Ministerio Público recibió, de enero a octubre de este año, 61 mil 377 denuncias de "
        "violencia contra la mujer, cifra que representa una disminución respecto al mismo "
        "período de 2012 cuando se contabilizó un total de 70 mil 659."
    )
    assert periods(text, None) == [
        (61377.0, None, None),
        (70659.0, "2012-01-01", "2012-12-31"),
    ]


def test_a_dated_report_of_this_year_is_of_its_dates_year() -> None:
    # ar_neuquen_dispositivos_alerta (its report's year was read as 2021, the first it names)
    lines = [
        "date 2022-12 En 2021 se entregaron 528 botones mientras que en 2022 -hasta fines de "
        "octubre- fueron 453 botones, totalizando 820 dispositivos monitoreados en la actualidad.",
        "El dato se conoció a partir de un informe que también detalla la entrega de 453 botones "
        "antipánico entre enero y fines de octubre del corriente año.",
    ]
    found = infer_period(lines)
    assert found is not None and (found.start, found.end) == ("2022-01-01", "2022-12-31")
    # without a word of this year, the first year it names, as before
    found = infer_period([lines[0]])
    assert found is not None and (found.start, found.end) == ("2021-01-01", "2021-12-31")
