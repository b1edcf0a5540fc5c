"""A total of all persons beside counts of women, a year's figure in brackets after a year
compared, sibling parts each with its share in brackets, counts over a span of hours, average
counts of a month, case files, and a change's verb far before its percentage, met in the
development corpus (tests/acceptance/texts, parts dev17, dev21, dev20, dev22 and the
development parts of earlier rounds): "la mayor cantidad de muertes por homicidio en el país
(27 mil 213 en 2011 ...)", "en comparación con 2022 (130)", "243 (77%) tuvieron como víctimas a
mujeres, 66 (21%) a hombres", "siete denuncias de ataques contra mujeres cada 24 horas", "un
promedio de 300 cada mes", "más de 20,112 procesos abiertos", "se incrementaron las horas de
atención en las Comuna Mujer en 123%". Each case is a real sentence; the values a careful reader
publishes beside them are asserted with their line, number, indicator, place and period."""

from __future__ import annotations

from pathlib import Path

from .reports import described

# line, value, indicator, unit, country, admin1, period start, period end


def rows(tmp_path: Path, name: str, title: str, text: str) -> list[tuple[str | float, ...]]:
    return described(tmp_path, name, title, text, division=True)


def test_deaths_by_homicide_in_the_country_are_no_count_of_women(tmp_path: Path) -> None:
    """mx_inegi_endireh_2016_mujeres_asesinadas (dev17): the years 2011 and 2012 had "la mayor
    cantidad de muertes por homicidio en el país (27 mil 213 en 2011 y 25 mil 967 en 2012)":
    deaths by homicide is mortality statistics' term for all persons, men and women; the women
    murdered those years (2 693 and 2 764) are homicides of women, the country's totals carry no
    women-only indicator, whatever the sentence says before them."""
    text = (
        "El INEGI subrayó que el número de mujeres asesinadas en 2016 es el más alto registrado en "
        "los últimos 27 años -1990 a 2016- por encima de los registrados en 2011 (dos mil 693) y "
        "2012 (dos mil 764), que fueron los años donde se presentaron la mayor cantidad de muertes "
        "por homicidio en el país (27 mil 213 en 2011 y 25 mil 967 en 2012)."
    )
    found = rows(tmp_path, "mx_inegi.txt", "INEGI: mujeres asesinadas en México", text)
    assert [(r[0], r[1], r[2], r[4], r[6], r[7]) for r in found] == [
        ("line:2", 2693.0, "homicidios_mujeres", "MX", "2011-01-01", "2011-12-31"),
        ("line:2", 2764.0, "homicidios_mujeres", "MX", "2012-01-01", "2012-12-31"),
        ("line:2", 27213.0, "sin_clasificar", "MX", "2011-01-01", "2011-12-31"),
        ("line:2", 25967.0, "sin_clasificar", "MX", "2012-01-01", "2012-12-31"),
    ]


def test_deaths_by_homicide_of_women_stay_deaths_of_women(tmp_path: Path) -> None:
    """The same words naming women keep them: "defunciones por homicidio de mujeres"."""
    text = "En 2022 se registraron 3.754 defunciones por homicidio de mujeres en el país."
    found = rows(tmp_path, "mx_inegi.txt", "INEGI: defunciones por homicidio", text)
    assert [(r[0], r[1], r[4], r[6]) for r in found] == [("line:2", 3754.0, "MX", "2022-01-01")]
    assert found[0][2] != "sin_clasificar"


