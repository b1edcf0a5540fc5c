"""Programmes for men who used violence and women's psychological and legal care, met in the
development corpus (tests/acceptance/texts, part dev57): a place's head word that begins the
municipality's own name ("Instituto de la Mujer de Ciudad Madero") names Tamaulipas' Ciudad
Madero, not Michoacán's Madero; the trained staff who attend ("personal capacitado atendió a
15 personas") are no people trained. Each document case reads the real document as the corpus
runner does (its source line blanked) and asserts line, value, indicator, country and
division; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.places import infer_place

from .reports import corpus_facts, text_facts


def test_a_municipal_womens_institute_of_ciudad_madero_is_in_tamaulipas(tmp_path: Path) -> None:
    """mx_immujer_madero_atencion_psicologica_juridica (dev57): "el Instituto de la Mujer de
    Ciudad Madero" placed the 15 people given legal advice, the 45 given psychological care,
    the 46 couples and the 7 conferences in Michoacán's Madero (MX-MIC); they are Tamaulipas'
    (MX-TAM), and the 15 are no longer people trained."""
    found = corpus_facts(tmp_path, "mx_immujer_madero_atencion_psicologica_juridica")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("line:5", 15.0, "MX", "MX-TAM"),
        ("line:5", 45.0, "MX", "MX-TAM"),
        ("line:5", 46.0, "MX", "MX-TAM"),
        ("line:7", 7.0, "MX", "MX-TAM"),
    ]
    assert ("line:5", 15.0, "sin_clasificar", "MX", "MX-TAM", "", "") in found


def test_a_head_word_stays_out_of_a_name_it_does_not_begin() -> None:
    """The head word joins the name only when the whole is a municipality's own name and the
    name alone is no division's: Madero in Michoacán and Zapopan after "Ayuntamiento de" keep
    their places."""
    madero = infer_place("El Ayuntamiento de Madero, Michoacán, informó.").place
    assert (madero.admin1, madero.municipality) == ("MX-MIC", "Madero")
    zapopan = infer_place("El Ayuntamiento de Zapopan informó.").place
    assert (zapopan.admin1, zapopan.municipality) == ("MX-JAL", "Zapopan")
    ciudad = infer_place("La Municipalidad de Ciudad Madero informó.").place
    assert (ciudad.admin1, ciudad.municipality) == ("MX-TAM", "Ciudad Madero")
    # a division's name after the head word stays the division's: Bogotá's locality Ciudad
    # Bolívar (co_sdmujer_bogota_atenciones_psicojuridicas_2018) is not Antioquia's municipality
    bolivar = infer_place("La Secretaría de la Mujer atendió en Ciudad Bolívar y Usaquén.").place
    assert (bolivar.admin1, bolivar.municipality) == ("", "")


def test_trained_staff_who_attend_are_no_people_trained(tmp_path: Path) -> None:
    """ "personal capacitado atendió a 15 personas" counts people attended, not trained; people
    trained are still counted as such."""
    assert text_facts(
        tmp_path, "El personal capacitado atendió a 15 personas en el área jurídica.\n"
    ) == [("line:2", 15.0, "sin_clasificar", "", "", "", "")]
    assert text_facts(tmp_path, "Se capacitó a 300 mujeres en talleres de género.\n") == [
        ("line:2", 300.0, "personas_capacitadas_genero", "", "", "", "")
    ]
    assert text_facts(tmp_path, "Fueron capacitadas 120 personas del equipo de salud.\n") == [
        ("line:2", 120.0, "personas_capacitadas_genero", "", "", "", "")
    ]
