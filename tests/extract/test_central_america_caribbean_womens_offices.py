"""Women's offices of Central America and the Caribbean, met in the development corpus
(tests/acceptance/texts, part dev63): Panama's Instituto Nacional de la Mujer and Costa Rica's
Instituto Nacional de las Mujeres are both "INAMU", so the acronym alone says neither country
and only Costa Rica's plural name before it says its country; a women's line named by a word between
"línea" and its number ("la Línea Mujer 212") is a line, not calls; the indicators a
statistical system is built with ("más de 100 indicadores") are no count; a page's date stamp
with commas ("04, Agosto, 2015") is a day; "hasta finalizar octubre del 2024" runs to the end
of October. Each document case reads the real document as the corpus runner does (its source
line blanked) and asserts line, value, indicator, country, division and period; each sentence
case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_panamas_womens_institute_says_panama_though_costa_ricas_has_its_acronym(
    tmp_path: Path,
) -> None:
    """pa_inamu_muertes_violentas_albergues_2012 (dev63): "en Panamá ... divulgadas hoy por el
    Instituto Nacional de la Mujer (INAMU)" had no country, the acronym counting for Costa
    Rica against Panama's name; every count of the release is Panama's now."""
    found = corpus_facts(tmp_path, "pa_inamu_muertes_violentas_albergues_2012")
    assert ("line:2", 178.0, "muertes_mujeres_violencia", "PA", "", "2012-01-01", "2012-12-31") in (
        found
    )
    assert (
        "line:7",
        396.0,
        "refugios_personas_alojadas",
        "PA",
        "",
        "2005-01-01",
        "2012-12-31",
    ) in (found)
    assert {f[3] for f in found} == {"PA"}


def test_the_inamu_acronym_says_neither_country_and_the_plural_name_says_costa_rica() -> None:
    """The acronym alone is no evidence; "Instituto Nacional de las Mujeres (Inamu)" (Costa
    Rica's, cr_inamu_boton_panico_dispositivos_2016, dev48) is; the singular name before it
    is neither's (cr_defensoria_recursos_violencia_mujeres_2024, dev25, a Costa Rican text,
    writes "Instituto Nacional de la Mujer (INAMU)")."""
    assert infer_country(["El INAMU atendió 40 mujeres."]).code == ""
    costa_rica = infer_country(
        ["El proyecto forma parte de las medidas del Instituto Nacional de las Mujeres (Inamu)."]
    )
    assert "institution 'Instituto Nacional de las Mujeres (Inamu)'" in costa_rica.evidence
    assert costa_rica.scores.get("PA", 0) == 0
    singular = infer_country(
        ["Lo informó el Instituto Nacional de la Mujer (INAMU) en un comunicado."]
    )
    assert singular.code == ""
    assert singular.scores.get("CR", 0) == 0


def test_a_womens_line_named_by_a_word_and_a_system_of_indicators_are_no_counts(
    tmp_path: Path,
) -> None:
    """do_minmujer_observatorio_linea_mujer_2019 (dev63): "a través de la Línea Mujer 212"
    was read as 212 calls and "un sistema de información con más de 100 indicadores" as a
    value (both traps); the line's calls stay."""
    found = corpus_facts(tmp_path, "do_minmujer_observatorio_linea_mujer_2019")
    assert _lines(found, "line:6") == {22652.0, 5567.0}
    assert _lines(found, "line:12") == set()
    assert ("line:6", 22652.0, "llamadas_linea_atencion") in {f[:3] for f in found}


def test_a_named_line_is_no_count_but_calls_after_a_line_stay(tmp_path: Path) -> None:
    """The line's own name between "línea" and its number makes the number the line's; calls
    counted after the line's name, and indicators counted as a plan's progress, stay."""
    found = text_facts(
        tmp_path,
        "Las mujeres pueden llamar a la Línea Vida 809 para pedir ayuda.\n"
        "La Línea Mujer recibió 1.434 llamadas en el trimestre.\n"
        "Se cumplieron 12 metas del plan.\n",
    )
    assert _lines(found, "line:2") == set()
    assert _lines(found, "line:3") == {1434.0}
    assert _lines(found, "line:4") == {12.0}


def test_a_pages_date_stamp_with_commas_is_a_day_and_a_weeks_complaints_stay(
    tmp_path: Path,
) -> None:
    """ni_comisarias_mujer_denuncias_semana_2015 (dev63): the page's stamp "04, Agosto, 2015
    04, Agosto, 2015 3:33 a.m." gave a value 4 (a trap); the week's 364 complaints stay,
    dated 27 July to 2 August 2015."""
    found = corpus_facts(tmp_path, "ni_comisarias_mujer_denuncias_semana_2015")
    assert _lines(found, "line:2") == set()
    assert ("line:6", 364.0, "denuncias_violencia", "NI", "", "2015-07-27", "2015-08-02") in found


