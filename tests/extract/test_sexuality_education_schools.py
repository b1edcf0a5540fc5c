"""Comprehensive sexuality education and the prevention of gender violence in schools, met in
the development corpus (tests/acceptance/texts, part dev98): teachers a body will train or
reach ("Capacitarán a 218 docentes", "se realizará a 110 docentes", "busca atender ... a más
de siete mil 589 alumnas y alumnos", "serán citados posteriormente, para completar así 218")
are targets; the sessions a talk is divided into ("40 horas de charlas divididas en cuatro
sesiones") are its parts, never people trained; Uruguay's public education administration
names its country; a person's surname that is a division's name ("Fernanda Maldonado") names
no division. Each document case reads the real document as the corpus runner does (its
source line blanked); each guard reads a sentence whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, extracted, text_facts


def _kinds(tmp_path: Path, name: str) -> list[tuple[str, float, str]]:
    return [
        (o.source_locator.split()[0], float(o.value), o.value_kind)
        for o in corpus_document(tmp_path, name)
    ]


def test_teachers_to_be_trained_are_targets(tmp_path: Path) -> None:
    """co_medellin_comite_violencias_sexuales_docentes_sensibilizados (dev98): "Capacitarán a
    218 docentes" (line 2), "Esta sensibilización se realizará a 110 docentes" (line 6), "Otros
    108 docentes ... serán citados posteriormente, para completar así 218 docentes
    sensibilizados" (line 7) were published as teachers trained."""
    found = _kinds(tmp_path, "co_medellin_comite_violencias_sexuales_docentes_sensibilizados")
    assert found == [
        ("line:2", 218.0, "target"),
        ("line:3", 218.0, "target"),
        ("line:6", 110.0, "target"),
        ("line:7", 108.0, "target"),
        ("line:7", 218.0, "target"),
    ]


def test_pupils_a_strategy_seeks_to_reach_are_a_target(tmp_path: Path) -> None:
    """mx_imes_slp_estrategia_educativa_derechos_humanos_escuelas_2024 (dev98), line 4: "que
    busca atender con pláticas y sensibilización a más de siete mil 589 alumnas y alumnos"."""
    found = _kinds(tmp_path, "mx_imes_slp_estrategia_educativa_derechos_humanos_escuelas_2024")
    assert ("line:4", 7589.0, "target") in found
    assert ("line:6", 7589.0, "target") in found


def test_trainings_held_stay_observed(tmp_path: Path) -> None:
    """Guards: what was done stays observed: "Se capacitó a 218 docentes", "Se realizó la
    sensibilización a 110 docentes", "la estrategia atendió a 7589 alumnas y alumnos", "108
    docentes fueron citados y asistieron"."""
    for sentence, value in (
        ("En 2024 se capacitó a 218 docentes en prevención de violencias sexuales.", 218.0),
        ("Se realizó la sensibilización a 110 docentes de colegios oficiales.", 110.0),
        ("En 2024 la estrategia atendió a 7589 alumnas y alumnos con pláticas.", 7589.0),
        ("En marzo, 108 docentes fueron citados y asistieron a la capacitación.", 108.0),
    ):
        kinds = [(float(o.value), o.value_kind) for o in extracted(tmp_path, f"\n{sentence}\n")]
        assert (value, "observed") in kinds, sentence


def test_a_talks_sessions_are_no_people_trained(tmp_path: Path) -> None:
    """ec_mineduc_docentes_fiscales_prevencion_violencia_2019 (dev98), line 4: "Dos grupos de
    1840 maestros recibieron 40 horas de charlas divididas en cuatro sesiones": "cuatro" was
    published as people trained. The 3680 teachers stay."""
    found = _kinds(tmp_path, "ec_mineduc_docentes_fiscales_prevencion_violencia_2019")
    assert ("line:4", 3680.0, "observed") in found
    assert not [f for f in found if f[1] == 4.0]


def test_talks_counted_stay_values(tmp_path: Path) -> None:
    """Guard: talks and the people at them, with no parts said, stay values: "Se dictaron 12
    charlas a las que asistieron 340 estudiantes"."""
    said = text_facts(tmp_path, "Se dictaron 12 charlas a las que asistieron 340 estudiantes.")
    assert {f[1] for f in said} == {12.0, 340.0}


def test_uruguays_public_education_administration_names_its_country(tmp_path: Path) -> None:
    """uy_mides_anep_noviazgos_libres_violencia_adolescentes_2024 (dev98): "la Administración
    Nacional de Educación Pública (ANEP)" (line 2): the young people of the campaign had no
    country (the text's "en todo Uruguay" weighed less than a surname, "Virginia Cáceres",
    read as a Colombian municipality)."""
    found = corpus_facts(tmp_path, "uy_mides_anep_noviazgos_libres_violencia_adolescentes_2024")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("line:2", 120000.0, "UY", ""),
        ("line:6", 14000.0, "UY", ""),
        ("line:6", 9800.0, "UY", ""),
    ]


def test_a_surname_that_is_a_division_names_no_division(tmp_path: Path) -> None:
    """The same document, line 3: "la directora de Secretaría del Ministerio de Ganadería,
    Agricultura y Pesca (MGAP), Fernanda Maldonado" made Maldonado (UY-MA) the report's place,
    and the year's national counts of line 6 were pushed down to it (checked above: no
    division). Guard: the department named as a place stays ("en el departamento de
    Maldonado se atendieron 45 mujeres")."""
    said = text_facts(
        tmp_path,
        "El Instituto Nacional de las Mujeres (Inmujeres) del MIDES informó que en el "
        "departamento de Maldonado se atendieron 45 mujeres en 2024.",
    )
    assert [(f[1], f[3], f[4]) for f in said] == [(45.0, "UY", "UY-MA")]
