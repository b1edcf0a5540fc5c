"""Counts written in lists and series of real reports: a numbered list on one line, a count
before a list of places, months as the items of a series, places each with its count, a
number set off by dashes and a proportion written whole first. Each value with its line, from
whole documents."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted


def observations(tmp_path: Path, text: str) -> list[tuple[float, str, str]]:
    return [(o.value, o.source_locator, o.admin1) for o in extracted(tmp_path, text)]


def test_the_markers_of_a_numbered_list_on_one_line_are_not_counts(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Policía Nacional Civil de Guatemala.\n"
        "Los departamentos con mayor denuncia son:\n"
        "1. Alta Verapaz con 518, 2. Guatemala con 206, 3. Suchitepéquez con 134, 4. Jutiapa con "
        "219, 5. El Progreso con 138, 6. Retalhuleu con 161, 7. Santa Rosa con 128, 8. Zacapa con "
        "137, 9. Escuintla con 157 10. Y Quetzaltenango con 110.\n",
    )
    assert [v for v, line, _ in found if line == "line:3"] == [
        518.0,
        206.0,
        134.0,
        219.0,
        138.0,
        161.0,
        128.0,
        137.0,
        157.0,
        110.0,
    ]


def test_a_place_and_its_count_after_a_count_and_its_noun_is_no_street(tmp_path: Path) -> None:
    """Real form from the text corpus (dev11): "Soacha reportó 48 casos, Facatativá 15, Mosquera
    siete": the second item, a name and a number then a comma, is read as the list's, not as
    a street and its number; an address with its lead stays one."""
    found = observations(
        tmp_path,
        "Observatorio de Violencia de Cundinamarca.\n"
        "De acuerdo con el Observatorio, Soacha reportó 48 casos, Facatativá 15, Mosquera siete, "
        "mientras que Zipaquirá y Chía registraron seis casos cada uno.\n"
        "La oficina atiende en Mitre 178, Luján.\n",
    )
    assert [(v, line) for v, line, _ in found] == [
        (48.0, "line:2"),
        (15.0, "line:2"),
        (7.0, "line:2"),
        (6.0, "line:2"),
    ]


def test_a_count_before_a_list_of_places_counts_each_once(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Censo Nacional de Procuración de Justicia, México.\n"
        "Las entidades con más CJM incluyen a Coahuila, Ciudad de México, Estado de México y San "
        "Luis Potosí; les siguen con cuatro Campeche, Jalisco, Puebla y Sonora; con tres "
        "Chihuahua, Durango, Guerrero, Michoacán de Ocampo, Morelos, Nayarit, Oaxaca, Quintana Roo "
        "y Sinaloa.\n"
        "Por departamentos, los datos muestran que Central es la zona con mayor cantidad de casos "
        "(11), seguida por Alto Paraná (4), Amambay (2), Canindeyú (2), y con un caso en Alto "
        "Paraguay, Asunción, Caaguazú, Guairá, Paraguarí y San Pedro.\n",
    )
    assert [v for v, line, _ in found] == [4.0, 3.0, 11.0, 4.0, 2.0, 2.0, 1.0]
    assert [line for _, line, _ in found] == ["line:2"] * 2 + ["line:3"] * 5


def test_a_count_after_con_before_one_place_or_a_plain_article_is_not_listed(
    tmp_path: Path,
) -> None:
    found = observations(
        tmp_path,
        "Ministerio de la Mujer.\n"
        "La ministra se reunió con una lideresa en Asunción, Luque y San Lorenzo. Se atendieron "
        "30 casos.\n",
    )
    assert [v for v, _, _ in found] == [30.0]


def test_months_are_the_items_of_a_series_written_in_words(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Ministerio Público del Paraguay.\n"
        "El informe revela la cantidad de casos producidos en cada mes. En este sentido, se "
        "reportaron dos casos en enero, cuatro en febrero, uno en marzo, en abril tres casos, dos "
        "en mayo, seis en junio y ya se reportó un caso en el recién iniciado mes de julio.\n",
    )
    assert [v for v, _, _ in found] == [2.0, 4.0, 1.0, 3.0, 2.0, 6.0, 1.0]


def test_places_each_with_its_count_are_not_streets(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Procuraduría de los Derechos Humanos de Guatemala.\n"
        "Los departamentos con las cifras más altas de ataque contra las féminas son Guatemala con "
        "267, Escuintla 47, Petén 27, Izabal 27, Chiquimula 26, Escuintla 24 y Chimaltenango 23 "
        "casos.\n"
        "La oficina atiende en Mitre 178, Luján.\n",
    )
    assert [(v, a1) for v, _, a1 in found] == [
        (267.0, "GT-01"),
        (47.0, "GT-05"),
        (27.0, "GT-17"),
        (27.0, "GT-18"),
        (26.0, "GT-20"),
        (24.0, "GT-05"),
        (23.0, "GT-04"),
    ]


def test_a_number_set_off_by_dashes_is_read_as_in_brackets(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Procuraduría de los Derechos Humanos de Guatemala.\n"
        "Asimismo señala que el 66 por ciento -411- de las muertes fueron provocadas por algún "
        "tipo de arma de fuego, el 11 por ciento -70- por arma blanca, el resto fueron por "
        "estrangulación y decapitación.\n",
    )
    assert [v for v, _, _ in found] == [66.0, 411.0, 11.0, 70.0]


def test_a_proportion_written_whole_first_is_not_two_counts(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Policía Nacional de Colombia.\n"
        "Aunque muchos hombres denunciaron a sus parejas, las mujeres siguen siendo las más "
        "afectadas por la intolerancia en el núcleo familiar: de cada diez víctimas, ocho fueron "
        "mujeres -y 1.470 eran menores de edad-.\n",
    )
    assert found == [(1470.0, "line:2", "")]


def test_a_bare_number_between_two_shares_of_a_series_is_a_share(tmp_path: Path) -> None:
    found = extracted(
        tmp_path,
        "Fiscalía General de Justicia del Estado de Zacatecas, México.\n"
        "No obstante, al menos en el estado zacatecano hasta noviembre de ese año el 92 % de "
        "estos delitos ni siquiera llegan a ser reportados a las instituciones, debido a que "
        "éstos presentan “un 99% por ciento de impunidad en delitos de violencia familiar, 99.7 "
        "en violencia sexual y un cien por ciento en feminicidios”.\n",
    )
    shares = [(o.value, o.unit) for o in found]
    assert shares == [(92.0, "%"), (99.0, "%"), (99.7, "%"), (100.0, "%")]


def test_a_total_of_hours_named_before_its_number_is_a_measure(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Instituto Nacional de las Mujeres, Uruguay.\n"
        "La cantidad de horas semanales de atención de los servicios a mujeres en situación de "
        "violencia, con técnicos en psicología, trabajo social y abogados, totalizaron 800. "
        "Fueron instalados cuatro nuevos equipos de asistencia a varones que ejercen violencia en "
        "todo el país, que abarcaron 15 departamentos con 19 servicios.\n"
        "La cantidad de denuncias recibidas totalizaron 320.\n",
    )
    assert [(v, line) for v, line, _ in found] == [
        (4.0, "line:2"),
        (15.0, "line:2"),
        (19.0, "line:2"),
        (320.0, "line:3"),
    ]


def test_an_increase_asked_for_a_budget_is_not_a_budget(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Instituto Municipal de las Mujeres de Juárez, Chihuahua.\n"
        "El Instituto propuso para el 2023 un presupuesto por 17 millones 550 mil pesos, pero por "
        "el crecimiento que tuvo este año y las metas del próximo, la regidoras propusieron por "
        "unanimidad solicitar el incremento.\n"
        "“La propuesta es subir presupuesto al Instituto Municipal de las Mujeres por lo menos 2 "
        "millones de pesos para reforzar estrategias como Florece, que combaten la violencia de "
        "género”, dijo la regidora Patricia Mendoza Rodríguez.\n",
    )
    assert [(v, line) for v, line, _ in found] == [(17550000.0, "line:2")]


def test_month_and_count_lines_under_a_heading_are_counts_not_days(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Comisaría de la Mujer y la Familia, Argentina.\n"
        "Esta es la cantidad que se tomó en lo que va del año 2017:\n"
        "Enero 15\nFebrero 15\nMarzo 20\nAbril 11\n"
        "El 3 de marzo se recibieron 20 denuncias.\n",
    )
    assert [(v, line) for v, line, _ in found] == [
        (15.0, "line:3"),
        (15.0, "line:4"),
        (20.0, "line:5"),
        (11.0, "line:6"),
        (20.0, "line:7"),
    ]


def test_a_total_that_rose_from_one_level_to_another_gives_both(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Policía Boliviana.\n"
        "Desde 2015 hasta 2019, el número total de denuncias aumentó de 33,522 a 35,576, lo que "
        "podría reflejar tanto un aumento real de la violencia como una mayor conciencia.\n"
        "Hubo un aumento de 20 casos respecto de 2022.\n",
    )
    assert [(v, line) for v, line, _ in found] == [(33522.0, "line:2"), (35576.0, "line:2")]


def test_changes_written_with_en_relacion_or_hasta_are_not_values(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Fiscalía General del Estado, Ecuador.\n"
        "Ecuador registra 6 femicidios más en relación al 2020\n"
        "La fiscal especializada aseguró que en estas temporadas aumentan hasta un 20 por ciento "
        "las denuncias por este delito.\n"
        "Según cifras de la Fiscalía, entre enero y marzo de este año se registran 16 víctimas.\n",
    )
    assert [(v, line) for v, line, _ in found] == [(16.0, "line:4")]


def test_a_count_in_words_before_possible_cases_counts_them(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Fiscalía General del Estado de Aguascalientes, México.\n"
        "Por cierto, la Fiscalía General del Estado ha intervenido en cinco posibles casos de "
        "feminicidio, mismos que ya fueron turnados al Poder Judicial.\n",
    )
    assert [(v, line) for v, line, _ in found] == [(5.0, "line:2")]


def test_a_number_alone_in_parentheses_after_a_year_is_that_years_count(tmp_path: Path) -> None:
    """dev8 (Costa Rica's Inamu and Poder Judicial): "2009 (39)" and "2022 (45.789)" give the
    year's own figure, not parts of the count written before them."""
    found = observations(
        tmp_path,
        "Observatorio de Violencia de Género del Poder Judicial.\n"
        "De acuerdo con esos números, de momento, el año con menor incidencia fue 2019, con 16, "
        "mientras que las cifras más alarmantes corresponden a 2011, con 42, seguido por 2009 "
        "(39), y 2008 (33).\n"
        "El comportamiento durante esa década ha sido variable, pero tuvo su pico más alto en "
        "2019 (51.793 expedientes ingresados) y el más bajo en 2022 (45.789).\n",
    )
    assert [(v, line) for v, line, _ in found] == [
        (16, "line:2"),
        (42, "line:2"),
        (39, "line:2"),
        (33, "line:2"),
        (51793, "line:3"),
        (45789, "line:3"),
    ]
    # a part in parentheses after a count stays its part
    parts = observations(
        tmp_path, "Informe anual.\nSe realizaron 45 talleres (30 presenciales y 15 virtuales).\n"
    )
    assert [v for v, _, _ in parts] == [45, 30, 15]
