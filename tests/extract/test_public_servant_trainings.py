"""Trainings of public servants on gender and violence against women, met in the development
corpus (tests/acceptance/texts, part dev97): a count written to its thousands' group and then
"mil" said again ("más de 16.000 mil agentes") is the count as written; police, carabineros and
judges trained are public servants trained; a standard of competence's code ("ECO 539") is no
count of the people certified in it; a course's modules shared out into its sessions are its
parts; "una cifra similar a las 40" is an approximation; "se espera tener a 200 funcionarios
certificados" is a target. Each document case reads the real document as the corpus runner does
(its source line blanked); each guard reads a sentence whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _read(tmp_path: Path, text: str) -> list[tuple[str, float, str, bool, str]]:
    """Line, value, indicator, approximation and kind of each value of ``text`` (line 2 on)."""
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id, o.approximate, o.value_kind)
        for o in extracted(tmp_path, "Informe\n" + text + "\n")
        if o.value is not None
    ]


def test_thousands_said_again_are_the_count_as_written(tmp_path: Path) -> None:
    """ar_cordoba_ministerio_mujer_ley_micaela_fuerzas_seguridad (dev97), line 4: "de la que
    participaron más de 16.000 mil agentes, con más de 12.000 mil personas egresadas" were read
    as 16 and 12 million."""
    found = corpus_document(tmp_path, "ar_cordoba_ministerio_mujer_ley_micaela_fuerzas_seguridad")
    values = {(o.source_locator.split()[0], float(o.value)) for o in found if o.value is not None}
    assert {("line:4", 16000.0), ("line:4", 12000.0)} <= values
    assert not {v for _, v in values if v >= 1_000_000}


def test_thousands_said_again_in_another_offices_words(tmp_path: Path) -> None:
    """The same habit in another office's report of the development corpus (its gold reads the
    count as written): "ha tratado más de 30,000 mil casos"
    (do_pgr_centro_intervencion_conductual_hombres_2019, dev57, line 6)."""
    found = corpus_document(tmp_path, "do_pgr_centro_intervencion_conductual_hombres_2019")
    assert ("line:6", 30000.0) in {(o.source_locator.split()[0], float(o.value)) for o in found}


def test_thousands_and_mil_in_money_and_in_words_stay_scaled(tmp_path: Path) -> None:
    """Guards: an amount of money ("1.500 mil pesos") keeps its scale, as do "2,5 mil
    llamadas" and "20 mil denuncias" (no thousands' group before "mil") and "1.250 mil
    personas" (a group other than a round thousand: never read as said twice)."""
    assert [v for _, v, *_ in _read(tmp_path, "Se destinaron 1.500 mil pesos al programa.")] == [
        1_500_000.0
    ]
    said = _read(tmp_path, "Se atendieron 2,5 mil llamadas y 20 mil denuncias.")
    assert [v for _, v, *_ in said] == [2500.0, 20000.0]
    said = _read(tmp_path, "La campaña llegó a 1.250 mil personas en todo el país.")
    assert [v for _, v, *_ in said] == [1_250_000.0]


def test_police_trained_are_public_servants_trained(tmp_path: Path) -> None:
    """py_minmujer_mininterior_isepol_policias_capacitados (dev97), line 2: "Capacitan a 700
    policías" was unclassified; uy_minterior_policias_capacitados_comisaria_mujer_2011 (dev97),
    line 3: "En total 257 policías fueron capacitados" was people trained in general."""
    found = corpus_document(tmp_path, "py_minmujer_mininterior_isepol_policias_capacitados")
    assert [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in found] == [
        ("line:2", 700.0, "servidores_publicos_capacitados")
    ]
    found = corpus_document(tmp_path, "uy_minterior_policias_capacitados_comisaria_mujer_2011")
    assert ("line:3", 257.0, "servidores_publicos_capacitados") in [
        (o.source_locator.split()[0], float(o.value), o.indicator_id) for o in found
    ]


def test_police_and_women_not_trained_keep_their_reading(tmp_path: Path) -> None:
    """Guards: police who are no trainees ("300 policías nuevos") stay unclassified, and women
    trained stay people trained in general."""
    said = _read(
        tmp_path, "En 2023 hubo 300 policías nuevos en la provincia y se capacitó a 20 mujeres."
    )
    assert [(v, i) for _, v, i, *_ in said] == [
        (300.0, "sin_clasificar"),
        (20.0, "personas_capacitadas_genero"),
    ]


def test_a_standard_of_competence_is_no_count(tmp_path: Path) -> None:
    """mx_iem_tlaxcala_certificacion_ec0539_servidores_2020 (dev97), line 5: "recibieron la
    certificación Estándar de Competencia ECO 539" gave 539 servants trained; line 4's 30 stay."""
    found = corpus_document(tmp_path, "mx_iem_tlaxcala_certificacion_ec0539_servidores_2020")
    assert [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in found] == [
        ("line:4", 30.0, "servidores_publicos_capacitados")
    ]
    said = _read(tmp_path, "El IEM certificó a 30 servidores públicos en el estándar EC 0539.")
    assert [v for _, v, *_ in said] == [30.0]


def test_modules_shared_out_into_sessions_are_a_courses_parts(tmp_path: Path) -> None:
    """mx_imug_guanajuato_formacion_formadores_servidores_2016 (dev97), line 4: "cumplieron una
    fase de seis módulos repartidos en 28 sesiones de 8 horas cada uno" gave six centres and 28
    of nothing; line 5's 200 officials to be certified were published as observed."""
    found = corpus_document(tmp_path, "mx_imug_guanajuato_formacion_formadores_servidores_2016")
    got = [(o.source_locator.split()[0], float(o.value), o.value_kind) for o in found]
    assert not [g for g in got if g[0] == "line:4"]
    assert ("line:5", 200.0, "target") in got
    assert ("line:2", 304.0, "observed") in got


def test_places_opened_and_sessions_held_stay_counts(tmp_path: Path) -> None:
    """Guards: "11 módulos distribuidos en zonas rurales" (places) and "realizó 28 sesiones"
    (sessions held, no other part after them) stay values; "se certificó a 200 funcionarios"
    stays observed."""
    said = _read(
        tmp_path,
        "La Secretaría abrió 11 módulos distribuidos en zonas rurales y realizó 28 sesiones "
        "con 300 mujeres.",
    )
    assert [v for _, v, *_ in said] == [11.0, 28.0, 300.0]
    said = _read(tmp_path, "En 2024 se certificó a 200 funcionarios.")
    assert [(v, k) for _, v, _, _, k in said] == [(200.0, "observed")]


def test_a_figure_said_to_be_like_another_is_approximate(tmp_path: Path) -> None:
    """cl_sernameg_antofagasta_carabineros_denuncias_vif (dev97), line 4: "Mejillones registró
    una cifra similar a las 40 atenciones" was exact; the 554 and 486 complaints before stay
    exact."""
    found = corpus_document(tmp_path, "cl_sernameg_antofagasta_carabineros_denuncias_vif")
    got = {(o.source_locator.split()[0], float(o.value), o.approximate) for o in found}
    assert {("line:4", 554.0, False), ("line:4", 486.0, False), ("line:4", 40.0, True)} <= got
