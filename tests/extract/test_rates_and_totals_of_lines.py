"""Rates per day and the totals of lines, the classes the rounds on police forces (`dev65`),
surveys (`dev66`), the COVID-19 lockdowns (`dev67`) and slides (`dev68`) left alone, met again
in other offices' words (issue 10). A figure said per day, week, month or hour, or as an
average, is not the count of its period: published only under an indicator of averages
(codebook ``value_kind: average``; none today), else of no indicator and held for review. Each
case reads a real document of the text corpus as the corpus runner does, or a real sentence of
a public page (named in its docstring), and asserts line, value, kind, indicator and whether the
publish gate lets it through."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation
from genero_etl.workspace import ReviewConfig

from .reports import corpus_document, titled

GATE = ReviewConfig().min_confidence


def _read(found: list[Observation], line: str) -> list[tuple[float, str, str, bool]]:
    """Value, kind, indicator and whether it is published, of each value of ``line``."""
    return [
        (float(o.value), o.value_kind, o.indicator_id, o.confidence >= GATE)
        for o in found
        if o.source_locator.split()[0] == line
    ]


def test_a_daily_frequency_of_an_emergency_line_is_held(tmp_path: Path) -> None:
    """ec_ecu911_emergencias_vif_enero_junio_2021 (dev65), line 6: "ha articulado la asistencia
    de 53.123 emergencias por violencia; ..., tenemos una frecuencia diaria de 316": the 316
    went out as the half year's calls about violence."""
    line = _read(corpus_document(tmp_path, "ec_ecu911_emergencias_vif_enero_junio_2021"), "line:6")
    assert (53123.0, "observed", "llamadas_linea_atencion", True) in line
    assert (316.0, "average", "sin_clasificar", False) in line


def test_an_average_named_as_its_clauses_subject(tmp_path: Path) -> None:
    """publico.es (Spain's 016, October 2020): "El promedio de llamadas diarias durante el mes
    de octubre de 2020 ha sido de 168" was the month's calls, a count; and
    mx_sesnsp_911_violencia_mujer_cuarentena_2020 (dev67), line 5: "el promedio de llamadas de
    auxilio fue de 2,092 por día" went out as March's calls."""
    found = titled(
        tmp_path,
        "Boletín estadístico mensual, octubre de 2020",
        "Solo en el mes de octubre se recibieron 5.194 llamadas pertinentes. El promedio de "
        "llamadas diarias durante el mes de octubre de 2020 ha sido de 168.",
    )
    assert _read(found, "line:2") == [
        (5194.0, "observed", "llamadas_linea_atencion", True),
        (168.0, "average", "sin_clasificar", False),
    ]
    covid = _read(
        corpus_document(tmp_path, "mx_sesnsp_911_violencia_mujer_cuarentena_2020"), "line:5"
    )
    assert (2092.0, "average", "sin_clasificar", False) in covid


def test_figures_per_day_and_per_month_are_held(tmp_path: Path) -> None:
    """angulo7.com.mx (Puebla's 911, May 2020): "en promedio el 911 atendió 37.3 llamadas
    diarias por incidentes de violencia contra mujeres, al acumular 4 mil 476 peticiones de
    ayuda"; infobae.com (Argentina's 144, 2016): "recibió en 2015 más de 300 denuncias por día";
    alairenoticias.com.mx (Ahome, Sinaloa): "se registran alrededor de 90 denuncias mensuales
    por violencia contra la mujer". Each went out as the period's calls or complaints."""
    found = titled(
        tmp_path,
        "Secretariado Ejecutivo, mayo de 2020",
        "De enero a abril de 2020, en promedio el 911 atendió 37.3 llamadas diarias por "
        "incidentes de violencia contra mujeres.\n"
        "La línea telefónica para la violencia de género recibió en 2015 más de 300 denuncias "
        "por día.\n"
        "Ante la Vicefiscalía se registran alrededor de 90 denuncias mensuales por violencia "
        "contra la mujer.",
    )
    assert _read(found, "line:2") == [(37.3, "average", "sin_clasificar", False)]
    assert _read(found, "line:3") == [(300.0, "average", "sin_clasificar", False)]
    assert _read(found, "line:4") == [(90.0, "average", "sin_clasificar", False)]


