"""A text table whose rows are named by countries ("País | Año | Tasa"): each row's value is
its country's, of its own year or span of years, and a rate when its column says so; a row of
a place that cannot be told is not published as the report's country. The rows are those of
a real report, the Uruguayan interior ministry's study of women killed by their partners
(tests/acceptance/corpus_dev13)."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document

OPENING = (
    "Ministerio del Interior - Uruguay\n\n"
    "Observatorio Nacional sobre Violencia y Criminalidad. Montevideo, 2017.\n\n"
)


def _rows(tmp_path: Path, text: str) -> tuple[dict[str, tuple[object, ...]], list[str]]:
    path = tmp_path / "informe.txt"
    path.write_text(OPENING + text, encoding="utf-8")
    staged = extract_document(path, "informe.txt", IngestOptions())
    rows = {
        o.value_raw: (
            o.country, o.period_start, o.period_end, o.unit, o.value_kind,
            o.breakdown_dimension, o.breakdown_value,
        )
        for o in staged.observation_list()
    }  # fmt: skip
    return rows, [i.code for i in staged.issues]


def test_a_row_of_another_country_is_that_countrys_over_its_own_years(tmp_path: Path) -> None:
    rows, codes = _rows(
        tmp_path,
        "Cuadro 3. Tasa de homicidio a mujeres con autor (ex) pareja\n\n"
        "País\tAño\tTasa de Homicidio a mujeres con autor (ex) pareja\n"
        "Uruguay\t2013 - 2016\t1,09\n"
        "Finlandia\t2003 - 2006\t0,82\n"
        "Holanda\t2003 - 2006\t0,35\n"
        "Escocia\t2010 - 2013\t0,33\n"
        "España\t2012 - 2014(*)\t0,23\n",
    )
    # Finland's rate over 2003-2006, not Uruguay's count of victims of the report's year, nor
    # a breakdown "2003 - 2006"
    assert rows["0,82"] == ("FI", "2003-01-01", "2006-12-31", "tasa", "rate", "_T", "_T")
    assert rows["0,35"] == ("NL", "2003-01-01", "2006-12-31", "tasa", "rate", "_T", "_T")
    assert rows["0,23"] == ("ES", "2012-01-01", "2014-12-31", "tasa", "rate", "_T", "_T")
    assert rows["1,09"] == ("UY", "2013-01-01", "2016-12-31", "tasa", "rate", "_T", "_T")
    # Scotland is no country the project knows: its rate is not published as Uruguay's
    assert "0,33" not in rows
    assert codes.count("text-row-other-place") == 1


def test_a_year_cell_dates_its_row_and_a_country_is_its_place(tmp_path: Path) -> None:
    rows, _ = _rows(
        tmp_path,
        "Cuadro 1. Tasas de homicidio en países seleccionados\n\n"
        "País\tAño\tTasa de Homicidios\n"
        "Venezuela\t2012\t53,70\n"
        "Uruguay\t2016*\t7,73\n"
        "Reino Unido\t2011\t1,00\n",
    )
    assert rows["53,70"] == ("VE", "2012-01-01", "2012-12-31", "tasa", "rate", "_T", "_T")
    assert rows["7,73"] == ("UY", "2016-01-01", "2016-12-31", "tasa", "rate", "_T", "_T")
    assert rows["1,00"] == ("GB", "2011-01-01", "2011-12-31", "tasa", "rate", "_T", "_T")


def test_a_countrys_name_alone_with_no_period_of_its_own_is_not_published(
    tmp_path: Path,
) -> None:
    """A chart's labels read as text ("Canadá 0,40"): the report's year is not Canada's."""
    rows, codes = _rows(
        tmp_path,
        "Gráfico 2. Tasa de HMP\n\nCanadá 0,40\n\nEstados Unidos 0,65\n\n"
        "En 2016 se registraron 27 homicidios de mujeres en el país.\n",
    )
    assert "0,40" not in rows and "0,65" not in rows
    assert rows["27"][:3] == ("UY", "2016-01-01", "2016-12-31")
    assert codes.count("text-row-other-place") == 2


def test_a_division_named_like_a_country_stays_a_division(tmp_path: Path) -> None:
    """In a Guatemalan report "Guatemala" down a department column is the department."""
    path = tmp_path / "informe.txt"
    path.write_text(
        "Instituto Nacional de Estadística - Guatemala\n\n"
        "Denuncias por violencia contra la mujer, 2020\n\n"
        "Departamento\tAño\tDenuncias\n"
        "Guatemala\t2020\t1.250\n"
        "Escuintla\t2020\t340\n",
        encoding="utf-8",
    )
    found = extract_document(path, "informe.txt", IngestOptions()).observation_list()
    values = {o.value_raw: (o.country, o.period_start) for o in found}
    assert values["1.250"] == ("GT", "2020-01-01")
    assert values["340"] == ("GT", "2020-01-01")


