"""Numbers in words that count what a number just before them counted, the second level of a
change written with its noun, and figures that are not the office's (a study's shares, a
country's population): each value with its line, place and period, from whole documents."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted


def observations(tmp_path: Path, text: str) -> list[tuple[float, str, str, str, str, str]]:
    return [
        (o.value, o.source_locator, o.country, o.admin1, str(o.period_start), str(o.period_end))
        for o in extracted(tmp_path, text)
    ]


def test_a_subset_in_words_and_a_part_after_de_los_cuales(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Fiscalía Regional de Chiriquí, Panamá.\n"
        "En el año 2016 se registraron 5 casos de femicidio y una tentativa, de los cuales tres "
        "ya cuentan con condena.\n",
    )
    assert [(v, line, cc, a1) for v, line, cc, a1, _, _ in found] == [
        (5.0, "line:2", "PA", "PA-4"),
        (1.0, "line:2", "PA", "PA-4"),
        (3.0, "line:2", "PA", "PA-4"),
    ]
    assert {(start, end) for *_, start, end in found} == {("2016-01-01", "2016-12-31")}


def test_two_months_joined_by_y_or_after_entre_are_one_span() -> None:
    from genero_etl.extract.periods import find_periods

    spans = {
        text: [(p.start, p.end) for p in find_periods(text, 2023)]
        for text in (
            "Durante enero y febrero de 2024",
            "entre enero y marzo de 2024",
            "en enero y marzo de 2024",
        )
    }
    assert spans["Durante enero y febrero de 2024"] == [("2024-01-01", "2024-02-29")]
    assert spans["entre enero y marzo de 2024"] == [("2024-01-01", "2024-03-31")]
    assert spans["en enero y marzo de 2024"] == [("2024-01-01", "2024-12-31")]


def test_five_of_them_counts_the_women_just_counted(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Fiscalía del Estado de Chihuahua, México.\n"
        "Durante enero y febrero de 2024, fueron asesinadas un total de 42 mujeres en el estado; "
        "cinco de ellas, víctimas de feminicidio.\n",
    )
    assert [(v, line, cc, a1) for v, line, cc, a1, _, _ in found] == [
        (42.0, "line:2", "MX", "MX-CHH"),
        (5.0, "line:2", "MX", "MX-CHH"),
    ]
    assert {(start, end) for *_, start, end in found} == {("2024-01-01", "2024-02-29")}


def test_an_elided_noun_after_a_stop_and_the_cases_a_count_names(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Fiscalía Regional de Chiriquí, Panamá.\n"
        "En 2017 fueron asesinadas 12 mujeres en la provincia. De acuerdo con las "
        "estadísticas, ocho ocurrieron en David. La fiscal aclaró que de los dos casos de "
        "femicidio, en ambos hay personas imputadas.\n",
    )
    assert [(v, line) for v, line, *_ in found] == [
        (12.0, "line:2"),
        (8.0, "line:2"),
        (2.0, "line:2"),
    ]
    assert {(cc, a1, start) for _, _, cc, a1, start, _ in found} == {("PA", "PA-4", "2017-01-01")}


def test_from_one_level_to_another_with_the_noun_between(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Secretaría de Bienestar Social de Cali, Valle del Cauca, Colombia.\n"
        "En 2022 las denuncias de violencia intrafamiliar pasaron de 281 casos a 299, es decir "
        "18 casos más.\n",
    )
    assert [(v, line, cc, a1, start) for v, line, cc, a1, start, _ in found] == [
        (281.0, "line:2", "CO", "CO-VAC", "2022-01-01"),
        (299.0, "line:2", "CO", "CO-VAC", "2022-01-01"),
    ]


def test_a_range_then_a_level_is_no_change(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Instituto Municipal de la Mujer de Cancún, Quintana Roo, México.\n"
        "En 2022 el IMM pasó de 10 a 14 atenciones diarias a entre 50 y 60 al día, y atendió "
        "3.200 mujeres.\n",
    )
    assert [(v, line, cc, a1, start) for v, line, cc, a1, start, _ in found] == [
        (3200.0, "line:2", "MX", "MX-ROO", "2022-01-01")
    ]


def test_a_studys_shares_and_a_countrys_population_are_not_values(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Personería Distrital de Santiago de Cali, Colombia.\n"
        "En promedio, un 48% de los casos corresponde a violencia física según el Centro de "
        "Políticas Públicas de la Universidad del Desarrollo. En 2020 la Línea recibió 131 "
        "llamadas, aumentando durante la pandemia en un 20% los llamados.\n"
        "De los 48.258.494 colombianos, según el DANE el 51,2% son mujeres.\n",
    )
    assert [(v, line, cc, start, end) for v, line, cc, _, start, end in found] == [
        (131.0, "line:2", "CO", "2020-01-01", "2020-12-31")
    ]


def test_an_elided_noun_before_a_verb_in_the_present(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Ministerio de la Mujer y Poblaciones Vulnerables, región Piura, Perú.\n"
        "En 2023 en la región Piura hay 18 Centros de Emergencia Mujer, de los cuales 10 se "
        "encuentran en comisaría. Ocho funcionan en convenio con los gobiernos regionales.\n",
    )
    assert [(v, line, cc, a1, start) for v, line, cc, a1, start, _ in found] == [
        (18.0, "line:2", "PE", "PE-PIU", "2023-01-01"),
        (10.0, "line:2", "PE", "PE-PIU", "2023-01-01"),
        (8.0, "line:2", "PE", "PE-PIU", "2023-01-01"),
    ]


def test_la_paz_after_a_long_name_is_the_department(tmp_path: Path) -> None:
    """ "el Gobierno Autónomo Municipal de La Paz (Gamlp)": a run of capitalised words longer
    than four does not part "La" from "Paz", and a capitalised "La" is part of the name."""
    found = observations(
        tmp_path,
        "Municipio paceño apunta a reducir casos de violencia\n"
        "El Gobierno Autónomo Municipal de La Paz (Gamlp) informó que durante 2022 atendió "
        "3.210 casos de violencia.\n",
    )
    assert [(v, line, cc, a1, start, end) for v, line, cc, a1, start, end in found] == [
        (3210.0, "line:2", "BO", "BO-L", "2022-01-01", "2022-12-31")
    ]


def test_a_number_in_words_then_the_state_of_the_count_before(tmp_path: Path) -> None:
    # ec_ecu911_llamadas_emergencia_2020 (text corpus, dev): "y tres consumados" counts the
    # femicides whose attempts were just counted, its noun elided
    found = observations(
        tmp_path,
        "Quito, Ecuador, abril de 2020.\n"
        "Según la vicepresidenta del Consejo de Protección de Derechos de Quito, Sybel Martínez, "
        "durante la emergencia sanitaria se han contabilizado seis intentos de femicidio y tres "
        "consumados.\n"
        "Los delitos consumados fueron dos en la provincia.\n",
    )
    assert [(v, line) for v, line, *_ in found] == [(6.0, "line:2"), (3.0, "line:2")]


def test_a_number_in_words_before_a_colon_that_lists_where_they_are(tmp_path: Path) -> None:
    # do_minmujer_casas_acogida_linea_auxilio (text corpus, dev): the shelters, their noun
    # elided, counted before the colon that lists their places; the places are not counted again
    found = observations(
        tmp_path,
        "Las casas de acogida del Ministerio de la Mujer, República Dominicana.\n"
        "En la actualidad existen tres: una en el Este, una en el Cibao y una tercera en la zona "
        "Metropolitana. Está en proyecto la construcción de una para el Sur el próximo año, con "
        "fondos del Poder Ejecutivo.\n"
        "Los tipos de violencia atendidos son tres: física, psicológica y sexual.\n"
        "Hay dos: la física y la psicológica.\n",
    )
    assert [(v, line) for v, line, *_ in found] == [(3.0, "line:2")]


def test_no_hubo_before_a_plural_count_noun_is_a_zero_inside_a_series(tmp_path: Path) -> None:
    # bo_fiscalia_feminicidios_trimestre_2024 (text corpus, dev): the departments' femicides,
    # Beni and Pando with none; a negation before a singular or outside a series counts nothing
    found = observations(
        tmp_path,
        "Fiscalía General del Estado, Bolivia, primer trimestre de 2024.\n"
        "La Paz es el departamento con un mayor registro de casos, con 7, seguido por Cochabamba "
        "con 3, Tarija con 2, y Santa Cruz, Potosí, Chuquisaca y Oruro reportaron uno cada uno, "
        "mientras que en las regiones amazónicas de Beni y Pando no hubo feminicidios, indicó "
        "Viveros, citada en un comunicado de la Fiscalía.\n"
        "No hubo feminicidios en las cárceles.\n"
        "Se atendieron 45 mujeres y no hubo seguimiento de los casos.\n",
    )
    assert [(v, line) for v, line, *_ in found] == [
        (7.0, "line:2"),
        (3.0, "line:2"),
        (2.0, "line:2"),
        (1.0, "line:2"),
        (0.0, "line:2"),
        (45.0, "line:4"),
    ]