def test_a_bracket_after_a_year_compared_holds_that_years_figure(tmp_path: Path) -> None:
    """ar_formosa_defensoria_femicidios_primer_semestre_2023 (dev21): "el primer semestre de 2023
    registró un aumento de casos en comparación con 2022 (130), 2021 (137) y 2020 (150)": 130 is
    2022's count of femicides, not the half-year's; each bracket holds the year before it."""
    text = (
        "Durante el primer semestre de 2023 se registraron 137 femicidios en el país.\n"
        "De esta manera, el primer semestre de 2023 registró un aumento de casos en comparación "
        "con 2022 (130), 2021 (137) y 2020 (150)."
    )
    found = rows(
        tmp_path, "ar_formosa.txt", "Formosa, Argentina: femicidios en el primer semestre", text
    )
    assert [(r[0], r[1], r[2], r[4], r[6], r[7]) for r in found] == [
        ("line:2", 137.0, "femicidios", "AR", "2023-01-01", "2023-06-30"),
        ("line:3", 130.0, "femicidios", "AR", "2022-01-01", "2022-12-31"),
        ("line:3", 137.0, "femicidios", "AR", "2021-01-01", "2021-12-31"),
        ("line:3", 150.0, "femicidios", "AR", "2020-01-01", "2020-12-31"),
    ]


def test_sibling_parts_each_with_its_share_in_brackets(tmp_path: Path) -> None:
    """ar_mar_del_plata_cemaed_violencia_familiar_2023 (dev): "De las 316 denuncias, 243 (77%)
    tuvieron como víctimas a mujeres, 66 (21%) a hombres": 66 is the next part of the same
    complaints, written as the one before it, with its own share; it counts complaints too."""
    text = (
        "En 2021 la comisaría recibió denuncias por violencia familiar en General Pueyrredon.\n"
        "De las 316 denuncias, 243 (77%) tuvieron como víctimas a mujeres, 66 (21%) a hombres y "
        "en 7 casos no se cuenta con datos del sexo ni de la edad."
    )
    found = rows(
        tmp_path, "ar_mdp.txt", "Mar del Plata, Argentina: denuncias por violencia familiar", text
    )
    assert [(r[0], r[1], r[3], r[4], r[6]) for r in found[:5]] == [
        ("line:3", 316.0, "denuncias", "AR", "2021-01-01"),
        ("line:3", 243.0, "denuncias", "AR", "2021-01-01"),
        ("line:3", 77.0, "%", "AR", "2021-01-01"),
        ("line:3", 66.0, "denuncias", "AR", "2021-01-01"),
        ("line:3", 21.0, "%", "AR", "2021-01-01"),
    ]
    assert [(r[0], r[1]) for r in found[5:]] == [("line:3", 7.0)]
    assert found[3][2] == found[1][2] == "denuncias_violencia"


def test_more_than_one_in_each_span_is_a_count_and_one_is_a_frequency(tmp_path: Path) -> None:
    """py_policia_atencion_victimas_violencia_intrafamiliar (dev): "con por lo menos siete
    denuncias de ataques contra mujeres cada 24 horas" counts the complaints of a day; "una
    víctima cada 24 horas" (hn_seds_mujeres_asesinadas_2022) is a frequency, no count of one."""
    text = (
        "Le siguen las oficinas en las comisarías 2ª de Fernando de la Mora y 7ª de Ñemby, con por "
        "lo menos siete denuncias de ataques contra mujeres cada 24 horas.\n"
        "Es decir, un promedio de una víctima cada 24 horas."
    )
    found = rows(tmp_path, "py_policia.txt", "Policía Nacional: atención a víctimas", text)
    assert [(r[0], r[1], r[2], r[4]) for r in found] == [
        ("line:2", 7.0, "denuncias_violencia", "PY")
    ]


def test_an_average_count_of_a_month_is_no_amount_each_one_receives(tmp_path: Path) -> None:
    """do_procuraduria_linea_vida_reportes_2018 (dev): "se reportan un promedio de 300 cada mes,
    pero ... el 26 de noviembre del 2018 recibieron 1,385": the month's average is a value
    beside the day's count (an amount "RD$10,000 mensuales" each woman receives is not)."""
    text = (
        "Puntualizó que a través de ese servicio, que ahora se denomina Centro de Contacto Línea "
        "Vida, se reportan un promedio de 300 cada mes, pero precisó que solo el 26 de noviembre "
        "del 2018 recibieron 1,385."
    )
    found = rows(
        tmp_path, "do_linea_vida.txt", "República Dominicana: llamadas a la Línea Vida", text
    )
    assert [(r[0], r[1], r[4]) for r in found] == [
        ("line:2", 300.0, "DO"),
        ("line:2", 1385.0, "DO"),
    ]