def test_a_span_of_years_over_a_table_dates_its_rows(tmp_path: Path) -> None:
    """ "2014 - 2017" alone over the departments' rates: their period (not the report's months)
    and no breakdown named after it; "Flores 1,9 Canelones 1,0" gives Flores no unit named
    "canelones"."""
    rows, _ = _rows(
        tmp_path,
        "Informe de violencia doméstica, enero-octubre de 2018.\n\n"
        "HOMICIDIOS DOMÉSTICOS A MUJERES\n\nTODO EL PAÍS\n\n2014 - 2017\n\n"
        "Paysandú\t4,1\nTreinta y Tres\t3,9\nMontevideo\t1,1\nFlores 1,9 Canelones 1,0\n",
    )
    assert rows["4,1"][1:3] == ("2014-01-01", "2017-12-31")
    assert rows["1,1"][1:3] == ("2014-01-01", "2017-12-31")
    assert rows["4,1"][5] != "2014_2017"
    assert rows["1,9"][1:4] == ("2014-01-01", "2017-12-31", "")


def test_a_codebooks_codes_are_not_values(tmp_path: Path) -> None:
    """The study's codebook (variable | code | category): its codes are no counts."""
    rows, _ = _rows(
        tmp_path,
        "Anexo. Libro de códigos\n\n"
        "Variable\tCódigo\tCategoría\n"
        "Departamento\t1\tMontevideo\n"
        "Triángulo amoroso\t0\tNo\n"
        "Ocupación\t1 2 3 4 99\tEmpleado del Ministerio de Defensa Sin dato\n\n"
        "Cuadro 7. Convivencia\n\n"
        "Convivencia\tFrecuencia\tPorcentaje\n"
        "Convivían al momento del hecho\t124\t48,4%\n",
    )
    assert "1" not in rows and "0" not in rows and "99" not in rows
    assert rows["124"][0] == "UY"


def test_a_rows_name_labels_its_values_never_a_number_cell_nor_a_total(tmp_path: Path) -> None:
    rows, _ = _rows(
        tmp_path,
        "Cuadro 10. Lugar del hecho según convivencia\n\n"
        "Lugar del hecho\tConvivían\tConvivieron\tNunca convivieron\tTotal\n"
        "Domicilio de la víctima\t0,0%\t60,2%\t22,7%\t24,6%\n\n"
        "Cuadro 9. Número de víctimas\n\n"
        "Número de víctimas\tPorcentaje\n"
        "Una\t92,4%\nDos\t5,3%\n",
    )
    assert rows["60,2%"][6] == "Domicilio de la víctima | Convivieron"
    assert rows["92,4%"][6] == "Una"
    assert rows["5,3%"][6] == "Dos"


def test_a_relative_weight_is_not_money(tmp_path: Path) -> None:
    rows, _ = _rows(
        tmp_path,
        "Por último, los homicidios perpetrados con un objeto contundente tienen un peso "
        "relativo mayor en el grupo que nunca convivió con un 11,4%.\n",
    )
    assert "un peso" not in rows
    assert rows["11,4%"][3] == "%"


def test_a_column_naming_men_is_mens_never_the_womens_indicator(tmp_path: Path) -> None:
    """Cuadro 2 (p. 22): "Tasa de homicidio a varones" is men's rate, sexo = varones."""
    path = tmp_path / "informe.txt"
    path.write_text(
        OPENING + "Cuadro 2. Tasas específicas de homicidio por sexo, según país\n\n"
        "Paraguay\tAño\tTasa de homicidio a mujeres\tTasa de homicidio a varones\n"
        "Uruguay\t2016\t2,37\t13,45\n"
        "Estados Unidos\t2013\t1,69\t6,12\n",
        encoding="utf-8",
    )
    found = extract_document(path, "informe.txt", IngestOptions()).observation_list()
    rows = {o.value_raw: o for o in found}
    men, women = rows["13,45"], rows["2,37"]
    assert (men.country, men.period_start, men.unit) == ("UY", "2016-01-01", "tasa")
    assert (men.breakdown_dimension, men.breakdown_value) == ("sexo", "varones")
    assert men.indicator_id != "homicidios_mujeres"
    assert (women.breakdown_dimension, women.breakdown_value) == ("sexo", "mujeres")
    assert rows["6,12"].breakdown_value == "varones"
    assert rows["6,12"].indicator_id != "homicidios_mujeres"


