"""A share restated as a count, counts in brackets after age bands and years, and numbers that
name offices, ages and populations, met in the development corpus (tests/acceptance/texts, parts
dev21, dev20 and dev17): "de las cuales el 37 por ciento, es decir, 290, fueron para denunciar casos de
emergencia", "entre 30 y 39 años (2,278)", "2021 (137)", "cuatro de ellas menores de 12", "La
Fiscal 3ra y 28", "con una población de más de 6 millones y medio de personas", "un 30%
incrementó la demanda", "de los 24 casos ..., 20 (83%) son nuevos", "a ocho por día en 2016",
"(27 mil 213 en 2011 ...)". Each case is a real sentence; the values a careful reader publishes
beside them are asserted with their line, number, indicator, place and period, and the numbers
that are not values are absent."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.traps import trap_spans

from .reports import described

# line, value, indicator, unit, country, period start, period end


def rows(tmp_path: Path, name: str, title: str, text: str) -> list[tuple[str | float, ...]]:
    return described(tmp_path, name, title, text, division=False)


def test_a_share_restated_as_a_count_keeps_the_share_and_the_count(tmp_path: Path) -> None:
    """mx_merida_imm_linea_rosa_llamadas: "de las cuales el 37 por ciento, es decir, 290, fueron
    para denunciar casos de emergencia": the share is the part named after the restating count,
    not a part without a name; the calls, the share and the count are values (the line counts
    since October 2017 "a la fecha", a period no reader can close); "un 30% incrementó la
    demanda" is a change, no value."""
    text = (
        "Desde su inicio en octubre del 2017 a la fecha, por medio del servicio Línea Rosa, el "
        "Instituto Municipal de la Mujer ha recibido 792 llamadas, de las cuales el 37 por ciento, "
        "es decir, 290, fueron para denunciar casos de emergencia.\n"
        "“Hemos tenido buenos resultados, alrededor de un 30% incrementó la demanda de servicio, ya "
        "sea de información u orientación, porque las mujeres ya van al instituto.”"
    )
    found = rows(tmp_path, "mx_merida.txt", "Yucatecas utilizan más la Linea Rosa", text)
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in found] == [
        ("line:2", 792.0, "llamadas", "MX", ""),
        ("line:2", 37.0, "%", "MX", ""),
        ("line:2", 290.0, "", "MX", ""),
    ]
    assert found[0][2] == found[1][2] == "llamadas_linea_atencion"


def test_counts_in_brackets_after_age_bands_are_the_bands_own(tmp_path: Path) -> None:
    """pa_mides_coai_atenciones_junio_2024_septiembre_2025: "seguido de personas entre 30 y 39
    años (2,278) y de 25 a 29 años (1,350)": each bracket holds its band's count, as "40 a 49 años
    con 2,307 casos" does; none is a nameless part of 2,307. All in the period of the sentence
    before (June 2024 to September 2025)."""
    text = (
        "El Ministerio de Desarrollo Social (MIDES) informó que, entre junio de 2024 y septiembre "
        "de 2025, el Centro de Orientación y Atención Integral (COAI) brindó más de 25,529 "
        "atenciones sociales a nivel nacional.\n"
        "El grupo de edad que más demandó servicios fue el de 40 a 49 años con 2,307 casos, "
        "seguido de personas entre 30 y 39 años (2,278) y de 25 a 29 años (1,350)."
    )
    found = rows(tmp_path, "pa_coai.txt", "Panamá: el MIDES reporta las atenciones del COAI", text)
    assert [(r[0], r[1], r[5], r[6]) for r in found] == [
        ("line:2", 25529.0, "2024-06-01", "2025-09-30"),
        ("line:3", 2307.0, "2024-06-01", "2025-09-30"),
        ("line:3", 2278.0, "2024-06-01", "2025-09-30"),
        ("line:3", 1350.0, "2024-06-01", "2025-09-30"),
    ]