def test_open_court_cases_are_case_files_not_people(tmp_path: Path) -> None:
    """do_minmujer_procesos_abiertos_2022 (dev22): "solamente en las atenciones que otorga a
    nivel nacional el Ministerio de la Mujer hay más de 20,112 procesos abiertos": court cases of
    many kinds, no count of the people attended; its 109 lawyers are its staff."""
    text = (
        "Detener y erradicar la violencia de género e intrafamiliar sigue siendo un desafío en el "
        "país, ya que a la fecha solamente en las atenciones que otorga a nivel nacional el "
        "Ministerio de la Mujer hay más de 20,112 procesos abiertos."
    )
    found = rows(tmp_path, "do_minmujer.txt", "República Dominicana: casos abiertos", text)
    assert [(r[0], r[1], r[2], r[4]) for r in found] == [
        ("line:2", 20112.0, "sin_clasificar", "DO")
    ]


def test_a_change_verb_far_before_en_and_its_percentage(tmp_path: Path) -> None:
    """uy_montevideo_comuna_mujer_atencion_2022 (dev22): "En 2021 se incrementaron las horas de
    atención en las Comuna Mujer en 123%" and "aumentó la demanda de servicios en un 30%" are
    changes; the women attended for the first time are a value, the rise after them a change."""
    text = (
        "En 2021 se incrementaron las horas de atención en las Comuna Mujer en 123%, lo que "
        "permitió profundizar la estrategia de patrocinio jurídico integral.\n"
        "En el año 2022 se atendieron por primera vez en la Comuna Mujer 2.887 mujeres, 21% más "
        "que en 2021. Ese año aumentó la demanda de servicios en un 30%."
    )
    found = rows(
        tmp_path,
        "uy_montevideo.txt",
        "Intendencia de Montevideo, Uruguay: por la igualdad de género",
        text,
    )
    assert [(r[0], r[1], r[4], r[5], r[6]) for r in found] == [
        ("line:3", 2887.0, "UY", "UY-MO", "2022-01-01")
    ]
    assert found[0][2] == "personas_asistidas"


def test_a_count_between_commas_after_a_share_restates_it(tmp_path: Path) -> None:
    """do_fiscalia_distrito_nacional_denuncias_nueve_meses_2020 (dev19): "El 90 % del total de
    denuncias, 3,028, corresponden a violencia de género ..., y el 10 % restante, que suman 345,
    son casos de delitos sexuales": each count between commas after its share restates it as a
    count of complaints; "a un ritmo de 25 por mes" is a monthly rate beside the cases taken to
    court, and "a los tribunales 101 concluyeron en condenas" counts convictions, no court's
    number ("concluyeron" is a verb, not what is counted)."""
    text = (
        "El 90 % del total de denuncias, 3,028, corresponden a violencia de género, incluida la "
        "verbal y psicológica, y el 10 % restante, que suman 345, son casos de delitos sexuales.\n"
        "De este total fueron judicializados 225 casos, a un ritmo de 25 por mes, y, de los casos "
        "llevados a los tribunales 101 concluyeron en condenas."
    )
    found = rows(
        tmp_path, "do_fiscalia.txt", "Fiscalía del Distrito Nacional, República Dominicana", text
    )
    assert [(r[0], r[1], r[3], r[4]) for r in found] == [
        ("line:2", 90.0, "%", "DO"),
        ("line:2", 3028.0, "denuncias", "DO"),
        ("line:2", 10.0, "%", "DO"),
        ("line:2", 345.0, "denuncias", "DO"),
        ("line:3", 225.0, "denuncias", "DO"),
        ("line:3", 25.0, "", "DO"),
        ("line:3", 101.0, "sentencias", "DO"),
    ]
    assert found[1][2] == found[3][2] == "denuncias_violencia"
    assert found[6][2] == "sentencias_condenatorias"