def test_a_charts_labels_of_places_are_not_the_reports_country(tmp_path: Path) -> None:
    """Gráfico 1 (p. 24): labels "Name number", the period on the line below; neither Scotland
    nor Uruguay's own label is published as Uruguay's value of the report's year."""
    rows, codes = _rows(
        tmp_path,
        "Gráfico 1. Tasa de homicidio a mujeres y Tasa de HMP, por país\n\n"
        "España 0,22 Tasa de homicidio\n(2012 - 2014) 0,40 a mujeres\n"
        "Inglaterra y Gales 0,29 Tasa de HMP\n(2008 - 2011) 0,62\n"
        "Escocia 0,33\n(2010 - 2013) 0,73\nCanadá 0,40\n(2009 - 2012) 0,93\n"
        "Estados Unidos 0,65\n(2010 - 2013) 1,77\nUruguay 1,09\n(2013 - 2016) 2,88\n\n"
        "En 2016 se registraron 27 homicidios de mujeres en el país.\n",
    )
    for value in ("0,22", "0,29", "0,33", "0,40", "0,65", "1,09"):
        assert value not in rows
    assert rows["27"][:3] == ("UY", "2016-01-01", "2016-12-31")
    assert codes.count("text-row-other-place") == 6


def test_a_rate_of_a_sentence_naming_another_country_is_not_the_reports(tmp_path: Path) -> None:
    """P. 19 and 23: a rate whose sentence names another country last is that country's, of
    the period it states, else left out, as when it names several; a rate in "puntos" with no
    period of its own ("los últimos cuatro años") is left out."""
    rows, codes = _rows(
        tmp_path,
        "Los países que encabezan el cuadro pertenecen a la región, dentro de los cuales "
        "Venezuela se desprende ampliamente del resto con una tasa de homicidio para 2012 de "
        "53,7 puntos. Le siguen Colombia y Brasil, con tasas de homicidio de 30,8 y 25,2, "
        "respectivamente.\n\n"
        "Como puede apreciarse, Uruguay encabeza la tabla con una tasa promedio de HMP para "
        "los últimos cuatro años de 1,09 puntos. El valor más bajo corresponde a España, quien "
        "registra una tasa de HMP de 0,23 puntos para el mismo período.\n\n"
        "En 2016 se registraron 27 homicidios de mujeres en Uruguay.\n",
    )
    # Venezuela's rate of the year its sentence states, in no unit named "puntos"
    assert rows["53,7"] == ("VE", "2012-01-01", "2012-12-31", "tasa", "rate", "_T", "_T")
    for value in ("30,8", "25,2", "1,09", "0,23"):
        assert value not in rows
    assert rows["27"][:3] == ("UY", "2016-01-01", "2016-12-31")
    assert codes.count("text-row-other-place") == 4


def test_a_row_whose_number_was_not_read_heads_no_rows(tmp_path: Path) -> None:
    """P. 78: "Colonia | 9" is a department's row, never the header of the rows below."""
    rows, _ = _rows(
        tmp_path,
        "Departamento donde ocurrió el homicidio\n\n"
        "Departamento\tCantidad de HMP\nMontevideo\t145\nCerro Largo\t5\nColonia\t9\n"
        "Durazno\t1\nTacuarembó\t11\n",
    )
    assert rows["145"][5:] == ("departamento", "Montevideo")
    assert rows["11"][5:] == ("departamento", "Tacuarembó")
    assert rows["1"][5:] == ("departamento", "Durazno")


def test_points_ending_a_clause_are_a_rates_never_a_count(tmp_path: Path) -> None:
    """P. 22: "dicho valor se aproxima a los 13 puntos" is men's rate, of no period of its own:
    not published as 13 of anything; "12 puntos de atención" are places, still counted."""
    rows, _ = _rows(
        tmp_path,
        "Puntualmente, los datos señalan que en 2016 se contabilizaron en nuestro país 2 "
        "homicidios a mujeres por cada 100.000 habitantes del mismo sexo, mientras que para "
        "los varones dicho valor se aproxima a los 13 puntos.\n\n"
        "En 2016 se instalaron 12 puntos de atención en el país.\n",
    )
    assert "13" not in rows
    assert rows["12"][:3] == ("UY", "2016-01-01", "2016-12-31")