def test_a_count_before_a_comma_and_a_month_without_its_year_stays(tmp_path: Path) -> None:
    """A day needs its month and a year after the comma: a count the comma ends stays."""
    found = text_facts(
        tmp_path,
        "En 2015 se recibieron 45 denuncias de violencia en total, 12 en julio y 14 en agosto.\n"
        "Las denuncias de violencia fueron 45, agosto el mes con más casos.\n",
    )
    assert {45.0, 12.0, 14.0} <= _lines(found, "line:2")
    assert 45.0 in _lines(found, "line:3")


def test_femicides_up_to_the_end_of_a_month_run_to_that_months_end(tmp_path: Path) -> None:
    """pa_minmujer_femicidios_parroquias_2024 (dev63): "17 femicidios registrados hasta
    finalizar octubre del 2024" was dated the whole of 2024; it runs January to October."""
    found = corpus_facts(tmp_path, "pa_minmujer_femicidios_parroquias_2024")
    assert ("line:4", 17.0, "femicidios", "PA", "", "2024-01-01", "2024-10-31") in found
    assert ("line:4", 18.0, "femicidios", "PA", "", "2024-01-01", "2024-10-31") in found


def test_the_first_count_of_an_enumeration_by_year_is_of_the_first_year(tmp_path: Path) -> None:
    """pa_inamu_muertes_violentas_albergues_2012 (dev63): "31 mujeres fueron víctimas de
    femicidio (asesinadas por su condición de ser féminas) en 2010, otras 16 en 2011 y 8 en
    2012" dated the 31 femicides 2012, the sentence's last year; they are 2010's."""
    found = corpus_facts(tmp_path, "pa_inamu_muertes_violentas_albergues_2012")
    femicides = [(f[1], f[5], f[6]) for f in found if f[0] == "line:6"]
    assert femicides == [
        (31.0, "2010-01-01", "2010-12-31"),
        (16.0, "2011-01-01", "2011-12-31"),
        (8.0, "2012-01-01", "2012-12-31"),
    ]


def test_a_count_whose_clause_breaks_before_the_years_keeps_its_period(tmp_path: Path) -> None:
    """A comma or "y" before the first year, or no break after it, is no enumeration by year:
    those counts keep the document's or the sentence's period as before."""
    found = text_facts(
        tmp_path,
        "En 2019 se registraron 40 femicidios.\n"
        "Se atendieron 300 mujeres, cifra mayor que en 2017 y 2018.\n"
        "Se atendieron 300 mujeres entre 2017 y 2018.\n",
    )
    assert [(f[1], f[5], f[6]) for f in found if f[0] == "line:3"] == [
        (300.0, "2019-01-01", "2019-12-31")
    ]
    line4 = [(f[1], f[5], f[6]) for f in found if f[0] == "line:4"]
    assert line4 == [(300.0, "2017-01-01", "2018-12-31")]


def test_a_dateline_with_the_country_and_a_capitalised_month_is_no_place(
    tmp_path: Path,
) -> None:
    """do_minmujer_observatorio_linea_mujer_2019 (dev63): "EN SANTO DOMINGO, República
    Dominicana, 20 Agosto, 2019:" (the country after the city, the month capitalised, the year
    after a comma) was not read as a dateline, so the observatory's national figures were
    placed in Santo Domingo's province (DO-32); they are national now. So is "SUCRE, 6 Ene
    (NÓMADA NEWS).-" (bo_fiscal_general_casos_ley348_departamentos_2023, dev29): the national
    total is no division's, Santa Cruz's 18,131 complaints are Santa Cruz's."""
    found = corpus_facts(tmp_path, "do_minmujer_observatorio_linea_mujer_2019")
    assert ("line:6", 22652.0, "llamadas_linea_atencion", "DO", "", "2019-01-01", "2019-06-30") in (
        found
    )
    assert {f[4] for f in found} == {""}
    bolivia = corpus_facts(tmp_path, "bo_fiscal_general_casos_ley348_departamentos_2023")
    assert ("line:3", 39096.0, "denuncias_violencia", "BO", "") in {f[:5] for f in bolivia}
    assert ("line:8", 18131.0, "denuncias_violencia", "BO", "BO-S") in {f[:5] for f in bolivia}


def test_datelines_as_before_and_an_opening_sentence_stays() -> None:
    """The dateline forms read before still are, a city and its country before the date now
    too; an opening sentence that names no month after its comma is no dateline."""
    from genero_etl.normalize.document import dateline_end

    def opening(text: str) -> str:
        return text[: dateline_end(text)]

    assert opening("LIMA, 5 de marzo de 2024.- El ministerio") == "LIMA, 5 de marzo de 2024.-"
    assert opening("Santo Domingo.- En los primeros meses") == "Santo Domingo.-"
    assert opening("Tegucigalpa, Honduras, 5 de mayo de 2020.- La") == (
        "Tegucigalpa, Honduras, 5 de mayo de 2020.-"
    )
    assert opening("En el primer semestre, 2.340 mujeres fueron atendidas.") == ""