def test_ages_without_years_and_years_figures_in_brackets(tmp_path: Path) -> None:
    """ar_formosa_defensoria_femicidios_primer_semestre_2023: "cuatro de ellas menores de 12."
    is an age limit (the clause said "años" before); "2021 (137)" is that year's figure, not the
    line 137 of another country; the femicides, related femicides and victims are values."""
    text = (
        "Durante el primer semestre del año se cometieron 151 femicidios en todo el país, según "
        "el informe elaborado por la Defensoría del Pueblo de la Nación.\n"
        "De acuerdo con el Observatorio de Femicidios de ese organismo nacional, en los primeros "
        "seis meses de 2023 hubo 17 femicidios vinculados, dos transfemicidios y 11 víctimas "
        "menores de 18 años, cuatro de ellas menores de 12.\n"
        "De esta manera, el primer semestre de 2023 registró un aumento de casos en comparación "
        "con 2022 (130), 2021 (137) y 2020 (150)."
    )
    found = rows(tmp_path, "ar_formosa.txt", "Formosa y los femicidios del país", text)
    assert [(r[0], r[1]) for r in found] == [
        ("line:2", 151.0),
        ("line:3", 17.0),
        ("line:3", 2.0),
        ("line:3", 11.0),
        ("line:3", 4.0),
        ("line:4", 130.0),
        ("line:4", 137.0),
        ("line:4", 150.0),
    ]
    assert found[0][2] == "femicidios" and found[0][5:] == ("2023-01-01", "2023-06-30")
    assert found[6][5:] == ("2021-01-01", "2021-12-31")
    assert found[7][5:] == ("2020-01-01", "2020-12-31")
    kinds = {kind for kind, _ in trap_spans("cuatro de ellas menores de 12.")}
    assert kinds == {"age_alone"}
    # a count goes on with its noun after the limit: "mayores de 60 años", "menores de 18 años"
    assert not [k for k, _ in trap_spans("atendió a 12 mujeres menores de edad")]


def test_offices_named_by_number_and_a_population_are_no_counts(tmp_path: Path) -> None:
    """ve_lara_prefectura_iribarren_denuncias_2014: "La Fiscal 3ra y 28" names two prosecutors'
    offices; "con una población de más de 6 millones y medio de personas" is the population a
    comparison is set against; the men charged and the monthly complaints are values (Lara,
    Venezuela; the text dates neither), the complaints a month of no indicator (a rate is no
    count of its period)."""
    text = (
        "Danela Romero, directora general sectorial de Desarrollo Social, precisó que desconocemos "
        "nuestras normas.\n"
        "“En este momento tenemos imputados más de 2.814 hombres y los tribunales y Ministerios "
        "Públicos están abarrotados. La Fiscal 3ra y 28 sostiene que reciben más de 357 denuncias "
        "mensuales. A escala nacional somos el segundo estado en violencia contra la mujer, nos "
        "comparan con el Distrito Capital, con una población de más de 6 millones y medio de "
        "personas y nosotros no llegamos al millón y medio. Preocupa lo que ocurre en nuestro "
        "estado”."
    )
    found = rows(tmp_path, "ve_lara.txt", "Estado Lara segundo del país en violencia", text)
    assert [(r[0], r[1], r[4], r[5]) for r in found] == [
        ("line:3", 2814.0, "VE", ""),
        ("line:3", 357.0, "VE", ""),
    ]
    assert found[1][2] == "sin_clasificar"
    assert {k for k, _ in trap_spans("La Fiscal 3ra y 28 sostiene")} >= {"law"}
    assert {k for k, _ in trap_spans("con una población de más de 6 millones")} == {"population_of"}


