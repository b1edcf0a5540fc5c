"""Yearly accounts and their years: a count's own clause dates it ("en 2018 ... ascendieron a
22.134, en 2019 totalizaron 26.039": the "en 2019" after the comma is the next clause's), a verb
of saying before "que en 2018" writes the year of what it reports (not a year compared), "en ese
año" points at the sentence before, a subset ("23 de ellas") is of its whole's period, a month
closing a bracketed list is of its sentence's year, "entre el 2022 y junio del 2024" is one span,
and the level a change starts from is of the year compared with ("pasó de 3.452 a 3.599 ...
respecto del mismo período de 2024"). Sentences from the development texts whose gold carries
periods (dev, dev4, dev6, dev27, dev28, dev30, dev33) or whose period changed with these rules."""

from __future__ import annotations

import pytest
from tests.extract.found import periods

from genero_etl.extract.numbers import Convention

COMMA = Convention.DECIMAL_COMMA  # 22.134
POINT = Convention.DECIMAL_POINT  # 26,015

CASES = [
    # py_mp_victimas_violencia_familiar_anual_2025, line 7: each year's own total (2019, 2023
    # and 2020 before: "que en 2018" was read as a year compared)
    (
        "Un reporte difundido por la Fiscalía el 30 de diciembre del año pasado indica que en "
        "2018 los procesos por violencia familiar ascendieron a 22.134, en 2019 totalizaron "
        "26.039, y en 2020 sumaron 25.953.",
        2025,
        COMMA,
        [
            (22134, "2018-01-01", "2018-12-31"),
            (26039, "2019-01-01", "2019-12-31"),
            (25953, "2020-01-01", "2020-12-31"),
        ],
    ),
    # the same, line 8: 2021 and 2022 were swapped
    (
        "Para 2021 la cifra de víctimas llegó a 29.887, en 2022 fueron 31.623 los casos y el 2023 "
        "se acumularon 34.898 denuncias.",
        2025,
        COMMA,
        [
            (29887, "2021-01-01", "2021-12-31"),
            (31623, "2022-01-01", "2022-12-31"),
            (34898, "2023-01-01", "2023-12-31"),
        ],
    ),
    # the same, line 6: January to November of the year before the document's, 2024
    (
        "Las estadísticas del Ministerio Público establecen que en 2024 recibieron un poco más "
        "de 30.898 víctimas, lo que representa unos 101 casos por día de enero a noviembre del "
        "año pasado, añadió la fuente.",
        2025,
        COMMA,
        [(30898, "2024-01-01", "2024-12-31"), (101, "2024-01-01", "2024-11-30")],
    ),
    # the same, line 3: February, March and September of the 2025 the sentence names, not of
    # the document's year (2023 as inferred there)
    (
        "El mes de enero encabezó los registros de violencia familiar de 2025 al acumular 4.034 "
        "casos, seguido por febrero (3.483), marzo (3.445) y septiembre con 3.316 denuncias,",
        2023,
        COMMA,
        [
            (4034, "2025-01-01", "2025-12-31"),
            (3483, "2025-02-01", "2025-02-28"),
            (3445, "2025-03-01", "2025-03-31"),
            (3316, "2025-09-01", "2025-09-30"),
        ],
    ),
    # mx_zacatecas_fge_violencia_familiar_2019, line 9: 2018's and the half's were swapped
    (
        "La fiscal expuso que en 2017 se abrieron mil 610 carpetas de investigación por "
        "violencia familiar, en 2018 fueron 2 mil 151 y en el primer semestre de 2019 ya se han "
        "alcanzado las mil 66 denuncias por este delito.",
        2019,
        POINT,
        [
            (1610, "2017-01-01", "2017-12-31"),
            (2151, "2018-01-01", "2018-12-31"),
            (1066, "2019-01-01", "2019-06-30"),
        ],
    ),
    # ar_comisaria_mujer_familia_denuncias_2017, line 20: 2014's 75 and 2013's 55
    (
        "En 2015 se recibieron 129 denuncias, una cifra superior a las realizadas en el mismo "
        "período del año 2014 que fueron 75 y en 2013 el total fue de 55.",
        2017,
        COMMA,
        [
            (129, "2015-01-01", "2015-12-31"),
            (75, "2014-01-01", "2014-12-31"),
            (55, "2013-01-01", "2013-12-31"),
        ],
    ),
    # pa_mp_panama_oeste_violencia_domestica_2021, line 12: "En ese año" is 2020, not the
    # document's January-July 2021
    (
        "El informe detalla que para el año 2020 el número de denuncias de violencia doméstica "
        "fue de 3,613. En ese año se registraron siete casos de femicidios y una tentativa de "
        "femicidio.",
        2021,
        POINT,
        [
            (3613, "2020-01-01", "2020-12-31"),
            (7, "2020-01-01", "2020-12-31"),
            (1, "2020-01-01", "2020-12-31"),
        ],
    ),
    # uy_minterior_denuncias_homicidios_tobilleras_2015, line 2: the 23 of the 45 are of 2015
    # (of 2005, the document's first year, before)
    (
        "En total, en 2015 fueron asesinadas 45 mujeres; 23 de ellas en circunstancias de "
        "violencia doméstica. De esas 23, a diez las mató su pareja o ex pareja.",
        2005,
        COMMA,
        [
            (45, "2015-01-01", "2015-12-31"),
            (23, "2015-01-01", "2015-12-31"),
            (23, "2015-01-01", "2015-12-31"),
        ],
    ),
    # ni_policia_comisarias_semestre_2009, line 4: "manifestó que en el primer semestre de
    # 2009" is the half the sentence reports (no period before; 65 mil is not a value here)
    (
        "Granera manifestó que en el primer semestre de 2009, 65 mil mujeres sufrieron algún "
        "tipo de violencia intrafamiliar, de ellas, sólo 15 mil pusieron la respectiva denuncia "
        "en las comisarías.",
        2010,
        COMMA,
        [(15000, "2009-01-01", "2009-06-30")],
    ),
    # hn_conadeh_quejas_primer_semestre_2024, line 5: 2022 to June 2024, not the whole of 2024
    (
        "Entre el 2022 y junio del 2024, suman 26,015 quejas atendidas por el CONADEH.",
        2024,
        POINT,
        [(26015, "2022-01-01", "2024-06-30")],
    ),
    # uy_mvotma_alternativas_habitacionales_transitorias_2015, line 3
    (
        "Entre 2009 y junio de 2015 fueron 1.048 las personas que accedieron al programa.",
        2015,
        COMMA,
        [(1048, "2009-01-01", "2015-06-30")],
    ),
    # cl_fiscalia_coquimbo_ingresos_vif_semestre_2025, line 2: the level changed from is the
    # first half of 2024's
    (
        "Entre enero y junio de 2025, la Región de Coquimbo pasó de 3.452 a 3.599 ingresos por "
        "violencia intrafamiliar respecto del mismo período de 2024.",
        2025,
        COMMA,
        [(3452, "2024-01-01", "2024-06-30"), (3599, "2025-01-01", "2025-06-30")],
    ),
    # cr_minsalud_violencia_intrafamiliar_2023, line 6: the year compared in the count's own
    # clause is nearer than the year reported before it (2023, not 2020)
    (
        "La estadística anual indica que en el 2020 se atendieron 4.281 casos, mientras que en "
        "el 2023 se duplicó la cantidad con un total de 10.962 atenciones por violencia "
        "intrafamiliar a mujeres en el país.",
        2019,
        COMMA,
        [(4281, "2020-01-01", "2020-12-31"), (10962, "2023-01-01", "2023-12-31")],
    ),
    # the year a verb of saying reports dates its clause, not a contrasting clause after it
    # that names none (the men's rate keeps no period, as before: the document's)
    (
        "Puntualmente, los datos señalan que en 2016 se contabilizaron en nuestro país 2 "
        "homicidios a mujeres por cada 100.000 habitantes del mismo sexo, mientras que para los "
        "varones dicho valor se aproxima a los 13 puntos.",
        2015,
        COMMA,
        [(2, "2016-01-01", "2016-12-31"), (13, None, None)],
    ),
    # a year compared after a comma still dates nothing ("más que en 2021")
    (
        "En 2022 se atendieron 300 casos, más que en 2021.",
        2022,
        COMMA,
        [(300, "2022-01-01", "2022-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "year", "convention", "expected"), CASES)
def test_each_count_takes_its_own_clauses_year(
    text: str, year: int, convention: Convention, expected: list[tuple[float, str, str]]
) -> None:
    assert periods(text, year, convention) == expected


def test_el_salvador_yearly_deaths_each_of_its_year() -> None:
    """sv_feminicidios_2019_2023, line 4: the 73 of 2020 took the year written before the 113
    ("En 2029", a misprint), the 113 2020's; each now takes its own clause's year."""
    found = periods(
        "En 2029 se registró 113 muertes violentas de mujeres, en 2020 se disminuyeron a 73, "
        "para 2021 se reportaron 68; mientras que para 2022 ocurrieron 63, y finalmente 2023 "
        "con 27.",
        2023,
        POINT,
    )
    assert found[1:] == [
        (73, "2020-01-01", "2020-12-31"),
        (68, "2021-01-01", "2021-12-31"),
        (63, "2022-01-01", "2022-12-31"),
        (27, "2023-01-01", "2023-12-31"),
    ]


def test_a_year_compared_in_a_list_of_years() -> None:
    """bo_fiscalia_feminicidios_trimestre_2024, line 3: 2023's 24, 2022's 22, 2021's (three
    wrong years before)."""
    found = periods(
        "sostuvo que entre enero y marzo hubo una disminución de las denuncias de feminicidio en "
        "comparación a los años anteriores, ya que en ese mismo periodo de 2023 hubo 24 casos, en "
        "2022 fueron 22 y en 2021 se registraron 31.",
        2024,
        POINT,
    )
    assert found == [
        (24, "2023-01-01", "2023-12-31"),
        (22, "2022-01-01", "2022-12-31"),
        (31, "2021-01-01", "2021-12-31"),
    ]
