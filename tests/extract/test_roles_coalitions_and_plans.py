"""Numbers of real reports that are not the body's counts, and counts that looked like them:
a coalition's members written in words, the items a plan or a law lists, a change written with
a bound ("aumentaron más de 270 %") and the first of two levels named by the second's noun, a
frequency that belongs to the next count, a range in words, what each unit has, nouns a number
in words counts, and a street's number that stops at the clause's end. Each value with its line
and indicator, from whole documents."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted


def observations(tmp_path: Path, text: str) -> list[tuple[float, str, str]]:
    return [(o.value, o.source_locator, o.indicator_id) for o in extracted(tmp_path, text)]


def test_a_coalitions_members_in_words_are_not_a_count(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Tres de cada cuatro víctimas de violencia son mujeres en El Salvador\n"
        "La Red Feminista –que aglutina a tres organizaciones de mujeres– presentó ayer un "
        "informe sobre la situación de la violencia contra las mujeres, en el marco del Día "
        "Internacional de la Eliminación de la Violencia contra las Mujeres, que se conmemorará "
        "mañana, 25 de noviembre.\n"
        "Según datos de la Fiscalía General de la República (FGR), en 2021 esta institución "
        "recibió denuncias por 3,249 hechos de violencia contra personas adultas.\n",
    )
    assert found == [(3249.0, "line:3", "denuncias_violencia")]


def test_the_items_a_plan_or_a_law_lists_are_not_counts(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "El procurador general de la República afirmó que la Línea Vida ha recibido 2,710 "
        "reportes de enero a noviembre del 2018.\n"
        "Sostuvo que el servicio fue extendido a nivel nacional, como parte de las 22 acciones "
        "contenidas en el Plan Nacional Contra la Violencia de Género puesto en marcha en "
        "noviembre del 2017. Fue relanzado en diciembre de ese año.\n"
        "El anterior delito ocupa hasta hoy el primer lugar de más de 290 actos ilícitos "
        "detallados en la legislación nacional, seguido por robos y responsabilidad de "
        "conductores, entre otros.\n",
    )
    assert [(v, line) for v, line, _ in found] == [(2710.0, "line:1")]


def test_a_change_with_a_bound_before_its_percentage_is_no_value(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Las causas recibidas por violencia familiar aumentaron más de 270 % entre 2015 y 2024, "
        "al pasar de 10.164 a 37.634 denuncias, según la Fiscalía. EFE\n",
    )
    # the first level counts what the second does
    assert found == [
        (10164.0, "line:1", "denuncias_violencia"),
        (37634.0, "line:1", "denuncias_violencia"),
    ]


def test_a_frequency_belongs_to_the_count_right_before_it(tmp_path: Path) -> None:
    """ "117 denuncias ... por día o una denuncia cada 12 minutos": the daily average stays, the
    frequency is the one complaint's."""
    found = observations(
        tmp_path,
        "La información revela que, en los primeros diez meses de este año, la cartera recibió "
        "35.567 denuncias por violencia doméstica. Esto significa que, en lo que va del año, "
        "hubo 117 denuncias de violencia de género por día o una denuncia cada 12 minutos.\n"
        "Se registra una denuncia cada 13 minutos.\n",
    )
    assert found == [
        (35567.0, "line:1", "denuncias_violencia"),
        (117.0, "line:1", "denuncias_violencia"),
    ]


def test_a_range_in_words_is_not_one_value(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "El número de Comisarías de la Mujer y la Niñez llegan a las 317 en todo el país. En "
        "todos los municipios de los departamentos y regiones autónomas hay al menos de dos a "
        "tres comisarías como mínimo, y cada semana se inaugura una comisaría nueva desde 2020.\n"
        "La cifra pasó de dos a cinco casos.\n",
    )
    # "pasó de dos a cinco casos": a change's two levels, both counted (as "pasó de 2 a 5")
    assert [(v, line) for v, line, _ in found] == [
        (317.0, "line:1"),
        (2.0, "line:2"),
        (5.0, "line:2"),
    ]


def test_courts_and_rulings_counted_in_words(tmp_path: Path) -> None:
    """ "seis instancias", "casi seis mil de las resoluciones": counted; "cada departamento
    contará con dos juzgados": what each has, not a total."""
    found = observations(
        tmp_path,
        "De acuerdo al Ministerio Público de Honduras, de las 11,000 denuncias por violencia "
        "doméstica recibidas en 2013, el 50 por ciento fueron declaradas en abandono por las "
        "víctimas.\n"
        "Los fiscales argumentan que el abandono de casos podría deberse a amenazas que "
        "recibirían las víctimas, por parte de los agresores, pese a que en casi seis mil de las "
        "resoluciones judiciales incluyeron una restricción para que el agresor permanezca "
        "alejado de la víctima.\n"
        "La magistrada Thelma Aldana es integrante de la Cámara de Amparos y Antejuicios de la "
        "CSJ, donde fueron creadas seis instancias especializadas, y cada departamento contará "
        "con dos juzgados de Primera Instancia y dos tribunales de Sentencia.\n",
    )
    assert [(v, line) for v, line, _ in found] == [
        (11000.0, "line:1"),
        (50.0, "line:1"),
        (6000.0, "line:2"),
        (6.0, "line:3"),
    ]


def test_a_streets_name_ends_at_a_comma_and_a_conjunction(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "La comisaria principal explicó que el protocolo se activa inmediatamente después de que "
        "las mujeres se acerquen a hacer la denuncia del hecho. Pueden hacerlo en la comisaría "
        "más cercana, en el citado departamento policial, ubicado en la avenida Azara de "
        "Asunción, o en una de las 16 oficinas en todo el país.\n"
        "La oficina queda en la calle Sarmiento 345, frente a la plaza.\n",
    )
    assert found == [(16.0, "line:1", "centros_atencion")]
