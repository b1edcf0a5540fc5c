"""A sentence naming no one of its own right after one that ends on another body's name
reports that body's work, not the office's: from a real report of Ecuador's Secretaría de
Derechos Humanos in Loja."""

from __future__ import annotations

from pathlib import Path

from .reports import described

TITLE = "Implementarán Registro Único de Violencia en zonas urbanas y rurales del país"


def test_the_counts_after_a_sentence_ending_on_a_foundations_name_are_the_foundations(
    tmp_path: Path,
) -> None:
    found = described(
        tmp_path,
        "ec_sdh_loja.txt",
        TITLE,
        "La Secretaria de Derechos Humanos visitó la Coordinación de la Oficina Técnica 7, "
        "ubicada en Loja, Ecuador. En total hay cinco Equipos Técnicos Multidisciplinarios.\n"
        "Ordóñez aprovechó su visita a la provincia para recorrer centros de atención a víctimas "
        "de violencia de la Fundación Espacios. En 2020 se atendió a 915 sobrevivientes y en lo "
        "que va del año a 171 niñas, adolescentes y madres.",
        division=True,
    )
    assert [row[:2] for row in found] == [("line:2", 5.0)]
    assert found[0][4:6] == ("EC", "EC-L")


def test_a_sentence_naming_its_own_place_after_a_foundations_name_keeps_its_count(
    tmp_path: Path,
) -> None:
    found = described(
        tmp_path,
        "ec_sdh_loja.txt",
        TITLE,
        "La Secretaría firmó un convenio con la Fundación Espacios. En la provincia de Loja, en 2020 "
        "se atendió a 915 sobrevivientes.",
        division=True,
    )
    assert [row[:2] for row in found] == [("line:2", 915.0)]
    assert found[0][4:] == ("EC", "EC-L", "2020-01-01", "2020-12-31")