def test_a_count_after_a_whole_opened_with_de_los_counts_its_noun(tmp_path: Path) -> None:
    """pe_trujillo_cem_la_esperanza_enero_2012: "de los 24 casos presentados por violencia familiar
    y sexual en enero del presente año, 20 (83%) son nuevos": 20 is a part of the 24 cases, a
    count of the CEM's cases (people attended) however long the whole's words are; the text
    dates them "del presente año" only, so no period is given."""
    text = (
        "De acuerdo a los informes mensuales sobre el trabajado desarrollado por el equipo de "
        "profesionales que laboran en el CEM La Esperanza, de los 24 casos presentados por "
        "violencia familiar y sexual en enero del presente año, 20 (83%) son nuevos y solo 4 de "
        "ellos (17%) son reincidentes."
    )
    found = rows(tmp_path, "pe_trujillo.txt", "Violencia familiar en La Esperanza, Trujillo", text)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in found] == [
        ("line:2", 24.0, "personas_asistidas", "PE", ""),
        ("line:2", 20.0, "personas_asistidas", "PE", ""),
        ("line:2", 83.0, "sin_clasificar", "PE", ""),
        ("line:2", 4.0, "sin_clasificar", "PE", ""),
        ("line:2", 17.0, "sin_clasificar", "PE", ""),
    ]


def test_a_rate_that_goes_on_in_words_and_counts_dated_in_brackets(tmp_path: Path) -> None:
    """mx_inegi_endireh_2016_mujeres_asesinadas: "un promedio de siete mujeres asesinadas
    diariamente durante 2015, a ocho por día en 2016": eight is the 2016 average of the same
    count; "(27 mil 213 en 2011 y 25 mil 967 en 2012)": the bracket opens on counts dated by their
    own years, named by the clause before it. Each value carries its own year."""
    text = (
        "Indicó que en 2016 se registró el asesinato de dos mil 813 mujeres, mientras que en 2015 "
        "fue de dos mil 383, lo que implica un aumento de 430 mujeres asesinadas y representa un "
        "promedio de siete mujeres asesinadas diariamente durante 2015, a ocho por día en 2016.\n"
        "El INEGI subrayó que el número de mujeres asesinadas en 2016 es el más alto registrado en "
        "los últimos 27 años -1990 a 2016- por encima de los registrados en 2011 (dos mil 693) y "
        "2012 (dos mil 764), que fueron los años donde se presentaron la mayor cantidad de muertes "
        "por homicidio en el país (27 mil 213 en 2011 y 25 mil 967 en 2012)."
    )
    found = rows(tmp_path, "mx_inegi.txt", "INEGI: mujeres asesinadas en México", text)
    assert [(r[0], r[1], r[4], r[5]) for r in found] == [
        ("line:2", 2813.0, "MX", "2016-01-01"),
        ("line:2", 2383.0, "MX", "2015-01-01"),
        ("line:2", 7.0, "MX", "2015-01-01"),
        ("line:2", 8.0, "MX", "2016-01-01"),
        ("line:3", 2693.0, "MX", "2011-01-01"),
        ("line:3", 2764.0, "MX", "2012-01-01"),
        ("line:3", 27213.0, "MX", "2011-01-01"),
        ("line:3", 25967.0, "MX", "2012-01-01"),
    ]
    assert found[3][2] == "sin_clasificar"  # a rate per day, no count of 2016


def test_a_number_in_words_with_its_share_in_brackets_counts(tmp_path: Path) -> None:
    """pe_trujillo_cem_la_esperanza_enero_2012: "y solo uno (4%) está referido a un hombre": the
    share in brackets says the word counts a part of the cases (one man), like "23 (96%)" before
    it; "un hombre" after the verb is an article, no count."""
    text = (
        "Del total de estos casos, 23 (96%) corresponden a mujeres víctimas de la violencia "
        "familiar y sexual, y solo uno (4%) está referido a un hombre."
    )
    found = rows(tmp_path, "pe_trujillo.txt", "CEM La Esperanza, Trujillo: casos de enero", text)
    assert [(r[0], r[1], r[3], r[4]) for r in found] == [
        ("line:2", 23.0, "", "PE"),
        ("line:2", 96.0, "%", "PE"),
        ("line:2", 1.0, "", "PE"),
        ("line:2", 4.0, "%", "PE"),
    ]
