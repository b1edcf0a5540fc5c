"""Trainings, workshops and awareness campaigns of women's offices, met in the development
corpus (tests/acceptance/texts, part dev58): a school named by its number ("alumnos del
Secundario 38.") is no count; Jujuy's women's council, named in full, says the province; a
number in words written as a first-level division's name ("Treinta y Tres", Uruguay's
department) is a place; the people who "serán capacitados" at a course are a target. Each
document case reads the real document as the corpus runner does (its source line blanked) and
asserts line, value, indicator, country and division; each sentence case guards what must
stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, text_facts


def test_a_schools_number_is_no_count_and_jujuys_council_says_the_province(
    tmp_path: Path,
) -> None:
    """ar_jujuy_consejo_mujeres_noviazgo_las_pampitas_2025 (dev58): "a alumnos del Secundario
    38." gave 38 as a count (a trap), and the 60 pupils at the workshop had no place; the
    province's "Consejo Provincial de Mujeres, la Igualdad de Género y el respeto a las
    Diversidades" is Jujuy's (AR-Y)."""
    assert corpus_facts(tmp_path, "ar_jujuy_consejo_mujeres_noviazgo_las_pampitas_2025") == [
        ("line:4", 60.0, "participantes_actividades", "AR", "AR-Y", "", "")
    ]


def test_a_count_after_a_schools_name_stays_a_count(tmp_path: Path) -> None:
    """The school's number goes, a count before its plural noun stays, and "preparatoria" (a
    trial's stage too) is no school's name."""
    assert text_facts(tmp_path, "La charla llegó a alumnos del Liceo 4.\n") == []
    assert text_facts(tmp_path, "En la secundaria 300 alumnas participaron del taller.\n") == [
        ("line:2", 300.0, "participantes_actividades", "", "", "", "")
    ]
    found = text_facts(
        tmp_path, "De los casos, con sentencia condenatoria 1 y en preparatoria 6, detalló.\n"
    )
    assert [(f[0], f[1]) for f in found] == [("line:2", 1.0), ("line:2", 6.0)]


def test_treinta_y_tres_is_uruguays_department(tmp_path: Path) -> None:
    """uy_inmujeres_promotoras_mujeres_rurales_2025 (dev58): "mujeres provenientes de Salto,
    ..., Montevideo, Treinta y Tres, Paysandú" published 33 women; it is the department's
    name. The 30 women of the course stay."""
    found = corpus_facts(tmp_path, "uy_inmujeres_promotoras_mujeres_rurales_2025")
    assert [(f[0], f[1], f[3]) for f in found] == [("line:3", 30.0, "UY")]


def test_thirty_three_written_as_a_count_stays(tmp_path: Path) -> None:
    """Only the name as written (each word but "y" capitalised) is a place."""
    assert text_facts(tmp_path, "Treinta y tres mujeres participaron del taller.\n") == [
        ("line:2", 33.0, "participantes_actividades", "", "", "", "")
    ]


def test_people_who_will_be_trained_are_a_target(tmp_path: Path) -> None:
    """pe_mimp_jornada_regional_especialistas_cem_sau_2019 (dev58): "serán capacitados/as un
    total de 174 especialistas del SAU y de los CEM" at a course that begins that day: the
    people it is to train, a target."""
    found = [
        (o.source_locator, o.value, o.value_kind, o.country)
        for o in corpus_document(tmp_path, "pe_mimp_jornada_regional_especialistas_cem_sau_2019")
    ]
    assert found == [("line:6", 174.0, "target", "PE")]
