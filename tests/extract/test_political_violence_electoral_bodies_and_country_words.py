"""Complaints of political violence, resignations and elected women, and the bodies that say
Mexico, Peru and Chaco, met in the development corpus (tests/acceptance/texts, part dev42,
violence against women in politics, digital violence and workplace sexual harassment):
Bolivia's electoral body ("el Órgano Electoral recibió 30 denuncias oficiales por acoso y
violencia política"), its complaints and resignations by department ("La Paz: 13 denuncias y 23
renuncias"), Mexico's electoral institute ("cuatro diputadas federales y cuatro gobernadoras",
a page that never names Mexico), Peru's civil service authority (Servir) and Resistencia's
misdemeanour court ("la capital chaqueña"). Each document case reads the real document as the
corpus runner does (its source line blanked) and asserts the line, the number, the indicator
and the place of what is published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_harassment_an_electoral_body_received_is_political_violence(tmp_path: Path) -> None:
    """bo_acobol_tse_acoso_violencia_politica_decada_2022 (dev42): the number's own words stop
    at "acoso y" ("30 denuncias oficiales por acoso"), and the complaints went out as any
    complaint of violence; the electoral body that received them says they are political
    (codebook ``denuncias_violencia_politica``)."""
    found = corpus_facts(tmp_path, "bo_acobol_tse_acoso_violencia_politica_decada_2022")
    assert ("line:7", 30.0, "denuncias_violencia_politica", "BO", "") in [row[:5] for row in found]


def test_complaints_without_an_electoral_body_stay_complaints(tmp_path: Path) -> None:
    """Harassment a prosecutor received is no political violence; an electoral tribunal's
    complaints of political harassment are."""
    found = text_facts(tmp_path, "La Fiscalía recibió 40 denuncias por acoso sexual.")
    assert [row[1:3] for row in found] == [(40.0, "denuncias_violencia")]
    found = text_facts(
        tmp_path,
        "El Tribunal Supremo Electoral registró 12 denuncias por acoso y violencia política.",
    )
    assert [row[1:3] for row in found] == [(12.0, "denuncias_violencia_politica")]


def test_resignations_beside_complaints_are_no_complaints(tmp_path: Path) -> None:
    """bo_tse_denuncias_renuncias_departamentos (dev42): "La Paz: 13 denuncias y 23 renuncias"
    gave the resignations the complaints' indicator (one list, one indicator), and "cinco
    renuncias", "nueve renuncias" were not read (lexicon ``counts.nouns``); resignations of
    elected women are counted, under no indicator (codebook ``denuncias_violencia``
    excludes); the complaints are the electoral body's of political harassment the note
    opens on (codebook ``narrows``)."""
    found = [row[:5] for row in corpus_facts(tmp_path, "bo_tse_denuncias_renuncias_departamentos")]
    assert ("line:7", 13.0, "denuncias_violencia_politica", "BO", "BO-L") in found
    assert ("line:7", 23.0, "sin_clasificar", "BO", "BO-L") in found
    assert ("line:6", 5.0, "sin_clasificar", "BO", "BO-H") in found
    assert ("line:13", 4.0, "denuncias_violencia_politica", "BO", "BO-B") in found
    assert ("line:13", 9.0, "sin_clasificar", "BO", "BO-B") in found
    found = text_facts(tmp_path, "La Policía recibió 8 denuncias y 3 renuncias.")
    assert [row[1:3] for row in found] == [(8.0, "denuncias_violencia"), (3.0, "sin_clasificar")]


def test_the_electoral_institute_says_mexico_and_counts_elected_women(tmp_path: Path) -> None:
    """mx_ine_registro_sancionadas_cierre_2025 (dev42): the page names the Instituto Nacional
    Electoral and its registry but never Mexico, and every value went out without a country;
    "cuatro diputadas federales y cuatro gobernadoras" were not read."""
    found = [row[:5] for row in corpus_facts(tmp_path, "mx_ine_registro_sancionadas_cierre_2025")]
    assert ("line:3", 496.0, "personas_sancionadas_violencia", "MX", "") in found
    assert [row[1] for row in found if row[0] == "line:5"] == [186, 131, 58, 52, 28, 4, 4]
    assert {row[3] for row in found} == {"MX"}


def test_the_civil_service_authority_says_peru(tmp_path: Path) -> None:
    """pe_servir_denuncias_acoso_sexual_entidades_2021 (dev42): the Autoridad Nacional del
    Servicio Civil (Servir), the Ministerio Público and the INPE, and no word of Peru: its 19
    values went out without a country (``pe.yaml`` ``evidence.institutions``)."""
    found = [
        row[:5] for row in corpus_facts(tmp_path, "pe_servir_denuncias_acoso_sexual_entidades_2021")
    ]
    assert ("line:5", 93.0, "denuncias_violencia", "PE", "") in found
    assert ("line:6", 37.0, "denuncias_violencia", "PE", "") in found
    assert {row[3] for row in found} == {"PE"}
    found = text_facts(
        tmp_path,
        "La Autoridad Nacional del Servicio Civil (Servir) registró 37 denuncias de acoso sexual.",
    )
    assert [row[1:4] for row in found] == [(37.0, "denuncias_violencia", "PE")]


def test_the_chaco_capital_says_chaco(tmp_path: Path) -> None:
    """ar_chaco_juzgado_faltas_violencia_digital_2025 (dev42): "En la capital chaqueña, la
    Justicia de Faltas registró 197 denuncias por violencia digital": the demonym says the
    province (``ar.yaml`` ``admin1.evidence``) and the country with it."""
    found = [
        row[:5] for row in corpus_facts(tmp_path, "ar_chaco_juzgado_faltas_violencia_digital_2025")
    ]
    assert found[:2] == [
        ("line:2", 197.0, "denuncias_violencia_digital", "AR", "AR-H"),
        ("line:2", 115.0, "denuncias_violencia_digital", "AR", "AR-H"),
    ]
    assert {row[3:5] for row in found} == {("AR", "AR-H")}