def test_a_count_on_a_day_and_a_rough_count_of_a_span_stay_counts(tmp_path: Path) -> None:
    """uy_inmujeres_mvot_subsidios_alquiler_convenio_2022 (dev40), line 4: "De los 321 activos al
    día de hoy" is the count on that day ("al día" of a date, no frequency);
    mx_aguascalientes_fge_denuncias_violencia_genero (dev6), line 2: "concentra en lo que va
    del año un promedio de dos mil denuncias formales por violencia de género" is a rough count
    of the year so far, published as the complaints (approximate); ar_pba_linea_144_llamados_2018
    (dev37), line 2: "en 2018 se recibieron un promedio de 21.000 comunicaciones, 8.600 más que
    en 2017" is the year's calls, said roughly, with no frequency."""
    subsidies = _read(
        corpus_document(tmp_path, "uy_inmujeres_mvot_subsidios_alquiler_convenio_2022"), "line:4"
    )
    assert subsidies[0][:2] == (321.0, "observed")
    aguascalientes = corpus_document(tmp_path, "mx_aguascalientes_fge_denuncias_violencia_genero")
    two_thousand = [o for o in aguascalientes if o.source_locator == "line:2" and o.value == 2000.0]
    assert [(o.value_kind, o.indicator_id, o.approximate) for o in two_thousand] == [
        ("observed", "denuncias_violencia", True)
    ]
    assert two_thousand[0].confidence >= GATE
    buenos_aires = corpus_document(tmp_path, "ar_pba_linea_144_llamados_2018")
    assert (21000.0, "observed", "llamadas_linea_atencion", True) in _read(buenos_aires, "line:2")


def test_a_lines_total_of_every_matter_is_no_count_of_violence(tmp_path: Path) -> None:
    """diariodesevilla.es (Spain's 016, 2008): "El 016 ... ha recibido en total 85.000
    consultas de las cuales sólo 15.715 han sido referentes a la violencia machista y 70.000 han
    sido no pertinentes" published the 85.000 and the 70.000 as people assisted;
    ar_tucuman_911_llamadas_violencia_genero_2019 (dev65), line 4: "se recibieron 789.985
    llamadas, de las cuales 22.584 fueron por personas en actitud sospechosa" published the
    789.985 as calls about violence. A whole one of whose parts is another matter counts every
    matter: of no indicator, still a value; the part about violence keeps its indicator."""
    found = titled(
        tmp_path,
        "Observatorio Estatal de Violencia sobre la Mujer, boletín de 2008",
        "El 016 ha recibido en total 85.000 consultas de las cuales sólo 15.715 han sido "
        "referentes a la violencia machista y 70.000 han sido no pertinentes.",
    )
    assert [(value, indicator) for value, _, indicator, _ in _read(found, "line:2")] == [
        (85000.0, "sin_clasificar"),
        (15715.0, "personas_asistidas"),
        (70000.0, "sin_clasificar"),
    ]
    tucuman = corpus_document(tmp_path, "ar_tucuman_911_llamadas_violencia_genero_2019")
    assert [(value, indicator) for value, _, indicator, _ in _read(tucuman, "line:4")] == [
        (789985.0, "sin_clasificar"),
        (22584.0, "sin_clasificar"),
        (24052.0, "llamadas_linea_atencion"),
    ]


def test_a_whole_whose_parts_are_all_violence_keeps_its_indicator(tmp_path: Path) -> None:
    """The guard (a sentence written for this check, in the words of the 144's reports of the
    corpus): a line's calls split into kinds of violence are its calls about violence, whole and
    parts."""
    found = titled(
        tmp_path,
        "Línea 144, informe 2022",
        "La línea 144 recibió 10.000 llamadas, de las cuales 9.000 fueron por violencia "
        "doméstica y 1.000 por violencia laboral.",
    )
    assert [(value, indicator) for value, _, indicator, _ in _read(found, "line:2")] == [
        (10000.0, "llamadas_linea_atencion"),
        (9000.0, "llamadas_linea_atencion"),
        (1000.0, "llamadas_linea_atencion"),
    ]


def test_a_part_of_a_whole_written_again_whatever_its_noun(tmp_path: Path) -> None:
    """cl_seremi_mujer_los_rios_fono_1455_2019 (dev51), line 8: "Durante el 2018, hubo 42
    femicidios consumados en Chile ... “Cuatro de las 42 muertes ocurrieron en Los Ríos”": the
    four were missed ("muertes" is no count noun of the lexicon); the whole's number written
    between says the noun counts, and the count before with that number names what it counts
    (femicides). "Tres de los 19 expedientes" (written for this check) keeps its own noun."""
    found = corpus_document(tmp_path, "cl_seremi_mujer_los_rios_fono_1455_2019")
    four = [o for o in found if o.source_locator == "line:8" and o.value == 4.0]
    assert [(o.indicator_id, o.admin1, o.period_start, o.period_end) for o in four] == [
        ("femicidios", "CL-LR", "2018-01-01", "2018-12-31")
    ]
    files = titled(
        tmp_path,
        "Fiscalía, informe 2021",
        "Se registraron 19 femicidios. Tres de los 19 expedientes fueron archivados.",
    )
    assert [(value, indicator) for value, _, indicator, _ in _read(files, "line:2")][:2] == [
        (19.0, "femicidios"),
        (3.0, "sin_clasificar"),
    ]
